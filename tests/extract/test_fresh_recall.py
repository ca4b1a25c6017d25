"""Grants read off the thing granted, with the recipient as target (issue 11, recall on fresh text).

Invented sentences, the real spaCy pipeline. "granted X a pardon", "X was
granted asylum", "before being granted clemency": the CAMEO verb patterns key
GRANT on its object (clemency 081, amnesty 056, asylum 075) and a noun with an
event of its own gives it (pardon 080); the target is whoever receives it.
The fresh gold and its scorer are checked too.
"""

from __future__ import annotations

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

_DATE = "2021-05-10"


def grants(nlp, text):
    """(subject label or None when unnamed, object label, CAMEO code) of the grant relations of ``text``."""
    return {(None if r.subject.key == UNSPECIFIED_KEY else r.subject.label, r.object.label,
             r.event.code if r.event else None)
            for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma in ("grant", "give", "offer")}


def test_active_grant_with_two_objects_targets_the_recipient(nlp):
    found = grants(nlp, "The governor granted Marcus Ellwood a pardon on Friday.")
    assert ("Marcus Ellwood", "080") in {(o, c) for _, o, c in found}


def test_thing_granted_misread_as_apposition_of_a_long_name(nlp):
    found = grants(nlp, "President Laura Okafor granted Thomas Henry Wexley a full and unconditional pardon.")
    assert any(o == "Thomas Henry Wexley" and c and c.startswith("08") for _, o, c in found), found


def test_passive_grant_is_done_to_its_subject(nlp):
    found = grants(nlp, "Dmitri Antonov was granted asylum by Germany in March.")
    assert any(o == "Dmitri Antonov" and c == "075" for _, o, c in found), found


def test_passive_gerund_grant_takes_the_clause_subject(nlp):
    found = grants(nlp, "Oscar Lindqvist spent six years in jail before being granted clemency.")
    assert (None, "Oscar Lindqvist", "081") in found, found


def test_plain_giving_of_a_thing_is_no_event(nlp):
    # no recipient actor, or a thing that names no cooperative event
    assert not any(c for _, _, c in grants(nlp, "The council gave the old bridge a new coat of paint."))
    assert not any(c and c.startswith("08") for _, _, c in grants(nlp, "The museum gave visitors a tour."))


def test_fresh_gold_rows_are_well_formed_and_quotes_are_in_their_articles():
    from benchmarks.events_dev import read_documents, read_gold
    from benchmarks.events_fresh import FRESH

    rows = read_gold(FRESH)
    assert {r["split"] for r in rows} == {"tune", "held", "tune2", "held2"}
    docs = {d.id: d.text for d in read_documents(r["doc"] for r in rows)}
    assert len(docs) == 20
    for row in rows:
        assert row["quote"] in docs[row["doc"]], row["_line"]
        assert row["modality"] in ("asserted", "negated", "hypothetical", "intended", "claimed")
        assert row["event_root"] == (row["cameo"][:2] if row["cameo"] else None)


def test_an_apology_with_no_one_named_is_a_one_place_event(nlp):
    rels = text_relations(nlp, "The interior minister later apologised for the remarks.", date=_DATE)
    found = [r for r in rels if r.predicate.lemma in ("apologise", "apologize")]
    assert [(r.object.key, r.event.code if r.event else None) for r in found] == [(UNSPECIFIED_KEY, "055")]


def test_giving_a_count_or_a_copy_is_no_grant(nlp):
    found = grants(nlp, "Nadia Serrano won 40 delegates in Ohio, giving her a total of 90 delegates.")
    found |= grants(nlp, "Her lawyer Paul Mensah gave the reporters a copy of the letter.")
    assert not any(c for _, _, c in found), found
