"""An envoy takes no country from the one country an article names.

An ambassador, envoy or diplomat serves a state where it is posted, most often not its own: in
"The envoy held talks with Taliban leaders in Doha" the envoy is no Qatari official, though Qatar
is the only country the text names. The envoy keeps its role alone; a country the mention itself
gives ("the US envoy", "Egypt's ambassador") still counts, and other state roles still take the
only country named. Every sentence is invented for the test.
"""

from __future__ import annotations

from .helpers import document_facts, relations_named


def _subject_code(nlp, text, lemma):
    facts = document_facts(nlp, text, date="2019-06-01")
    (relation, *_) = relations_named(facts, lemma)
    return relation.subject.actor_code


def test_an_envoy_in_a_capital_is_not_that_countrys(nlp):
    code = _subject_code(nlp, "The envoy held talks with Taliban leaders in Doha.", "hold talks")
    assert code is not None and not code.startswith("QAT")


def test_an_ambassador_in_a_capital_is_not_that_countrys(nlp):
    code = _subject_code(nlp, "The ambassador met the interior minister in Cairo.", "meet")
    assert code is not None and not code.startswith("EGY")


def test_an_envoys_own_country_still_counts(nlp):
    assert _subject_code(nlp, "The US envoy held talks with Taliban leaders in Doha.", "hold talks") == "USAGOV"
    assert _subject_code(nlp, "Egypt's ambassador criticised the new law.", "criticise") == "EGYGOV"


def test_other_state_roles_still_take_the_only_country(nlp):
    assert _subject_code(nlp, "Police in Cairo arrested three men.", "arrest") == "EGYCOP"
