"""A name in a locative position that a dictionary, the gazetteer or the knowledge base knows as a place (wave 23).

The tagger takes a place for a person or a body now and then: "a port town on a river in [Borneo]" (PERSON),
"the [Idku]-based firm" (ORG). :func:`extract.entities._place_hint` retypes a place of the gazetteer the tagger
called a body only when the place is big, and never a one-word name it took for a person ("Houston said" is as
often the surname). In a locative position the place reading is safe at any size:

- the object of "in", "near", "outside", "across" or "throughout", not after a word of
  ``data/abstract_in_words.txt`` ("a stake in Tesla", "faith in Jesus", "a role in Hamlet");
- the name before "-based" ("the Idku-based firm");
- the name before a noun of ``data/area_nouns.txt`` that it modifies ("the Kerman region").

There the name is a place when ``data/geo_regions.tsv`` lists it (with its type), when the knowledge base's entry
of that very label is a place (GPE or LOC), or when the gazetteer has a city or a first-level division of that
name (GPE); a body the tables know stays a body (:func:`extract.known_bodies.is_known_body`). A name no table knows
that the tagger took for a person is a place when it is coordinated with a place in such a position
("catacombs in Saqqara and [Tuna el-Gebel]") and reads as no person's name.

:func:`located_type` and :func:`placed_after_noun` (the weak reading of an unknown name the tagger took for a person
after "a river in", "penguins in") are asked by :func:`extract.entity_context.context_evidence`; :func:`region_type` by
:mod:`extract.entities` for any mention of a listed region the tagger took for a person or a body.
"""

from __future__ import annotations

from .doccache import doc_span
from .known_bodies import is_known_body
from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["located_type", "placed_after_noun", "reads_as_person", "region_type"]

#: Prepositions whose object is where something is or happens.
_LOCATIVE = frozenset({"in", "near", "outside", "across", "throughout"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_PLACE_KINDS = frozenset({"city", "admin1"})
_COORDINATORS = frozenset({"and", "or", ","})


def region_type(name: str, *, lexicon: Lexicon) -> str | None:
    """The type ``data/geo_regions.tsv`` gives the region ``name`` (LOC or GPE), or None.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> region_type("Borneo", lexicon=get_lexicon()), region_type("Houston", lexicon=get_lexicon())
    ('LOC', None)
    """
    row = lexicon.tables["geo_regions"].get(name.casefold())
    return row[0] if row else None


def located_type(doc, ts: int, te: int, *, lexicon: Lexicon, label: str) -> str | None:
    """The place type of the name ``doc[ts:te]`` that the tagger labelled ``label`` (PERSON or ORG) when it
    stands in a locative position and is known as a place, or is a person-tagged name coordinated there with a
    place; else None (see the module)."""
    if label not in ("PERSON", "ORG") or ts >= te:
        return None
    span = doc_span(doc, ts, te)
    if not _in_place_position(doc, span, te, lexicon):
        return None
    name = span.text
    known = region_type(name, lexicon=lexicon) or _known_place(name, lexicon)
    if known:
        return None if label == "ORG" and is_known_body(name, lexicon=lexicon) else known
    if label == "PERSON" and _beside_place(span) and not reads_as_person(name, lexicon=lexicon):
        return "GPE"  # "in Saqqara and Tuna el-Gebel"
    return None


def placed_after_noun(doc, ts: int, te: int, *, lexicon: Lexicon, label: str) -> bool:
    """Whether a name no table knows that the tagger took for a person stands where a place does after a noun:
    "a block of flats in [La Llagosta]", "penguins in [Punta Tombo]" (one mention's reading, which the tagger's
    labels of the other mentions may outvote); not after a word of ``data/abstract_in_words.txt`` ("a character
    in Westworld"), nor a name that reads as a person's."""
    if label != "PERSON" or ts >= te:
        return False
    span = doc_span(doc, ts, te)
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE or root.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not _in_place_position(doc, span, te, lexicon) or any(t.dep_ == "case" for t in root.children):
        return False
    name = span.text
    return not (reads_as_person(name, lexicon=lexicon) or lexicon.knowledge.lookup(name))


def _known_place(name: str, lexicon: Lexicon) -> str | None:
    """GPE or LOC when the knowledge base's entry of that label is a place, GPE for a city or a first-level
    division of the gazetteer of that very name (not one of its other names: "White House" is a name of
    Casablanca there); None for a seat of government (the actor rules'), a country or an unknown name."""
    if lexicon.countries.country_of_seat(name):
        return None  # "outside the White House": the seat, whose actor the actor rules read
    key = fold_key(name)
    for entry, alias in lexicon.knowledge.lookup(name):
        if alias is None and entry.type in _PLACE_TYPES and fold_key(entry.label) == key:
            return entry.type
    if any(c.kind in _PLACE_KINDS and fold_key(c.name) == key for c in lexicon.gazetteer.candidates(name)):
        return "GPE"
    return None


def _in_place_position(doc, span, te: int, lexicon: Lexicon) -> bool:
    """Whether the name stands where a place does: "in X" (or "in Y and X"), "X-based", "the X region"."""
    if te + 1 < len(doc) and doc[te].text == "-" and doc[te + 1].lower_ == "based":
        return True
    root = span.root
    if te < len(doc) and doc[te].is_lower and doc[te].lower_ in lexicon.word_sets["area_nouns"] and (
            root.head == doc[te]):
        return True
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "in Saqqara and Tuna el-Gebel": the first conjunct's preposition
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _LOCATIVE:
        return False
    governor = preposition.head
    abstract = lexicon.word_sets["abstract_in_words"]
    return governor.lower_ not in abstract and governor.lemma_.lower() not in abstract


def _beside_place(span) -> bool:
    """Whether the name is a later conjunct of a name the tagger took for a place ("Saqqara and X"), by the
    parse or by the words (the parser often hangs the first conjunct on the second's head)."""
    root, doc = span.root, span.doc
    if root.dep_ == "conj" and root.head.i < span.start and root.head.ent_type_ in _PLACE_TYPES:
        return True
    start = span.start
    return start >= 2 and doc[start - 1].lower_ in _COORDINATORS and doc[start - 2].ent_type_ in _PLACE_TYPES


def reads_as_person(name: str, *, lexicon: Lexicon) -> bool:
    """Whether ``name`` starts with a given name of the knowledge base's people or is a personal name."""
    from .entity_context import is_given_name, is_personal_name  # entity_context imports this module

    return is_given_name(name.split()[0], lexicon=lexicon) or is_personal_name(name, lexicon=lexicon)
