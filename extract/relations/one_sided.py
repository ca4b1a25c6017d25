"""Events of protest and force whose actor the clause names and whose target it does not.

A dictionary event coder codes an event from its source alone when the
sentence names no target; the relation is then (source, event,
unspecified), the one concept of :mod:`.implicit`. Three frames of English
name the actor of a protest or of a use of force and leave the target out:

- **A light verb and a conflict noun** ("the police made two arrests",
  "the rebels carried out the attack", "the army conducted airstrikes"):
  CAMEO's light verbs (``data/light_verbs.tsv``, kind ``both``: carry out,
  conduct, launch, make, stage ...) pass the event to their object noun. With
  a target the light verb rules relate it (:meth:`VerbRules.light_verb`);
  with none named (no target phrase, no possessor, no "of" phrase: "ordered
  the killing of 300,000 pigs" names a patient that is no actor), a noun of material conflict (CAMEO roots 14-20: arrest, attack,
  raid, strike, bombing, assault) is the subject's act. A labour group's
  "strike" is no use of force (:func:`.event_nouns.labour_group`).
- **Taking part in a protest** ("students took part in a protest",
  "Kokesh was involved in demonstrations", "veterans participated in a
  march"): the verbs of :meth:`NounFrameRules.joining_verb` with a protest
  noun (CAMEO root 14) and neither a target, a partner nor a place: the
  subject's demonstration (CAMEO's "JOIN * CROWD TO PROTEST [141]").
- **Protesters gathering** ("thousands of protesters gathered outside the
  police headquarters"): a verb of CAMEO's ASSEMBLE synset
  (``data/assembly_verbs.txt``) whose subject is protesters
  (``data/protest_agents.txt``) is a one-place demonstration, coded 141 by
  :mod:`extract.events.coding` ("DEMONSTRATORS * RESIGN", "CROWD * IN +
  DEMONSTRATION [141]"); other people gathering state no event.
- **Protesting in a role** ("lawmakers protested", "senators marched"): a
  one-place protest verb (``data/one_place_events.txt``, CAMEO root 14)
  whose plain-noun subject has an actor role in the dictionaries (LEG, GOV,
  EDU ...), as a named actor would.

Only actors act: a named entity with a subject role, or an actor noun of the
dictionaries ("police", "protesters"); nothing is guessed where the clause
names neither.
"""

from __future__ import annotations

from .event_nouns import labour_group
from .output import _BASE

__all__ = ["OneSidedRules"]

# The CAMEO roots of a conflict noun a light verb's subject carries out with no target named.
_FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
_PROTEST_ROOT = "14"
# Children of a verb of gathering that name what it gathered (then it is no one-place event).
# Prepositions of standing before a building: "gathered outside the parliament", "in front of" is a
# compound the parse splits, left out.
_SITE_PREPS = frozenset({"outside"})
_GATHERED_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "nsubjpass", "agent", "xcomp", "ccomp"})


def _beside_infinitive(verb) -> bool:
    """Is ``verb`` a clause the parser joined to an infinitive of subject control ("police are continuing
    to investigate the incident and have made a second arrest": "made" hangs on "investigate"), so its
    subject is the controlling verb's own? Not under object control ("asked X to investigate and ..."):
    the infinitive's head has no object."""
    head = verb.head
    return (verb.dep_ == "conj" and head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("dobj", "obj", "dative") for c in head.head.children))


class OneSidedRules:
    """Relations of an actor's protest or use of force with no target named.

    Expects ``doc``, ``lexicon``, ``quantifiers``, the argument, subject and output rules and
    :meth:`ImplicitRules.unspecified` on the reader.
    """

    def targetless_light_event(self, verb, event, event_verb: str, sub_tokens, how: str, subjects, *,
                               phrase: str, base: float, negated: bool) -> bool:
        """(subject, event noun, unspecified) for a light verb's conflict noun with no target.

        "The police made a second arrest" -> (police, arrest, unspecified). Returns whether read.
        """
        if how not in ("active", "active+inherited") and not (how == "active+inherited+inherited"
                                                              and _beside_infinitive(verb)):
            return False
        if not sub_tokens or self.named_patient(event):
            return False
        if phrase not in self.lexicon.keys_where("light_verbs", "reads", "both"):
            return False  # "ordered the killing of X": an order, not the act
        coded = self.lexicon.cameo.event_of(event_verb)
        if coded is None or coded.root not in _FORCE_ROOTS:
            return False
        if event_verb == "strike" and labour_group(sub_tokens, self.lexicon):
            return False  # "teachers launched a strike": labour, not force
        allow = self.actor_subjects(sub_tokens)  # "police", "the army"
        predicate = self.predicate(verb, event_verb, last=event)
        target = self.unspecified(event)
        confidence = base - (_BASE["active"] - _BASE["light"]) - (_BASE["active"] - _BASE["implicit"])
        read = False
        for subject in subjects:
            if subject.is_concept and not allow:
                continue
            self.emit(subject, predicate, target, verb, negated=negated, confidence=confidence,
                      allow_concepts=True)
            read = True
        return read

    def actor_subjects(self, sub_tokens) -> bool:
        """Does every subject stand for an actor, a quantifier for its "of" phrase ("hundreds of
        students")?"""
        return all(self.is_actor(self.counted(t)) for t in sub_tokens)

    def counted(self, tok):
        """What a quantifier noun counts ("thousands of protesters" -> protesters), else ``tok``."""
        if tok.lower_ in self.quantifiers or tok.lemma_.lower() in self.quantifiers:
            return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), tok)
        return tok

    @staticmethod
    def named_patient(noun) -> bool:
        """Does the event noun name what it was done to, in a possessor or an "of" phrase ("Khashoggi's
        killing", "the killing of 300,000 pigs")? Then a missing target is no target left unnamed."""
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)

    def joined_protest(self, noun, predicate, subjects, sub_tokens, *, negated: bool) -> None:
        """(subject, protest noun, unspecified) for a protest taken part in with no target, partner or
        place: "Kokesh was involved in demonstrations in support of free speech"."""
        coded = self.lexicon.cameo.event_of(predicate.lemma)
        if coded is None or coded.root != _PROTEST_ROOT or not sub_tokens:
            return
        allow = self.actor_subjects(sub_tokens)
        target = self.unspecified(noun)
        for subject in subjects:
            if subject.is_concept and not allow:
                continue
            self.emit(subject, predicate, target, noun, negated=negated, confidence=_BASE["light"],
                      allow_concepts=True)

    def protesting_actors(self, lemma: str, sub_tokens) -> bool:
        """May the plain-noun subjects of a one-place protest verb (CAMEO root 14: protest, rally,
        march) act in it: each an actor of the dictionaries' roles ("lawmakers protested", LEG)?"""
        coded = self.lexicon.cameo.event_of(lemma)
        return coded is not None and coded.root == _PROTEST_ROOT and bool(sub_tokens) and self.actor_subjects(sub_tokens)

    def crowd_gathering(self, verb, lemma: str) -> bool:
        """Is ``verb`` a crowd's gathering with a cue of protest ("thousands of people gathered outside
        the parliament with slogans", :func:`extract.events.protest_crowds.crowd_protest`)?"""
        from ..events.protest_crowds import crowd_protest  # the coder's; late: events reads relations
        return crowd_protest(lemma, verb, self.lexicon)

    def protest_site(self, verb, lemma: str):
        """The named body a protest gathering stands outside ("protesters gathered outside the National
        Congress" -> the Congress): what CAMEO codes as the protest's target, else None."""
        if lemma not in self.lexicon.word_sets["assembly_verbs"] or not self.protest_gathering(
                verb, lemma, list(verb.children)):
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
                for tok in (c for c in prep.children if c.dep_ == "pobj"):
                    found = [a for a in self.arguments(tok) if a.type == "ORG"]
                    if len(found) == 1:
                        return found[0]
        return None

    def carried_signs(self, verb, phrase: str, tok) -> bool:
        """Is ``tok`` what a gathering crowd carries or shouts, after "with" ("gathered outside the
        parliament with slogans", ``data/protest_cues.txt``): a sign of protest, not a partner met?"""
        return (phrase in self.lexicon.word_sets["assembly_verbs"] and tok.dep_ == "pobj"
                and tok.head.lower_ == "with" and tok.head.head.i == verb.i
                and tok.lemma_.lower() in self.lexicon.word_sets["protest_cues"])

    def protest_gathering(self, verb, phrase: str, kids) -> bool:
        """Is ``verb`` a verb of gathering with protesters as its subject, or a crowd's gathering with a
        cue of protest, and nothing gathered ("thousands of protesters gathered outside the police
        headquarters")?"""
        words = self.lexicon.word_sets
        if phrase not in words["assembly_verbs"] or any(c.dep_ in _GATHERED_DEPS for c in kids):
            return False
        protesters = words["protest_agents"]
        for head in (self.counted(c) for c in kids if c.dep_ == "nsubj"):  # "thousands of protesters"
            if head.lemma_.lower() in protesters or head.lower_ in protesters:
                return True
        return self.crowd_gathering(verb, phrase)  # "thousands of people gathered ... with slogans"
