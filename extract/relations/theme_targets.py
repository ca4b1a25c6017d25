"""Targets after a moved theme: "sent 3,000 troops to Somalia", "withdrew its troops from Syria".

A verb that moves a theme (troops, a suspect, an envoy, weapons) does its event to the actor at the other end
of the move, and the CAMEO verb patterns written for it say so: "SEND * &MILITARY TO + [072]", "EXTRADITE *
&SUSPECT TO + [174]", "PULL * &MILITARY FROM + [0874]" put the target after a preposition that follows the
theme. ``data/theme_targets.tsv`` lists those verbs and prepositions (reviewed). When a fitted pattern of the
verb names its direct object, the object is the theme, not the target, even when it is an actor of its own
("troops", "the suspect"): the actor in the listed preposition is the target, and the theme becomes the
relation's complement.

- "Kenya sent 500 soldiers to Somalia" -> (Kenya, send, Somalia), 072;
- "Nigeria extradited the suspect to Ghana" -> (Nigeria, extradite, Ghana), 174;
- "Turkey withdrew its troops from Iraq" -> (Turkey, withdraw, Iraq), 0874.

What is no target: a phrase with no actor ("sent a letter to the editor", "withdrew from the race": no theme
named, or no actor); a place that is no country nor a country's seat ("sent reinforcements to Idlib
province", "deployed troops to the border with China": the phrase hangs on the border); a named theme
("extradited Carlos Ghosn to Japan" names no pattern word); a preposition before the theme or on another noun.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["theme_prepositions", "theme_targets", "without_destinations"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_POS = frozenset({"NOUN", "PROPN"})


@functools.lru_cache(maxsize=8)
def _table(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return {verb: frozenset(cells[0].split()) for verb, cells in lexicon.tables["theme_targets"].items()}


def theme_prepositions(lemma: str, *, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions after a moved theme that introduce the target of verb ``lemma`` (empty if none).

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(theme_prepositions("withdraw", lexicon=get_lexicon()))
    ['from']
    >>> theme_prepositions("return", lexicon=get_lexicon())
    frozenset()
    """
    return _table(lexicon).get(lemma.casefold().split()[0] if lemma.strip() else "", frozenset())


def theme_targets(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors the verb's theme prepositions introduce after its theme object, in order; none unless a
    fitted CAMEO pattern of the verb names every direct object ("sent troops to Somalia": ``&MILITARY``)."""
    # the event coder's frame and pattern words, imported late: events reads relations
    from ..events.coding import frame_words
    from ..events.material import _names

    objects = [o for o in objects if o.head.i == verb.i and o.dep_ in ("dobj", "obj")]
    preps = theme_prepositions(lemma, lexicon=lexicon)
    if not objects or not preps or any(o.ent_type_ for o in objects):
        return []  # a named object ("extradited Carlos Ghosn") is named by no pattern word
    pattern = lexicon.cameo.patterns.fitted(verb.lemma_.lower(), *frame_words(verb))
    if pattern is None or pattern.code is None:
        return []
    if not all(any(_names(alts, o) for alts in pattern.words) for o in objects):
        return []
    last = max(o.i for o in objects)
    # on the verb after the theme, or on the theme itself ("sent troops to Somalia" parsed either way)
    heads = [*(c for c in verb.children if c.i > last), *(c for o in objects for c in o.children)]
    out = []
    for prep in heads:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps:
            continue
        found = [p for p in prep.children if p.dep_ == "pobj"]
        if len(found) == 1 and _stands_for_actor(found[0], is_actor, lexicon) and found[0] not in out:
            out.append(found[0])
    return out


def without_destinations(verb, lemma: str, targets: list, lexicon: Lexicon) -> list:
    """``targets`` less the places after the verb's theme prepositions that name no country nor seat: "sent
    reinforcements to Idlib province" moves them to a place, not to an actor."""
    preps = theme_prepositions(lemma, lexicon=lexicon)
    if not preps:
        return targets
    return [t for t in targets
            if not (t.head.dep_ in ("prep", "dative") and t.head.lower_ in preps and _mere_place(t, lexicon))]


def _stands_for_actor(tok, is_actor: Callable, lexicon: Lexicon) -> bool:
    """Is ``tok`` an actor, a place only when it names a country or a country's seat ("to Somalia", "to
    Kabul"; not "to Idlib province", "to the Persian Gulf")?"""
    return tok.pos_ in _NAME_POS and is_actor(tok) and not _mere_place(tok, lexicon)


def _mere_place(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a place that names no country nor a country's seat ("the Persian Gulf", "Idlib province": a
    place noun after a place name)?"""
    doc = tok.doc
    if tok.ent_type_ in _PLACE_LABELS:
        from ..events.noun_targets import _name_of

        name = _name_of(tok)
    elif tok.lemma_.lower() in lexicon.word_sets["place_nouns"] and tok.i > 0 and doc[tok.i - 1].ent_type_ in _PLACE_LABELS:
        name = doc[tok.i - 1].text
    else:
        return False
    countries = lexicon.countries
    return countries.country_of(name) is None and countries.country_of_seat(name) is None
