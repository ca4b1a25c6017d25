"""Passives that keep an object, whose "by" phrase the parser hangs on that object: the one who imposed a penalty.

"X was given a two-year ban by the federation", "was handed a suspension by UEFA", "Microsoft was fined 500
million euros by the European Commission": the parser reads the "by" phrase as the retained object's
("a ban by the federation"), not as the passive's agent, so the verb rules see no agent and the penalty
falls to the one unnamed source. Read here, on the verb, when the verb is passive, has no agent of its own
and its direct object carries the "by" phrase:

- a verb of giving (give, hand, issue) whose object is a penalty of ``data/retained_penalties.txt``
  ("sentence", "fine", "ban", "suspension"): (agent, penalty, passive subject), an administrative
  sanction (172; CAMEO's "* FINE", "* BAN"), a detention sentence ("a prison sentence") an arrest (173, as
  :mod:`.sentences` codes one given);
- a verb whose own event is one of coercion (root 17: "fine", "sentence", "ban") with any retained object
  ("fined 500 million euros by X"), or with the "by" phrase read as a plain preposition on the verb or on
  its other phrase ("was banned for two years by FIFA"): (agent, verb, passive subject), the verb's event.

And "the newspaper was ordered closed by the regulator": a passive verb of command
(``data/closure_words.tsv`` kind ``command``) with an object predicate of closing (kind ``closing``) and a
"by" phrase on either is (agent, order, passive subject), 172 (CAMEO's "* UNIVERSITIES TO_CLOSE [172]  #
ORDER").

Both sides must be actors (a name, or a noun the actor tables code). An award, a prize or a grant given
("was given an award by the academy") is no penalty. A relation of the same verb with the unnamed source
and the same target is replaced; the penalty noun is not read again as an event noun.
"""

from __future__ import annotations

import dataclasses

from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import passive_agents, prepositional_objects
from .implicit import UNSPECIFIED_KEY
from .output import _BASE
from .sentences import detention_noun

__all__ = ["DisplacedAgentRules"]

_GIVING_VERBS = frozenset({"give", "hand", "issue", "impose", "slap"})
_SANCTION = "172"
_DETENTION = "173"
_COERCE_ROOT = "17"
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_CLOSURE_TABLE = "closure_words"


class DisplacedAgentRules:
    """Penalties imposed in a passive with a retained object. Expects the argument, event noun
    (``actor_arguments``, ``emit_noun``, ``noun_predicate``), clause (``predicate``, ``negated``) and output
    rules, ``lexicon``, ``out`` and ``displaced_nouns`` on the reader."""

    def displaced_agent(self, verb) -> bool:
        """(agent, penalty, passive subject) of a passive whose "by" phrase hangs on its object; whether read."""
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            return False
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not patients:
            return False
        if self.ordered_closed(verb, patients):
            return True
        lemma = verb.lemma_.lower()
        for obj in (c for c in verb.children if c.dep_ in _OBJECT_DEPS):
            agents = prepositional_objects(obj, ("by",))
            if lemma in _GIVING_VERBS and obj.lemma_.lower() in self.lexicon.word_sets["retained_penalties"]:
                agents = agents or passive_agents(verb)  # "was handed a suspension by UEFA"
                if not agents:
                    continue
                words = self.lexicon.word_sets["detention_words"]
                code = _DETENTION if detention_noun(obj, words) else _SANCTION
                predicate = self.noun_predicate(obj, obj.lemma_.lower())
                return self.imposed(verb, obj, predicate, code, agents, patients)
            event = self.lexicon.cameo.event_of(lemma)
            if agents and not passive_agents(verb) and event is not None and event.root == _COERCE_ROOT:
                return self.imposed(verb, obj, self.predicate(verb, lemma), event.code, agents, patients)
        return self.stray_agent(verb, lemma, patients)

    def stray_agent(self, verb, lemma: str, patients) -> bool:
        """(agent, verb, patient) of a coercive passive whose "by" phrase the parser read as a plain preposition,
        on the verb or on its other phrase: "was banned for two years by FIFA"; whether read."""
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or event.root != _COERCE_ROOT or passive_agents(verb):
            return False
        agents = prepositional_objects(verb, ("by",))
        if not agents:
            agents = [a for p in verb.children if p.dep_ == "prep" and p.lower_ != "by"
                      for o in p.children if o.dep_ == "pobj" for a in prepositional_objects(o, ("by",))]
        return bool(agents) and self.imposed(verb, verb, self.predicate(verb, lemma), event.code, agents, patients)

    def ordered_closed(self, verb, patients) -> bool:
        """(agent, order, patient) of "X was ordered closed by the regulator"; whether read."""
        table = self.lexicon.tables[_CLOSURE_TABLE]
        kinds = table.get(verb.lemma_.lower())
        if kinds is None or "command" not in kinds[0].split():
            return False
        for closed in (c for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp")):
            closing = table.get(closed.lemma_.lower())
            if closing is None or "closing" not in closing[0].split():
                continue
            agents = passive_agents(closed) or passive_agents(verb)
            if agents:
                return self.imposed(verb, closed, self.predicate(verb, verb.lemma_.lower()), _SANCTION, agents,
                                    patients)
        return False

    def imposed(self, verb, tok, predicate, code: str, agents, patients) -> bool:
        """Emit (agent, predicate, patient) with the event of ``code``; drop the same event's unnamed source."""
        sources = self.actor_arguments(agents)
        targets = self.actor_arguments(patients)
        if not sources or not targets:
            return False
        try:
            event = event_for_code(code, self.lexicon.cameo.labels)
        except EventMapError:
            return False
        keys = {t.key for t in targets}
        first, last = min(self.predicate(verb, verb.lemma_.lower()).start, predicate.start), max(tok.idx + len(tok.text), predicate.end)
        agents = {s.key for s in sources}
        self.out[:] = [r for r in self.out if not self.replaced(r, keys, agents, predicate, (first, last))]
        negated = self.negated(verb)
        before = len(self.out)
        for source in sources:
            for target in targets:
                self.emit(source, predicate, target, tok, negated=negated, confidence=_BASE["nominal"],
                          allow_concepts=True)
        self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
        self.displaced_nouns.add(tok.i)
        return len(self.out) > before

    @staticmethod
    def replaced(rel, targets, agents, predicate, span) -> bool:
        """Does ``rel`` say the same penalty less well: the unnamed source on one of the targets, or the agent
        with the giving verb ("was handed a suspension by UEFA": (UEFA, hand, X))? The same reading is kept."""
        if rel.object.key not in targets or not span[0] <= rel.predicate.start < span[1]:
            return False
        same = (rel.predicate.lemma, rel.predicate.start) == (predicate.lemma, predicate.start)
        return rel.subject.key == UNSPECIFIED_KEY or (rel.subject.key in agents and not same)
