"""Entity types fixed by a dictionary or the knowledge base (issue 12, wave 14).

- A religious group's name ("Salafi", "Sunnis") is NORP whatever the tagger said
  (``data/religious_groups.txt``), as a religion's is (``data/religions.txt``).
- An organisation of the knowledge base fixes a name the tagger typed NORP or FAC only when the
  name is the entry's own label ("Instagram followers"), never through an alias.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.lexicon import get_lexicon
from extract.linking import link_facts
from extract.types import Document, DocumentFacts, Entity


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def found(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


def test_a_religious_group_is_norp(nlp):
    text = ("The group was founded by former Salafi preachers in London. "
            "Salafi leaders condemned the campaign on Monday.")
    labels = found(nlp, text)
    assert labels["Salafi"] == "NORP"  # the tagger says PERSON


def test_the_followers_of_a_branch_are_norp(nlp):
    labels = found(nlp, "Sunnis and Shiites marched together through the centre of Baghdad on Friday.")
    for name in ("Sunnis", "Shiites"):
        assert labels[name] == "NORP"


def test_a_given_name_that_is_also_a_faith_word_is_not_listed(lexicon):
    # "Christian" is a given name ("Christian Bale"): only the plural is a group's name.
    groups = lexicon.word_sets["religious_groups"]
    assert "christians" in groups and "christian" not in groups
    assert "hindu" not in groups  # "The Hindu", a newspaper


def _linked(lexicon, text, label, type_):
    entity = Entity(label.casefold(), label, type_)
    facts = link_facts(DocumentFacts(Document("d", text), (entity,), ()), lexicon=lexicon)
    return facts.entities[0].type


def test_an_organisation_typed_norp_by_its_own_label_is_org(lexicon):
    text = "She said her Instagram followers had sent her messages."
    assert _linked(lexicon, text, "Instagram", "NORP") == "ORG"


def test_an_organisation_typed_fac_by_its_own_label_is_org(lexicon):
    text = "Google said on Tuesday that the service would close."
    assert _linked(lexicon, text, "Google", "FAC") == "ORG"


def test_an_acronym_alone_still_needs_the_full_name(lexicon):
    # An acronym links to no QID unless the text gives one of the entry's full names; the
    # acronym of one broadcaster still makes "CBS" (tagged FAC) the organisation it is.
    text = "Neighbors told CBS station KDKA-TV that the area is usually quiet."
    entity = Entity("cbs", "CBS", "FAC")
    (linked,) = link_facts(DocumentFacts(Document("d", text), (entity,), ()), lexicon=lexicon).entities
    assert linked.wikidata is None
    assert linked.type == "ORG"


def test_an_alias_does_not_fix_a_norp_name(lexicon):
    # "African American" is only an alias of a knowledge-base entry: the people's name stays NORP.
    text = "He was the first African American to hold the office."
    assert _linked(lexicon, text, "African American", "NORP") == "NORP"


def test_a_star_designation_is_a_place(nlp):
    # A name ending in a constellation's genitive is a star, never an organisation or a person.
    text = ("Astronomers observed a young star, AB Aurigae, with the Very Large Telescope. "
            "The disc around AB Aurigae is about 520 light-years from Earth.")
    labels = found(nlp, text)
    assert labels["AB Aurigae"] == "LOC"


def test_star_designations_need_a_constellation_genitive(lexicon):
    from extract.name_kinds import is_star_designation

    assert is_star_designation("Alpha Centauri", lexicon=lexicon)
    assert is_star_designation("VY Canis Majoris", lexicon=lexicon)
    assert not is_star_designation("Centauri", lexicon=lexicon)  # one word: no designation
    assert not is_star_designation("Canis Majoris", lexicon=lexicon)  # the genitive alone
    assert not is_star_designation("Alpha Capital", lexicon=lexicon)
