"""Nominal events: event nouns and their agents and targets ("the bombardment by Damascus of Idlib")."""

from __future__ import annotations

import functools

from ..lexicon import Lexicon, get_lexicon
from ..syntax import prepositional_objects
from ..types import Argument, Predicate
from .event_nouns import EventNounRules
from .noun_frames import NounFrameRules
from .output import _BASE

__all__ = ["NounRules", "event_lemma"]

# Prepositions that introduce the target of a nominal event.
_NOUN_OBJ_PREPS = frozenset({"of", "on", "against", "upon", "targeting", "into"})
# Prepositions of an act done on someone's request: "at the request of X", "upon X's invitation".
_PROMPT_PREPS = frozenset({"at", "upon", "on"})
# The modality cue lists whose verb, governing an event noun, does not say it happened ("denied the shelling").
_UNASSERTING = ("modality_intended", "modality_hypothetical", "modality_negated", "modality_claimed")
# Prefixes of a stance: a modifier so written names what an event is for or against, not its agent.
_STANCE_PREFIXES = ("pro", "anti")
# CAMEO roots of the answers to an appeal: yield (08) and reject (12).
_ANSWER_ROOTS = frozenset({"08", "12"})


@functools.lru_cache(maxsize=8)
def _nominalisations(lexicon: Lexicon) -> dict[str, str]:
    """Event noun -> the verb lemma it stands for (``data/nominalisations.tsv``)."""
    return {noun: cells[0] for noun, cells in lexicon.tables["nominalisations"].items()}


def _light_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs whose object noun becomes the relation's predicate ("carried out strikes")."""
    return lexicon.keys_where("light_verbs", "reads", "relation", "both")


def event_lemma(word: str, *, lexicon: Lexicon | None = None) -> str | None:
    """Return the verb lemma an event noun stands for, or None.

    Examples
    --------
    >>> event_lemma("bombardment"), event_lemma("Airstrikes"), event_lemma("table")
    ('bomb', 'strike', None)
    """
    return _event_lemma(word, lexicon or get_lexicon())


@functools.lru_cache(maxsize=8192)
def _event_lemma(word: str, lexicon: Lexicon) -> str | None:
    table = _nominalisations(lexicon)
    folded = word.casefold()
    if folded in table:
        return table[folded]
    for suffix in ("s", "es"):
        if folded.endswith(suffix) and folded[: -len(suffix)] in table:
            return table[folded[: -len(suffix)]]
    return None


class NounRules(NounFrameRules, EventNounRules):
    """Event nouns: their agents and targets, and an event noun as a clause's subject.

    Two concepts may be related when both are actors and the noun has a CAMEO
    event ("the killing of two protesters by Iraqi security forces").

    Expects ``index``, ``lexicon``, the argument, target (``is_actor``) and
    output rules and the word set ``incidents`` on the reader.
    """

    def event_noun(self, word: str) -> str | None:
        """The verb lemma an event noun stands for, in the reader's lexicon."""
        return _event_lemma(word, self.lexicon)

    def nominal_agents(self, noun) -> list:
        """The agents of an event noun: "by X", "X's", "Israeli/US strikes"."""
        agents = []
        for child in noun.children:
            if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "from" and self.verbal_noun(noun))):
                # "opposition from France and Germany": who voices it ("attacks from Gaza" name a place)
                agents.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "poss" and self.index.mention_at(child.i):
                agents.append(child)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and self.light_participle(child):
                # "the attack, reportedly conducted by the Taliban": the light verb's agent is the noun's
                agents.extend(p for c in child.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                # "Israeli strikes", "US strikes": a nationality or an actor, not a
                # place ("the Idlib bombardment" is where, not who)
                m = self.index.mention_at(child.i)
                if m is not None and m.token_end <= noun.i and self.actor_modifier(m):
                    agents.append(child)
        return agents

    def light_participle(self, verb) -> bool:
        """Is ``verb`` a light verb ("conducted", "carried out") whose phrase is in the light verbs?"""
        prt = next((c for c in verb.children if c.dep_ == "prt"), None)
        lemma = verb.lemma_.lower()
        return (f"{lemma} {prt.lower_}" if prt is not None else lemma) in self.lights

    def stance(self, i: int) -> bool:
        """Does the mention starting at token ``i`` carry a stance prefix ("pro-Democracy", "anti-Russian")?"""
        doc = self.doc
        first = doc[i].lower_
        if first in _STANCE_PREFIXES or first.startswith(tuple(f"{p}-" for p in _STANCE_PREFIXES)):
            return True
        return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _STANCE_PREFIXES

    def verbal_noun(self, noun) -> bool:
        """Does an event noun name a verbal event (support, opposition, criticism), not a material one?"""
        lemma = self.event_noun(noun.lower_)
        event = self.lexicon.cameo.event_of(lemma) if lemma is not None else None
        return event is not None and event.quad_class.startswith("verbal")

    def actor_modifier(self, mention) -> bool:
        if self.stance(mention.token_start):
            return False  # "pro-Democracy protests", "anti-Russian protests": a stance, not who protests
        entity = self.index[mention.key]
        if entity.type in ("PERSON", "ORG", "NORP"):
            return True
        return entity.type == "GPE" and self.lexicon.countries.country_of(entity.label) == entity.label

    def nominal_roles(self, noun) -> tuple[list, list]:
        """(agent tokens, target tokens) of an event noun, coordination expanded.

        The parser often hangs "of Idlib and neighbouring areas" on the last
        agent ("by Damascus and Russia of Idlib"); then whatever is
        coordinated after that preposition belongs to the target.
        """
        agents = [m for a in self.nominal_agents(noun) for m in self.members(a)]
        if not agents:
            return self.late_agent(noun)
        targets = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in _NOUN_OBJ_PREPS:
                for p in child.children:
                    if p.dep_ == "pobj":
                        targets.extend(self.members(p))
        if not targets:
            for agent in list(agents):
                for child in agent.children:
                    if child.dep_ == "prep" and child.lower_ in _NOUN_OBJ_PREPS:
                        for p in child.children:
                            if p.dep_ == "pobj":
                                targets.extend(self.members(p))
                        moved = [a for a in agents if a.i > child.i]
                        targets.extend(moved)
                        agents = [a for a in agents if a.i < child.i]
        if not targets:
            # "opposition to the plan", "Putin's visit to China": "to" when nothing else names the target
            targets = [m for p in prepositional_objects(noun, ("to",)) for m in self.members(p)]
        return agents, targets

    def light_targets(self, noun, verb) -> list:
        """The target tokens of light verb ``verb``'s event noun ("carried out strikes on Idlib").

        A preposition of ``_NOUN_OBJ_PREPS`` other than "of" on the noun names
        it; failing that, for a verbal event, "to" does, as it does for a
        nominal's own target, on the noun or on the verb as the parser hangs
        it ("made a visit to China", "made a request to the council"). A
        material event's "to" is a direction ("launched an attack to the north").
        """
        targets = prepositional_objects(noun, _NOUN_OBJ_PREPS - {"of"})
        if targets or not self.verbal_event(noun):
            return targets
        return prepositional_objects(noun, ("to",)) or prepositional_objects(verb, ("to",))

    def verbal_event(self, noun) -> bool:
        """Is ``noun`` an event noun whose CAMEO event is verbal ("visit", "request"), not material?"""
        lemma = self.event_noun(noun.lower_) or self.event_noun(noun.lemma_)
        event = self.lexicon.cameo.event_of(lemma) if lemma is not None else None
        return event is not None and event.quad_class.startswith("verbal")

    def late_agent(self, noun) -> tuple[list, list]:
        """(agents, targets) when the parser hangs "by X" on the target: "the arrest of Y by police".

        Only an actor after "by" is an agent ("the killing of a man by the river" names a place).
        """
        for pobj in prepositional_objects(noun, ("of",)):
            agents = [m for p in prepositional_objects(pobj, ("by",)) if self.is_actor(p) for m in self.members(p)]
            if agents:
                return agents, self.members(pobj)
        return [], []

    def actor_event(self, lemma: str, agents, targets) -> bool:
        """May an event noun relate two concepts: a typed event between actors ("the arrest of
        protesters by Egyptian police")?"""
        return (self.lexicon.cameo.event_of(lemma) is not None and any(self.is_actor(a) for a in agents)
                and any(self.is_actor(t) for t in targets))

    def voiced_noun(self, noun, lemma: str, agents) -> None:
        """A verbal conflict noun whose agent a "from" or "by" phrase names, and no target.

        "The plan drew criticism from France" -> (France, criticise,
        unspecified): who voiced it is said, against whom is not. A possessive
        or an adjective is no such agent ("Russia's support" may be the support
        Russia gets).
        """
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or event.quad_class != "verbal conflict" or not self.verbal_noun(noun):
            return  # "requested support from other departments": what is asked of them, not what they voice
        voiced = [a for a in agents if a.head.dep_ == "prep" and a.head.lower_ in ("from", "by")
                  or a.dep_ == "conj" and any(h.dep_ == "prep" and h.lower_ in ("from", "by") for h in a.ancestors)]
        sources = [s for s in map(self.argument, voiced) if s is not None and (not s.is_concept or self.is_actor_arg(s, voiced))]
        if not sources:
            return
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        target = self.unspecified(noun)
        for source in sources:
            self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"] - _BASE["active"]
                      + _BASE["implicit"], allow_concepts=True)

    def is_actor_arg(self, argument, tokens) -> bool:
        """Is the concept ``argument`` (read from one of ``tokens``) an actor ("from rights groups")?"""
        return any(tok.idx == argument.start or argument.start <= tok.idx < argument.end
                   for tok in tokens if self.is_actor(tok))

    def subject_arguments(self, tokens) -> tuple[list[Argument], bool]:
        """Arguments of subject tokens; an event noun stands for its agents."""
        args, nominal = [], False
        for tok in tokens:
            for member in self.members(tok):
                if self.index.mention_at(member.i) is None and (
                        self.event_noun(member.lower_) or member.lemma_.lower() in self.incidents):
                    agents, _targets = self.nominal_roles(member)
                    if agents:
                        nominal = True
                        args.extend(a for a in map(self.argument, agents) if a is not None)
                        continue
                args.extend(self.member_arguments(member))
        return args, nominal

    def prompted(self, noun, lemma: str) -> bool:
        """An appeal the clause's subject acted on: "Y did so at the request of X" -> (X, request, Y).

        The noun's event must be verbal cooperation (a request, an invitation),
        its agent the "of" phrase or the possessive ("at X's invitation"), and
        the clause active with a subject: that subject is who was asked ("Y was
        freed at the request of X" does not say whom X asked). Returns whether
        the noun stands so, named agent or not.
        """
        prep = noun.head
        event = self.lexicon.cameo.event_of(lemma)
        if (noun.dep_ != "pobj" or prep.lower_ not in _PROMPT_PREPS or event is None
                or event.quad_class != "verbal cooperation"):
            return False
        agents = [m for c in noun.children if c.dep_ == "poss" for m in self.members(c)]
        agents += [m for p in prepositional_objects(noun, ("of",)) for m in self.members(p)]
        clause = prep.head
        if clause.pos_ not in ("VERB", "AUX") or not agents:
            return bool(agents)
        asked = [a for c in clause.children if c.dep_ == "nsubj" for a in self.arguments(c)]
        sources = [a for t in agents if (a := self.argument(t)) is not None and (not a.is_concept or self.is_actor(t))]
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        for source in sources:
            for target in asked:
                self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=True)
        return True

    def answered(self, noun, lemma: str) -> bool:
        """An appeal its addressee answered: "Germany rejected Ukraine's request" -> (Ukraine, request, Germany).

        The request was made, whatever the answer: the noun's event is verbal
        cooperation, it is the direct object of an active verb whose CAMEO root
        is yield or reject (``_ANSWER_ROOTS``), and its possessor or "by" phrase
        names who made it; the verb's subject is whom it was made to. Returns
        whether relations were emitted.
        """
        verb = noun.head
        event, answer = self.lexicon.cameo.event_of(lemma), self.lexicon.cameo.event_of(verb.lemma_.lower())
        if (noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or event is None or answer is None
                or event.quad_class != "verbal cooperation" or answer.root not in _ANSWER_ROOTS):
            return False
        agents = [m for c in noun.children if c.dep_ == "poss" for m in self.members(c)]
        agents += [m for p in prepositional_objects(noun, ("by",)) for m in self.members(p)]
        sources = [a for t in agents if (a := self.argument(t)) is not None and (not a.is_concept or self.is_actor(t))]
        asked = [a for c in verb.children if c.dep_ == "nsubj" for a in self.arguments(c)]
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        emitted = False
        for source in sources:
            for target in asked:
                self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=True)
                emitted = True
        return emitted

    def unasserted(self, noun) -> bool:
        """Does a verb of intending, hypothesis, negation or claim govern the event noun ("planned
        an invasion of X", "threatened an attack on X", "called for the arrest of X", "talks on
        the withdrawal of X", "cancelled the visit", "denied the shelling of X")? Then the
        sentence does not say it happened.

        The noun is the verb's direct object, or the object of a preposition
        after it whose pair is a cue ("talk on", ``data/modality_*.txt``) or is
        "for" after a cue verb ("called for", "pushed for").
        """
        sets = self.lexicon.word_sets
        cues = frozenset().union(*(sets.get(name, frozenset()) for name in _UNASSERTING))
        head = noun.head
        if noun.dep_ in ("dobj", "obj"):
            return head.lemma_.lower() in cues and head.pos_ in ("VERB", "AUX")
        if noun.dep_ != "pobj" or head.dep_ != "prep":
            return False
        word, prep = head.head.lemma_.lower(), head.lower_
        return f"{word} {prep}" in cues or (prep == "for" and word in cues and head.head.pos_ == "VERB")

    def noun(self, noun, lemma: str):
        if self.unasserted(noun):
            return  # "planned an invasion of X": not said to have happened
        if self.prompted(noun, lemma) or self.answered(noun, lemma):
            return  # "at the request of X": X asked the clause's subject; "rejected X's request": X asked
        if self.possessed_event(noun):
            return  # "his arrest": done to him, by someone unnamed
        if self.labour_noun(noun, lemma):
            return  # "a strike by workers against the company": a labour strike, no force
        if (self.between(noun, lemma) or self.patient_frame(noun, lemma) or self.traveller_of(noun, lemma)
                or self.joined_event(noun, lemma) or self.voiced_by_clause(noun, lemma) or self.struck_by(noun, lemma)
                or self.opened_event(noun, lemma)):
            return  # "talks between Kenya and Ethiopia"; "X was the target of an attack"; "joined the protests"
        agents, objects = self.nominal_roles(noun)
        if agents and not objects:
            self.voiced_noun(noun, lemma, agents)  # "criticism from France": no target named
            self.one_sided_event(noun, lemma, agents, objects)  # "an attack by the Taliban"
            return
        if not agents or not objects:
            self.one_sided_noun(noun, lemma, agents)  # "the assassination of X": no agent named
            self.one_sided_event(noun, lemma, agents, objects)  # "drone strikes on X", "the shooting of protesters"
            return
        subjects = [a for a in map(self.argument, agents) if a is not None]
        targets = [o for o in map(self.argument, objects) if o is not None]
        predicate = self.noun_predicate(noun, lemma)
        allow_concepts = self.actor_event(lemma, agents, objects)
        for subject in subjects:
            for obj in targets:
                self.emit(subject, predicate, obj, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=allow_concepts)
