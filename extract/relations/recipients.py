"""Targets in a "to"/"from" phrase on a verb's object: "pledged support to Ukraine", "recalled its
ambassador from Germany".

The target rules (:mod:`.targets`) read a "to" phrase on a verb's object as the noun's own ("major
changes to the Court"). Two classes of verb write their target there in the CAMEO verb patterns:

- a verb of commitment (``data/recipient_verbs.txt``: pledge, promise, offer; "* FINANCIAL SUPPORT TO +"
  PLEDGE, "* HELP TO +" OFFER) with a thing as its object: the actor in "to" on that object is the
  recipient ("Germany pledged support to Ukraine" -> (Germany, pledge, Ukraine), the support its complement);
- a verb whose patterns cut ties through an envoy ("* AMBASSADOR FROM + [161]" RECALL, "* AMBASSADOR
  [161]" WITHDRAW) with its side's own envoy (``data/envoy_nouns.txt`` owned by "its", "their" ...) as
  the object: the envoy is no target, the actor in "from"/"to" is ("Morocco recalled its ambassador from
  Germany" -> (Morocco, recall, Germany)). "Iran summoned the Swiss ambassador" keeps the envoy.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["object_recipients", "own_envoy", "envoy_targets"]

_OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def object_recipients(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors in "to" on the thing objects of a verb of commitment ("pledged aid to Sudan")."""
    if lemma.lower() not in lexicon.word_sets["recipient_verbs"]:
        return []
    out = []
    for obj in objects:
        if is_actor(obj):
            continue
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                out.extend(p for p in child.children if p.dep_ == "pobj" and is_actor(p) and p not in out)
    return out


def own_envoy(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` an envoy its clause's own side owns ("its ambassador", "their diplomats")?"""
    return tok.lower_ in lexicon.word_sets["envoy_nouns"] and any(
        c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS for c in tok.children)


def envoy_targets(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors in "from"/"to" on a verb's own envoy, or on the verb, when the verb's CAMEO patterns
    reduce relations through an envoy ("recalled its ambassador from Germany")."""
    envoys = [o for o in objects if own_envoy(o, lexicon)]
    if not envoys or not _cuts_through_envoy(lemma.lower(), lexicon):
        return []
    out = []
    for head in (*envoys, verb):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "to"):
                out.extend(p for p in child.children if p.dep_ == "pobj" and is_actor(p) and p not in out)
    return out


@functools.lru_cache(maxsize=256)
def _cuts_through_envoy(lemma: str, lexicon: Lexicon) -> bool:
    patterns = lexicon.cameo.patterns
    entry = patterns.entry(lemma) if patterns is not None else None
    if entry is None:
        return False
    return any(p.code and p.code.startswith("16") and any("ambassador" in w for w in p.words)
               for p in entry.patterns)
