/* newsgraph graph page.
 *
 * Reads the page data from the JSON script element "ng-data",
 * draws it with vis-network and wires the search, the filters and the
 * details panel. Every string from the articles is rendered as text
 * (textContent, DOM nodes), never parsed as HTML.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var api = {
    ready: false,
    startedAt: performance.now(),
    readyAt: null,
    data: data,
    focused: null
  };
  window.newsgraph = api;

  var $ = function (id) { return document.getElementById(id); };

  /* el("p", {className: "x"}, ["text", child]): an element with text children. */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) { node[k] = props[k]; });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function plural(n, word, words) {
    return n.toLocaleString("en") + " " + (n === 1 ? word : words || word + "s");
  }

  /* -- the data ---------------------------------------------------------- */

  // Keys come from articles ("__proto__", "constructor"): use maps without prototypes.
  function table() { return Object.create(null); }
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  var info = table();          // node id (a number) -> page data of the node
  var byKey = table();         // entity key -> node id
  var edgeInfo = table();      // edge id -> page data of the edge
  var incident = table();      // node id -> edge ids
  var typeColour = table();
  data.legend.types.forEach(function (t) { typeColour[t.type] = t.colour; });

  data.nodes.forEach(function (n) { info[n.id] = n; byKey[n.key] = n.id; incident[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeInfo[e.id] = e;
    incident[e.from].push(e.id);
    if (e.to !== e.from) { incident[e.to].push(e.id); }
  });

  function nodeTooltip(n) {
    return el("div", null, [
      el("strong", null, [n.label]),
      " \u2014 " + n.type + (n.actor_code ? " " + n.actor_code : "") + " \u00b7 " + plural(n.mentions, "mention")
    ]);
  }

  function edgeTooltip(e) {
    var from = info[e.from], to = info[e.to];
    var notes = [plural(e.count, "piece") + " of evidence"];
    if (!e.asserted || e.modalities.length > 1) { notes.push(e.modalities.join(", ")); }
    if (e.mutual) { notes.push("mutual"); }
    return el("div", null, [
      from.label + (from.actor_code ? " (" + from.actor_code + ") " : " "),
      el("strong", null, [e.label]),
      " " + to.label + (to.actor_code ? " (" + to.actor_code + ")" : "") + " \u00b7 " + notes.join(" \u00b7 ")
    ]);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, color: n.color, size: n.size, shape: n.shape,
            title: nodeTooltip(n), hidden: false};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label, color: e.color,
            width: e.width, smooth: e.smooth, arrows: e.arrows, dashes: e.dashes,
            title: edgeTooltip(e), hidden: false};
  }));

  var network = new vis.Network($("ng-network"), {nodes: nodes, edges: edges}, data.options);
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;

  /* -- layout: bounded stabilisation, then physics off -------------------- */

  var physicsBox = $("ng-physics");
  physicsBox.checked = true;
  var guard = null;

  function settled() {
    if (api.ready) { return; }
    if (guard !== null) { clearTimeout(guard); }
    network.setOptions({physics: {enabled: false}});
    physicsBox.checked = false;
    $("ng-loading").hidden = true;
    api.ready = true;
    api.readyAt = performance.now();
  }

  network.on("stabilizationProgress", function (p) {
    $("ng-progress").textContent = Math.round(100 * p.iterations / Math.max(p.total, 1)) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  if (data.nodes.length === 0) {
    settled();
    $("ng-loading").textContent = "This graph has no entities.";
    $("ng-loading").hidden = false;
  } else {
    // Whatever happens to the layout, the page stops moving and becomes usable.
    guard = setTimeout(function () { network.stopSimulation(); settled(); }, 30000);
  }

  physicsBox.addEventListener("change", function () {
    network.setOptions({physics: {enabled: physicsBox.checked}});
  });

  /* -- the details panel -------------------------------------------------- */

  var panel = $("ng-panel");

  function nodeButton(id) {
    var button = el("button", {type: "button", className: "ng-link"}, [info[id].label]);
    button.addEventListener("click", function () { select(id); });
    return button;
  }

  function edgeButton(e, text) {
    var button = el("button", {type: "button", className: "ng-link"}, [text]);
    button.addEventListener("click", function () {
      network.selectEdges([e.id]);
      showEdge(e.id);
    });
    return button;
  }

  function articleLine(docId) {
    var doc = own(data.documents, docId) ? data.documents[docId] : {};
    var name = doc.title || docId;
    var parts = [];
    if (doc.link) {
      parts.push(el("a", {href: doc.link, target: "_blank", rel: "noopener noreferrer"}, [name]));
    } else {
      parts.push(el("cite", null, [name]));
    }
    if (doc.date) { parts.push(" \u00b7 " + doc.date); }
    if (doc.source) { parts.push(" \u00b7 " + doc.source); }
    if (doc.url && !doc.link) { parts.push(" \u00b7 " + doc.url); }
    return parts;
  }

  function definitions(pairs) {
    var dl = el("dl");
    pairs.forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "") { return; }
      dl.appendChild(el("dt", null, [pair[0]]));
      dl.appendChild(el("dd", null, [pair[1] instanceof Node ? pair[1] : String(pair[1])]));
    });
    return dl;
  }

  function wikidataLink(qid) {
    // The QID was checked when the page was written (Q and digits only).
    if (!qid || !/^Q[1-9][0-9]*$/.test(qid)) { return null; }
    return el("a", {className: "ng-wikidata", href: "https://www.wikidata.org/wiki/" + qid, target: "_blank",
                    rel: "noopener noreferrer"}, [qid]);
  }

  function showNode(id) {
    if (!own(info, id)) { return; }
    var n = info[id];
    var out = incident[id].map(function (eid) { return edgeInfo[eid]; });
    var relations = el("ul", {className: "ng-relations"});
    out.forEach(function (e) {
      var text = e.from === id
        ? "\u2192 " + e.label + " " + info[e.to].label
        : info[e.from].label + " " + e.label + " \u2192";
      relations.appendChild(el("li", null, [edgeButton(e, text), " (" + e.count + ")"]));
    });
    var badge = el("span", {className: "ng-type"}, [n.type]);
    badge.style.background = typeColour[n.type] || "#ddd";
    panel.replaceChildren(
      el("h2", {className: "ng-name"}, [n.label]),
      badge,
      definitions([["key", n.key], ["actor code", n.actor_code], ["country", n.country], ["role", n.role],
                   ["mentions", n.mentions], ["articles", n.documents.length],
                   ["relations", incident[id].length], ["Wikidata", wikidataLink(n.wikidata)]]),
      el("h3", null, ["Aliases"]),
      el("ul", {className: "ng-aliases"}, n.aliases.map(function (a) { return el("li", null, [a]); })),
      el("h3", null, ["Relations (" + out.length + ")"]),
      relations,
      el("h3", null, ["Articles"]),
      el("ul", {className: "ng-articles"}, n.documents.map(function (d) {
        return el("li", null, articleLine(d));
      }))
    );
    panel.dataset.showing = "node";
    panel.scrollTop = 0;
  }

  function sentence(segments) {
    return el("p", {className: "ng-sentence"}, segments.map(function (seg) {
      return seg[1] ? el("mark", {className: "ng-" + seg[1]}, [seg[0]]) : seg[0];
    }));
  }

  function showEdge(eid) {
    if (!own(edgeInfo, eid)) { return; }
    var e = edgeInfo[eid];
    var items = e.evidence.map(function (ev) {
      var meta = ev.doc === null ? [] : articleLine(ev.doc);
      var pairs = [["confidence", ev.confidence === null ? null : ev.confidence.toFixed(2)]];
      if (ev.negated) { pairs.push(["negated", "yes"]); }
      return el("div", {className: "ng-evidence"}, [
        sentence(ev.segments),
        el("div", {className: "ng-meta"}, meta),
        definitions(pairs.concat(ev.details))
      ]);
    });
    var event = e.event
      ? [e.event.label, e.event.code ? "(" + e.event.code + ")" : null, e.event.quad_class]
          .filter(Boolean).join(" ")
      : null;
    panel.replaceChildren(
      el("h2", {className: "ng-name"}, [nodeButton(e.from), " " + e.label + " ", nodeButton(e.to)]),
      definitions([["predicate", e.label], ["event", event], ["modality", e.modalities.join(", ")],
                   ["mutual", e.mutual ? "yes" : null], ["evidence", e.count],
                   ["confidence", e.confidence === null ? null : e.confidence.toFixed(2)]]),
      el("h3", null, ["Evidence (" + e.evidence.length + ")"]),
      el("div", {className: "ng-evidence-list"}, items)
    );
    panel.dataset.showing = "edge";
    panel.scrollTop = 0;
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    }
  });

  /* -- filters ------------------------------------------------------------ */

  var typeList = $("ng-type-list");
  data.legend.types.forEach(function (t) {
    var key = el("label", {className: "ng-key ng-check"});
    var swatch = el("span", {className: "ng-swatch"});
    swatch.style.background = t.colour;
    if (t.type === "CONCEPT") {
      // Concepts are switched by their own box below; the legend still shows the colour.
      key.append(swatch, el("span", null, [t.type]), el("span", {className: "ng-count"}, [String(t.count)]));
    } else {
      var box = el("input", {type: "checkbox", checked: true, className: "ng-type-box"});
      box.dataset.type = t.type;
      key.append(box, swatch, el("span", null, [t.type]), el("span", {className: "ng-count"}, [String(t.count)]));
    }
    typeList.appendChild(key);
  });

  var kindList = $("ng-kind-list");
  data.legend.kinds.forEach(function (k) {
    var line = el("span", {className: "ng-line"});
    line.style.background = k.colour;
    kindList.appendChild(el("div", {className: "ng-key"}, [
      line, el("span", null, [k.kind === null ? "no event type" : k.kind]),
      el("span", {className: "ng-count"}, [String(k.count)])
    ]));
  });

  var predicate = $("ng-predicate");
  function optionGroup(label, prefix, counts) {
    var names = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (!names.length) { return; }
    var group = el("optgroup", {label: label});
    names.forEach(function (name) {
      group.appendChild(el("option", {value: prefix + name}, [name + " (" + counts[name] + ")"]));
    });
    predicate.appendChild(group);
  }
  var quads = table(), events = table(), predicates = table();
  data.edges.forEach(function (e) {
    if (e.kind !== null) { quads[e.kind] = (quads[e.kind] || 0) + 1; }
    if (e.event && e.event.label) { events[e.event.label] = (events[e.event.label] || 0) + 1; }
    predicates[e.label] = (predicates[e.label] || 0) + 1;
  });
  optionGroup("Event class", "quad:", quads);
  optionGroup("Event type", "event:", events);
  optionGroup("Predicate", "pred:", predicates);

  var minEvidence = $("ng-min-evidence");
  var allModalities = $("ng-all-modalities");
  var notAsserted = data.edges.filter(function (e) { return !e.asserted; }).length;
  $("ng-not-asserted-count").textContent = "(" + plural(notAsserted, "relation") + ")";
  var maxCount = data.edges.reduce(function (m, e) { return Math.max(m, e.count); }, 1);
  minEvidence.max = String(maxCount);

  var days = Object.keys(data.documents).map(function (d) { return data.documents[d].day; })
    .filter(Boolean).sort();
  var firstDay = days.length ? days[0] : "";
  var lastDay = days.length ? days[days.length - 1] : "";
  var dateFrom = $("ng-date-from"), dateTo = $("ng-date-to");
  if (days.length) {
    $("ng-dates").hidden = false;
    [dateFrom, dateTo].forEach(function (input) { input.min = firstDay; input.max = lastDay; });
    dateFrom.value = firstDay;
    dateTo.value = lastDay;
  }

  function filterState() {
    var types = table();
    document.querySelectorAll(".ng-type-box").forEach(function (box) {
      types[box.dataset.type] = box.checked;
    });
    types.CONCEPT = $("ng-concepts").checked;
    var from = dateFrom.value || firstDay, to = dateTo.value || lastDay;
    return {
      types: types,
      predicate: predicate.value,
      minEvidence: Math.max(1, parseInt(minEvidence.value, 10) || 1),
      allModalities: allModalities.checked,
      from: from,
      to: to,
      dated: days.length > 0 && (from !== firstDay || to !== lastDay)
    };
  }

  function inRange(state, docIds) {
    if (!state.dated || !docIds.length) { return true; }
    return docIds.some(function (d) {
      var day = own(data.documents, d) ? data.documents[d].day : null;
      return !day || (day >= state.from && day <= state.to);
    });
  }

  function edgeMatches(state, e) {
    // Only asserted relations are facts; the others are shown on request.
    if (!state.allModalities && !e.asserted) { return false; }
    var p = state.predicate;
    if (p) {
      var colon = p.indexOf(":"), kind = p.slice(0, colon), value = p.slice(colon + 1);
      if (kind === "quad" && e.kind !== value) { return false; }
      if (kind === "event" && !(e.event && e.event.label === value)) { return false; }
      if (kind === "pred" && e.label !== value) { return false; }
    }
    return e.count >= state.minEvidence && inRange(state, e.documents);
  }

  function applyFilters() {
    var state = filterState();
    var edgeFilter = Boolean(state.predicate) || state.minEvidence > 1 || state.dated;
    var nodeOk = table();
    data.nodes.forEach(function (n) {
      nodeOk[n.id] = state.types[n.type] !== false && inRange(state, n.documents);
    });
    var edgeOn = table(), hasEdge = table();
    data.edges.forEach(function (e) {
      var on = nodeOk[e.from] && nodeOk[e.to] && edgeMatches(state, e);
      edgeOn[e.id] = on;
      if (on) { hasEdge[e.from] = true; hasEdge[e.to] = true; }
    });
    var nodeUpdates = [], edgeUpdates = [], shownNodes = 0, shownEdges = 0;
    data.nodes.forEach(function (n) {
      // With a relation filter on, an entity left without relations goes too.
      var on = nodeOk[n.id] && (!edgeFilter || !incident[n.id].length || hasEdge[n.id] === true);
      if (on) { shownNodes += 1; }
      if (nodes.get(n.id).hidden === on) { nodeUpdates.push({id: n.id, hidden: !on}); }
    });
    data.edges.forEach(function (e) {
      if (edgeOn[e.id]) { shownEdges += 1; }
      if (edges.get(e.id).hidden === edgeOn[e.id]) { edgeUpdates.push({id: e.id, hidden: !edgeOn[e.id]}); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    $("ng-visible").textContent = "Visible: " + shownNodes.toLocaleString("en") + " of " +
      plural(data.nodes.length, "entity", "entities") + ", " +
      shownEdges.toLocaleString("en") + " of " + plural(data.edges.length, "relation") + ".";
    api.visible = {nodes: shownNodes, edges: shownEdges};
    return api.visible;
  }

  function resetFilters() {
    document.querySelectorAll(".ng-type-box").forEach(function (box) { box.checked = true; });
    $("ng-concepts").checked = true;
    predicate.value = "";
    minEvidence.value = "1";
    allModalities.checked = false;
    dateFrom.value = firstDay;
    dateTo.value = lastDay;
    return applyFilters();
  }

  $("ng-controls").addEventListener("change", function (event) {
    if (event.target !== physicsBox && event.target !== $("ng-search")) { applyFilters(); }
  });
  minEvidence.addEventListener("input", applyFilters);
  $("ng-reset").addEventListener("click", resetFilters);

  /* -- search --------------------------------------------------------------- */

  var names = [];                 // [casefolded name, node id]
  var aliasList = $("ng-aliases");
  var seen = table();
  data.nodes.forEach(function (n) {
    n.aliases.forEach(function (a) {
      names.push([a.toLowerCase(), n.id]);
      if (!own(seen, a)) {
        seen[a] = true;
        aliasList.appendChild(el("option", {value: a}));
      }
    });
  });

  function find(query) {
    var q = query.trim().toLowerCase().replace(/\s+/g, " ");
    if (!q) { return null; }
    var tests = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i += 1) {
      var best = null;
      names.forEach(function (pair) {
        if (tests[i](pair[0]) && (best === null || info[pair[1]].mentions > info[best].mentions)) {
          best = pair[1];
        }
      });
      if (best !== null) { return best; }
    }
    return null;
  }

  function select(id) {
    if (nodes.get(id).hidden) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.2),
                       animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    showNode(id);
    api.focused = info[id].key;
  }

  function search(query) {
    var id = find(query);
    var result = $("ng-search-result");
    if (id === null) {
      result.textContent = "No entity matches \u201c" + query.trim() + "\u201d.";
      return null;
    }
    select(id);
    result.textContent = "Found " + info[id].label + " (" + info[id].type + ").";
    return id;
  }

  $("ng-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search($("ng-search").value);
  });

  api.stats = function () {
    var hiddenNodes = nodes.get({filter: function (n) { return n.hidden; }}).length;
    var hiddenEdges = edges.get({filter: function (e) { return e.hidden; }}).length;
    return {
      nodes: nodes.length,
      edges: edges.length,
      visibleNodes: nodes.length - hiddenNodes,
      visibleEdges: edges.length - hiddenEdges,
      entitiesTotal: data.stats.entities_total,
      relationsTotal: data.stats.relations_total,
      truncated: data.stats.truncated,
      ready: api.ready,
      timeToReady: api.readyAt === null ? null : api.readyAt - api.startedAt
    };
  };
  /* The vis-network id of an entity key, or null. */
  api.nodeId = function (key) { return own(byKey, key) ? byKey[key] : null; };
  api.applyFilters = applyFilters;
  api.resetFilters = resetFilters;
  api.search = search;
  api.showNode = showNode;
  api.showEdge = showEdge;

  applyFilters();
})();
