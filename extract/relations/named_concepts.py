"""A concept argument that is an unrecognised mention of a named entity of the same article.

The tagger sometimes misses a name in one of its mentions ("Police questioned Turkish national Hatice
Cengiz"); the argument then becomes a concept labelled with the name (:mod:`.name_heads`), beside the
entity "Hatice Cengiz" the article names elsewhere: two nodes for one referent. Such a concept is that
entity when its label is the bare proper-noun run of the head (no adjective kept before it) and equals,
casefolded, the full label or an alias of exactly one named entity of the article. A one-word name
joins only an entity whose label is that one word ("chain HomePlus" is the organisation "HomePlus"),
never an entity it is the surname or a part of ("automaker Ford" is not "Henry Ford"). The name must
be written as one (its first and last words capitalised: "mandating burka" is no "Burka"), and not as
one of a kind ("put a Solar System there" is not the Solar System).
"""

from __future__ import annotations

from ..types import Argument
from .name_heads import proper_run

__all__ = ["named_concept"]

# Entity types that are names: the numeric ones ("March", "two years") name no referent of their own.
# Determiners that make a name one of a kind: "a Solar System", "another Tesla".
_INDEFINITE = frozenset({"a", "an", "another", "any", "every", "each", "some", "no"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def _entities_named(index, name: str) -> set[str]:
    """The keys of the article's named entities whose label (or, for a name of several words, an
    alias) is ``name``, casefolded."""
    folded = name.casefold()
    several = " " in folded
    keys = set()
    for entity in index:
        if entity.type not in _NAMED_TYPES:
            continue
        if entity.label.casefold() == folded or several and any(a.casefold() == folded for a in entity.aliases):
            keys.add(entity.key)
    return keys


def named_concept(tok, index, label: str, text: str, start: int, end: int) -> Argument | None:
    """The named entity the concept ``label`` headed by ``tok`` stands for, as an argument with the
    concept's surface ``text`` and span, or None when the label is no bare name of exactly one entity."""
    run = proper_run(tok, index)
    if run is None or run[1] != label or not (label[0].isupper() and tok.text[0].isupper()):
        return None
    if any(child.dep_ == "det" and child.lower_ in _INDEFINITE for child in tok.lefts):
        return None
    keys = _entities_named(index, label)
    if len(keys) != 1:
        return None
    entity = index[keys.pop()]
    return Argument(key=entity.key, label=entity.label, type=entity.type, text=text, start=start, end=end,
                    actor_code=entity.actor_code)
