"""Violence with victims or a target and no agent in the clause (:class:`AgentlessViolenceRules`).

News reports much violence without naming who did it; event coders still code it, with the
victims or the place struck as the target and, as the source, the attacker the attack noun names
(or none: the one unspecified concept of :mod:`.implicit`).

- **Victims in an attack**: a verb of dying, killing or injuring with no agent ("Dozens died in
  the attack, reportedly conducted by the Taliban", "two were injured in the shelling") and an
  attack noun after "in" or "during" (``data/attack_nouns.txt``), its own or a coordinated
  casualty verb's ("two were killed and eight injured in a bombing") -> (attacker, attack noun,
  victims). The attacker is the noun's possessor, actor modifier or "by" agent ("an Israeli air
  strike", "conducted by the Taliban", also when the parser hangs that participle on the verb),
  else unspecified; a hearsay adverb on the participle ("reportedly conducted") or on a
  casualty verb ("Reportedly, two were killed and eight injured in a bombing") makes the
  relation claimed. The predicate is the noun, so the event is the noun's (bombing 183, air strike 195, shelling 194, attack 190). "died in a car crash" or
  "killed in a gas explosion" name no attack noun, and "a heart attack", "a shark attack" or
  "a ransomware attack" (``data/harmless_attack_words.txt``) are none.
- **A weapon struck something**: a striking verb (``data/striking_verbs.txt``) whose subject is a
  weapon or an attack noun (``data/weapon_nouns.txt``, ``data/attack_nouns.txt``) and whose object,
  or place after "near", "on" or "at", is a named or actor-coded argument, a place noun or a
  facility (``data/struck_facilities.txt``) -> (attacker, verb, target): "Seventeen rockets struck
  near the base", "the attacks struck the largest processing plant".
- **Struck by a weapon**: the passive of a striking verb whose agent is a weapon or an attack noun
  ("oil facilities were hit by multiple drone strikes") -> (attacker, verb, patient).

A named subject ("Shell hit record profits") is no weapon; a relation the other rules already read
at the same predicate is not read again.
"""

from __future__ import annotations

import dataclasses

from ..casualties import casualty_words
from ..syntax import PASSIVE_SUBJECT_DEPS
from ..types import Argument, Predicate
from .output import _BASE

__all__ = ["AgentlessViolenceRules"]

# Intransitive verbs of dying; the killing and injuring verbs come from the casualty words.
_DYING = frozenset({"die", "perish"})
_IN_ATTACK = frozenset({"in", "during"})
_STRUCK_AT = frozenset({"near", "on", "at", "into"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "ACTOR"})
_CONFIDENCE = _BASE["implicit"]


class AgentlessViolenceRules:
    """Victims of an attack, and what a weapon struck, when the clause names no attacker.

    Expects ``doc``, ``index``, ``lexicon``, ``out``, the argument, noun (``nominal_agents``,
    ``noun_predicate``, ``event_noun``), victim, implicit and output rules on the reader.
    """

    def agentless_violence(self, verb) -> None:
        """Read the three constructions at ``verb`` (one call per verb of the parse)."""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.word_sets["striking_verbs"]:
            self.weapon_struck(verb, lemma)
        elif lemma in _DYING or lemma in self._casualty_verbs():
            self.victims_of_attack(verb, lemma)

    def read_at(self, verb) -> bool:
        """Did the other rules read a relation at ``verb`` ("was killed" spans the auxiliary)?"""
        return any(r.predicate.start <= verb.idx < r.predicate.end for r in self.out)

    def _casualty_verbs(self) -> frozenset[str]:
        words = casualty_words(self.lexicon)
        return words.kill | words.injure

    # -- victims in an attack -------------------------------------------------------------------

    def attack_noun(self, tok) -> Predicate | None:
        """The predicate of an attack noun at ``tok`` ("the attack", "an Israeli air strike"), or None."""
        if tok.pos_ not in ("NOUN", "PROPN") or self.index.mention_at(tok.i) is not None:
            return None
        attacks = self.lexicon.word_sets["attack_nouns"]
        harmless = self.lexicon.word_sets["harmless_attack_words"]
        if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in harmless for c in tok.children):
            return None  # "a heart attack", "a shark attack", "a ransomware attack", "a verbal attack"
        lemma = tok.lemma_.lower()
        predicate = self.noun_predicate(tok, lemma)  # "suicide bombing", "air strike": the compound's
        if lemma not in attacks and predicate.lemma not in attacks:
            return None
        return predicate if self.lexicon.cameo.event_of(predicate.lemma) is not None else None

    def victims_of_attack(self, verb, lemma: str) -> None:
        """(attacker or unspecified, attack noun, victims) for "died/were killed in the attack"."""
        kids = list(verb.children)
        if any(c.dep_ in ("agent", "dobj", "obj") for c in kids) or self.read_at(verb):
            return  # "killed by X", "killed ten", "killed in an Israeli airstrike": the other rules read it
        deps = {"nsubj"} if lemma in _DYING else set(PASSIVE_SUBJECT_DEPS)
        victims = [c for c in kids if c.dep_ in deps]
        if not victims or (lemma not in _DYING and verb.tag_ != "VBN"):
            return
        # "two were killed and eight injured in a bombing": coordinated casualty verbs share the attack
        casualty = _DYING | self._casualty_verbs()
        holders = [verb] + [c for c in kids if c.dep_ == "conj" and c.lemma_.lower() in casualty]
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in casualty:
            holders.append(verb.head)
        for prep in (c for holder in holders for c in holder.children):
            if prep.dep_ != "prep" or prep.lower_ not in _IN_ATTACK:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                predicate = self.attack_noun(noun)
                if predicate is None:
                    continue
                targets = [a for v in victims for a in self.attack_victims(v)]
                if targets:
                    self.emit_attack(noun, predicate, targets, self.trailing_participle(verb, noun),
                                     hearsay=self.hearsay(holders))
                return

    def attack_victims(self, tok) -> list[Argument]:
        """The victims a subject names: people, named or counted ("Dozens", "at least 20", "five soldiers")."""
        vague = self.lexicon.word_sets["vague_amounts"]
        out = []
        for member in self.members(tok):
            if member.lower_ in _EXCLUDED_SUBJECTS:
                continue
            args = self.member_arguments(member)
            if not args:
                count = self.count_argument(member)
                if count is None and member.lower_ in vague:
                    count = Argument(key=f"concept:{member.lower_}", label=member.lower_, type="CONCEPT",
                                     text=member.text, start=member.idx, end=member.idx + len(member.text))
                args = [count] if count is not None else []
            elif not (self.victim_like(member) or member.lower_ in vague):
                args = [a for a in args if not a.is_concept or a.actor_code]
            out.extend(args)
        return out

    def trailing_participle(self, verb, noun):
        """A light participle set off right after the attack noun that the parser hung on the verb:
        "died in the attack, reportedly conducted by the Taliban" (the attack was conducted)."""
        for c in verb.children:
            if (c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i and self.light_participle(c)
                    and all(t.is_punct for t in self.doc[noun.right_edge.i + 1 : c.left_edge.i])):
                return c
        return None

    def hearsay(self, verbs) -> str | None:
        """The hearsay adverb on one of the casualty verbs ("Reportedly, two were killed and eight
        injured in a bombing"): it scopes over the coordinated clauses and the attack in them."""
        claimed = self.lexicon.word_sets["modality_claimed"]
        return next((c.lower_ for v in verbs for c in v.children if c.dep_ == "advmod" and c.lower_ in claimed), None)

    def emit_attack(self, noun, predicate: Predicate, targets, participle=None, *, hearsay=None) -> None:
        agents = list(self.nominal_agents(noun))
        cue = hearsay
        if participle is not None:
            agents += [p for c in participle.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            cue = cue or self.hearsay([participle])
        sources = [a for tok in agents for m in self.members(tok) for a in self.arguments(m)]
        sources = sources or [self.unspecified(noun)]
        for source in sources:
            for target in targets:
                n = len(self.out)
                self.emit(source, predicate, target, noun, negated=False, confidence=_CONFIDENCE,
                          allow_concepts=True)
                if cue is not None and len(self.out) > n:  # "reportedly conducted by X": X's attack is claimed
                    self.out[-1] = dataclasses.replace(self.out[-1], modality="claimed", modality_cue=cue)

    # -- weapons that struck --------------------------------------------------------------------

    def weapon(self, tok) -> bool:
        """Is ``tok`` a weapon or an attack noun, not a name ("rockets", "drone strikes", not "Shell")?"""
        if tok.pos_ != "NOUN" or self.index.mention_at(tok.i) is not None:
            return False
        lemma = tok.lemma_.lower()
        return lemma in self.lexicon.word_sets["weapon_nouns"] or self.attack_noun(tok) is not None

    def weapon_struck(self, verb, lemma: str) -> None:
        """(attacker or unspecified, verb, target) for "rockets struck X" and "X was hit by drone strikes"."""
        if self.read_at(verb):
            return  # the verb rules read it
        kids = list(verb.children)
        agent = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agent:
            if not self.weapon(agent[0]):
                return
            weapons, struck = agent, [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        else:
            subjects = [c for c in kids if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "conj":  # "the attacks occurred at 4 a.m. and struck X"
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            weapons = [c for c in subjects if self.weapon(c)]
            if not weapons:
                return
            struck = [c for c in kids if c.dep_ in ("dobj", "obj")]
            if not struck:
                struck = [p for c in kids if c.dep_ == "prep" and c.lower_ in _STRUCK_AT
                          for p in c.children if p.dep_ == "pobj"]
        targets = [a for tok in struck for m in self.members(tok) if self.struck_thing(m)
                   for a in self.member_arguments(m)]
        if not targets:
            return
        sources = [a for w in weapons for tok in self.nominal_agents(w) for m in self.members(tok)
                   for a in self.arguments(m)] or [self.unspecified(verb)]
        predicate = Predicate(lemma=lemma, text=verb.text, start=verb.idx, end=verb.idx + len(verb.text))
        for source in sources:
            for target in targets:
                self.emit(source, predicate, target, verb, negated=False, confidence=_CONFIDENCE,
                          allow_concepts=True)

    def struck_thing(self, tok) -> bool:
        """May a weapon strike ``tok`` as an event's target: a name, an actor, a place or a facility?"""
        mention = self.index.mention_at(tok.i)
        if mention is not None:
            return any(a.type in _NAMED or a.actor_code for a in self.member_arguments(tok))
        lemma = tok.lemma_.lower()
        words = self.lexicon.word_sets
        return (lemma in words["struck_facilities"] or lemma in self.places or self.victim_like(tok)
                or self.owner_modified(tok))


# Subjects that name no victims: "it died in the attack" is too vague to code, and relative
# pronouns are read through the clause's head by the argument rules.
_EXCLUDED_SUBJECTS = frozenset({"it", "this", "that", "which", "there"})
