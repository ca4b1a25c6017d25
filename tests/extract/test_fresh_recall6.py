"""Penalties given, questioning by police, hazard warnings and consultations in an adjunct (issue 11, fresh round 6).

Invented sentences, the real spaCy pipeline. A fine, a ban or a sentence given or handed to someone is the
penalty's own event (172) with the recipient as target (``extract/events/penalties.py``); a verb of
questioning from police or investigators to a person is an investigation (090,
``extract/events/questioning.py``); a warning of a natural hazard issued by an agency is a statement (010,
``extract/events/hazard_warnings.py``); "in an interview / a meeting / a phone call with Y" makes the verb's
subject consult Y (040/041, ``extract/relations/adjunct_meetings.py``). The sixth round of the fresh gold is
checked for form.
"""

from __future__ import annotations

import pytest

from .helpers import asserted_codes, text_relations
from .helpers import has_code as has

_DATE = "2021-05-10"


def coded(nlp, text):
    return asserted_codes(nlp, text, date=_DATE)


@pytest.mark.parametrize("text, subject, obj", [
    ("The tribunal gave Omar Haddad a fine of 3,000 dinars.", "tribunal", "Omar Haddad"),
    ("The disciplinary committee gave Luis Suarez a ten-match ban.", "committee", "Luis Suarez"),
])
def test_a_penalty_given_is_the_penalty(nlp, text, subject, obj):
    found = coded(nlp, text)
    assert has(found, subject, obj, "172"), found


def test_a_penalty_given_in_the_passive_has_the_recipient_as_target(nlp):
    found = coded(nlp, "Karim Bensalem was given a fine of 900 euros on Tuesday.")
    assert any(o == "Karim Bensalem" and c == "172" for _s, _lm, o, c in found), found


@pytest.mark.parametrize("text", [
    "The orchestra gave a fine concert in Vienna.",
    "The goalkeeper handed Luis Suarez the ball.",
    "The mayor gave Omar Haddad a medal for courage.",
])
def test_no_penalty_without_a_penalty_noun(nlp, text):
    assert not any(c == "172" for *_rest, c in coded(nlp, text))


@pytest.mark.parametrize("text, subject, obj", [
    ("Ingrid Olsen was interviewed by police on Monday.", "police", "Ingrid Olsen"),
    ("Detectives questioned Tomas Novak about the fire.", "Detectives", "Tomas Novak"),
])
def test_questioning_by_police_is_an_investigation(nlp, text, subject, obj):
    found = coded(nlp, text)
    assert has(found, subject, obj, "090"), found


def test_an_interview_by_a_medium_is_no_investigation(nlp):
    found = coded(nlp, "The Guardian interviewed Ingrid Olsen about her novel.")
    assert not any(c == "090" for *_rest, c in found), found


@pytest.mark.parametrize("text, subject", [
    ("The Japan Meteorological Agency issued a heavy rain warning for Kyushu.", "Japan Meteorological Agency"),
    ("The National Weather Service issued a winter storm watch for Chicago.", "National Weather Service"),
])
def test_a_hazard_warning_is_a_statement(nlp, text, subject):
    found = coded(nlp, text)
    assert any(subject in s and lm == "issue" and c == "010" for s, lm, _o, c in found), found


def test_a_warning_to_an_actor_stays_a_threat(nlp):
    found = coded(nlp, "The navy issued a warning to the smugglers near the coast.")
    assert not any(lm == "issue" and c == "010" for _s, lm, _o, c in found), found


@pytest.mark.parametrize("text, subject, obj, code", [
    ("In an interview with Al Jazeera, Abiy Ahmed defended the offensive.", "Abiy Ahmed", "Al Jazeera", "040"),
    ("Olaf Scholz raised the gas prices during a meeting with Giorgia Meloni.", "Olaf Scholz", "Giorgia Meloni", "040"),
    ("Narendra Modi said in a phone call with Joe Biden that trade would grow.", "Narendra Modi", "Joe Biden", "041"),
])
def test_a_consultation_in_an_adjunct_joins_subject_and_partner(nlp, text, subject, obj, code):
    rels = text_relations(nlp, text, date=_DATE)
    found = [r for r in rels if subject in r.subject.text and obj in r.object.text and r.event is not None
             and r.event.code == code]
    assert found and all(r.mutual for r in found), [(r.subject.text, r.predicate.lemma, r.object.text) for r in rels]


def test_a_meeting_room_or_a_call_for_reform_is_no_consultation(nlp):
    found = coded(nlp, "The senator said in a call for reform that the tax was unfair.")
    assert not any(c in ("040", "041") for *_rest, c in found), found


def test_sixth_fresh_round_rows_are_well_formed_and_quotes_are_in_their_articles():
    from benchmarks.events_dev import read_documents, read_gold
    from benchmarks.events_fresh import FRESH, halves_of

    assert halves_of("all6") == ("tune6", "held6", "all6")
    rows = [r for r in read_gold(FRESH) if r["split"] in ("tune6", "held6")]
    docs = {d.id: d.text for d in read_documents(r["doc"] for r in rows)}
    assert len(docs) == 12
    assert len({r["doc"] for r in rows if r["split"] == "tune6"}) == 6
    assert len({r["doc"] for r in rows if r["split"] == "held6"}) == 6
    for row in rows:
        assert row["quote"] in docs[row["doc"]], row["_line"]
        assert row["modality"] in ("asserted", "negated", "hypothetical", "intended", "claimed")
        assert row["event_root"] == (row["cameo"][:2] if row["cameo"] else None)


def test_a_state_withdrawn_from_a_treaty_is_its_leaders_withdrawal_against_the_partner(nlp):
    rels = text_relations(nlp, "Prime Minister Viktor Orban withdrew Hungary from the energy pact with Serbia.",
                          date=_DATE)
    found = [(r.subject.text, r.object.text) for r in rels if r.event is not None and r.event.code == "161"]
    assert any("Orban" in s and "Serbia" in o for s, o in found), found
    assert not any("Hungary" in o for s, o in found), found


@pytest.mark.parametrize("text", [
    "Kenya withdrew its soldiers from Somalia last year.",
    "The firm withdrew its lawyers from the contract talks.",
])
def test_no_treaty_exit_without_a_treaty(nlp, text):
    rels = text_relations(nlp, text, date=_DATE)
    assert not any(r.event is not None and r.event.code == "161" for r in rels), [
        (r.subject.text, r.predicate.lemma, r.object.text, r.event) for r in rels]
