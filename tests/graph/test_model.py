"""KnowledgeGraph: merging, replacing, looking up, tables, node-link JSON."""

from __future__ import annotations

import copy
import dataclasses
import json

import networkx as nx
import pytest

from extract.types import Document, DocumentFacts, Entity
from graph.errors import FormatError, GraphError
from graph.model import (
    KnowledgeGraph,
    UnknownEntityError,
    from_node_link,
    read_json,
    to_node_link,
    write_json,
)

ALEPPO = "wikinews:5e946305f6ec"
WITHDRAWAL = "wikinews:3978c8f76bc8"


@pytest.fixture()
def kg(corpus_facts) -> KnowledgeGraph:
    return KnowledgeGraph(corpus_facts)


def _doc(doc_id: str, *entities: Entity) -> DocumentFacts:
    return DocumentFacts(Document(id=doc_id, text=""), entities)


# -- merging ----------------------------------------------------------


def test_nodes_merge_across_documents(kg):
    russia = kg.graph.nodes["russia"]
    # Seed: 3 mentions; the Aleppo article: 2.
    assert russia["mentions"] == 5
    assert russia["documents"] == ["seed", ALEPPO]
    assert russia["doc_mentions"] == {ALEPPO: 2, "seed": 3}
    assert russia["label"] == "Russia" and russia["type"] == "GPE"
    trump = kg.graph.nodes["donald trump"]
    assert trump["mentions"] == 3 + 7
    assert trump["aliases"] == ["Trump", "US President Donald Trump", "the United States President Donald Trump"]
    assert kg.graph.nodes["syria"]["mentions"] == 11 + 4 + 9


def test_optional_node_attributes_only_where_known(kg):
    syria = kg.graph.nodes["syria"]
    assert (syria["actor_code"], syria["geonames_id"], syria["lat"], syria["lon"]) == ("SYR", 163843, 35.0, 38.0)
    assert "actor_code" not in kg.graph.nodes["aleppo"]
    assert "geonames_id" not in kg.graph.nodes["damascus"]


def test_concept_mentions_count_distinct_spans(kg):
    # "China, Iran, and Russia have pledged funds": two relations, one span "funds".
    assert kg.graph.nodes["concept:fund"]["mentions"] == 1
    assert kg.graph.nodes["concept:fund"]["type"] == "CONCEPT"
    assert kg.graph.nodes["concept:civilian"]["label"] == "six civilians"


def test_edge_holds_evidence_with_document_offsets(kg, seed_text):
    data = kg.graph.get_edge_data("israel", "concept:strike", "carry out")
    assert data["predicate"] == "carry out" and data["negated"] is False
    assert data["count"] == 1 and data["confidence"] == 0.6
    (ev,) = data["evidence"]
    assert ev["doc"] == "seed"
    assert seed_text[ev["subject"][0]:ev["subject"][1]] == "Israeli ally"
    assert seed_text[ev["predicate"][0]:ev["predicate"][1]] == "carried out"
    assert seed_text[ev["object"][0]:ev["object"][1]] == "a series of strikes"
    assert seed_text[ev["sentence_start"]:].startswith("Washington’s Israeli ally carried out")
    assert ev["resolved_from_subject"] == "Washington’s Israeli ally"
    assert ev["time"] == {"text": "over the weekend", "start": None, "end": None}
    assert data["event"]["code"] == "190"


def test_negated_relation_gets_its_own_key(kg):
    assert kg.graph.has_edge("united states", "concept:detainee", "not hold")
    assert not kg.graph.has_edge("united states", "concept:detainee", "hold")
    data = kg.graph.get_edge_data("united states", "concept:detainee", "not hold")
    assert data["predicate"] == "hold" and data["negated"] is True


def test_one_edge_per_triple_counts_evidence(seed_facts, make_relation):
    d = seed_facts.document
    extra = make_relation(
        d, "Syria accused Israel of targeting an airbase", ("syria", "Syria", "GPE", "Syria"),
        ("accuse", "accused"), ("israel", "Israel", "GPE", "Israel"), confidence=0.95,
    )
    again = make_relation(
        d, "Syria accused Israel of targeting an airbase in Homs province overnight",
        ("syria", "Syria", "GPE", "Syria"), ("accuse", "accused"), ("israel", "Israel", "GPE", "Israel"),
        confidence=0.3,
    )
    facts = dataclasses.replace(seed_facts, relations=seed_facts.relations + (extra, again))
    kg = KnowledgeGraph([facts])
    edges = kg.graph.get_edge_data("syria", "israel")
    assert list(edges) == ["accuse"]
    assert edges["accuse"]["count"] == 3
    assert edges["accuse"]["confidence"] == 0.95


def test_event_is_the_most_common_among_evidence(kg):
    assert kg.graph.get_edge_data("syria", "israel", "accuse")["event"] == {
        "code": "112", "root": "11", "label": "Accuse", "quad_class": "verbal conflict"}
    assert kg.graph.get_edge_data("russia", "concept:fund", "pledge")["event"] is None


def test_graph_documents_attribute(kg):
    assert sorted(kg.documents) == ["seed", WITHDRAWAL, ALEPPO]
    assert kg.documents["seed"] == {"title": "Regime bombardments kill six civilians in Syria",
                                    "url": None, "date": "2019-06-03", "source": "AFP"}
    assert kg.documents[ALEPPO]["date"] == "2019-02-05"


def test_building_does_not_mutate_inputs(corpus_facts):
    before = copy.deepcopy(corpus_facts)
    items = list(corpus_facts)
    kg = KnowledgeGraph(items)
    assert items == corpus_facts == before
    # The graph shares no mutable value with the facts either.
    kg.graph.nodes["donald trump"]["aliases"].append("changed")
    kg.graph.get_edge_data("syria", "israel", "accuse")["event"]["code"] = "000"
    assert corpus_facts == before
    assert KnowledgeGraph(corpus_facts).graph.get_edge_data("syria", "israel", "accuse")["event"]["code"] == "112"


def test_order_of_documents_does_not_matter(corpus_facts):
    forward = KnowledgeGraph(corpus_facts)
    backward = KnowledgeGraph(reversed(corpus_facts))
    one_by_one = KnowledgeGraph()
    for facts in corpus_facts[::-1]:
        one_by_one.add(facts)
    assert forward == backward == one_by_one
    assert to_node_link(forward) == to_node_link(backward)


def test_re_adding_a_document_replaces_it(corpus_facts, seed_facts):
    smaller = dataclasses.replace(
        seed_facts,
        entities=tuple(e for e in seed_facts.entities if e.key != "russian army"),
        relations=seed_facts.relations[:2],
    )
    kg = KnowledgeGraph(corpus_facts).add(smaller)
    expected = KnowledgeGraph([smaller, *corpus_facts[1:]])
    assert kg == expected
    assert "russian army" not in kg and "concept:strike" not in kg
    assert not kg.graph.has_edge("syria", "israel")
    assert kg.graph.nodes["russia"]["mentions"] == 5  # both documents still name it
    # Re-adding the same document twice in one call keeps the last.
    assert KnowledgeGraph([seed_facts, smaller, *corpus_facts[1:]]) == expected


def test_remove_document(corpus_facts):
    kg = KnowledgeGraph(corpus_facts).remove(WITHDRAWAL)
    assert kg == KnowledgeGraph(corpus_facts[:2])
    for doc_id in ("seed", ALEPPO):
        kg.remove(doc_id)
    assert len(kg) == 0 and kg.number_of_relations() == 0 and kg.documents == {}
    with pytest.raises(UnknownEntityError, match="no document 'seed'"):
        kg.remove("seed")


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        # (type, mentions) per document -> merged type
        ([("GPE", 1), ("GPE", 1), ("PERSON", 9)], "GPE"),  # majority of documents
        ([("PERSON", 1), ("GPE", 5)], "GPE"),  # tie of documents: more mentions
        ([("GPE", 2), ("PERSON", 2)], "PERSON"),  # full tie: named types in ENTITY_TYPES order
        ([("CONCEPT", 1), ("ORG", 1)], "ORG"),
    ],
)
def test_merged_type_is_a_majority_vote(types, expected):
    facts = [_doc(f"d{i}", Entity("georgia", "Georgia", t, mentions=m)) for i, (t, m) in enumerate(types)]
    assert KnowledgeGraph(facts).graph.nodes["georgia"]["type"] == expected
    assert KnowledgeGraph(facts[::-1]).graph.nodes["georgia"]["type"] == expected


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Trump", "Donald Trump", "Trump"], "Trump"),  # most frequent
        (["Trump", "Donald Trump"], "Donald Trump"),  # tie: longest
        (["Donald TRUMP", "Donald Trump"], "Donald TRUMP"),  # tie of length: smallest
        (["IDLIB", "Idlib"], "Idlib"),  # tie: not in capitals (extract.merge's rule, as within a document)
        (["NATO", "Nato"], "Nato"),
    ],
)
def test_merged_label(labels, expected):
    facts = [_doc(f"d{i}", Entity("donald trump", label, "PERSON")) for i, label in enumerate(labels)]
    node = KnowledgeGraph(facts).graph.nodes["donald trump"]
    assert node["label"] == expected
    assert expected not in node["aliases"]
    assert set(node["aliases"]) == set(labels) - {expected}


def test_bad_input_is_refused_with_a_clear_message(seed_facts):
    kg = KnowledgeGraph()
    with pytest.raises(GraphError, match=r"facts\[0\] must be a DocumentFacts, got str"):
        kg.add("Syria accused Israel.")
    with pytest.raises(GraphError, match=r"facts\[1\] must be a DocumentFacts, got int"):
        kg.add_all([seed_facts, 3])
    assert "seed" in kg.documents  # what came before the bad item is kept, consistently
    with pytest.raises(GraphError, match="entity key must be a non-empty str"):
        kg.add(_doc("d1", Entity("", "Nobody", "PERSON")))
    with pytest.raises(GraphError, match="document id must be a non-empty str"):
        kg.add(_doc("", Entity("x", "X", "PERSON")))
    assert "d1" not in kg.documents


# -- looking up -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Trump", "donald trump"),
        ("TRUMP", "donald trump"),
        ("  donald   Trump ", "donald trump"),
        ("US President Donald Trump", "donald trump"),
        ("sdf", "syrian democratic forces"),
        ("Erdogan", "recep tayyip erdoğan"),
        ("RECEP TAYYIP ERDOĞAN", "recep tayyip erdoğan"),
        ("concept:fund", "concept:fund"),
        ("funds", "concept:fund"),
        ("Putin", None),
        ("", None),
    ],
)
def test_find_by_any_alias(kg, name, key):
    assert kg.find(name) == key


def test_find_prefers_key_then_label_then_alias():
    facts = [_doc("d1", Entity("us", "US", "ORG", aliases=("United States",)),
                  Entity("united states", "United States", "GPE", aliases=("US",), mentions=9))]
    kg = KnowledgeGraph(facts)
    assert kg.find("us") == "us"
    assert kg.find("united states") == "united states"


def test_neighbours(kg):
    assert kg.neighbours("Israel") == ["concept:people", "concept:strike", "syria"]
    assert kg.neighbours("israel", direction="out") == ["concept:people", "concept:strike"]
    assert kg.neighbours("israel", direction="in") == ["syria"]
    with pytest.raises(UnknownEntityError, match="'Putin'"):
        kg.neighbours("Putin")
    with pytest.raises(KeyError):
        kg.neighbours("Putin")
    with pytest.raises(GraphError, match="direction"):
        kg.neighbours("israel", direction="up")


def test_ego(kg):
    ego = kg.ego("Israeli")
    assert sorted(ego.graph.nodes) == ["concept:people", "concept:strike", "israel", "syria"]
    assert sorted(ego.graph.edges(keys=True)) == [
        ("israel", "concept:people", "kill"), ("israel", "concept:strike", "carry out"),
        ("syria", "israel", "accuse")]
    assert sorted(kg.ego("israel", radius=0).graph.nodes) == ["israel"]
    assert "concept:civilian" not in ego
    assert sorted(kg.ego("russia").graph.nodes) == ["concept:fund", "concept:operation", "russia"]
    assert sorted(kg.ego("russia", radius=2).graph.nodes) == ["china", "concept:fund", "concept:operation", "russia"]
    assert "syrian regime" not in kg.ego("israel", radius=5)
    # A copy: changing it leaves the graph alone, and it can grow.
    ego.remove("seed")
    assert kg.graph.has_edge("syria", "israel")


def test_counts_and_top_entities(kg):
    assert len(kg) == kg.number_of_entities() == 26
    assert kg.number_of_relations() == 12
    assert kg.top_entities(3) == [("syria", 24), ("isis", 14), ("donald trump", 10)]
    assert kg.top_entities(2, type="ORG") == [("isis", 14), ("syrian democratic forces", 8)]
    assert "israel" in kg and "Israel" not in kg


def test_summary(kg):
    summary = kg.summary()
    assert summary["documents"] == 3
    assert summary["entities"] == 26
    assert summary["relations"] == 12
    assert summary["evidence"] == 12
    # kill urge "carry out" target accuse; support pledge; oppose hold defeat
    assert summary["predicates"] == 10
    assert summary["entity_types"]["CONCEPT"] == 9
    assert summary["entity_types"]["PERSON"] == 2


def test_to_networkx_is_a_copy(kg):
    graph = kg.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    graph.remove_node("syria")
    graph.graph["documents"].clear()
    assert "syria" in kg and len(kg.documents) == 3


# -- tables -----------------------------------------------------------


def test_relations_frame(kg):
    frame = kg.relations_frame()
    assert len(frame) == 12
    assert list(frame.columns[:10]) == ["subject", "subject_label", "subject_type", "predicate", "negated",
                                       "object", "object_label", "object_type", "count", "confidence"]
    row = frame[(frame.subject == "syria") & (frame.object == "israel")].iloc[0]
    assert (row.subject_label, row.predicate, row.object_type, row["count"]) == ("Syria", "accuse", "GPE", 1)
    assert row.documents == ["seed"] and row.sentence.startswith("Syria accused Israel")
    assert (row.event_code, row.event_label) == ("112", "Accuse")
    killed = frame[frame.object == "concept:civilian"].iloc[0]
    assert (killed.killed, killed.place, killed.time) == (6, "northwest Syria", "Monday")
    negated = frame[frame.negated]
    assert list(negated.subject) == ["united states"] and list(negated.predicate) == ["hold"]
    assert kg.to_dataframe().equals(frame)
    assert list(KnowledgeGraph().relations_frame().columns) == list(frame.columns)


def test_entities_frame(kg):
    frame = kg.entities_frame().set_index("key")
    assert len(frame) == 26
    assert frame.loc["russia", "mentions"] == 5 and frame.loc["russia", "n_documents"] == 2
    assert frame.loc["israel", "out_degree"] == 2 and frame.loc["israel", "in_degree"] == 1
    assert frame.loc["syria", "actor_code"] == "SYR"


# -- node-link JSON ---------------------------------------------------


def test_node_link_round_trip(kg, hostile_facts):
    kg.add(hostile_facts)
    data = to_node_link(kg)
    again = from_node_link(json.loads(json.dumps(data)))
    assert again == kg
    assert to_node_link(again) == data
    # It is plain networkx node-link data too.
    graph = nx.node_link_graph(data, edges="links")
    assert graph.nodes["russia"]["label"] == "Russia"
    assert graph.nodes["donald trump"]["aliases"][0] == "Trump"


def test_node_link_read_graph_can_still_grow(corpus_facts, seed_facts):
    loaded = from_node_link(to_node_link(KnowledgeGraph(corpus_facts[1:])))
    loaded.add(seed_facts)
    assert loaded == KnowledgeGraph(corpus_facts)
    loaded.remove(ALEPPO)
    assert loaded == KnowledgeGraph([corpus_facts[0], corpus_facts[2]])


def test_from_node_link_does_not_change_its_input(kg):
    data = to_node_link(kg)
    before = copy.deepcopy(data)
    from_node_link(data).add(_doc("d9", Entity("syria", "Syria", "GPE")))
    assert data == before


@pytest.mark.parametrize("indent", [None, 2])
def test_json_file_round_trip(tmp_path, kg, hostile_facts, indent):
    kg.add(hostile_facts)
    path = tmp_path / "graph.json"
    write_json(kg, path, indent=indent)
    assert read_json(path) == kg
    assert json.loads(path.read_text(encoding="utf-8")) == to_node_link(kg)
    assert json.loads(path.read_text(encoding="utf-8"))["graph"]["documents"]["seed"]["source"] == "AFP"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"nodes": [', r"graph.json:1:12: not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"nodes": [], "links": {}}', "'links' must be a list"),
        ('{"nodes": [{"label": "x"}], "links": []}', r"nodes\[0\] has no str 'id'"),
        ('{"nodes": [{"id": "x", "label": "X"}], "links": []}', r"nodes\[0\] \('x'\) lacks type"),
        ('{"nodes": [], "links": [{"source": "a", "target": "b"}]}', r"links\[0\] needs str source"),
        ('{"nodes": [], "links": [], "newsgraph": {"version": 99}}', "unsupported newsgraph version 99"),
    ],
)
def test_read_json_refuses_bad_files(tmp_path, content, message):
    path = tmp_path / "graph.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message) as info:
        read_json(path)
    assert str(path) in str(info.value)


def test_write_json_refuses_nan_and_keeps_the_old_file(tmp_path, seed_facts):
    path = tmp_path / "graph.json"
    path.write_text("previous", encoding="utf-8")
    relation = dataclasses.replace(seed_facts.relations[0], confidence=float("nan"))
    kg = KnowledgeGraph([dataclasses.replace(seed_facts, relations=(relation,))])
    with pytest.raises(FormatError, match=r"cannot write \('syrian regime', 'kill', 'concept:civilian'\) as JSON"):
        write_json(kg, path)
    assert path.read_text(encoding="utf-8") == "previous"


def test_write_json_of_an_empty_graph(tmp_path):
    path = tmp_path / "graph.json"
    write_json(KnowledgeGraph(), path)
    assert read_json(path) == KnowledgeGraph()


def test_read_json_missing_file(tmp_path):
    with pytest.raises(GraphError, match="nothing.json: cannot read"):
        read_json(tmp_path / "nothing.json")


# -- building from text (the real pipeline) -----------------------------


def test_from_texts(nlp, seed_text):
    from extract.documents import content_id

    texts = [seed_text, "   ", "Russia and Syria bombed Idlib on Monday."]
    kg = KnowledgeGraph.from_texts(texts, nlp=nlp)
    assert sorted(kg.documents) == sorted([content_id(seed_text), content_id(texts[2])])
    trump = kg.find("Trump")
    assert trump is not None and kg.graph.nodes[trump]["type"] == "PERSON"
    assert kg.graph.nodes[trump]["documents"] == [content_id(seed_text)]
    russia = kg.find("Russia")
    assert kg.graph.nodes[russia]["documents"] == sorted([content_id(seed_text), content_id(texts[2])])
    assert kg.number_of_relations() > 0
    with pytest.raises(GraphError, match=r"texts\[0\] must be a str or Document, got int"):
        KnowledgeGraph.from_texts([3], nlp=nlp)


def test_from_files(nlp, data_dir):
    kg = KnowledgeGraph.from_files(data_dir / "wikinews_sample.jsonl", nlp=nlp)
    assert len(kg.documents) == 6
    assert kg.documents[ALEPPO]["title"] == "Block of flats collapses in Aleppo, killing eleven"
    assert kg.documents[ALEPPO]["date"] == "2019-02-05"
    assert ALEPPO in kg.graph.nodes[kg.find("Aleppo")]["documents"]
