"""Agentless passives whose subject is a thing aimed at an actor, given to one, or an actor's own.

"Rockets were fired at Israel", "stones were thrown at police officers", "aid was delivered to
the refugees": the clause names no doer and its subject is no actor, so the plain agentless
passive (:meth:`ImplicitRules.passive_patients`) reads nothing; but a target preposition of the
verb (``data/target_prepositions.tsv``: "fire at", "throw at", "deliver to") names whom the act was
done to, as in the active "Houthi rebels fired missiles at Saudi Arabia". The relation is
(unspecified, verb, target), the thing is the complement, and the verb patterns code the event
from the verb's frame.

Only an actor target counts (a named or generic actor, or a place an actor holds: "at Israeli
positions"); a place that is only a destination ("sent to Idlib province") is none. The relation
is kept only if event typing gives it a material event or a verbal conflict, as for any
agentless passive: an untyped relation with no source is no fact, nor is a statement or a
consultation of an unnamed side ("a letter was sent to the president"); :func:`typed_aimed_relations` drops the rest after the
annotation, as :func:`extract.events.agent_edges.typed_agent_edges` does for plain agent nouns.

A material conflict whose passive subject is a thing or place an actor has (``data/owned_things.txt``),
its owner an actor named by a possessive, an "of" phrase or a modifier ("Al Jazeera's office was
raided", "rebel positions were shelled"), is done to that owner: the thing is the patient
(:meth:`AimedThingRules.owned_patient`, asked by :meth:`ImplicitRules.passive_patients`) and
:mod:`extract.events.owned_targets` codes it as the owner, as for the active "police raided the
offices of X". A thing no actor has ("the old houses were destroyed") is none.
"""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECT_DEPS
from ..types import Relation
from .implicit import _CLAUSAL_DEPS, _EXPLETIVES, _VERBAL_CONFLICT_ROOTS, UNSPECIFIED_KEY
from .targets import target_prepositions
from .theme_targets import without_destinations

__all__ = ["AimedThingRules", "typed_aimed_relations"]

# The tags of a participle after a passive auxiliary (the tagger reads some as a past tense).
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# Modifiers that may name the owner of a thing: "Kurdish militant positions", "an army convoy".
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


class AimedThingRules:
    """The actor a thing was aimed at in an agentless passive.

    Expects ``lexicon``, ``is_actor``, ``patient_like`` and ``owned_target_place`` on the reader.
    """

    def aimed_targets(self, verb, phrase: str) -> list:
        """The actors after ``verb``'s target prepositions, when ``verb`` is a full agentless passive of
        a CAMEO verb whose subject is a thing ("Rockets were fired at Israel" -> [Israel]), or []."""
        kids = list(verb.children)
        if (verb.tag_ not in _PARTICIPLE_TAGS or not any(c.dep_ == "auxpass" for c in kids)
                or any(c.dep_ == "agent" or c.dep_ in _CLAUSAL_DEPS for c in kids)):
            return []
        things = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if not things or any(t.lower_ in _EXPLETIVES or t.pos_ not in ("NOUN", "PROPN") or self.is_actor(t)
                             or self.patient_like(t) for t in things):
            return []  # an actor subject is the patient (implicit.py); "it was sent to X" names nothing
        preps = target_prepositions(phrase, lexicon=self.lexicon)  # read off the CAMEO verb patterns
        if not preps:
            return []
        targets = [p for c in kids if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                   for p in c.children if p.dep_ == "pobj"
                   and (self.is_actor(p) or self.owned_target_place(verb, phrase, p))]
        return without_destinations(verb, phrase, targets, self.lexicon)


    def owned_patient(self, tok) -> bool:
        """Is ``tok`` a thing or place an actor has (``data/owned_things.txt``: offices, homes, positions,
        depots), its owner an actor named by a possessive, an "of" phrase or a modifier ("Al Jazeera's
        office", "the offices of the opposition newspaper", "Kurdish militant positions")? The passive of a
        material conflict on it is done to the owner (:mod:`extract.events.owned_targets` codes it)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lexicon.word_sets["owned_things"]:
            return False
        owners = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ in _MODIFIER_DEPS and c.i < tok.i)]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        places = self.lexicon.word_sets["place_nouns"]  # "the city's power station": no actor's
        return any(o.pos_ in ("NOUN", "PROPN", "ADJ") and o.lemma_.lower() not in places
                   and (self.is_actor(o) or self.patient_like(o)) for o in owners)


def typed_aimed_relations(doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the aimed ones (:class:`AimedThingRules`: an unnamed source, the predicate an
    agentless passive whose subject is a thing, the object after a preposition of that verb) that are no
    asserted material event or verbal conflict: an unnamed side's letter or report "sent to the
    president" is no fact, and neither is one that only may happen."""
    return [r for r in relations if _done_to(r.event) or not _aimed(doc, r)]


def _done_to(event) -> bool:
    """A material event, or criticism, rejection or a threat (as for any agentless passive)."""
    return event is not None and (event.quad_class.startswith("material") or event.root in _VERBAL_CONFLICT_ROOTS)


def _aimed(doc, relation: Relation) -> bool:
    if relation.subject.key != UNSPECIFIED_KEY:
        return False
    span = doc.char_span(relation.object.start, relation.object.end, alignment_mode="expand")
    pred = doc.char_span(relation.predicate.start, relation.predicate.end, alignment_mode="expand")
    if span is None or pred is None or not len(span) or not len(pred):
        return False
    prep, verb = span.root.head, span.root.head.head
    return (span.root.dep_ == "pobj" and prep.dep_ == "prep" and pred.start <= verb.i < pred.end
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children))
