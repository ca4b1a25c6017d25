"""An adverb the parser gave a phrasal verb's particle: "The Kremlin hit back at Britain".

spaCy tags "back" after a verb as an adverb (``advmod``), not a particle (``prt``), so "hit back at
X" was read as "hit" (force, 190) on X. In news English to hit back at someone is to retort, a
criticism (111, as "hit out at", ``data/events.tsv``), while hitting back with weapons or
violence, or between armed forces, stays force: "Israel hit back at Hamas with air strikes", "police
hit back with tear gas", "troops hit back at the rebels" (``data/force_nouns.txt``).
:func:`adverb_particle` gives the adverb when the verb with it has an event of its own in the CAMEO
map ("hit back", "fight back"), an "at" phrase names whom it is done at ("Wynnum hit back with two
tries" is sport), no "with" phrase names a weapon or a material act (an attack noun, a weapon noun,
or a noun whose own CAMEO event is material conflict, roots 14-20), and neither the subject nor a
preposition's object is a force noun.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["adverb_particle"]

#: Adverbs that stand for a phrasal verb's particle.
_PARTICLE_ADVERBS = frozenset({"back"})
#: CAMEO roots of material conflict (protest, force, violence): a "with" phrase of these is the means of force.
_MATERIAL_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def _material(noun, lexicon: Lexicon) -> bool:
    words = lexicon.word_sets
    lemma = noun.lemma_.lower()
    if lemma in words["weapon_nouns"] or lemma in words["attack_nouns"]:
        return True
    compound = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound")
    for key in (f"{compound} {lemma}".strip(), lemma):
        event = lexicon.cameo.event_of(key)
        if event is not None and event.root in _MATERIAL_ROOTS:
            return True
    return False


def adverb_particle(verb, lemma: str, lexicon: Lexicon):
    """The adverb right after ``verb`` that acts as its particle ("hit back"), or None."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ != "advmod" or nxt.lower_ not in _PARTICLE_ADVERBS:
        return None
    if lexicon.cameo.event_of(f"{lemma} {nxt.lower_}") is None:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return None  # "Wynnum hit back with two tries": no one retorted at
    forces = lexicon.word_sets["force_nouns"]
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in forces:
            return None  # "troops hit back": force
        if child.dep_ != "prep":
            continue
        for obj in (p for p in child.children if p.dep_ == "pobj"):
            if (child.lower_ == "with" and _material(obj, lexicon)) or obj.lemma_.lower() in forces:
                return None  # "hit back with air strikes", "hit back at Russian troops": force
    return nxt
