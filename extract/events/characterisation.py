"""A verb of force that characterises its object: "blasted Biden as a career politician" is criticism (111).

CAMEO codes a verb that both strikes and criticises by what follows it: "BLAST * AS FARCICAL [111]"
names what the object is, and the codebook's 111 "Criticize or denounce" covers "attacked the plan as
reckless". :func:`characterisation_event` reads that frame off the parse:

- the verb is one that also criticises (``data/criticism_verbs.txt``: attack, blast, slam, hit ...)
  and its event a use of force (roots 18-20). A verb of force only ("bombed", "shelled") names no
  one: "shelled the village as a warning" is force;
- it has a direct object, and an "as" phrase of its own whose head is an adjective ("as reckless",
  "as biased") or a noun that is no adjunct of purpose, part or consequence
  (``data/as_adjunct_nouns.txt``: "attacked the camp as part of a new operation", "as retaliation"
  say why or how, not what the camp is); "as the crowd grew" is a clause, no "as" phrase.

It is asked before an ambiguous verb's default is withheld (:meth:`VerbPatterns.withholds`): BLAST
codes criticism in 22 of its 30 own patterns, so its 190 default is withheld where no pattern fits,
and "Trump blasted Biden as a career politician" had no event at all.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Event

__all__ = ["characterisation_event"]

_FORCE_ROOTS = frozenset({"18", "19", "20"})
_CRITICISE = "111"
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def characterisation_event(pred, found: Event | None, lexicon: Lexicon) -> Event | None:
    """111 if ``pred`` is a criticising verb of force (``found``) with an object it characterises, else None."""
    if pred is None or found is None or found.root not in _FORCE_ROOTS:
        return None
    if pred.lemma_.lower() not in lexicon.word_sets["criticism_verbs"]:
        return None
    children = list(pred.children)
    if not any(c.dep_ in _OBJECT_DEPS for c in children):
        return None
    adjuncts = lexicon.word_sets["as_adjunct_nouns"]
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for head in prep.children:
            if head.dep_ in ("amod", "acomp") or (head.dep_ == "pobj" and head.pos_ == "ADJ"):
                return event_for_code(_CRITICISE, lexicon.cameo.labels)
            if head.dep_ == "pobj" and head.lemma_.lower() not in adjuncts and head.lower_ not in adjuncts:
                return event_for_code(_CRITICISE, lexicon.cameo.labels)
    return None
