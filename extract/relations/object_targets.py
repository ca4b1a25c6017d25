"""Targets a verb's CAMEO patterns key on its object noun: "lodged a protest with Hungary".

The target rules (:mod:`.targets`) read a "with" or "to" phrase on a verb's object as the noun's own
("talks with the EU on trade", "major changes to the Court"), and a verb's target prepositions
(``data/target_prepositions.tsv``) only on the verb. Many CAMEO verb patterns write the target after a
preposition on one object noun instead: "LODGE * STRONG PROTEST WITH +" (114), "LAUNCH * CAMPAIGN
AGAINST +", "PLEDGE * SUPPORT TO +", "FILE * CASE AGAINST +". ``data/object_targets.tsv`` lists those
verb and noun pairs (reviewed: the subject does what the noun names, not "condemned the attack on X").
When the verb's object is such a noun and is no actor, the actor in that preposition, on the noun or on
the verb after it, is the target: "Ukraine lodged a formal protest with Hungary" -> (Ukraine, lodge,
Hungary), the protest the relation's complement, and the verb's patterns give the event (114).
An appeal or plea (``data/legal_appeal_nouns.txt``) takes no court (``data/court_nouns.txt``) as its
target: "made an appeal to the Supreme Court" is a legal appeal, "made an appeal to the UN" an appeal.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["object_targets", "object_target_prepositions"]

# How the parser hangs the preposition: on the noun ("a protest with Hungary") or on the verb.
_PREP_DEPS = frozenset({"prep", "dative"})


@functools.lru_cache(maxsize=8)
def _table(lexicon: Lexicon) -> dict[tuple[str, str], frozenset[str]]:
    out = {}
    for key, cells in lexicon.tables["object_targets"].items():
        verb, _, noun = key.rpartition(" ")
        out[verb, noun] = frozenset(cells[0].split())
    return out


def object_target_prepositions(lemma: str, noun: str, *, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions that introduce the target of verb ``lemma`` with object noun ``noun``.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(object_target_prepositions("lodge", "protest", lexicon=get_lexicon()))
    ['with']
    >>> object_target_prepositions("condemn", "attack", lexicon=get_lexicon())
    frozenset()
    """
    return _table(lexicon).get((" ".join(lemma.casefold().split()), noun.casefold()), frozenset())


def object_targets(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors in the preposition the verb's patterns key on its thing object ("lodged a protest with
    Hungary", "launched a campaign against the Houthis"), in order."""
    out = []
    for obj in objects:
        if obj.head != verb or is_actor(obj):
            continue
        preps = object_target_prepositions(lemma, obj.lemma_, lexicon=lexicon) or object_target_prepositions(
            lemma, obj.lower_, lexicon=lexicon)
        if not preps:
            continue
        # "made an appeal to the Supreme Court": a legal appeal, no appeal to an actor
        legal = obj.lower_ in lexicon.word_sets["legal_appeal_nouns"]
        # on the verb, only after the object: "with Hungary" before it sets a scene
        heads = [*obj.children, *(c for c in verb.children if c.i > obj.i)]
        for child in heads:
            if child.dep_ in _PREP_DEPS and child.lower_ in preps:
                out.extend(p for p in child.children if p.dep_ == "pobj" and is_actor(p) and p not in out
                           and not (legal and p.lemma_.lower() in lexicon.word_sets["court_nouns"]))
    return out
