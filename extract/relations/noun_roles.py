"""The sides of an event noun: its agents ("by X", "X's", "Israeli strikes") and targets ("of", "on",
"against"; "to" for a verbal event), including a light verb's event noun
(:class:`NounRoleRules`, mixed into :class:`extract.relations.nominal.NounRules`)."""

from __future__ import annotations

from ..syntax import prepositional_objects
from .hidden_sides import modifier_agents, possessed_patients
from .client_owners import client_owner
from .force_nouns import force_noun
from .pronoun_agents import pronoun_agent

__all__ = ["NounRoleRules"]

# Prepositions that introduce the target of a nominal event.
_NOUN_OBJ_PREPS = frozenset({"of", "on", "against", "upon", "targeting", "into"})
# Prefixes of a stance: a modifier so written names what an event is for or against, not its agent.
_STANCE_PREFIXES = ("pro", "anti")
# The CAMEO code of mediating, whose noun names its parties after "between".
_MEDIATE = "045"
#: Verbs whose participle's "by" agent did the act the noun names ("the attack, claimed by X").
_CLAIMS = "claim_participles"


class NounRoleRules:
    """Who does an event noun's event, and to whom.

    Expects ``doc``, ``index``, ``lexicon``, ``event_noun``, the argument and
    target (``is_actor``) rules and the word set ``lights`` on the reader.
    """

    def nominal_agents(self, noun) -> list:
        """The agents of an event noun: "by X", "X's", "Israeli/US strikes"."""
        agents = []
        for child in noun.children:
            if child.dep_ == "prep" and (child.lower_ == "by" or (child.lower_ == "from" and self.verbal_noun(noun))):
                # "opposition from France and Germany": who voices it ("attacks from Gaza" name a place)
                agents.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "from" and force_noun(noun, self.event_noun, self.lexicon):
                # "missile attacks from Azerbaijan", "fire from the rebels": an actor, not a place, attacks
                agents.extend(p for p in child.children if p.dep_ == "pobj" and self.force_source(p))
            elif child.dep_ == "poss" and (client := client_owner(noun, child, self.index, self.lexicon)) is not None:
                agents.append(client)  # "represented X in her lawsuit against Y": X's lawsuit
            elif child.dep_ == "poss" and (self.index.mention_at(child.i) or pronoun_agent(noun, child, self.index)):
                agents.append(child)  # "its capture of the town": a resolved pronoun with a patient phrase
            elif child.dep_ in ("acl", "relcl") and child.tag_ == "VBN" and (
                    self.light_participle(child) or child.lemma_.lower() in self.lexicon.word_sets[_CLAIMS]):
                # "the attack, reportedly conducted by the Taliban": the light verb's agent is the noun's; so is
                # the claimant of an act ("the attack, claimed by the Islamic State group", "which was claimed by")
                agents.extend(p for c in child.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                # "Israeli strikes", "US strikes": a nationality or an actor, not a
                # place ("the Idlib bombardment" is where, not who)
                m = self.index.mention_at(child.i)
                if m is not None and m.token_end <= noun.i and self.actor_modifier(m):
                    agents.append(child)
        # "the police killing of X": a common actor noun before an event noun with a target (hidden_sides.py)
        return agents or modifier_agents(noun, self.is_actor)

    def force_source(self, token) -> bool:
        """Is the object of "from" after a noun of force an actor that acts, not where it came from: a
        person, an organisation, a people, a country by its own name, or an actor noun ("from Azerbaijan",
        "from the rebels"; "from Gaza", "from the north" are places)?"""
        mention = self.index.mention_at(token.i)
        if mention is not None:
            return self.actor_modifier(mention)
        return token.pos_ == "NOUN" and self.is_actor(token)

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
        # "X's arrest by police": with a "by" agent the possessor is acted on (hidden_sides.py)
        patients = [m for p in possessed_patients(noun) for m in self.members(p)]
        agents = [a for a in agents if a not in patients]
        if not agents:
            return self.late_agent(noun)
        if patients:
            return agents, patients
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
        if not targets:
            # "Germany's support for Ukraine": a preposition the noun's table row names, an actor only
            targets = [m for p in prepositional_objects(noun, self.listed_target_preps(noun)) if self.is_actor(p)
                       for m in self.members(p)]
        if not targets and agents and self.mediating(noun):
            # "Egypt's mediation between Israel and Hamas": the mediator acts towards each party
            targets = [m for p in prepositional_objects(noun, ("between",)) for m in self.members(p)]
        return agents, targets

    def listed_target_preps(self, noun) -> tuple[str, ...]:
        """The prepositions ``data/nominalisations.tsv`` lists as naming the noun's undergoer ("support for")."""
        table = self.lexicon.tables["nominalisations"]
        row = table.get(noun.lower_) or table.get(noun.lemma_.lower())
        return tuple(row[1].split()) if row is not None else ()

    def mediating(self, noun) -> bool:
        """Is ``noun`` an event noun of mediating (CAMEO 045: "mediation"), whose parties follow "between"?"""
        lemma = self.event_noun(noun.lower_) or self.event_noun(noun.lemma_)
        event = self.lexicon.cameo.event_of(lemma) if lemma else None
        return event is not None and event.code == _MEDIATE

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
            return targets or self.verb_hung_targets(noun, verb)  # "carried out strikes on X" (multiword_verbs.py)
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
