"""Actor codes from an organisation's other names (issue 11, point 3): the acronym an article
defines in parentheses, and the names of the organisation's linked knowledge-base entry.

Every sentence is invented for the test. Expected codes come from the Phoenix international
actors file, which lists these bodies by their acronyms ("OIC" ``IGOMOSOIC``, "IAEA"
``IGOUNOIAE``), and from the knowledge base (Q47543, aliases "OIC" and "Organisation of Islamic
Cooperation").
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


@pytest.fixture(scope="module")
def lexicon():
    from extract.lexicon import get_lexicon

    return get_lexicon()


def _relation(nlp, text, verb, *, date="2019-06-01"):
    facts = document_facts(nlp, text, date=date)
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return found[-1]


# --------------------------------------------------------------------------
# 1. the acronym in parentheses after a body's name


def test_acronym_before_reads_the_parenthesised_acronym(nlp):
    from extract.actors.acronyms import acronym_before

    doc = nlp("Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen spoke.")
    head = next(t.i for t in doc if t.text == "head")
    found = acronym_before(doc, head)
    assert found is not None
    assert found[1] == "OIC" and doc[found[0]].text == "("


@pytest.mark.parametrize("text", [
    "The report (2019) said little.",           # a year, no acronym
    "The talks (the OIC) head nowhere.",        # words, not an acronym alone
])
def test_acronym_before_ignores_other_parentheses(nlp, text):
    from extract.actors.acronyms import acronym_before

    doc = nlp(text)
    close = next(t.i for t in doc if t.text == ")")
    assert acronym_before(doc, close + 1) is None


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen condemned the bombing.",
         "condemn", "IGOMOSOIC"),
        ("International Atomic Energy Agency (IAEA) chief Rafael Grossi criticised the plan on Monday.",
         "criticise", "IGOUNOIAE"),
    ],
)
def test_title_after_a_defined_acronym_makes_an_official_of_the_body(nlp, text, verb, code):
    rel = _relation(nlp, text, verb)
    assert rel.subject.actor_code == code


def test_unlisted_acronym_gives_no_body_code(nlp):
    # "NEOC" is in no dictionary: the title reads no body
    rel = _relation(nlp, "National Emergency Operation Centre (NEOC) head Alan Grey condemned the delay.",
                    "condemn")
    assert not (rel.subject.actor_code or "").startswith(("IGO", "NGO"))


# --------------------------------------------------------------------------
# 2. the names of a linked organisation's entry


def test_entry_names_code_reads_the_entry_aliases(lexicon):
    from extract.actors.acronyms import entry_names_code

    entry = next(e for e, _ in lexicon.knowledge.lookup("Organisation of Islamic Cooperation") if e.qid == "Q47543")
    assert entry_names_code(entry, date="2019-06-01", lexicon=lexicon) == "IGOMOSOIC"
    assert entry_names_code(None, date="2019-06-01", lexicon=lexicon) is None


def test_entry_names_code_only_for_organisations(lexicon):
    from extract.actors.acronyms import entry_names_code

    from extract.lexicon.knowledge import KnowledgeEntry

    # a listed person's name (Putin RUSGOV) is not read: the rule reads organisations' names
    person = KnowledgeEntry(qid="Q7747", label="Vladimir Putin", type="PERSON")
    assert entry_names_code(person, date="2019-06-01", lexicon=lexicon) is None


def test_linked_organisation_takes_its_listed_acronym_code(nlp):
    facts = document_facts(nlp, "The Organisation of Islamic Cooperation met in Jeddah on Sunday.", date="2019-06-01")
    oic = [e for e in facts.entities if "Islamic Cooperation" in e.label]
    assert oic and oic[0].actor_code == "IGOMOSOIC"


def test_entry_names_code_ignores_codes_of_places_and_groups(lexicon):
    from extract.actors.acronyms import entry_names_code
    from extract.lexicon.knowledge import Alias, KnowledgeEntry

    # a team's alias "Tigers" is a rebel group in the files, "Lazio" a place: neither is the team's code
    team = KnowledgeEntry(qid="Q650816", label="Detroit Tigers", type="ORG", aliases=(Alias("Tigers"),))
    club = KnowledgeEntry(qid="Q2609", label="S.S. Lazio", type="ORG", aliases=(Alias("Lazio"),))
    assert entry_names_code(team, date="2019-06-01", lexicon=lexicon) is None
    assert entry_names_code(club, date="2019-06-01", lexicon=lexicon) is None
