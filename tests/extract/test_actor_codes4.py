"""Actor codes from the knowledge-base entry the linker chooses for a named person or
organisation (issue 11, point 3: the code comes from the mention, here its identity).

Each sentence is invented for the test. Expected codes come from the shipped knowledge base's
descriptions (``extract/data/wikidata/entities.tsv``: Sarah Palin "American politician", the
Republican Party "political party in the United States") and from the CAMEO role of the title.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract.actors import entry_country, with_entry_country
from extract.lexicon import get_lexicon
from extract.lexicon.knowledge import KnowledgeEntry

from .helpers import relation_of, text_relations


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


_relation = partial(relation_of, date="2019-06-01")


# --------------------------------------------------------------------------
# the tables: a description's one country, joined to a role alone


def test_a_role_alone_takes_the_country(lexicon):
    assert with_entry_country(None, "USA", lexicon=lexicon) == "USA"
    assert with_entry_country("LEG", "USA", lexicon=lexicon) == "USALEG"


def test_a_code_with_a_country_or_a_body_is_kept(lexicon):
    assert with_entry_country("RUSGOV", "USA", lexicon=lexicon) == "RUSGOV"
    assert with_entry_country("IGOUNO", "USA", lexicon=lexicon) == "IGOUNO"
    assert with_entry_country("LEG", None, lexicon=lexicon) == "LEG"


def test_a_description_gives_one_country_or_none(lexicon):
    person = KnowledgeEntry(qid="Q1", label="Ann Example", type="PERSON", description="Kenyan politician")
    assert entry_country(person, lexicon=lexicon) == "KEN"
    two = KnowledgeEntry(qid="Q2", label="Bo Example", type="PERSON", description="British and American actor")
    assert entry_country(two, lexicon=lexicon) is None
    born = KnowledgeEntry(qid="Q5", label="Di Example", type="PERSON", description="British-born American actor")
    assert entry_country(born, lexicon=lexicon) == "USA"  # "British-born" says where, not whose
    none = KnowledgeEntry(qid="Q3", label="Cy Example", type="PERSON", description="philosopher")
    assert entry_country(none, lexicon=lexicon) is None
    body = KnowledgeEntry(qid="Q4", label="Acme", type="ORG", description="Kenyan company")
    assert entry_country(body, lexicon=lexicon) is None  # a person's country only


# --------------------------------------------------------------------------
# in sentences: the linker must choose the entry (its description's words in the text)


def test_a_linked_person_takes_the_country_and_keeps_the_title_role(nlp):
    text = ("Republican senator Sarah Palin criticised Barack Obama on Monday. "
            "Palin is a veteran politician.")
    rel = _relation(nlp, text, "criticise")
    assert rel.subject.actor_code == "USALEG"  # "senator" LEG + "American politician"


def test_a_linked_person_with_no_title_takes_the_country_alone(nlp):
    rel = _relation(nlp, "The politician Ron Paul denounced Estonia on Monday.", "denounce")
    assert rel.subject.actor_code == "USA"
    assert rel.object.actor_code == "EST"


def test_a_pronoun_takes_the_linked_person_s_country(nlp):
    text = "Sarah Palin, a politician, spoke in Juneau on Monday. She criticised Estonia."
    rels = [r for r in text_relations(nlp, text, date="2019-06-01") if r.predicate.lemma == "criticise"]
    assert rels and rels[0].subject.actor_code == "USA"


def test_an_unlinked_namesake_gets_no_country(nlp):
    # no word of the entry's description in the text: the linker does not choose the entry
    rel = _relation(nlp, "Sarah Palin criticised Estonia on Monday.", "criticise")
    assert rel.subject.actor_code is None


def test_a_party_takes_its_entry_s_country(nlp):
    text = "The Republican Party criticised the Democratic Party over the budget in the United States."
    rel = _relation(nlp, text, "criticise")
    assert rel.subject.actor_code == "USAPTY"  # "political party in the United States"
    assert rel.object.actor_code == "USAPTY"


def test_a_party_of_another_country_is_not_linked_to_the_namesake(nlp):
    text = "In Seoul, South Korea's Democratic Party criticised President Moon Jae-in on Tuesday."
    rel = _relation(nlp, text, "criticise")
    assert rel.subject.actor_code == "KORPTY"  # the possessive's country, not the US party's


# --------------------------------------------------------------------------
# members of a listed body act for it (an official of the UN is the UN's, not a country's)


@pytest.mark.parametrize(("text", "lemma", "code"), [
    ("UN investigators accused Syria of war crimes on Monday.", "accuse", "IGOUNO"),
    ("Investigators from the United Nations accused Myanmar of genocide.", "accuse", "IGOUNO"),
    ("A researcher at Human Rights Watch accused Ethiopia of torture.", "accuse", "NGOHRI"),
    ("IAEA inspectors visited Iran on Monday.", "visit", "IGOUNOIAE"),  # an acronym tagged as a noun
    ("Observers from the European Union criticised the election in Kenya.", "criticise", "IGOEUREEC"),
])
def test_members_of_a_listed_body_take_its_code(nlp, text, lemma, code):
    rel = _relation(nlp, text, lemma)
    assert rel.subject.actor_code == code


def test_members_beside_a_country_keep_the_country(nlp):
    # the body must be a listed international or non-governmental body: a nationality is no body
    rel = _relation(nlp, "Kenyan investigators accused Somalia of harbouring militants.", "accuse")
    assert rel.subject.actor_code is not None and rel.subject.actor_code.startswith("KEN")


def test_members_alone_take_no_body(nlp):
    rel = _relation(nlp, "The investigators accused Somalia of negligence on Monday.", "accuse")
    assert rel.subject.actor_code is None or not rel.subject.actor_code.startswith(("IGO", "NGO"))
