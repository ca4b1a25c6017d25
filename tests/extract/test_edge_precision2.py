"""Edge precision on unseen news, fourth round: wrong edges and useless edges.

Each class has its own invented sentences, read by the real pipeline
(``extract_document`` on the session ``nlp``); an edge is a relation
:func:`extract.quality.is_edge` keeps. The classes:

- a gerund after a preposition on a verb that judges its object for an act
  ("sentenced X for prescribing ..., after prescribing ...") has no subject;
- a conjunct of the object that is the subject of the next clause
  ("underwent work and scaffolding was erected") is no object, and a verb
  right after a relative clause's verb ("which CNN reported left ...") is
  no conjunct of the main verb;
- speculation ("speculated that", "theorised that", "suggested that") makes
  a claim, not a fact;
- he / she never go to a person the text gives the other gender ("Mr Jones",
  "his wife, Mary Smith");
- questions, the press as the article's source, bare and relational
  descriptions, pro-form objects, past descriptions ("formerly a ..."),
  "X, Y" places: no edges.
"""

from __future__ import annotations

import pytest

from extract.coref_persons import gendered_words
from extract.facts import extract_document
from extract.quality import edge_doubts, is_edge, read_edge_words
from extract.types import Argument, Document, Predicate, Relation


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _edges(nlp, text) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text) if is_edge(r)}


def _modality(nlp, text, lemma) -> set[str]:
    return {r.modality for r in _relations(nlp, text) if r.predicate.lemma == lemma}


def _pronoun_subjects(nlp, text, lemma) -> set[str]:
    return {r.subject.label for r in _relations(nlp, text) if r.predicate.lemma == lemma}


# --------------------------------------------------------------------------
# clause attachment


@pytest.mark.parametrize("text, court", [
    ("On Monday a French judge sentenced a nurse from Lyon to prison for ten years for stealing morphine, "
     "after stealing over a thousand vials.", "France: judiciary"),
    ("A Kenyan court sentenced Daniel Mwangi to prison for ten years for stealing cattle, after stealing over "
     "two hundred cows.", "Kenya: judiciary"),
])
def test_a_gerund_after_a_judged_act_takes_no_subject(nlp, text, court):
    edges = _edges(nlp, text)
    # who stole the vials, the judge or the nurse, the parse does not tell: not the court
    assert not [e for e in edges if e[1] == "steal" and e[0] == court]
    assert [e for e in edges if e[1] == "sentence" and e[0] == court]


def test_a_gerund_with_no_judged_act_keeps_the_subject(nlp):
    edges = _edges(nlp, "Police arrested John Smith after searching his house in Leeds.")
    assert ("police", "search", "house") in edges


@pytest.mark.parametrize("text, wrong, kept", [
    ("Bontddu Hall recently underwent building work and scaffolding was still erected at the time of the fire.",
     ("Bontddu Hall", "undergo", "scaffolding"), ("Bontddu Hall", "undergo", "building work")),
    ("Germany bought the Leopard tanks and engineers were sent to Munich.",
     ("Germany", "buy", "engineer"), ("Germany", "buy", "leopard tank")),
])
def test_a_clause_subject_is_no_object_in_a_list(nlp, text, wrong, kept):
    edges = _edges(nlp, text)
    assert wrong not in edges
    assert kept in edges


def test_a_verb_a_relative_clause_reports_is_no_conjunct(nlp):
    text = ("Barack Obama did not place the Federal Emergency Management Agency in charge of the response to the "
            "hurricane, which CNN reported left many residents in Louisiana angry.")
    edges = _edges(nlp, text)
    # "left" is what CNN reported of the response, not a second act of Obama's
    assert not [e for e in edges if e[1] == "leave"]
    assert ("Barack Obama", "place in charge", "Federal Emergency Management Agency") in {
        (r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text) if r.negated}


def test_in_charge_stays_in_the_predicate(nlp):
    # "did not place X" says nothing; "did not place X in charge" does
    text = "Barack Obama did not place the Federal Emergency Management Agency in charge of the response."
    negated = {(r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text) if r.negated}
    assert negated == {("Barack Obama", "place in charge", "Federal Emergency Management Agency")}


def test_a_list_of_verbs_keeps_its_subject(nlp):
    edges = _edges(nlp, "Russia attacked Kyiv, shelled Kharkiv and bombed Odesa.")
    assert {("Russia", "attack", "Kyiv"), ("Russia", "shell", "Kharkiv"), ("Russia", "bomb", "Odesa")} <= edges


def test_a_real_object_list_stays(nlp):
    edges = _edges(nlp, "Russia sent tanks and artillery to the border.")
    assert {("Russia", "send", "tank"), ("Russia", "send", "artillery")} <= edges


# --------------------------------------------------------------------------
# speculation is a claim


@pytest.mark.parametrize("text, lemma", [
    ("Analysts speculated that Russia attacked the convoy near Aleppo.", "attack"),
    ("Police theorized that Smith killed Jones with a knife.", "kill"),
    ("Researchers hypothesised that Pfizer concealed the data from the regulators.", "conceal"),
    ("Scholars suggested that Egypt farmed the birds for sacrifice.", "farm"),
])
def test_speculation_is_a_claim(nlp, text, lemma):
    assert _modality(nlp, text, lemma) == {"claimed"}


def test_a_statement_stays_asserted(nlp):
    assert _modality(nlp, "Police said that Smith killed Jones with a knife.", "kill") == {"asserted"}


# --------------------------------------------------------------------------
# he and she against the gender the text states


def test_a_title_states_the_gender(nlp):
    text = "Mr Tom Jones met the prime minister on Monday. She criticised Vladimir Putin."
    assert "Tom Jones" not in _pronoun_subjects(nlp, text, "criticise")


def test_a_title_of_the_same_gender_keeps_the_pronoun(nlp):
    text = "Mrs Anna Brown met John Smith on Monday. She criticised Vladimir Putin."
    assert _pronoun_subjects(nlp, text, "criticise") == {"Anna Brown"}


def test_his_wife_states_both_genders(nlp):
    text = "John Smith and his wife, Mary Smith, visited Paris. She praised Emmanuel Macron."
    assert "John Smith" not in _pronoun_subjects(nlp, text, "praise")


def test_the_gendered_words_table():
    words = gendered_words()
    assert words["mrs"] == "f" and words["mr"] == "m" and words["spokeswoman"] == "f"
    assert set(words.values()) == {"m", "f"}


# --------------------------------------------------------------------------
# doubts read off the relation


@pytest.mark.parametrize("text, edge", [
    # a question is asked, not stated
    ("Did Russia attack Ukraine on Monday?", ("Russia", "attack", "Ukraine")),
    # the press as the article's source
    ("The Jakarta Post reports a captain and eleven other crew on the missing ship.",
     ("Jakarta Post", "report", "captain")),
    ("The excerpts were reported by CNN on Tuesday.", ("CNN", "report", "excerpt")),
    # a bare or relational description says nothing
    ("Milltech Marine is a firm.", ("Milltech Marine", "is a", "firm")),
    ("Doug Miller, the lead author of the study, spoke on Monday.", ("Doug Miller", "is a", "lead author")),
    # a pro-form object
    ("The Legislative Yuan debated three bills, and selected the one posed by the cabinet.",
     ("Legislative Yuan", "select", "one")),
])
def test_doubtful_relations_are_no_edges(nlp, text, edge):
    assert edge not in _edges(nlp, text)


def test_a_description_with_a_modifier_stays(nlp):
    assert ("Acme Corp", "is a", "investment firm") in _edges(nlp, "Acme Corp is an investment firm.")


def test_a_past_description_is_none(nlp):
    text = "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, on Tuesday."
    assert not [e for e in _edges(nlp, text) if e[1] == "is a"]


def test_a_description_that_lost_its_number_is_none(nlp):
    # "a 75 ft long boat" read as "ft long commercial boat": a fragment
    edges = _edges(nlp, "The Kestrel was a 75 ft (~23 m) long commercial boat on a three-day voyage.")
    assert not [e for e in edges if e[1] == "is a"]


def test_a_country_after_a_place_is_no_apposition(nlp):
    text = ("A deadly boat fire near Santa Cruz Island off the coast of California, United States, resulted in the "
            "death of all 33 passengers.")
    edges = _edges(nlp, text)
    assert not [e for e in edges if e[0] == "United States" and e[1] == "is a"]
    assert ("California", "located in", "United States") in edges


def _relation(sentence, subject, lemma, obj, *, subject_type="ORG", obj_type="CONCEPT"):
    s, o = sentence.index(subject), sentence.index(obj)
    p = sentence.index(lemma[:4])
    key = ("concept:" if obj_type == "CONCEPT" else "") + obj.casefold()
    return Relation("d", Argument(subject.casefold(), subject, subject_type, subject, s, s + len(subject)),
                    Predicate(lemma, lemma, p, p + len(lemma)),
                    Argument(key, obj, obj_type, obj, o, o + len(obj)), sentence, 0)


def test_the_doubts_read_off_a_relation():
    asked = _relation("Will Russia attack Kyiv?", "Russia", "attack", "Kyiv", obj_type="GPE")
    assert "question" in edge_doubts(asked)
    stated = _relation("Russia attacked Kyiv. Will it stop?", "Russia", "attack", "Kyiv", obj_type="GPE")
    assert "question" not in edge_doubts(stated)
    # a clause a subordinator opens is presupposed by the question
    since = _relation("How has it changed since Russia attacked Kyiv?", "Russia", "attack", "Kyiv", obj_type="GPE")
    assert "question" not in edge_doubts(since)
    paper = _relation("The Daily Gazette reported the ban.", "The Daily Gazette", "report", "ban")
    assert "press source" in edge_doubts(paper)
    ministry = _relation("The Ministry of Health reported the ban.", "The Ministry of Health", "report", "ban")
    assert "press source" not in edge_doubts(ministry)


def test_the_new_kinds_are_read(tmp_path):
    table = tmp_path / "doubts.tsv"
    table.write_text("word\tkind\nfirm\tbare_noun\npost\tpress_name\nreport\tsource_verb\n", encoding="utf-8")
    words = read_edge_words(table)
    assert words.bare_nouns == {"firm"} and words.press_names == {"post"} and words.source_verbs == {"report"}
