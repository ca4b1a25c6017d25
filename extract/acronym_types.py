"""Organisations named by an acronym: a hit in the knowledge base fixes the type.

An acronym the tagger typed a place, a person, a facility or a group ("on RT" GPE, "CBS station" FAC) is an
organisation, ORG, when it is the own label of exactly one knowledge-base entry, no alias of anything else,
and that entry is an organisation of a kind whose acronym is its everyday name: a broadcaster, a network, a
company, a band, a news agency (``data/acronym_org_kinds.txt``). Not when the acronym is also a recording
noun ("CCTV footage"). Read by :mod:`extract.linking`, which links nothing by an acronym alone:
the fix is a type-only link.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lexicon.knowledge import Alias, KnowledgeEntry, is_acronym
from .lexicon.normalise import fold_key

__all__ = ["names_acronym_organisation"]

_WORD = re.compile(r"[^\W\d_]+")


def names_acronym_organisation(entry: KnowledgeEntry, alias: Alias | None, name: str, lexicon: Lexicon) -> bool:
    """Whether the acronym ``name`` is the entry's own label, the entry the only one of that name, and an
    organisation of a kind listed in ``acronym_org_kinds`` by its description."""
    if entry.type != "ORG" or alias is not None or not is_acronym(name) or fold_key(entry.label) != fold_key(name):
        return False
    if fold_key(name) in lexicon.words["recording_nouns"]:
        return False  # "CCTV footage": the cameras, whatever the broadcaster
    if len(lexicon.knowledge.lookup(name)) != 1:
        return False
    kinds = lexicon.words["acronym_org_kinds"]
    return any(word in kinds for word in _WORD.findall(entry.description.casefold()))
