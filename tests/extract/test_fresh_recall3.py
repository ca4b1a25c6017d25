"""Reports by an actor are statements; a news medium's reports are its sourcing (issue 11, fresh round 3).

Invented sentences, the real spaCy pipeline. CAMEO's verb dictionary files
REPORT, MENTION, EXPLAIN and CLARIFY under EXPLAIN_VERBAL and PREDICT under
PREDICT, all Make statement (010): with a reported clause such a verb is a
one-place statement of its subject, (subject, verb, unspecified), like
"announce". A news medium reporting is the article's source, not an actor's
event; a verb with an object, a passive and "confirm" (no CAMEO code) are
left as they were. The third round of the fresh gold is checked too.
"""

from __future__ import annotations

import pytest

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

_DATE = "2022-03-14"
_VERBS = ("report", "mention", "explain", "clarify", "predict", "confirm")


def statements(nlp, text):
    """(subject text, lemma, CAMEO code) of the one-place reporting relations of ``text``."""
    return {(r.subject.text, r.predicate.lemma, r.event.code if r.event else None)
            for r in text_relations(nlp, text, date=_DATE)
            if r.predicate.lemma in _VERBS and r.object.key == UNSPECIFIED_KEY}


@pytest.mark.parametrize("text, subject, lemma", [
    ("The Norwegian Meteorological Institute reported the storm had reached the coast on Sunday.",
     "Norwegian Meteorological Institute", "report"),
    ("The Japan Meteorological Agency predicted that the typhoon would weaken over land.",
     "Japan Meteorological Agency", "predict"),
    ("The Pentagon explained that the strike had hit an empty depot.", "Pentagon", "explain"),
    ("Chancellor Olaf Scholz mentioned that the talks would resume in May.", "Olaf Scholz", "mention"),
])
def test_a_report_with_a_clause_is_a_statement_of_its_subject(nlp, text, subject, lemma):
    found = statements(nlp, text)
    assert any(subject in s and lm == lemma and code == "010" for s, lm, code in found), found


@pytest.mark.parametrize("text", [
    "Reuters reported that the army had shelled the town.",
    "The paper reported that the minister had resigned.",
    "A correspondent reported that the rebels had withdrawn from the port.",
    "The Jakarta Post reported that the governor had resigned.",
    "On Monday, state-owned Iranian news agency Fars reported Iran issued arrest warrants on 36 people.",
    "The navy spokesman told The Jakarta Post, which also reported that the search would resume on Monday.",
])
def test_a_news_medium_reporting_is_no_statement(nlp, text):
    assert not statements(nlp, text)


def test_passive_report_and_confirm_are_no_statement(nlp):
    # "it was reported that": no one reports; CONFIRM has no CAMEO code ([---] in the dictionary)
    assert not statements(nlp, "It was reported that the army had shelled the town.")
    assert not statements(nlp, "The ministry confirmed that the border would reopen on Monday.")


def test_the_reported_event_keeps_its_own_relation(nlp):
    rels = text_relations(nlp, "The Indian army reported that Pakistani troops had shelled a village in Kashmir.",
                          date=_DATE)
    assert any(r.predicate.lemma == "shell" for r in rels), [r.predicate.lemma for r in rels]


def test_third_fresh_round_rows_are_well_formed_and_quotes_are_in_their_articles():
    from benchmarks.events_dev import read_documents, read_gold
    from benchmarks.events_fresh import FRESH

    rows = [r for r in read_gold(FRESH) if r["split"] in ("tune3", "held3")]
    docs = {d.id: d.text for d in read_documents(r["doc"] for r in rows)}
    assert len(docs) == 10
    assert len({r["doc"] for r in rows if r["split"] == "tune3"}) == 6
    assert len({r["doc"] for r in rows if r["split"] == "held3"}) == 4
    for row in rows:
        assert row["quote"] in docs[row["doc"]], row["_line"]
        assert row["modality"] in ("asserted", "negated", "hypothetical", "intended", "claimed")
        assert row["event_root"] == (row["cameo"][:2] if row["cameo"] else None)
