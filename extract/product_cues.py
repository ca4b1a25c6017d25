"""Names the text describes as a made thing or a work: products and works, no actor.

The tagger types an unseen product by its look ("Rocky Linux" PERSON, "Ozark" GPE); the words around it
often name its kind (``data/product_kinds.txt``: "operating system", "spacecraft", "TV series", "vaccine")
or a part of it (``data/work_parts.tsv``: "season", "episode"):

- **the kind before the name, bound to it**: "the spacecraft Perseverance", "the TV series Ozark", "the
  web browser Brave" (a kind of several words is matched whole);
- **the kind in apposition**: "announced a new operating system, Rocky Linux", "Brave, a web browser";
- **the name before the kind, its head**: "the Rocky Linux operating system", "the Hubble space telescope";
  not before a work's kind ("the Spielberg film", "the Netflix series": the maker), nor a people's name
  ("English medicine": its origin), nor a name the tables know as a body, a person or a place ("the Pfizer vaccine", "the Microsoft operating system");
- **the work of a part**: "the second season of Ozark", "an episode of Succession" (a season needs an
  ordinal or "new", "final": "the 2020 season of Formula One" is a league's).

A name the article describes so (by its kind before it, in apposition, or as a work with parts) is that
thing at its other mentions too ("Kurtzer said Rocky Linux will run on ARM"), unless one of them speaks or
does what only people do ("Rocky said").

A name the knowledge base or the actor dictionaries know as a person, a body or a place keeps its node
("the album Adele": the mention alone cannot tell). :func:`product_cue` is called by
:func:`extract.entity_context.context_evidence`; its PRODUCT drops the mention, so the name is no actor.
"""

from __future__ import annotations

import functools

from .doccache import cache_of, doc_ents, doc_span
from .lexicon import Lexicon

__all__ = ["PRODUCT", "product_cue", "described_products", "known_actor"]

#: What :func:`product_cue` says of a product's or a work's name: no actor (as
#: :data:`extract.entity_context.PRODUCT`).
PRODUCT = "PRODUCT"
#: Knowledge-base types that keep a name's node under a kind's noun.
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: The tagger's labels a product may wear.
_TAGGED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Words before a season that count as its ordinal: "the new season of X", "the final season of X".
_ORDINAL_WORDS = frozenset({"new", "final", "last", "latest", "next", "upcoming", "first", "second", "third",
                            "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "previous"})
#: Dependencies that bind a kind's noun to the name after it.
_BOUND = frozenset({"compound", "nmod", "amod", "appos"})


@functools.lru_cache(maxsize=4)
def _kinds(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The kinds as word tuples, the longest first ("tv series" before "series")."""
    kinds = {tuple(k.casefold().split()) for k in lexicon.words["product_kinds"]}
    return tuple(sorted(kinds, key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def _work_kinds(lexicon: Lexicon) -> frozenset[str]:
    """The last words of kinds of works, whose maker may stand before them ("the Spielberg film")."""
    wholes = {row[0] for row in lexicon.tables["work_parts"].values()}
    return frozenset(lexicon.word_sets["title_nouns"]) | wholes | {"documentary", "album", "mixtape", "ep"}


def _kind_ending(doc, j: int, lexicon: Lexicon) -> int | None:
    """The first index of a kind whose last word is ``doc[j]`` (lower case but for "TV"), or None."""
    for kind in _kinds(lexicon):
        start = j - len(kind) + 1
        if start < 0:
            continue
        words = doc[start:j + 1]
        if all((t.is_lower or t.text in ("TV", "EP")) and t.lower_ == w for t, w in zip(words, kind)):
            return start
    return None


def _kind_starting(doc, i: int, lexicon: Lexicon) -> int | None:
    """The index of the last word of a kind that begins at ``doc[i]``, or None."""
    for kind in _kinds(lexicon):
        end = i + len(kind)
        if end > len(doc):
            continue
        words = doc[i:end]
        if all((t.is_lower or t.text in ("TV", "EP")) and t.lower_ == w for t, w in zip(words, kind)):
            return end - 1
    return None


def _kind_before(doc, span, lexicon: Lexicon) -> bool:
    """Whether a kind ends right before the name and is bound to it: "the spacecraft Perseverance"."""
    ts, te, root = span.start, span.end, span.root
    if ts == 0 or _kind_ending(doc, ts - 1, lexicon) is None:
        return False
    noun = doc[ts - 1]
    return (noun.dep_ in _BOUND and ts <= noun.head.i < te) or (root.dep_ == "appos" and root.head == noun)


def _kind_apposed(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name and a kind are in apposition: "a new operating system, Rocky Linux", "Brave, a web
    browser"."""
    ts, te, root = span.start, span.end, span.root
    if ts >= 2 and doc[ts - 1].text == "," and root.dep_ == "appos" and root.head.i == ts - 2 \
            and _kind_ending(doc, ts - 2, lexicon) is not None:
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.i >= te and _kind_ending(doc, child.i, lexicon) is not None:
            return child.i + 1 >= len(doc) or child.i + 1 < len(doc) and doc[child.i + 1].dep_ != "compound"
    return False


def _kind_after(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name stands right before a kind of no work that heads it: "the Rocky Linux operating
    system" (not "the Spielberg film": a work's maker)."""
    te, root = span.end, span.root
    last = _kind_starting(doc, te, lexicon) if te < len(doc) else None
    if last is None or doc[last].lower_ in _work_kinds(lexicon):
        return False
    noun = doc[last]
    if noun.dep_ == "compound" or (last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN")):
        return False  # "the Rocky Linux software project": the project, not the software
    return root.head.i == last or root.head.i in range(te, last + 1) and root.head.head.i == last


def _work_of_part(span, lexicon: Lexicon) -> bool:
    """Whether the name is the work of a part: "the second season of Ozark", "an episode of Succession"."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i != span.start - 1 and not (
            of.i == span.start - 2 and span.doc[of.i + 1].lower_ == "the"):
        return False
    part = of.head
    row = lexicon.tables["work_parts"].get(part.lower_) if part.is_lower else None
    if row is None:
        return False
    if row[1] == "yes":
        return any(c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.lower_ in _ORDINAL_WORDS)
                   for c in part.children)
    return True


def known_actor(text: str, lexicon: Lexicon) -> bool:
    """Whether the tables know ``text`` as a person, a body, a place or a country."""
    from .entity_context import dictionary_type

    if lexicon.countries.country_of(text) or dictionary_type(text, lexicon=lexicon):
        return True
    return any(entry.type in _ACTOR_TYPES for entry, _ in lexicon.knowledge.lookup(text) or ())


def _described(doc, span, lexicon: Lexicon) -> bool:
    """Whether this mention is described as a product by its kind before it, in apposition, or as a work."""
    return _kind_before(doc, span, lexicon) or _kind_apposed(doc, span, lexicon) or _work_of_part(span, lexicon)


def _acts_as_person(ent, lexicon: Lexicon) -> bool:
    """Whether the mention is the subject of a verb of saying or of one only people do ("Rocky said")."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    lemma = root.head.lemma_.casefold()
    return lemma in lexicon.tables["speech_verbs"] or lemma in lexicon.word_sets["person_verbs"]


def described_products(doc, *, lexicon: Lexicon) -> frozenset[str]:
    """The names ``doc`` describes as products or works at one mention or more (see the module), none of
    whose mentions speaks or does what only people do, and that the tables know as no actor. Found once per
    Doc."""
    memo = cache_of(doc).memo("described_products")
    found = memo.get(id(lexicon))
    if found is None:
        described, acting = set(), set()
        for ent in doc_ents(doc):
            if ent.label_ not in _TAGGED:
                continue
            if _described(doc, ent, lexicon):
                described.add(ent.text)
            if _acts_as_person(ent, lexicon):
                acting.add(ent.text)
        found = memo[id(lexicon)] = frozenset(t for t in described - acting if not known_actor(t, lexicon))
    return found


def product_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """:data:`PRODUCT` where the text describes the name ``doc[ts:te]`` as a product or a work (see the
    module), else None."""
    span = doc_span(doc, ts, te)
    text = span.text
    if not any(c.isupper() for c in text[:1]) and not text[:1].isdigit():
        return None
    from .craft_cues import craft_cue

    if craft_cue(doc, ts, te, lexicon=lexicon):
        return PRODUCT  # "Crew Dragon has room for seven" after "the Crew Dragon capsule" (extract.craft_cues)
    if text in described_products(doc, lexicon=lexicon):
        return PRODUCT  # "Kurtzer said Rocky Linux will run on ARM" after "a new operating system, Rocky Linux"
    if known_actor(text, lexicon):
        return None  # "the Pfizer vaccine", "the album Adele"
    if _described(doc, span, lexicon) or label != "NORP" and _kind_after(doc, span, lexicon):
        return PRODUCT  # "the spacecraft Perseverance", "the Rocky Linux operating system"
    return None
