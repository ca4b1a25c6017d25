"""The actor a voiced stance is toward: "Canada expressed solidarity with Ukraine", "Ghana voiced
support for the junta", "the AU threw its support behind the protesters".

A verb that voices or gives a stance (``data/voicing_verbs.txt``: express, voice, throw, extend ...) whose
object is a noun of stance (``data/stance_nouns.txt``: support, solidarity, condolences, gratitude ...)
is done to the actor in that noun's (or the verb's) "for", "with", "to" or "behind" phrase, as the CAMEO
verb patterns write the target ("* SUPPORT FOR + [032]" PLEDGE, "* SOLIDARITY WITH + [053]"). The target
rules (:mod:`.targets`) ask :func:`stance_targets`; the stance becomes the relation's complement, and
the event is read as before off the verb and its object ("expressed solidarity" 051). Only an actor is a
target: "support for the bill" names none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["stance_targets"]

_STANCE_PREPS = frozenset({"for", "with", "to", "behind"})


def stance_targets(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors a stance object of a voicing verb is toward ("expressed solidarity with Ukraine")."""
    sets = lexicon.word_sets
    if lemma.lower().split()[0] not in sets["voicing_verbs"]:
        return []
    stances = [o for o in objects if o.pos_ == "NOUN" and o.lower_ in sets["stance_nouns"]]
    out = []
    for head in (*stances, verb) if stances else ():
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _STANCE_PREPS:
                out.extend(p for p in child.children if p.dep_ == "pobj" and is_actor(p) and p not in out)
    return out
