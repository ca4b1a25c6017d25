"""A knowledge-base hit fixes an entity's type (extract.linking, extract.acronym_types).

Expected values come from the text: "RT" and "CBS" are broadcasters, "IBM" a company, whatever the tagger says;
a full name of the knowledge base ("Chicago Bulls") is the entry's type; a given name that is also a town
("Elizabeth" telling reporters) stays a person; "CCTV footage" is no broadcaster's.
"""

from __future__ import annotations

import pytest

from extract.acronym_types import names_acronym_organisation
from extract.lexicon import get_lexicon
from extract.lexicon.knowledge import Alias, KnowledgeEntry
from extract.types import Document


def _types(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {e.label: e.type for e in facts.entities}


def _entry(name):
    return next(e for e, alias in get_lexicon().knowledge.lookup(name) if alias is None)


@pytest.mark.parametrize("name", ["RT", "CBS", "IBM", "NHK", "U2"])
def test_an_acronym_of_one_organisation_names_it(name):
    assert names_acronym_organisation(_entry(name), None, name, get_lexicon())


def test_an_alias_is_not_enough():
    entry = KnowledgeEntry("", "Columbia Broadcasting System", "ORG", description="television network")
    assert not names_acronym_organisation(entry, Alias("CBS"), "CBS", get_lexicon())


def test_a_recording_noun_is_no_broadcaster():
    assert not names_acronym_organisation(_entry("CCTV"), None, "CCTV", get_lexicon())


def test_an_organisation_of_another_kind_is_not_named_by_its_acronym_alone():
    entry = KnowledgeEntry("", "ZQX", "ORG", description="international organisation")
    assert not names_acronym_organisation(entry, None, "ZQX", get_lexicon())


def test_a_show_on_a_broadcaster(nlp):
    text = "Kokesh previously hosted a show on RT and currently hosts a show on internet radio."
    assert _types(nlp, text)["RT"] == "ORG"


def test_a_network_before_its_station(nlp):
    assert _types(nlp, "Neighbors told CBS station KDKA-TV that the area is usually quiet.")["CBS"] == "ORG"


def test_an_invented_report_on_a_network(nlp):
    assert _types(nlp, "The mayor of Tulsa told NHK that the bridge would reopen in May.")["NHK"] == "ORG"


def test_a_full_name_of_the_knowledge_base_is_its_type(nlp):
    assert _types(nlp, "Fans of the Chicago Bulls gathered outside the arena on Sunday.")["Chicago Bulls"] == "ORG"


def test_a_given_name_that_is_also_a_town_stays_a_person(nlp):
    assert _types(nlp, "Elizabeth told reporters the plant would close.")["Elizabeth"] == "PERSON"


def test_cctv_footage_is_not_typed_as_a_place_or_person(nlp):
    assert _types(nlp, "CCTV footage showed the man entering the bank in Leeds.").get("CCTV") not in ("GPE", "PERSON")
