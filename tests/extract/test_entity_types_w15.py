"""Entity types on unseen text, round w15t (``benchmarks/data/entities_audit.md``): company nouns, "-based",
post-nominal letters, a title in apposition, a lone given name, a Spanish name's first surname, a treaty's
place, and the knowledge base's derived types (``scripts/wikidata_data.py``).

Invented sentences through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from extract.entity_context import is_given_name
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document

ROOT = Path(__file__).resolve().parents[2]


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def _aliases(entity) -> set[str]:
    return set(getattr(entity, "aliases", ()) or ())


def _wikidata_script():
    spec = importlib.util.spec_from_file_location("wikidata_data", ROOT / "scripts" / "wikidata_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_name_modifying_a_share_is_a_company(nlp):
    got = _nodes(nlp, "Holders will receive 0.8 share of the new stock for each Deseret share they own.")
    assert got["Deseret"].type == "ORG"


def test_a_name_after_based_is_a_company(nlp):
    got = _nodes(nlp, "The Cambridge-based Abcam said profits rose.")
    assert got["Abcam"].type == "ORG"
    assert got["Cambridge"].type == "GPE"


def test_a_place_owning_stocks_stays_a_place(nlp):
    got = _nodes(nlp, "Tokyo stocks fell on Monday while Japan's shares in the index rose.")
    assert got["Tokyo"].type == "GPE"


def test_post_nominal_letters_end_a_persons_name(nlp):
    got = _nodes(nlp, "Prosecutor Kama Melly QC said the girls had been vulnerable.")  # the tagger: ORG
    person = next(e for label, e in got.items() if label.startswith("Kama Melly"))
    assert person.type == "PERSON"


def test_a_title_in_apposition_makes_a_person(nlp):
    got = _nodes(nlp, "The post went to Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico.")
    assert got["Wanda Vázquez Garced"].type == "PERSON"


def test_a_spanish_name_is_shortened_to_its_first_surname(nlp):
    got = _nodes(nlp, "The post went to Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico. "
                      "In a statement, Vázquez said she would serve.")
    assert "Vázquez" not in got
    assert "Vázquez" in _aliases(got["Wanda Vázquez Garced"])


def test_a_given_name_of_the_dictionaries_reads_as_a_persons(nlp):
    lexicon = get_lexicon()
    assert is_given_name("Luis", lexicon=lexicon) and is_given_name("Jamal", lexicon=lexicon)
    assert not is_given_name("Soviet", lexicon=lexicon) and not is_given_name("Sheikh", lexicon=lexicon)
    got = _nodes(nlp, "The office stands vacant following the resignation of Luis Rivera Marín over the scandal.")
    assert got["Luis Rivera Marín"].type == "PERSON"


def test_a_lone_given_name_typed_a_place_is_the_person(nlp):
    got = _nodes(nlp, "Journalist Jamal Khashoggi was killed in Istanbul. His fiancee said the world "
                      "remains silent over Jamal's killing.")
    assert "Jamal" not in got
    assert "Jamal" in _aliases(got["Jamal Khashoggi"])


def test_a_treatys_place_is_no_node(nlp):
    got = _nodes(nlp, "Ministers said the Treaty of Lisbon had changed how the union votes.")
    assert "Lisbon" not in got


def test_the_knowledge_base_derives_types_from_descriptions():
    head_type = _wikidata_script().head_type
    assert head_type("racial or ethnic group in the United States") == "NORP"
    assert head_type("island group and archipelago") == "LOC"
    assert head_type("French department") == "GPE"
    assert head_type("United States federal executive department") == "ORG"
    assert head_type("group of conditions in which the heart beats irregularly") is None
    assert head_type("American producer of computers", "Apple Inc.") == "ORG"
    assert head_type("American producer of B movies", "Samuel Z. Arkoff") == "PERSON"


def test_the_shipped_knowledge_base_types_peoples_and_leaves_a_citys_namesake_out():
    lexicon = get_lexicon()
    assert {e.type for e, _ in lexicon.knowledge.lookup("African Americans")} == {"NORP"}
    assert "ORG" not in {e.type for e, alias in lexicon.knowledge.lookup("Chicago") if alias is None}
