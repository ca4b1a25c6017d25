"""Names of laws, treaties, plans, programmes and systems that the tagger types as actors: no node, no actor code.

A law is no actor of an event ("Iran accused the US of violating the Joint Comprehensive Plan of Action":
the plan is no target). :mod:`extract.entities` drops a name whose head word is a law's
(``data/name_heads.tsv`` type LAW: "X Act", "X Agreement", "X Deal", "X Plan"); this module reads the head
where it is not the last word, and the names a head word alone cannot settle:

- the head word of "X of Y", "X on Y", "X for Y" and "X against Y" stands before the preposition
  ("Convention on the Rights of the Child", "Regulations for Buses", "Commission on Presidential Debates");
- a name that opens with a treaty's noun (``data/treaty_nouns.txt``) and a linking word
  (``data/law_links.txt``) is a treaty's ("the Convention on Biological Diversity", "the Treaty on the
  Non-Proliferation of Nuclear Weapons", "the Convention against Torture"), though "X Convention" alone
  may be a party's meeting;
- a name that ends in a programme's word (``data/plan_heads.txt``) is a plan ("the Commercial Crew
  Program"), unless the actor dictionaries or the knowledge base know the whole name as a body ("the World
  Food Programme");
- an event's side that is such a name, left a concept ("Israel condemned the Iran Nuclear Deal"), or a node
  of an occasion, a product or a work, holds no actor code (:func:`thing_argument`), though a country's name
  stands in it;
- a name that ends in "System" after a word of a function (``data/system_kinds.txt``: "Surveillance System",
  "Operating System") is a made system's or a database's, no body's ("the Federal Reserve System" keeps its
  node);
- a treaty's plural noun after a given name keeps the law ("the Abraham Accords"), where a given name and a
  head word elsewhere read as a person ("Robert Plant").

Plain functions over casefolded name words; the word lists are compiled once per lexicon.
"""

from __future__ import annotations

import functools

from .entity_context import dictionary_type
from .lexicon import Lexicon

__all__ = ["LAW", "THING_TYPES", "head_word", "law_type", "names_law", "plan_word", "thing_argument", "treaty_head"]

#: The type of a law's name (the tagger's LAW), given also to a plan's and a made system's: dropped, no node.
LAW = "LAW"
#: Prepositions after which a name's words qualify the head before them: "Board of Elections".
_HEAD_LINKS = ("of", "on", "for", "against")
#: Types of things an event may name on either side but that hold no actor code: a law, an occasion, a made
#: thing, a work.
THING_TYPES = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})
#: The head word of a made system's name, when a word of ``data/system_kinds.txt`` stands before it.
_SYSTEM = "system"
#: Knowledge-base types of a body: such a name of a programme's head word is the body's ("World Food Programme").
_BODY_TYPES = frozenset({"ORG", "NORP"})


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(treaty nouns, linking words, plan heads, kinds of systems), casefolded."""
    sets = lexicon.word_sets
    fold = lambda name: frozenset(w.casefold() for w in sets[name])  # noqa: E731
    return fold("treaty_nouns"), fold("law_links"), fold("plan_heads"), fold("system_kinds")


def head_word(parts: list[str]) -> str:
    """The head word of a name's casefolded words: the word before the first linking preposition inside the
    name, else the last word.

    Examples
    --------
    >>> head_word(["board", "of", "elections"])
    'board'
    >>> head_word(["commission", "on", "presidential", "debates"])
    'commission'
    >>> head_word(["chesapeake", "energy", "arena"])
    'arena'
    """
    for i, part in enumerate(parts[1:-1], start=1):
        if part in _HEAD_LINKS:
            return parts[i - 1]
    return parts[-1]


def treaty_head(parts: list[str], *, lexicon: Lexicon) -> bool:
    """Whether a name's casefolded words end in a treaty's noun ("Abraham Accords", "Dayton Agreement"):
    such a name keeps its law's type after a given name."""
    return bool(parts) and parts[-1] in _words(lexicon)[0]


def law_type(name: str, parts: list[str], *, lexicon: Lexicon) -> str | None:
    """:data:`LAW` when the name (``parts``: its casefolded words, two or more) opens with a treaty's noun and
    a linking word, or ends in a programme's word and names no body the tables know; else None.

    Examples
    --------
    "Convention on the Rights of the Child" and "Commercial Crew Program" are laws; "World Food Programme"
    (a United Nations agency of the dictionaries) is not.
    """
    treaties, links, plans, systems = _words(lexicon)
    if len(parts) >= 3 and parts[0] in treaties and parts[1] in links:
        return LAW  # "Convention on Biological Diversity", "Treaty of Lisbon"
    if (parts[-1] in plans or parts[-1] == _SYSTEM and parts[-2] in systems) and not _known_body(name, lexicon):
        return LAW  # "Commercial Crew Program", "Youth Risk Behavior Surveillance System"
    return None


def plan_word(doc, j: int, *, lexicon: Lexicon) -> bool:
    """Whether ``doc[j]`` may end a plan's or a system's name: a word of ``data/plan_heads.txt``, or "System"
    after a word of ``data/system_kinds.txt`` (the whole name is then read by :func:`law_type`)."""
    _, _, plans, systems = _words(lexicon)
    word = doc[j].lower_
    return word in plans or word == _SYSTEM and j > 0 and doc[j - 1].lower_ in systems


def _known_body(name: str, lexicon: Lexicon) -> bool:
    """Whether the actor dictionaries or the knowledge base know ``name`` as an organisation."""
    if dictionary_type(name, lexicon=lexicon):
        return True
    return any(entry.type in _BODY_TYPES for entry, _ in lexicon.knowledge.lookup(name))


def names_law(span, *, lexicon: Lexicon) -> bool:
    """Whether the phrase ``span`` is a law's name: a capitalised head word of a law (``data/name_heads.tsv``
    type LAW, or ``data/plan_heads.txt``) after a capitalised word ("the Iran Nuclear Deal", "the Paris
    Agreement") or before a linking word and a capitalised word ("the Treaty of Lisbon")."""
    root = span.root
    if not root.is_title:
        return False
    row = lexicon.tables["name_heads"].get(root.lower_)
    if not (row and row[0] == LAW) and root.lower_ not in _words(lexicon)[2]:
        return False
    doc = root.doc
    if root.i > span.start and doc[root.i - 1].is_title:
        return True  # "Nuclear Deal", "Paris Agreement"
    nxt = root.i + 1
    return nxt + 1 < span.end and doc[nxt].lower_ in _words(lexicon)[1] and (
        doc[nxt + 1].is_title or doc[nxt + 1].lower_ == "the" and nxt + 2 < span.end and doc[nxt + 2].is_title)


def thing_argument(arg_type: str, span, *, lexicon: Lexicon) -> bool:
    """Whether an event's argument of type ``arg_type`` over ``span`` (None when unknown) is a thing, which
    holds no actor code: a node of :data:`THING_TYPES`, or a concept that is a law's name (:func:`names_law`).
    """
    if arg_type in THING_TYPES:
        return True
    return arg_type == "CONCEPT" and span is not None and len(span) > 1 and names_law(span, lexicon=lexicon)
