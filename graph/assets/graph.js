/* newsgraph graph page.
 *
 * Reads the page data (the whole graph, column by column, strings in one
 * shared table: graph/formats/html_data.py) from the JSON script element
 * "ng-data" and draws a view of it with vis-network. A small graph is
 * drawn whole and laid out here; a big one opens on an overview of its
 * most important entities at the positions computed when the page was
 * written, and search, "expand" and the filters reach the whole graph.
 * Every string from the articles is rendered as text (textContent, DOM
 * nodes), never parsed as HTML.
 */
(function () {
  "use strict";

  var startedAt = performance.now();
  var raw = JSON.parse(document.getElementById("ng-data").textContent);
  var S = raw.strings;
  var N = raw.nodes.key.length, E = raw.edges.from.length;
  var OVERVIEW = raw.view.overview;
  var LABELS = 45;                 // labelled entities of an overview, most important first
  var LIST_LIMIT = 300;            // relations listed in the entity panel
  var COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                           "#ff9da7", "#9c755f", "#17becf", "#bcbd22", "#8c564b"];
  var api = {ready: false, readyAt: null, focused: null, focusedId: null, data: raw};
  window.newsgraph = api;

  var $ = function (id) { return document.getElementById(id); };
  function str(i) { return i < 0 ? null : S[i]; }

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

  /* -- the whole graph ------------------------------------------------------ */

  var nd = raw.nodes, ed = raw.edges, ev = raw.evidence, docs = raw.documents;
  // Keys come from articles ("__proto__", "constructor"): Maps, never plain objects.
  var byKey = new Map();
  nd.key.forEach(function (k, id) { byKey.set(S[k], id); });
  var extras = new Map();
  nd.extra.forEach(function (row) { extras.set(row[0], row); });
  var typeColour = new Map();
  nd.types.forEach(function (t) { typeColour.set(t.type, t.colour); });
  var kindColour = new Map();
  raw.legend.kinds.forEach(function (k) { kindColour.set(k.kind, k.colour); });

  // Incident relations of each entity, in one array (CSR).
  var incStart = new Int32Array(N + 1), incList;
  (function () {
    var e;
    for (e = 0; e < E; e += 1) {
      incStart[ed.from[e] + 1] += 1;
      if (ed.to[e] !== ed.from[e]) { incStart[ed.to[e] + 1] += 1; }
    }
    for (e = 0; e < N; e += 1) { incStart[e + 1] += incStart[e]; }
    incList = new Int32Array(incStart[N]);
    var fill = incStart.slice(0, N);
    for (e = 0; e < E; e += 1) {
      incList[fill[ed.from[e]]++] = e;
      if (ed.to[e] !== ed.from[e]) { incList[fill[ed.to[e]]++] = e; }
    }
  }());
  function incident(id) { return incList.subarray(incStart[id], incStart[id + 1]); }
  function other(e, id) { return ed.from[e] === id ? ed.to[e] : ed.from[e]; }

  // The articles of each relation, from its evidence.
  var edgeDocs = new Array(E);
  for (var e0 = 0; e0 < E; e0 += 1) {
    var seenDocs = [];
    for (var k = ed.evidence[e0][0]; k < ed.evidence[e0][1]; k += 1) {
      var d = ev.doc[k];
      if (d >= 0 && seenDocs.indexOf(d) < 0) { seenDocs.push(d); }
    }
    edgeDocs[e0] = seenDocs.sort(function (a, b) { return a - b; });
  }
  function asserted(e) { return (ed.flags[e] & 1) === 1; }
  function typeOf(id) { return nd.types[nd.type[id]].type; }
  function labelOf(id) { return S[nd.label[id]]; }
  function edgeLabel(e) { return S[ed.label[e]]; }
  function edgeKind(e) { return str(ed.kind[e]); }
  function eventOf(e) {
    var row = ed.event[e] >= 0 ? raw.events[ed.event[e]] : null;
    return row ? {code: str(row[0]), root: str(row[1]), label: str(row[2]), quad_class: str(row[3])} : null;
  }

  /* An entity of the whole graph, as an object. */
  function node(id) {
    var x = extras.get(id) || [id, -1, -1, -1, -1];
    return {
      id: id, key: S[nd.key[id]], label: labelOf(id), type: typeOf(id),
      aliases: nd.aliases[id].map(function (a) { return S[a]; }), mentions: nd.mentions[id],
      degree: nd.degree[id], documents: nd.docs[id].map(function (d) { return S[docs.id[d]]; }),
      actor_code: str(x[1]), country: str(x[2]), role: str(x[3]), wikidata: str(x[4]),
      community: OVERVIEW ? nd.community[id] : null
    };
  }

  /* A relation of the whole graph, as an object, its evidence included. */
  function edge(e) {
    var items = [];
    for (var i = ed.evidence[e][0]; i < ed.evidence[e][1]; i += 1) {
      items.push({doc: ev.doc[i] < 0 ? null : S[docs.id[ev.doc[i]]], docIndex: ev.doc[i],
                  sentence: S[ev.sentence[i]], spans: ev.spans[i], confidence: ev.confidence[i],
                  negated: ev.negated[i] === 1,
                  details: ev.details[i].map(function (p) { return [S[p[0]], S[p[1]]]; })});
    }
    return {
      id: e, from: ed.from[e], to: ed.to[e], label: edgeLabel(e), predicate: S[ed.predicate[e]],
      kind: edgeKind(e), event: eventOf(e), count: ed.count[e], confidence: ed.confidence[e],
      modalities: ed.modalities[e].map(function (m) { return S[m]; }), asserted: asserted(e),
      mutual: (ed.flags[e] & 2) === 2, negated: (ed.flags[e] & 4) === 4,
      documents: edgeDocs[e].map(function (d) { return S[docs.id[d]]; }), evidence: items
    };
  }

  /* -- what is drawn: vis DataSets ------------------------------------------ */

  function nodeTooltip(id) {
    var x = extras.get(id), code = x ? str(x[1]) : null;
    return el("div", null, [
      el("strong", null, [labelOf(id)]),
      " \u2014 " + typeOf(id) + (code ? " " + code : "") + " \u00b7 " + plural(nd.mentions[id], "mention")
    ]);
  }

  function edgeTooltip(e) {
    var f = ed.from[e], t = ed.to[e];
    var fx = extras.get(f), tx = extras.get(t);
    var fc = fx ? str(fx[1]) : null, tc = tx ? str(tx[1]) : null;
    var mods = ed.modalities[e].map(function (m) { return S[m]; });
    var notes = [plural(ed.count[e], "piece") + " of evidence"];
    if (!asserted(e) || mods.length > 1) { notes.push(mods.join(", ")); }
    if (ed.flags[e] & 2) { notes.push("mutual"); }
    return el("div", null, [
      labelOf(f) + (fc ? " (" + fc + ") " : " "),
      el("strong", null, [edgeLabel(e)]),
      " " + labelOf(t) + (tc ? " (" + tc + ")" : "") + " \u00b7 " + notes.join(" \u00b7 ")
    ]);
  }

  // Several relations between two entities: the first straight, then alternate arcs.
  var pairNth = new Int32Array(E);
  (function () {
    var pairs = new Map();
    for (var e = 0; e < E; e += 1) {
      var a = Math.min(ed.from[e], ed.to[e]), b = Math.max(ed.from[e], ed.to[e]);
      var key = a + " " + b, n = pairs.get(key) || 0;
      pairNth[e] = n;
      pairs.set(key, n + 1);
    }
  }());
  function smooth(e) {
    var nth = pairNth[e];
    if (nth === 0) { return false; }
    var forward = S[nd.key[ed.from[e]]] < S[nd.key[ed.to[e]]];
    var arc = (nth % 2 === 1) === forward ? "curvedCW" : "curvedCCW";
    return {enabled: true, type: arc, roundness: 0.25 * Math.floor((nth + 1) / 2)};
  }

  var colourBy = $("ng-colour");
  function nodeColour(id) {
    if (OVERVIEW && colourBy.value === "community") {
      var c = nd.community[id];
      return c < 0 ? "#bab0ac" : COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length];
    }
    return typeColour.get(typeOf(id));
  }

  function fontSize(id) { return OVERVIEW ? Math.round(20 + (nd.size[id] - 6) * 0.6) : 14; }

  function visNode(id, labelled) {
    var item = {id: id, label: labelled ? labelOf(id) : undefined, color: nodeColour(id), size: nd.size[id],
                shape: nd.shape[id] ? "diamond" : "dot", title: nodeTooltip(id), hidden: false,
                font: {size: fontSize(id)}};
    if (OVERVIEW) { item.x = nd.x[id]; item.y = nd.y[id]; }
    return item;
  }

  function visEdge(e) {
    var kind = edgeKind(e), width = 1 + Math.min(ed.count[e] || 1, 10) * 0.4;
    return {id: e, from: ed.from[e], to: ed.to[e], label: OVERVIEW ? undefined : edgeLabel(e),
            color: {color: kindColour.get(kind), highlight: "#222222", hover: kindColour.get(kind)},
            width: width, smooth: smooth(e), dashes: !asserted(e), title: edgeTooltip(e), hidden: false};
  }

  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  if (!OVERVIEW) {
    // Small graphs: every entity in the DataSets (filters hide), laid out here.
    var all = [];
    for (var id0 = 0; id0 < N; id0 += 1) { all.push(visNode(id0, true)); }
    nodes.add(all);
    var allEdges = [];
    for (var e2 = 0; e2 < E; e2 += 1) { allEdges.push(visEdge(e2)); }
    edges.add(allEdges);
  }
  var network = new vis.Network($("ng-network"), {nodes: nodes, edges: edges}, raw.options);
  if (!OVERVIEW) {
    network.on("stabilizationProgress", function (p) {
      $("ng-progress").textContent = Math.round(100 * p.iterations / Math.max(p.total, 1)) + "%";
    });
    network.once("stabilizationIterationsDone", function () { settled(); });
  }
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;

  /* -- filters: on the whole graph ------------------------------------------ */

  var typeList = $("ng-type-list");
  raw.legend.types.forEach(function (t) {
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
  raw.legend.kinds.forEach(function (k) {
    var line = el("span", {className: "ng-line"});
    line.style.background = k.colour;
    kindList.appendChild(el("div", {className: "ng-key"}, [
      line, el("span", null, [k.kind === null ? "no event type" : k.kind]),
      el("span", {className: "ng-count"}, [String(k.count)])
    ]));
  });

  var predicate = $("ng-predicate");
  function optionGroup(label, prefix, counts) {
    var names = Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (!names.length) { return; }
    var group = el("optgroup", {label: label});
    names.forEach(function (name) {
      group.appendChild(el("option", {value: prefix + name}, [name + " (" + counts.get(name) + ")"]));
    });
    predicate.appendChild(group);
  }
  function bump(map, key) { map.set(key, (map.get(key) || 0) + 1); }
  var quads = new Map(), events = new Map(), predicates = new Map();
  var notAsserted = 0, maxCount = 1;
  for (var e1 = 0; e1 < E; e1 += 1) {
    if (ed.kind[e1] >= 0) { bump(quads, edgeKind(e1)); }
    var evt = ed.event[e1] >= 0 ? str(raw.events[ed.event[e1]][2]) : null;
    if (evt) { bump(events, evt); }
    bump(predicates, edgeLabel(e1));
    if (!asserted(e1)) { notAsserted += 1; }
    maxCount = Math.max(maxCount, ed.count[e1]);
  }
  optionGroup("Event class", "quad:", quads);
  optionGroup("Event type", "event:", events);
  optionGroup("Predicate", "pred:", predicates);

  var minEvidence = $("ng-min-evidence");
  var allModalities = $("ng-all-modalities");
  var conceptBox = $("ng-concepts");
  var conceptsDefault = !raw.view.conceptsOff;
  conceptBox.checked = conceptsDefault;
  $("ng-not-asserted-count").textContent = "(" + plural(notAsserted, "relation") + ")";
  minEvidence.max = String(maxCount);

  var days = docs.day.filter(function (d) { return d >= 0; }).map(function (d) { return S[d]; }).sort();
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
    var types = new Map();
    document.querySelectorAll(".ng-type-box").forEach(function (box) { types.set(box.dataset.type, box.checked); });
    types.set("CONCEPT", conceptBox.checked);
    var from = dateFrom.value || firstDay, to = dateTo.value || lastDay;
    var p = predicate.value, colon = p.indexOf(":");
    return {
      types: types,
      predicateKind: p ? p.slice(0, colon) : null,
      predicateValue: p ? p.slice(colon + 1) : null,
      minEvidence: Math.max(1, parseInt(minEvidence.value, 10) || 1),
      allModalities: allModalities.checked,
      from: from,
      to: to,
      dated: days.length > 0 && (from !== firstDay || to !== lastDay)
    };
  }

  function inRange(state, docList) {
    if (!state.dated || !docList.length) { return true; }
    for (var i = 0; i < docList.length; i += 1) {
      var day = str(docs.day[docList[i]]);
      if (!day || (day >= state.from && day <= state.to)) { return true; }
    }
    return false;
  }

  function edgeMatches(state, e) {
    // Only asserted relations are facts; the others are shown on request.
    if (!state.allModalities && !asserted(e)) { return false; }
    var kind = state.predicateKind, value = state.predicateValue;
    if (kind === "quad" && edgeKind(e) !== value) { return false; }
    if (kind === "event") {
      var evt = ed.event[e] >= 0 ? str(raw.events[ed.event[e]][2]) : null;
      if (evt !== value) { return false; }
    }
    if (kind === "pred" && edgeLabel(e) !== value) { return false; }
    return ed.count[e] >= state.minEvidence && inRange(state, edgeDocs[e]);
  }

  /* -- the view: what of the whole graph is drawn ---------------------------- */

  var pinned = new Set();          // entities brought in by search or expand
  var labelled = new Set();        // entities whose label an overview draws besides its top ones
  var view = null;

  function computeView() {
    var state = filterState();
    var edgeFilter = Boolean(state.predicateKind) || state.minEvidence > 1 || state.dated;
    var nodeOk = new Uint8Array(N), passE = new Uint8Array(E), deg = new Int32Array(N);
    var id, e, i;
    for (id = 0; id < N; id += 1) {
      nodeOk[id] = state.types.get(typeOf(id)) !== false && inRange(state, nd.docs[id]) ? 1 : 0;
    }
    var matchingEdges = 0, matchingNodes = 0;
    for (e = 0; e < E; e += 1) {
      if (nodeOk[ed.from[e]] && nodeOk[ed.to[e]] && edgeMatches(state, e)) {
        passE[e] = 1;
        matchingEdges += 1;
        deg[ed.from[e]] += 1;
        if (ed.to[e] !== ed.from[e]) { deg[ed.to[e]] += 1; }
      }
    }
    var drawN = new Uint8Array(N), drawE = new Uint8Array(E);
    if (!OVERVIEW) {
      for (id = 0; id < N; id += 1) {
        if (deg[id] > 0) { matchingNodes += 1; }
        // With a relation filter on, an entity left without relations goes too.
        var bare = incStart[id + 1] === incStart[id];
        drawN[id] = nodeOk[id] && (!edgeFilter || bare || deg[id] > 0) ? 1 : 0;
      }
      drawE = passE;
    } else {
      // The core: the most important entities with a relation, those related among themselves.
      var candidate = new Uint8Array(N), core = [];
      for (id = 0; id < N; id += 1) {
        if (deg[id] > 0) {
          matchingNodes += 1;
          if (core.length < raw.view.initial) { candidate[id] = 1; core.push(id); }
        }
      }
      var member = new Uint8Array(N);
      core.forEach(function (c) {
        var inc = incident(c);
        for (var j = 0; j < inc.length; j += 1) {
          if (passE[inc[j]] && candidate[other(inc[j], c)] && other(inc[j], c) !== c) { member[c] = 1; return; }
        }
      });
      pinned.forEach(function (p) { if (nodeOk[p]) { member[p] = 1; } });
      for (e = 0; e < E; e += 1) {
        if (passE[e] && member[ed.from[e]] && member[ed.to[e]]) {
          drawE[e] = 1;
          drawN[ed.from[e]] = 1;
          drawN[ed.to[e]] = 1;
        }
      }
      if (api.focusedId !== null && nodeOk[api.focusedId]) {
        drawN[api.focusedId] = 1;
      }
    }
    var isolated = 0, drawnNodes = 0, drawnEdges = 0, touched = new Uint8Array(N);
    for (e = 0; e < E; e += 1) {
      if (drawE[e]) { drawnEdges += 1; touched[ed.from[e]] = 1; touched[ed.to[e]] = 1; }
    }
    for (i = 0; i < N; i += 1) {
      if (drawN[i]) { drawnNodes += 1; if (!touched[i]) { isolated += 1; } }
    }
    return {state: state, nodeOk: nodeOk, passE: passE, drawN: drawN, drawE: drawE, drawnNodes: drawnNodes,
            drawnEdges: drawnEdges, isolated: isolated, matchingNodes: matchingNodes,
            matchingEdges: matchingEdges};
  }

  /* Which drawn entities show their label: all of a small graph; the top ones of an overview. */
  function labelSet(v) {
    var out = new Set(), top = 0;
    for (var id = 0; id < N; id += 1) {
      if (!v.drawN[id]) { continue; }
      if (!OVERVIEW || top < LABELS || labelled.has(id)) { out.add(id); }
      top += 1;
    }
    return out;
  }

  function sync(v) {
    openClusters();
    var labels = labelSet(v);
    var addN = [], updN = [], dropN = [], addE = [], updE = [], dropE = [];
    nodes.forEach(function (item) {
      if (!v.drawN[item.id]) {
        if (OVERVIEW) { dropN.push(item.id); } else if (!item.hidden) { updN.push({id: item.id, hidden: true}); }
      }
    });
    edges.forEach(function (item) {
      if (!v.drawE[item.id]) {
        if (OVERVIEW) { dropE.push(item.id); } else if (!item.hidden) { updE.push({id: item.id, hidden: true}); }
      }
    });
    for (var id = 0; id < N; id += 1) {
      if (!v.drawN[id]) { continue; }
      var item = nodes.get(id), label = labels.has(id) ? labelOf(id) : undefined;
      if (item === null) {
        addN.push(visNode(id, labels.has(id)));
      } else if (item.hidden || item.label !== label || item.color !== nodeColour(id)) {
        updN.push({id: id, hidden: false, label: label, color: nodeColour(id)});
      }
    }
    for (var e = 0; e < E; e += 1) {
      if (!v.drawE[e]) { continue; }
      var edgeItem = edges.get(e);
      if (edgeItem === null) { addE.push(visEdge(e)); } else if (edgeItem.hidden) { updE.push({id: e, hidden: false}); }
    }
    if (dropE.length) { edges.remove(dropE); }
    if (dropN.length) { nodes.remove(dropN); }
    if (addN.length) { nodes.add(addN); }
    if (updN.length) { nodes.update(updN); }
    if (addE.length) { edges.add(addE); }
    if (updE.length) { edges.update(updE); }
    view = v;
    view.labels = labels;
    if (clusterBox.checked) { makeClusters(); }
    $("ng-visible").textContent = "Drawn: " + plural(v.drawnNodes, "entity", "entities") + ", " +
      plural(v.drawnEdges, "relation") + ". Matching the filters: " +
      v.matchingNodes.toLocaleString("en") + " of " + plural(N, "entity", "entities") + " with relations, " +
      v.matchingEdges.toLocaleString("en") + " of " + plural(E, "relation") + ".";
    drawHistogramSelection();
    api.visible = {nodes: v.drawnNodes, edges: v.drawnEdges};
    return api.visible;
  }

  function applyFilters() { return sync(computeView()); }

  function resetFilters() {
    document.querySelectorAll(".ng-type-box").forEach(function (box) { box.checked = true; });
    conceptBox.checked = conceptsDefault;
    predicate.value = "";
    minEvidence.value = "1";
    allModalities.checked = false;
    dateFrom.value = firstDay;
    dateTo.value = lastDay;
    return applyFilters();
  }

  /* Back to the first view: nothing pinned, nothing focused. */
  function overview() {
    pinned.clear();
    labelled.clear();
    api.focusedId = null;
    api.focused = null;
    var result = applyFilters();
    network.fit({animation: false});
    return result;
  }

  /* -- communities as cluster nodes ------------------------------------------ */

  var clusterBox = $("ng-cluster");
  var clusterIds = [];
  var clustered = new Set();
  if (!OVERVIEW) { $("ng-view-options").hidden = true; }

  function openClusters() {
    clusterIds.forEach(function (cid) { if (network.isCluster(cid)) { network.openCluster(cid); } });
    clusterIds = [];
    clustered.clear();
  }

  function makeClusters() {
    var groups = new Map();
    nodes.forEach(function (item) {
      var c = nd.community[item.id];
      if (c >= 0 && item.id !== api.focusedId) {
        if (!groups.has(c)) { groups.set(c, []); }
        groups.get(c).push(item.id);
      }
    });
    groups.forEach(function (members, c) {
      if (members.length < 3) { return; }
      var top = raw.communities.top[c] || [];
      var name = top.map(labelOf).join(", ") || labelOf(members[0]);
      var cid = "community:" + c, inside = new Set(members);
      network.cluster({
        joinCondition: function (options) { return inside.has(options.id); },
        clusterNodeProperties: {id: cid, label: name + " (" + members.length + ")", shape: "dot",
                                size: 20 + Math.min(40, Math.sqrt(members.length) * 4),
                                color: COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length],
                                font: {size: 22}, allowSingleNodeCluster: false}
      });
      if (network.isCluster(cid)) {
        clusterIds.push(cid);
        members.forEach(function (m) { clustered.add(m); });
      }
    });
  }

  network.on("doubleClick", function (params) {
    if (params.nodes.length && network.isCluster(params.nodes[0])) {
      var cid = params.nodes[0];
      network.getNodesInCluster(cid).forEach(function (m) { clustered.delete(m); });
      network.openCluster(cid);
      clusterIds = clusterIds.filter(function (c) { return c !== cid; });
    }
  });
  clusterBox.addEventListener("change", function () {
    if (clusterBox.checked) { makeClusters(); } else { openClusters(); }
  });
  colourBy.addEventListener("change", function () { if (view) { sync(view); } });

  /* -- the details panel ------------------------------------------------------ */

  var panel = $("ng-panel");

  function nodeButton(id) {
    var button = el("button", {type: "button", className: "ng-link"}, [labelOf(id)]);
    button.addEventListener("click", function () { select(id); });
    return button;
  }

  function edgeButton(e, text) {
    var button = el("button", {type: "button", className: "ng-link"}, [text]);
    button.addEventListener("click", function () {
      if (edges.get(e) !== null) { network.selectEdges([e]); }
      showEdge(e);
    });
    return button;
  }

  function articleLine(d) {
    var name = str(docs.title[d]) || S[docs.id[d]], link = str(docs.link[d]), url = str(docs.url[d]);
    var parts = [];
    if (link) {
      parts.push(el("a", {href: link, target: "_blank", rel: "noopener noreferrer"}, [name]));
    } else {
      parts.push(el("cite", null, [name]));
    }
    if (docs.date[d] >= 0) { parts.push(" \u00b7 " + S[docs.date[d]]); }
    if (docs.source[d] >= 0) { parts.push(" \u00b7 " + S[docs.source[d]]); }
    if (url && !link) { parts.push(" \u00b7 " + url); }
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
    if (typeof id !== "number" || id < 0 || id >= N) { return; }
    var n = node(id), inc = incident(id);
    var relations = el("ul", {className: "ng-relations"});
    for (var i = 0; i < inc.length && i < LIST_LIMIT; i += 1) {
      var e = inc[i];
      var text = ed.from[e] === id
        ? "\u2192 " + edgeLabel(e) + " " + labelOf(ed.to[e])
        : labelOf(ed.from[e]) + " " + edgeLabel(e) + " \u2192";
      relations.appendChild(el("li", null, [edgeButton(e, text), " (" + ed.count[e] + ")"]));
    }
    if (inc.length > LIST_LIMIT) {
      relations.appendChild(el("li", null, ["and " + plural(inc.length - LIST_LIMIT, "more relation")]));
    }
    var badge = el("span", {className: "ng-type"}, [n.type]);
    badge.style.background = typeColour.get(n.type) || "#ddd";
    var expandButton = el("button", {type: "button", id: "ng-expand"}, ["Expand: bring in its " +
      plural(inc.length, "relation") ]);
    expandButton.addEventListener("click", function () { expand(id); });
    panel.replaceChildren(
      el("h2", {className: "ng-name"}, [n.label]),
      badge,
      definitions([["key", n.key], ["actor code", n.actor_code], ["country", n.country], ["role", n.role],
                   ["mentions", n.mentions], ["articles", n.documents.length],
                   ["relations", inc.length], ["Wikidata", wikidataLink(n.wikidata)]]),
      expandButton,
      el("h3", null, ["Aliases"]),
      el("ul", {className: "ng-aliases"}, n.aliases.map(function (a) { return el("li", null, [a]); })),
      el("h3", null, ["Relations (" + inc.length + ")"]),
      relations,
      el("h3", null, ["Articles"]),
      el("ul", {className: "ng-articles"}, nd.docs[id].map(function (d) { return el("li", null, articleLine(d)); }))
    );
    panel.dataset.showing = "node";
    panel.scrollTop = 0;
  }

  /* A sentence with its subject, predicate and object marked. */
  function sentence(text, spans) {
    var marks = [];
    ["subject", "predicate", "object"].forEach(function (role, i) {
      if (spans[2 * i] >= 0) { marks.push([spans[2 * i], spans[2 * i + 1], role]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var pieces = [], at = 0;
    marks.forEach(function (m) {
      var start = Math.max(m[0], at);
      if (start >= m[1]) { return; }  // overlaps an earlier span
      if (start > at) { pieces.push(text.slice(at, start)); }
      pieces.push(el("mark", {className: "ng-" + m[2]}, [text.slice(start, m[1])]));
      at = m[1];
    });
    if (at < text.length) { pieces.push(text.slice(at)); }
    return el("p", {className: "ng-sentence"}, pieces);
  }

  function showEdge(eid) {
    if (typeof eid !== "number" || eid < 0 || eid >= E) { return; }
    var e = edge(eid);
    var items = e.evidence.map(function (item) {
      var meta = item.docIndex < 0 ? [] : articleLine(item.docIndex);
      var pairs = [["confidence", item.confidence === null ? null : item.confidence.toFixed(2)]];
      if (item.negated) { pairs.push(["negated", "yes"]); }
      return el("div", {className: "ng-evidence"}, [
        sentence(item.sentence, item.spans),
        el("div", {className: "ng-meta"}, meta),
        definitions(pairs.concat(item.details))
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
    if (params.nodes.length && !network.isCluster(params.nodes[0])) {
      showNode(params.nodes[0]);
    } else if (params.edges.length && typeof params.edges[0] === "number") {
      showEdge(params.edges[0]);
    }
  });

  /* -- drill down: expand, search -------------------------------------------- */

  /* Bring in the entity's neighbours (by the relations the filters let through); returns their ids. */
  function expand(id) {
    if (typeof id !== "number" || id < 0 || id >= N) { return []; }
    var v = view || computeView(), inc = incident(id), added = [];
    pinned.add(id);
    labelled.add(id);
    for (var i = 0; i < inc.length; i += 1) {
      if (v.passE[inc[i]]) {
        var m = other(inc[i], id);
        if (!pinned.has(m)) { added.push(m); }
        pinned.add(m);
        labelled.add(m);
      }
    }
    applyFilters();
    return added;
  }

  function passing(v, id) {
    var inc = incident(id);
    for (var i = 0; i < inc.length; i += 1) { if (v.passE[inc[i]]) { return true; } }
    return false;
  }

  /* Make sure the filters let the entity and some of its relations through: back to the defaults
     if they hide it, then concepts and relations not asserted too if it has no other relation. */
  function admit(id) {
    var v = view || computeView();
    if (!(v.drawN[id] || (OVERVIEW && v.nodeOk[id]))) {
      resetFilters();
      v = view;
    }
    if (!passing(v, id) && incident(id).length) {
      conceptBox.checked = true;
      allModalities.checked = true;
      applyFilters();
    }
  }

  function select(id) {
    admit(id);
    api.focusedId = id;
    if (OVERVIEW) { expand(id); } else { applyFilters(); }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), OVERVIEW ? 0.8 : 1.2),
                       animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    showNode(id);
    api.focused = S[nd.key[id]];
  }

  var names = [];                  // [casefolded name, node id] of every entity
  nd.aliases.forEach(function (list, id) {
    list.forEach(function (a) { names.push([S[a].toLowerCase(), id]); });
  });
  // The suggestions: the aliases of the most important entities only (a datalist of 50,000 is slow).
  (function () {
    var aliasList = $("ng-aliases"), seen = new Set(), order = [];
    for (var id = 0; id < N; id += 1) { order.push(id); }
    if (!OVERVIEW) { order.sort(function (a, b) { return nd.mentions[b] - nd.mentions[a]; }); }
    order.slice(0, 3000).forEach(function (id) {
      nd.aliases[id].forEach(function (a) {
        if (!seen.has(a)) { seen.add(a); aliasList.appendChild(el("option", {value: S[a]})); }
      });
    });
  }());

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
      for (var j = 0; j < names.length; j += 1) {
        var pair = names[j];
        if (tests[i](pair[0]) && (best === null || nd.mentions[pair[1]] > nd.mentions[best])) { best = pair[1]; }
      }
      if (best !== null) { return best; }
    }
    return null;
  }

  function search(query) {
    var id = find(String(query));
    var result = $("ng-search-result");
    if (id === null) {
      result.textContent = "No entity matches \u201c" + String(query).trim() + "\u201d.";
      return null;
    }
    select(id);
    result.textContent = "Found " + labelOf(id) + " (" + typeOf(id) + ").";
    return id;
  }

  $("ng-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search($("ng-search").value);
  });

  $("ng-controls").addEventListener("change", function (event) {
    var t = event.target;
    if (t !== physicsBox && t !== $("ng-search") && t !== clusterBox && t !== colourBy) { applyFilters(); }
  });
  minEvidence.addEventListener("input", applyFilters);
  $("ng-reset").addEventListener("click", resetFilters);
  $("ng-overview").addEventListener("click", overview);

  /* -- time: relations per day (or week), drag to filter ----------------------- */

  var DAY_MS = 86400000;
  function dayNumber(day) { return Math.floor(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS); }
  function dayText(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }
  var hist = null;
  (function () {
    if (!days.length) { return; }
    var first = dayNumber(firstDay), last = dayNumber(lastDay);
    var width = last - first + 1 > 120 ? 7 : 1;
    var bins = Math.floor((last - first) / width) + 1, counts = new Int32Array(bins);
    for (var e = 0; e < E; e += 1) {
      var seen = new Set();
      edgeDocs[e].forEach(function (d) {
        if (docs.day[d] >= 0) { seen.add(Math.floor((dayNumber(S[docs.day[d]]) - first) / width)); }
      });
      seen.forEach(function (b) { counts[b] += 1; });
    }
    hist = {first: first, last: last, width: width, bins: bins, counts: counts};
  }());

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  var histBox = $("ng-histogram"), selection = null, histSvg = null;
  function binOf(clientX) {
    var box = histSvg.getBoundingClientRect();
    var b = Math.floor((clientX - box.left) / box.width * hist.bins);
    return Math.max(0, Math.min(hist.bins - 1, b));
  }
  function drawHistogramSelection() {
    if (!hist || !selection) { return; }
    var from = dayNumber(dateFrom.value || firstDay), to = dayNumber(dateTo.value || lastDay);
    var a = Math.floor((from - hist.first) / hist.width), b = Math.floor((to - hist.first) / hist.width);
    selection.setAttribute("x", String(Math.max(0, a)));
    selection.setAttribute("width", String(Math.max(0, Math.min(hist.bins - 1, b) - Math.max(0, a) + 1)));
  }
  if (hist) {
    var top = Math.max.apply(null, Array.from(hist.counts).concat([1]));
    histSvg = svg("svg", {viewBox: "0 0 " + hist.bins + " 40", preserveAspectRatio: "none", id: "ng-histogram-bars",
                          role: "img"});
    histSvg.appendChild(svg("title", {})).textContent = "Relations per " + (hist.width === 7 ? "week" : "day");
    selection = svg("rect", {x: 0, y: 0, width: hist.bins, height: 40, class: "ng-histogram-selection"});
    histSvg.appendChild(selection);
    for (var b = 0; b < hist.bins; b += 1) {
      var h = hist.counts[b] ? Math.max(1, 38 * hist.counts[b] / top) : 0;
      histSvg.appendChild(svg("rect", {x: b + 0.1, y: 40 - h, width: 0.8, height: h, class: "ng-histogram-bar"}));
    }
    histBox.appendChild(el("span", {className: "ng-histogram-label"}, [
      "Relations per " + (hist.width === 7 ? "week" : "day") + ", " + firstDay + " to " + lastDay +
      " (drag to filter, double-click to clear)"]));
    histBox.appendChild(histSvg);
    histBox.hidden = false;
    var dragFrom = null;
    var setRange = function (a, b2) {
      var lo = Math.min(a, b2), hi = Math.max(a, b2);
      dateFrom.value = dayText(Math.max(hist.first, hist.first + lo * hist.width));
      dateTo.value = dayText(Math.min(hist.last, hist.first + hi * hist.width + hist.width - 1));
      drawHistogramSelection();
    };
    histSvg.addEventListener("mousedown", function (event) {
      event.preventDefault();
      dragFrom = binOf(event.clientX);
      setRange(dragFrom, dragFrom);
    });
    window.addEventListener("mousemove", function (event) {
      if (dragFrom !== null) { setRange(dragFrom, binOf(event.clientX)); }
    });
    window.addEventListener("mouseup", function (event) {
      if (dragFrom === null) { return; }
      setRange(dragFrom, binOf(event.clientX));
      dragFrom = null;
      applyFilters();
    });
    histSvg.addEventListener("dblclick", function () {
      dateFrom.value = firstDay;
      dateTo.value = lastDay;
      applyFilters();
    });
  }

  /* -- layout and readiness ------------------------------------------------------ */

  var physicsBox = $("ng-physics");
  physicsBox.checked = !OVERVIEW;
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

  physicsBox.addEventListener("change", function () {
    network.setOptions({physics: {enabled: physicsBox.checked}});
  });

  api.stats = function () {
    var scale = network.getScale(), labels = 0;
    if (view) {
      view.labels.forEach(function (id) {
        if (!clustered.has(id) && fontSize(id) * scale >= raw.options.nodes.scaling.label.drawThreshold) {
          labels += 1;
        }
      });
    }
    return {
      nodes: N,
      edges: E,
      visibleNodes: view ? view.drawnNodes : 0,
      visibleEdges: view ? view.drawnEdges : 0,
      matchingNodes: view ? view.matchingNodes : 0,
      matchingEdges: view ? view.matchingEdges : 0,
      labelledNodes: labels,
      isolatedVisible: view ? view.isolated : 0,
      clusters: clusterIds.filter(function (c) { return network.isCluster(c); }).length,
      overview: OVERVIEW,
      entitiesTotal: raw.stats.entities_total,
      relationsTotal: raw.stats.relations_total,
      truncated: raw.stats.truncated,
      ready: api.ready,
      // From the start of navigation: reading the page and its data count too.
      timeToReady: api.readyAt,
      scriptToReady: api.readyAt === null ? null : api.readyAt - startedAt
    };
  };
  /* The vis-network id of an entity key, or null. */
  api.nodeId = function (key) { return byKey.has(key) ? byKey.get(key) : null; };
  api.node = node;
  api.edge = edge;
  api.applyFilters = applyFilters;
  api.resetFilters = resetFilters;
  api.overview = overview;
  api.expand = expand;
  api.search = search;
  api.showNode = showNode;
  api.showEdge = showEdge;

  applyFilters();
  if (N === 0) {
    settled();
    $("ng-loading").textContent = "This graph has no entities.";
    $("ng-loading").hidden = false;
  } else if (OVERVIEW) {
    network.fit({animation: false});
    $("ng-loading").hidden = true;
    network.once("afterDrawing", settled);
    network.redraw();
  } else {
    // Whatever happens to the layout, the page stops moving and becomes usable.
    guard = setTimeout(function () { network.stopSimulation(); settled(); }, 30000);
  }
})();
