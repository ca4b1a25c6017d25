"""Event nouns read as events only in their event sense (``data/event_noun_senses.tsv``).

Some event nouns have a common sense that is no event between actors: "the release of the film"
is a publication, "the treatment of cancer" care, "the rescue of the economy" no aid. A noun of
the table is read as its event only when its phrase holds what the table asks: a patient after
"of"/"on"/"against"/"into"/"with"/"to" that is an actor or one of the listed heads ("the release of
20 hostages", "Iran's release of the tanker"), and one of the listed modifiers before it ("his
violent treatment of opponents"). :class:`extract.relations.nominal.NounRules` asks it first.

Examples
--------
"the release of two journalists by the rebels" is read (084); "the release of the album" is not;
"his violent treatment of opponents" is repression (17); "the treatment of patients" is not.
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..syntax import prepositional_objects

__all__ = ["event_sense_holds", "listed_patients"]

# The prepositions whose object is an event noun's patient.
_PATIENT_PREPS = ("of", "on", "against", "into", "with", "to", "upon")
# The cell that admits any actor, and the cell that asks for nothing.
_ACTOR, _ANY = "actor", "-"


@functools.lru_cache(maxsize=8)
def _senses(lexicon: Lexicon) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Noun -> (patient words, modifier words) from ``data/event_noun_senses.tsv``."""
    table = {}
    for noun, cells in lexicon.tables["event_noun_senses"].items():
        patients, modifiers = (frozenset(c.casefold().split()) for c in cells[:2])
        table[noun] = (patients, modifiers)
    return table


def event_sense_holds(noun, *, is_actor, lexicon: Lexicon) -> bool:
    """Is event noun ``noun`` used in its event sense? True for a noun the table does not list.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun.
    is_actor : callable
        Whether a token is an actor (a named entity or a coded actor noun).
    lexicon : Lexicon
        The tables.

    Returns
    -------
    bool
        False when the noun's phrase lacks the patient or the modifier its sense needs.
    """
    table = _senses(lexicon)
    entry = table.get(noun.lower_) or table.get(noun.lemma_.lower())
    if entry is None:
        return True
    patients, modifiers = entry
    if _ANY not in modifiers:
        # the span's text keeps a hyphened modifier whole ("heavy-handed")
        before = set(noun.doc[noun.left_edge.i: noun.i].text.casefold().split())
        if not before & modifiers:
            return False
    if _ANY in patients:
        return True
    objects = [m for p in prepositional_objects(noun, _PATIENT_PREPS) for m in (p, *p.conjuncts)]
    return bool(objects) and all(
        (_ACTOR in patients and is_actor(o)) or o.lower_ in patients or o.lemma_.lower() in patients
        for o in objects)


def listed_patients(noun, targets, *, lexicon: Lexicon) -> bool:
    """Are all ``targets`` heads the table lists as the patients of event noun ``noun``?

    "the release of 20 hostages by the rebels": hostages are what a release frees, so the noun
    relates the rebels (an actor) to them though "hostages" is no coded actor.
    """
    table = _senses(lexicon)
    entry = table.get(noun.lower_) or table.get(noun.lemma_.lower())
    if entry is None or not targets:
        return False
    return all(t.lower_ in entry[0] or t.lemma_.lower() in entry[0] for t in targets)
