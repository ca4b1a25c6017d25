"""CAMEO verb patterns keyed on an armed source, and the aid patterns the verbs of giving share (wave 18).

- armed forces entering a country occupy it ("&MILITARY * + [192]" ENTER); another subject
  entering a body or a race does not;
- what is given names the kind of aid, whichever verb of giving gives it ("* &FOOD", "* MEDICAL
  EQUIPMENT", "* &CURRENCY", "* &MILITARY AID"), to a country, a people or a body; not to
  employees, and not a thing with no kind of aid.
Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from extract.events.borrowed_patterns import force_source_patterns, shared_aid_patterns

from .helpers import document_facts


def _events(nlp, text: str) -> dict[tuple[str, str], str | None]:
    facts = document_facts(nlp, text, date="2020-03-02")
    return {(r.subject.text, r.object.text): (r.event.code if r.event else None)
            for r in facts.relations if r.predicate.lemma != "located in"}


def _code(events, subject: str, obj: str) -> str | None:
    codes = [code for (s, o), code in events.items() if subject in s and obj in o]
    return codes[0] if codes else None


def test_the_borrowed_tables_hold_the_dictionary_patterns():
    forced, bare, armed = force_source_patterns()
    assert bare["enter"] == "192"  # "&MILITARY * + [192]  # ENTER"
    assert {"troops", "soldiers", "army", "forces"} <= armed
    assert forced.code_for("move", {"to", "border"}, {"to", "border"}) == (True, "154")
    aid, givers = shared_aid_patterns()
    assert {"send", "supply", "deliver", "donate"} <= givers and "award" not in givers
    assert aid.code_for("deliver", {"vaccines"}, {"vaccines"}) == (True, "073")
    assert aid.code_for("send", {"dollars"}, {"dollars"}) == (True, "071")  # &CURRENCY, past its comment line
    assert aid.code_for("send", {"tonnes"}, {"tonnes"})[0] is False  # an amount names no aid
    assert aid.code_for("send", {"observers"}, {"observers"})[0] is False  # one coder's case


@pytest.mark.parametrize(("text", "subject", "obj", "code"), [
    ("Kenyan soldiers entered Somalia in 2011.", "soldiers", "Somalia", "192"),
    ("Turkish troops entered northern Syria on Wednesday.", "troops", "Syria", "192"),
    ("France delivered 20 tonnes of medical supplies to Lebanon.", "France", "Lebanon", "073"),
    ("Russia provided military aid to Syria.", "Russia", "Syria", "072"),
    ("Saudi Arabia lent Pakistan three billion dollars to support its currency.", "Saudi Arabia", "Pakistan", "071"),
    ("Turkey sent ambulances and food to Syria after the earthquake.", "Turkey", "Syria", "073"),
    ("Iran supplied the Houthi rebels with drones and missiles.", "Iran", "rebels", "072"),
])
def test_borrowed_pattern_gives_the_code(nlp, text, subject, obj, code):
    assert _code(_events(nlp, text), subject, obj) == code


@pytest.mark.parametrize(("text", "subject", "obj"), [
    ("The company sent food to its employees during the lockdown.", "company", "employees"),
    ("Apple supplied Samsung with display panels for years.", "Apple", "Samsung"),
    ("The coach deployed Messi as a false nine.", "coach", "Messi"),
])
def test_look_alikes_get_no_borrowed_code(nlp, text, subject, obj):
    assert _code(_events(nlp, text), subject, obj) is None


def test_a_senator_entering_the_senate_occupies_nothing(nlp):
    events = _events(nlp, "Joe Biden entered the Senate in 1973.")
    assert all(code is None or code[:3] != "192" for code in events.values())


def test_what_is_sent_is_no_recipient_of_aid(nlp):
    events = _events(nlp, "India deployed troops along its border with China.")
    # DEPLOY's "* &MILITARY [072]": its own forces, aid to no one; their deployment is a mobilisation
    # ("&MILITARY * ON BORDER WITH + [154]" DEPLOY, "* &MILITARY [154]" MOBILISE)
    assert _code(events, "India", "troops") == "154"
