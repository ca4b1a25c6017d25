"""The event of a light verb's event noun decided by the noun's modifiers.

"Russia launched a bombing campaign against rebel positions" is an air attack (195), not the criticism
the CAMEO pattern "LAUNCH * CAMPAIGN AGAINST [111]" codes; "launched a scathing attack on the prime
minister" is criticism (111: "* SCATHING ATTACK"), not military force; "launched a vaccination campaign"
is no event at all (CAMEO codes a campaign only "FOR DONATIONS", 023). The verb patterns match a frame's
words as a bag, so a modifier the pattern does not name is lost; here the modifiers of the event noun
(the head of a light verb's object, or a nominal relation's predicate) decide, by their kind in
``data/event_noun_modifiers.tsv``:

- civil (vaccination, election, advertising, charm ...) on a campaign, drive, offensive or blitz: no event;
- aerial (air, bombing, drone ...) or material (military, ground, armed ...): an attack, 195 or 190,
  where no event was found or only the bare noun's statement, appeal or criticism (roots 01, 02, 11),
  and no clause of purpose follows the noun ("a military operation to evacuate citizens");
- verbal (scathing, bitter, personal ...) on an attack or assault: criticism, 111, unless
  the event found is already a disapproval or accusation (roots 11-12).

A noun with none of these modifiers keeps the event found.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Event

__all__ = ["modifier_kinds", "modified_event"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "event_noun_modifiers.tsv"
#: Dependencies of a noun's modifiers.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Dependencies of a verb's object.
_OBJECT_DEPS = frozenset({"dobj", "obj"})
#: Heads of a count whose noun is the event ("a series of air strikes").
_COUNTS = frozenset({"series", "wave", "spate", "string", "round", "barrage"})
#: The nouns each kind of modifier decides.
_CIVIL_NOUNS = frozenset({"campaign", "drive", "offensive", "blitz"})
_VERBAL_NOUNS = frozenset({"attack", "assault"})  # "a bitter offensive on the city" is fighting
_FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Roots a pattern of the bare noun gives ("LAUNCH * CAMPAIGN [020]", "* CAMPAIGN AGAINST [111]", statements):
#: a material modifier overrides only these, not a fitted pattern of another kind ("* HUMANITARIAN MISSION").
_BARE_NOUN_ROOTS = frozenset({"01", "02", "11"})
_CRITICISM_ROOTS = frozenset({"11", "12"})
_AERIAL, _MATERIAL, _CRITICISM = "195", "190", "111"
_NO_CHANGE = object()


@functools.lru_cache(maxsize=1)
def modifier_kinds() -> dict[str, str]:
    """word -> kind (noun, verb, aerial, material, verbal, civil) from ``data/event_noun_modifiers.tsv``."""
    kinds = {}
    with open(_DATA, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            word, kind = line.rstrip("\n").split("\t")
            if word != "word":
                kinds[word] = kind
    return kinds


def _event_noun(pred, lexicon: Lexicon):
    """The event noun whose modifiers may decide: ``pred`` itself, or the head of its object if
    ``pred`` is a light verb or a verb of beginning ("launched a series of air strikes": strikes)."""
    kinds = modifier_kinds()
    if pred.pos_ in ("NOUN", "PROPN"):
        return pred if kinds.get(pred.lemma_.lower()) == "noun" else None
    lemma = pred.lemma_.lower()
    particle = next((c.lower_ for c in pred.children if c.dep_ == "prt"), "")
    lights = lexicon.keys_where("light_verbs", "reads", "event", "both")
    if not (lemma in lights or f"{lemma} {particle}" in lights or kinds.get(lemma) == "verb"):
        return None
    for obj in pred.children:
        if obj.dep_ not in _OBJECT_DEPS:
            continue
        if obj.lemma_.lower() in _COUNTS:
            obj = next((t for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for t in p.children if t.dep_ == "pobj"), obj)
        if kinds.get(obj.lemma_.lower()) == "noun":
            return obj
    return None


def modified_event(pred, found: Event | None, lexicon: Lexicon):
    """The event the modifiers of ``pred``'s event noun decide, or ``found`` if they decide nothing."""
    if pred is None:
        return found
    noun = _event_noun(pred, lexicon)
    if noun is None:
        return found
    kinds = modifier_kinds()
    said = {kinds.get(w) for c in noun.children if c.dep_ in _MODIFIER_DEPS
            for w in (c.lower_, c.lemma_.lower())}
    head = noun.lemma_.lower()
    if "civil" in said and head in _CIVIL_NOUNS:
        return None
    if said & {"aerial", "material"}:
        if found is not None and found.root not in _BARE_NOUN_ROOTS:
            return found
        if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
            return found  # "a military operation to evacuate citizens": the purpose decides
        return event_for_code(_AERIAL if "aerial" in said else _MATERIAL, lexicon.cameo.labels)
    if "verbal" in said and head in _VERBAL_NOUNS:
        if found is not None and found.root in _CRITICISM_ROOTS:
            return found
        return event_for_code(_CRITICISM, lexicon.cameo.labels)
    return found
