"""Plural descriptions of persons and "both" standing alone (extract/coref_person_groups.py).

Invented news sentences through the real pipeline: "the two men", "both women", "the pair", "the couple",
"the three men" and "both" refer back to the persons (or, for "both", the actors) named just before when they
agree in kind, gender and number and exactly one such group is named there; otherwise they stay unresolved,
and the events they act in or undergo are coded for the persons they name.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import event_root, find, text_relations
from tests.extract.test_pronoun_agreement import resolved

DATE = "2021-03-01"


@pytest.mark.parametrize("text, word, keys", [
    ("Police in Lagos arrested John Adeyemi and Peter Okonkwo on Monday. The two men were charged with fraud.",
     "The two men", {"john adeyemi", "peter okonkwo"}),
    ("Lucia Fernandez and Carmen Ortega were detained at the border. Both women were freed on Friday.",
     "Both women", {"lucia fernandez", "carmen ortega"}),
    ("A court in Lyon convicted Julien Moreau and Thomas Girard of arson. The pair received five-year sentences.",
     "The pair", {"julien moreau", "thomas girard"}),
    ("Rahul Mehta and Priya Sharma married in Mumbai last year. The couple moved to London in May.",
     "The couple", {"rahul mehta", "priya sharma"}),
    ("Prosecutors charged Mark Evans, Paul Turner and Steven Hughes with bribery. The three men denied the charges.",
     "The three men", {"mark evans", "paul turner", "steven hughes"}),
    # no number: the one coordinated list of persons named just before
    ("Police in Accra detained Kwame Mensah and Kofi Boateng on Sunday. The men were released without charge.",
     "The men", {"kwame mensah", "kofi boateng"}),
])
def test_a_plural_description_of_persons_takes_the_persons_named_before(nlp, text, word, keys):
    assert set(resolved(nlp, text, word)) == keys


@pytest.mark.parametrize("text, word, keys", [
    ("Hugo Lambert and Marc Dubois were convicted of assault in Paris. Both received suspended sentences.",
     "Both", {"hugo lambert", "marc dubois"}),
    ("Armenia and Azerbaijan agreed to a ceasefire on Saturday. Both accused each other of violating it.",
     "Both", {"armenia", "azerbaijan"}),
])
def test_both_standing_alone_takes_the_pair_named_before(nlp, text, word, keys):
    assert set(resolved(nlp, text, word)) == keys


@pytest.mark.parametrize("text, word", [
    # a role noun names only persons the article described by it: the arrested men are no officers
    ("Police in Lagos arrested John Adeyemi and Peter Okonkwo on Monday. The two officers were praised.",
     "The two officers"),
    # three persons named: which two men is not said
    ("Daniel Brooks met Oliver Grant and Henry Walsh in Leeds. The two men discussed the merger.", "The two men"),
    # the text makes both persons men: no "two women"
    ("Mr Carlos Vega and Mr Luis Ramos were arrested in Lima. The two women were questioned.", "The two women"),
    # one person named: no pair
    ("Police arrested Samuel Otieno in Kisumu. Both were released on bail.", "Both"),
    # "both" is the two officers the sentence counts, not the nationalities modifying them
    ("Two Belgian soldiers were accused of beating a Moroccan student. Both were suspended on Monday.", "Both"),
    # two guards are counted nearer: "the two men" may be they
    ("Robert Hall and Simon Ward attacked two guards in Leeds. The two men were arrested.", "The two men"),
    ("Robert Hall and Simon Ward attacked two guards in Leeds. Both were taken to hospital.", "Both"),
    # "the men" are all three persons named, no one list
    ("Daniel Brooks met Oliver Grant and Henry Walsh in Leeds. The men discussed the merger.", "The men"),
    # a modifier says the men are others than those named
    ("Police in Accra detained Kwame Mensah and Kofi Boateng. The French men were questioned.", "The French men"),
    # "both ... and" joins two verbs: "both" is no subject
    ("The European Union and Japan signed the pact. This both lowers tariffs and opens markets.", "both"),
    # a possessor names a division, not the persons
    ("Ruth Chebet and Lucy Kamau won in Boston. The men's race was won by Lawrence Cherono.", "The men"),
    # two names met apart are no group for "both"
    ("Many people died in Italy. Others died in China. Both were combined and spread.", "Both"),
    # "the pair of shoes" counts things
    ("Anna Berg and Eva Lind bought the pair of shoes in Oslo.", "the pair"),
])
def test_an_unsure_plural_description_stays_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_the_event_both_undergo_names_both_persons(nlp):
    text = "Hugo Lambert and Marc Dubois were convicted of assault in Paris. Both received three-year prison terms."
    rels = [r for r in text_relations(nlp, text, date=DATE) if r.object.resolved_from == "Both"]
    assert {r.object.key for r in rels if event_root(r) == "17"} == {"hugo lambert", "marc dubois"}


def test_the_pair_acts_as_the_two_persons(nlp):
    text = ("Julien Moreau and Thomas Girard were released from prison in Lyon. "
            "The pair accused the police of torture.")
    rels = find(text_relations(nlp, text, date=DATE), "The pair", "accuse")
    assert {r.subject.key for r in rels if event_root(r) == "11"} == {"julien moreau", "thomas girard"}


def test_both_after_a_counted_group_names_no_country(nlp):
    text = "Two Belgian soldiers were accused of beating a Moroccan student. Both were suspended on Monday."
    rels = text_relations(nlp, text, date=DATE)
    assert not [r for r in rels if "Both" in (r.subject.text, r.object.text) and r.object.type == "GPE"
                or r.subject.type == "GPE" and r.subject.text == "Both"]


def test_both_after_a_counted_group_is_that_group(nlp):
    text = "Two gunmen were arrested in Mombasa on Monday. Both were charged with murder."
    rels = [r for r in text_relations(nlp, text, date=DATE) if r.object.text == "Both"]
    assert [event_root(r) for r in rels] == ["17"]


def test_both_killed_after_counted_rebels_keeps_the_rebels_role(nlp):
    text = "Two rebels ambushed a convoy near Gao. Both were killed by Malian soldiers."
    rels = find(text_relations(nlp, text, date=DATE), "Malian soldiers", "kill", "Both")
    assert [(event_root(r), r.object.actor_code) for r in rels] == [("19", "REB")]


def test_both_after_two_counted_groups_stays_unresolved(nlp):
    text = "Two Israeli soldiers shot two Palestinian protesters. Both were arrested."
    assert not [r for r in text_relations(nlp, text, date=DATE) if "Both" in (r.subject.text, r.object.text)]


def test_both_received_prison_terms_after_counted_officers(nlp):
    text = ("Two Spanish police officers were convicted of assault in Madrid on Monday. "
            "Both received four-year prison terms.")
    rels = [r for r in text_relations(nlp, text, date=DATE) if r.object.text == "Both"]
    assert [(event_root(r), r.object.actor_code) for r in rels] == [("17", "ESPCOP")]
