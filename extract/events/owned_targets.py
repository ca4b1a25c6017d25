"""The target of a material conflict aimed at an actor's thing or place: "struck Kurdish militant positions".

Event coders take the owner of what is attacked as the target: "Turkish warplanes struck Kurdish militant
positions" (``INS``), "police raided the offices of the opposition party" (``PTY``), "Israel bombed
Hezbollah targets" (``LBNREB``), "the army shelled rebel-held areas" (``REB``). When a material conflict
(CAMEO roots 15-20, and a violent protest, 145) has an object headed by a noun of a thing or place an actor has
(``data/owned_things.txt``: positions, bases, homes, offices, camps, a convoy, an embassy, a station) and no
code of its own with a country, :func:`owned_target` gives it the code of the owner the phrase names, read
in this order:

- a possessive ("Hezbollah's weapons depots") or an "of" phrase ("the homes of opposition activists");
- a participle of holding after a hyphen ("rebel-held", "militant-controlled", "army-run", "Israeli-occupied");
- the modifiers before the noun ("Kurdish militant positions", "Boko Haram camps", "an army convoy"), a
  singular noun modifier also read as its plural ("a militant hideout": "militants").

The owner must be an actor, a phrase with an actor code ("the homes of 300 families", "the city's power
station", "the stage" give none; a place noun owner is never read). The object's text stays; only its code
is the owner's (no actor node), as :func:`extract.events.fields._owner_code` keeps an owner's code.
"""

from __future__ import annotations

from collections.abc import Callable

from ..actors import CONFIDENCE, ActorCode, actor_code, with_country
from ..lexicon import Lexicon
from ..syntax import char_span
from ..types import Argument, Event

__all__ = ["owned_target", "owner_of"]

#: CAMEO roots of material conflict: force posture, reduced relations, coercion, assault, fight, mass violence.
_CONFLICT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
#: A violent protest (riot) is aimed at what it damages as well: "protesters torched the ruling party's offices".
_RIOT = "145"
#: Participles that make their hyphened modifier the holder of the place: "rebel-held areas".
_HOLDING = frozenset({"held", "controlled", "run", "occupied"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_OWNER_POS = frozenset({"NOUN", "PROPN"})
_SKIPPED = frozenset({"det", "poss", "nummod", "punct", "case", "predet", "quantmod"})

#: ``code_of(first, last)``: the actor code of the phrase from token ``first`` to token ``last``.
CodeOf = Callable[[object, object], "ActorCode | None"]


def owned_target(doc, arg: Argument, event: Event | None, code_of: CodeOf, *, lexicon: Lexicon) -> ActorCode | None:
    """The code of the actor owning the thing or place ``arg`` names, as the target of a material conflict.

    Examples
    --------
    Turkish warplanes struck Kurdish militant positions: ``INS``; the homes of 300 families: None.
    """
    if event is None or not (event.root in _CONFLICT_ROOTS or event.code.startswith(_RIOT)):
        return None
    span = char_span(doc, arg.start, arg.end)
    if span is None:
        return None
    found = owner_of(span.root, code_of, lexicon=lexicon)
    return None if found is None else ActorCode(found[1].code, CONFIDENCE["owner"], "owner", found[1].country, found[1].role)


def owner_of(head, code_of: CodeOf, *, lexicon: Lexicon) -> tuple[str, ActorCode] | None:
    """(how the owner is named, its code) for the thing or place noun ``head``, or None.

    How: "possessive", "of", "held" (a hyphened participle of holding), "modifier" or "plural modifier".
    """
    if head.pos_ != "NOUN":
        return None
    held = _holder(head)
    words = lexicon.word_sets
    if held is None and head.lemma_.lower() not in words["owned_things"] and head.lemma_.lower() not in words[
            "territory_nouns"]:  # "Japanese waters": a state's territory (extract/relations/territories.py)
        return None
    place_nouns = lexicon.word_sets["place_nouns"]
    for how, first, last in ([("held", *held)] if held is not None else _owners(head)):
        if last.lemma_.lower() in place_nouns:
            continue  # "the city's power station": a place of its own, no actor
        found = code_of(first, last)
        if found is None and how in ("modifier", "held"):  # "a militant hideout", "militant-held towns"
            how, found = ("plural " if how == "modifier" else "") + how, _plural_code(head.doc, first, last, lexicon)
        if found is not None:
            return how, found
    return None


def _owners(head):
    """(how, first token, last token) of each phrase that may name the owner of ``head``, in reading order."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in _OWNER_POS:
            yield "possessive", child.left_edge, child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in _OWNER_POS:
                    yield "of", obj.left_edge, obj
    modifiers = [c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]
    if not modifiers:
        return
    words = [t for t in doc[min(m.left_edge.i for m in modifiers) : head.i] if t.dep_ not in _SKIPPED]
    if words:
        yield "modifier", words[0], words[-1]


def _holder(head):
    """(first, last) token of the holder a hyphened participle of holding names ("rebel-held areas",
    "Kurdish-controlled towns"), or None: any place so held is the holder's, whatever its noun."""
    doc = head.doc
    for mod in head.children:
        if mod.dep_ in _MODIFIER_DEPS and mod.i < head.i and mod.lower_ in _HOLDING and mod.i > 1 \
                and doc[mod.i - 1].text == "-" and doc[mod.i - 2].pos_ in (*_OWNER_POS, "ADJ"):
            return doc[mod.i - 2], doc[mod.i - 2]
    return None


def _plural_code(doc, first, last, lexicon: Lexicon) -> ActorCode | None:
    """The code of the phrase with its last word, a singular noun or an adjective of one form with it, in the
    plural: "Kurdish militant" as "Kurdish militants" (the actor dictionaries list the plural of some agent
    nouns only)."""
    if last.tag_ not in ("NN", "JJ") or not last.lower_.isalpha() or last.lower_.endswith("s"):
        return None
    text = " ".join([t.text for t in doc[first.i : last.i]] + [last.text + "s"])
    code = actor_code(text, lexicon=lexicon)
    if code is None:
        return None
    return with_country(code, "role" if lexicon.countries.by_alpha3.get(code[:3]) is None else "text", lexicon)
