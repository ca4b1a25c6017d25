"""Acts told in the simple present: a habit, a practice or a rule, not an event that happened.

News tells events in the past, the perfect or the progressive ("has shelled", "are funding"). A verb
of force or of material dealings in the simple present, in a clause of its own, says what someone
does as a rule or what holds:

- violence (CAMEO 18-20), active or passive: "they harm people", "they're abused even more";
- a material act (cooperation 06-08, investigation 09, force posture, reduced relations and coercion
  15-17), active only: "Red Hat also sponsors the Fedora operating system", "the government funds the
  program every year", "Under the constitution, the House impeaches the official", and the emphatic
  "do" of a habit, "I do help ex-Muslim men" (a present "do" with a bare verb, not negated: a negation
  is the modality's). A passive in the present ("he is charged with murder", "X is accused of")
  reports the state an event left and stays.

A clause of reason ("because they harm people") states a standing cause as well. Verbal acts (01-05,
10-14) in the present are reports, headlines or acts done by saying them ("I request the
government", "In it, Trump asks Zelensky") and stay. :func:`extract.events.senses.refine_event` asks
:func:`habitual_act` and gives such a relation no event type; its modality is unchanged.

>>> sorted(_MATERIAL_ROOTS)[:3]
['06', '07', '08']
"""

from __future__ import annotations

from ..types import Event

__all__ = ["habitual", "habitual_act"]

_PRESENT = frozenset({"VBZ", "VBP"})
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# Material acts that a present tense makes a practice; protests (14) are read by their cues.
_MATERIAL_ROOTS = frozenset({"06", "07", "08", "09", "15", "16", "17"})
# Subordinators of a clause of reason (a closed class): "because they harm people".
_REASON_MARKS = frozenset({"because", "since"})
_OWN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj"})


def _reason_clause(pred) -> bool:
    """Is the verb the head of an adverbial clause of reason ("because ...", "since ...")?"""
    return pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in pred.children)


def _own_clause(pred) -> bool:
    return pred.dep_ in _OWN_CLAUSE_DEPS or _reason_clause(pred)


def _auxes(pred):
    return [c for c in pred.children if c.dep_ in ("aux", "auxpass")]


def habitual(pred) -> bool:
    """Is the verb in the simple present, active or passive, in a clause of its own ("they harm people",
    "they're abused even more", "the party matches the President's party"): a habit or a state? A
    present perfect or progressive has an auxiliary and stays."""
    if pred.tag_ not in _PRESENT | {"VBN"} or not _own_clause(pred):
        return False
    auxes = _auxes(pred)
    if pred.tag_ in _PRESENT:
        return not auxes
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in _PRESENT


def _emphatic_present(pred) -> bool:
    """Is the verb a bare form under a present "do" alone, not negated ("I do help them")?"""
    auxes = _auxes(pred)
    return (pred.tag_ == "VB" and len(auxes) == 1 and auxes[0].lemma_.lower() == "do" and auxes[0].tag_ in _PRESENT
            and not any(c.dep_ == "neg" for c in (*pred.children, *auxes[0].children)))


def _active_present(pred) -> bool:
    if not _own_clause(pred):
        return False
    return (pred.tag_ in _PRESENT and not _auxes(pred)) or _emphatic_present(pred)


def habitual_act(event: Event | None, pred) -> bool:
    """Is ``event`` an act of force or of material dealings that ``pred`` tells in the simple present (the
    rules of the module docstring)?"""
    if event is None or pred is None:
        return False
    if event.root in _VIOLENCE_ROOTS:
        return habitual(pred) or _emphatic_present(pred) and _own_clause(pred)
    return event.root in _MATERIAL_ROOTS and _active_present(pred)
