"""Light-verb event nouns whose modifiers decide the event (``extract/events/noun_modifiers.py``, wave 17).

Every sentence is invented for the test; the expected roots come from the text: an air, bombing, military or
ground campaign/offensive/operation is force (19); a scathing, bitter, personal or verbal attack is criticism
(11); a vaccination, election, advertising or charm campaign is no event.
"""

from __future__ import annotations

import pytest

from extract.events.noun_modifiers import modifier_kinds

from .helpers import document_facts


def _roots(nlp, text: str, source: str) -> set:
    facts = document_facts(nlp, text, date="2021-03-01")
    return {r.event.root for r in facts.relations
            if source in r.subject.text and r.event is not None and r.modality == "asserted"}


@pytest.mark.parametrize("text, source, root", [
    ("Israel launched an air campaign against Hamas in Gaza.", "Israel", "19"),
    ("Government forces began a military offensive against al-Shabaab in Somalia.", "forces", "19"),
    ("Azerbaijan launched a ground offensive in Nagorno-Karabakh on Sunday.", "Azerbaijan", "19"),
    ("The Green Party leader launched a scathing attack on the coalition's climate policy.", "leader", "11"),
    ("The senator launched a personal attack on the attorney general.", "senator", "11"),
])
def test_modifier_decides_event(nlp, text, source, root):
    roots = _roots(nlp, text, source)
    assert root in roots, roots
    wrong = "11" if root == "19" else "19"
    assert wrong not in roots and "02" not in roots, roots


@pytest.mark.parametrize("text, source", [
    ("Indonesia launched a measles vaccination campaign across Java.", "Indonesia"),
    ("The ruling party started its election campaign in Lagos on Monday.", "party"),
    ("The airline launched an advertising campaign in Germany.", "airline"),
    ("Tokyo launched a charm offensive in Africa.", "Tokyo"),
])
def test_civil_campaign_is_no_event(nlp, text, source):
    assert not _roots(nlp, text, source)


def test_unmodified_attack_keeps_force(nlp):
    # no modifier: "launched an attack on a police station" stays an assault or use of force
    roots = _roots(nlp, "Gunmen launched an attack on a police station in Kano.", "Gunmen")
    assert roots & {"18", "19"}, roots


def test_modifier_kinds_read_from_data():
    kinds = modifier_kinds()
    assert kinds["bombing"] == "aerial" and kinds["scathing"] == "verbal" and kinds["vaccination"] == "civil"
    assert kinds["campaign"] == "noun" and "word" not in kinds


def test_bitter_offensive_stays_fighting(nlp):
    # "bitter" makes an attack verbal, not an offensive of rebels on a city
    roots = _roots(nlp, "Rebels launched a bitter offensive on the city.", "Rebels")
    assert "11" not in roots and "19" in roots, roots
