"""Taking a place is occupying territory, not seizing property or arresting someone.

CAMEO's APPREHEND block files "capture", "seize" and "take" under seizure
of property (171) and "arrest" under 173, and keys their place objects to
the occupation of territory (192, "Occupy territory"): "CAPTURE * HEADQUARTERS
OF", "SEIZE * AIRFIELD IN", "CAPTURE * LAND IN +", "SEIZE * &STRONGHOLD",
"TAKE * OVER &TOWN IN +". The patterns name kinds of place; a named city or
region is one as well. :func:`territory_event` (asked first by
:func:`extract.events.senses.refine_event`, for verbs and event nouns alike)
gives 192 to a seizure or an arrest (171, 173) whose object is a place
("Rebels captured Idlib", "the British capture of Madrid", "seized the
town") when the verb's own patterns code an occupation for some place: a
verb none of whose patterns takes a place ("arrest", "detain") keeps its
code. A person, a thing or a ship taken stays a seizure or an arrest.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from ..relations.nominal import event_lemma
from .things import argument_head

__all__ = ["territory_event"]

_OCCUPY = "192"
# Seizure of property and arrest: what a verb of taking gives by its default.
_TAKING = frozenset({"171", "173"})
# Named places: a country, a city, a region, a site (the named-entity types).
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def territory_event(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """192 for a seizure or arrest of a place by a verb whose patterns occupy places; else ``event``."""
    if event is None or pred is None or obj is None or event.code not in _TAKING:
        return event
    if not any(_occupies(lemma, lexicon) for lemma in _taking_lemmas(pred, lexicon)) or not _place(
            pred.doc, obj, lexicon):
        return event
    try:
        return event_for_code(_OCCUPY, lexicon.cameo.labels)
    except EventMapError:
        return event


def _taking_lemmas(pred, lexicon: Lexicon) -> list[str]:
    """The verb, and for a light verb the verb its event noun object stands for ("carried out the capture
    of Mosul": capture)."""
    lemmas = [pred.lemma_.lower()]
    for child in pred.children:
        if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            noun_verb = event_lemma(child.lower_, lexicon=lexicon)
            if noun_verb is not None:
                lemmas.append(noun_verb)
    return lemmas


def _occupies(lemma: str, lexicon: Lexicon) -> bool:
    """Does a CAMEO pattern written for the verb code an occupation of territory (192)?"""
    patterns = lexicon.cameo.patterns
    entry = patterns.entry(lemma) if patterns is not None else None
    return entry is not None and any(p.code == _OCCUPY for p in entry.patterns)


def _place(doc, obj: Argument, lexicon: Lexicon) -> bool:
    """Is the object's head a named place or a noun of a kind of place ("Idlib", "the town")?"""
    head = argument_head(doc, obj)
    if head is None:
        return False
    if head.ent_type_ in _PLACE_TYPES:
        return obj.type in _PLACE_TYPES
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.word_sets["place_nouns"]
