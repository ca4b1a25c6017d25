"""Generic actors act: a plain agent noun with a role code of the CAMEO agents dictionary ("the court", "the
junta", "prosecutors") relates to people, a body or a place when the event rules type the relation; an untyped
one ("the court demonstrated a shocking ignorance", "the ministry gave a few masks") is no edge.

Invented wire sentences, the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def relations(nlp, text):
    [found] = extract_facts([Document(id="d", text=text, date="2021-03-04")], nlp=nlp)
    return found.relations


def events(nlp, text):
    """(subject text, predicate lemma, object text, event root) of every relation that is no description."""
    return [(r.subject.text, r.predicate.lemma, r.object.text, r.event.root if r.event else None)
            for r in relations(nlp, text) if r.predicate.lemma not in ("is a", "located in")]


@pytest.mark.parametrize(
    ("text", "subject", "lemma", "obj", "root"),
    [
        ("The court sentenced the former president to 10 years in prison.", "court", "sentence", "president", "17"),
        ("The junta released 200 political prisoners.", "junta", "release", "prisoners", "08"),
        ("Prosecutors charged the suspect with murder.", "Prosecutors", "charge", "suspect", "17"),
        ("The army shelled rebel positions.", "army", "shell", "rebel positions", "19"),
        ("The judge sentenced the former minister to five years in jail.", "judge", "sentence", "minister", "17"),
        ("The military detained three opposition leaders on Tuesday.", "military", "detain", "leaders", "17"),
        ("Insurgents attacked a police station in the north.", "Insurgents", "attack", "police station", "19"),
        ("The tribunal convicted the former general of war crimes.", "tribunal", "convict", "general", "17"),
        ("The cabinet expelled the ambassador on Friday.", "cabinet", "expel", "ambassador", "16"),  # CAMEO: EXPEL * DIPLOMAT [161]
        ("The regime arrested dozens of journalists last week.", "regime", "arrest", "journalists", "17"),
        # the passive: the agent in "by"
        ("Two opposition leaders were detained by the military on Tuesday.", "military", "detain", "leaders", "17"),
        ("The junta banned the main opposition party.", "junta", "ban", "party", "17"),
        ("The legislature impeached the governor.", "legislature", "impeach", "governor", "17"),
        ("Separatists shelled the village overnight.", "Separatists", "shell", "village", "19"),
    ],
)
def test_role_agent_acts_on_coded_object(nlp, text, subject, lemma, obj, root):
    found = [e for e in events(nlp, text) if subject in e[0] and e[1] == lemma and obj in e[2]]
    assert found, events(nlp, text)
    assert found[0][3] == root


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # a thing, not people, a body or a place
        ("The court demonstrated a shocking ignorance of the law.", "demonstrate"),
        ("The ministry gave a few masks to the hospital.", "give"),
        ("The ministry published a report on the economy.", "publish"),
        ("The army built a new bridge across the river.", "build"),
        ("Extremists would take the Word literally.", "take"),
        # a body that is no state body or armed group: a school expels a student, no CAMEO event
        ("The university expelled a student for cheating.", "expel"),
        ("The hospital treated three wounded soldiers.", "treat"),
        # a verb with no event of its own
        ("The judge read the verdict aloud.", "read"),
        ("The regime enjoyed broad support in rural areas.", "enjoy"),
    ],
)
def test_role_agent_without_event_is_no_edge(nlp, text, lemma):
    assert not [e for e in events(nlp, text) if e[1] == lemma]


def test_untyped_role_agent_edge_is_dropped(nlp):
    """An agent noun beyond the short list relates to a person only through a typed event: "visited" with no
    one met is none here, so no untyped edge stays."""
    found = [r for r in relations(nlp, "The ministry gave a few masks to the hospital.") if r.predicate.lemma == "give"]
    assert found == []


def test_country_and_short_list_subjects_unchanged(nlp):
    """A subject of the short list or with a country relates as before."""
    assert [e for e in events(nlp, "Police arrested twelve protesters in the capital.") if e[1] == "arrest"]
    found = [e for e in events(nlp, "A Kenyan court sentenced the former governor to prison.") if e[1] == "sentence"]
    assert found and found[0][3] == "17"


def test_reported_charge_with_lost_attachment(nlp):
    """'with capital murder' hung on the shooting still frames the charge: typed by the CAMEO "charge with"
    patterns (173, or 1121 "CHARGE * WITH MURDER IN"), not left untyped and dropped."""
    text = ("State prosecutors charged the suspect in the shooting with capital murder, they said Sunday.")
    found = [e for e in events(nlp, text) if e[1] == "charge" and "suspect" in e[2]]
    assert found and found[0][3] in ("17", "11")


def test_low_with_phrase_joins_the_frame(nlp):
    """A named subject: "with" under "the shooting" is the verb's frame; without it the charge is untyped."""
    text = "Texas prosecutors charged Patrick Crusius in the shooting with capital murder."
    found = [r for r in relations(nlp, text) if r.predicate.lemma == "charge" and "Crusius" in r.object.text]
    assert found and found[0].event is not None


def test_phrase_inside_the_object_stays_the_nouns(nlp):
    """"by the President" belongs to the proclamation, not to "attacked": no protest (141) by a pattern of "by"."""
    text = ("On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory "
            "by the President of the United States Donald Trump.")
    found = [r for r in relations(nlp, text) if r.predicate.lemma == "attack" and "Erdogan" in r.subject.text]
    assert found and all(r.event is None or r.event.root != "14" for r in found)
