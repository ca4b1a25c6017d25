"""Whether a name fits a singular class description ("the organisation", "the ministry") by how it is named:
alone, not as one of a list of names of its kind, and with a head word of the kind the noun names.

"Volunteers run the Arabic page of Instagram and the English page of Instagram, Twitter, and Facebook. How many
people volunteer for the organisation?": a name coordinated with another name of its own type is one of
several, and a singular description that could be any of them names none (:func:`listed_with_kind`); the
description is left to a name standing alone, or unresolved. A list of three or more names is several whatever
types the tagger gave them ("Instagram, Twitter, and Facebook" with Twitter read as a person), and so are two
names of two entities side by side ("my Twitter, my Instagram"); a name coordinated with one name of another
type still fits ("Israel and Hamas agreed a truce. The group ..." is Hamas).

Some class nouns name a kind of body that only a name of that kind is (``data/name_head_nouns.tsv``): "the
ministry" is "the Ministry of Railways" or "the State Department", never a name without such a word
(:func:`head_fits`).

A name written in the plural for a body whose own name is singular ("Democrats" for the Democratic Party,
"Republicans") names its members, and is no "it": "some Democrats advocated packing the Court with liberal
justices until it reached a liberal majority" is the Court (:func:`plural_alias`).
"""

from __future__ import annotations

from functools import lru_cache

from .coref_lists import inner_conjunct, list_members
from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_rows

__all__ = ["head_fits", "listed_with_kind", "plural_alias"]

_NAME_HEADS = Schema("name_head_nouns.tsv", ("noun", "words a fitting name holds"))
#: A list of this many names is several of a kind, whatever types the tagger gave its members.
_SEVERAL = 3


def listed_with_kind(res, mention) -> bool:
    """Whether ``mention``, or a mention of its entity in its sentence, is coordinated with a name of another
    entity of its own type, or is one of a list of three or more names ("the Arabic page of Instagram and the
    English page of Instagram, Twitter, and Facebook").

    ``res`` is the article's resolver (its Doc, mentions, token mentions, entities and sentences are read).
    """
    sent = res.sent_of[mention.token_start]
    return any(
        m.key == mention.key and res.sent_of[m.token_start] == sent and _listed(res, m) for m in _sentence_mentions(
            res, mention.token_start))


def _sentence_mentions(res, i: int):
    sent = res.doc[i].sent
    first = res.token_mention[sent.start:sent.end]
    return [res.mentions[m] for m in sorted(set(m for m in first if m >= 0))]


def _listed(res, mention) -> bool:
    token_mention, mentions, entities = res.token_mention, res.mentions, res.entities
    root = res.doc[mention.token_start : mention.token_end].root
    kind = entities[mention.key].type
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    for other in others:
        m = token_mention[other.i]
        if m >= 0 and mentions[m].key != mention.key and entities[mentions[m].key].type == kind:
            return True
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(token_mention[a.i] >= 0 and mentions[token_mention[a.i]].key != mention.key for a in apposed):
        return True  # "my Twitter, my Instagram, and Facebook": names side by side are a list too
    if not others:
        return False
    first = root
    while inner_conjunct(first, token_mention):
        first = first.head
    members = list_members(first, token_mention, mentions)
    return members is not None and len(members) >= _SEVERAL  # a list of several, however the tagger typed them


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, frozenset[str]]:
    return {row.cells[0].casefold(): frozenset(row.cells[1].casefold().split())
            for row in read_rows(DATA_DIR / _NAME_HEADS.file, _NAME_HEADS)}


def head_fits(noun: str, label: str) -> bool:
    """Whether an organisation named ``label`` fits the class noun ``noun`` by its words: always, unless the noun
    names a kind of body (``data/name_head_nouns.tsv``) and no word of the name is of that kind.

    >>> head_fits("ministry", "Ministry of Railways"), head_fits("ministry", "Raidurga")
    (True, False)
    >>> head_fits("group", "Raidurga")
    True
    """
    words = _name_heads().get(noun)
    return words is None or bool(words & set(label.casefold().split()))


def plural_alias(res, mention) -> bool:
    """Whether ``mention`` is a plural name ("Democrats") of an organisation whose label is not that plural.

    ``res`` is the article's resolver (its Doc and entities are read).
    """
    entity = res.entities[mention.key]
    root = res.doc[mention.token_start : mention.token_end].root
    return entity.type == "ORG" and root.tag_ == "NNPS" and root.lower_.endswith("s") \
        and root.lower_ not in entity.label.casefold().split()
