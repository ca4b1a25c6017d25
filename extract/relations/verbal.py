"""Verbal relations: a verb's objects by voice, light verbs, idioms, control complements, harm verbs' victims.

A verb's objects and targets are read in :mod:`extract.relations.verb_objects`, harm verbs' victims and
the concepts a verb may relate in :mod:`extract.relations.victims`.
"""

from __future__ import annotations

from ..quality import edge_words
from ..syntax import DIRECT_OBJECT_DEPS, FINITE_TAGS, prepositional_objects
from .clauses import _REL_PRONOUNS
from .output import _BASE, _INHERITED_PENALTY, _PREP_OBJECT_PENALTY
from .adverb_particles import adverb_particle
from .acknowledgements import owned_up
from .asked_clauses import asked_clause
from .clause_addressees import clause_addressees
from .declared_periods import declared_period
from .compound_subjects import CompoundRules
from .hidden_sides import after_relative_clause
from .mutual_acts import MutualActRules
from .territories import TerritoryRules
from .reports import reported_statement
from .patient_targets import patient_targets
from .proceeding import proceeding_noun
from .verb_objects import VerbObjectRules
from .verb_parts import VerbPartRules
from .victims import VictimRules

__all__ = ["VerbRules"]

# "be" is a copula; "say" takes a clause, and its "object" is a parse error (an official's "said"
# is a statement read by relations/said_statements.py).
_NOT_PREDICATES = frozenset({"be", "say"})
# A verb without one of these children has no object to relate a subject to.
_OBJECT_BEARING_DEPS = frozenset({"dobj", "obj", "nsubjpass", "agent", "prep"})


class VerbRules(VerbObjectRules, VictimRules, VerbPartRules, CompoundRules, MutualActRules, TerritoryRules):
    """The relations a verb states.

    Expects the argument, clause, nominal, partner, place and output rules
    and the word sets ``lights``, ``supports``, ``quantifiers``, ``idioms``,
    ``dummies``, ``controls``, ``harms``, ``outcomes``, ``incidents`` and ``agent_nouns``
    on the reader.
    """

    def verb(self, verb):
        lemma = verb.lemma_.lower()
        if lemma in _NOT_PREDICATES or verb.pos_ == "AUX" or self.inverted_attribution(verb):
            return
        kids = list(verb.children)
        frames = self.verb_frames(lemma)
        if not self.may_have_objects(verb, lemma, kids, frames):
            return  # nothing could be an object ("Kenya and Ethiopia met" has a pair): skip the subject search
        prt = next((c for c in kids if c.dep_ == "prt"), None) or adverb_particle(verb, lemma, self.lexicon)
        phrase = self.verdict_phrase(verb, f"{lemma} {prt.lower_}" if prt is not None else lemma)  # "find guilty"
        phrase = self.adjective_particle(verb, phrase)  # "set free two researchers" (multiword_verbs.py)
        sub_tokens, how = self.subjects(verb)
        obj_tokens = []
        kind = how.split("+")[0] if how != "none" else "active"
        penalty = _INHERITED_PENALTY if how.endswith("+inherited") else 0.0

        passive_objs = self.passive_objects(verb, kids, lemma, kind=kind) or self.lost_objects(verb, kind=kind)
        obj_tokens.extend(passive_objs or self.participle_patients(verb, kind=kind))
        dobjs = self.direct_objects(kids) or self.verdict_objects(verb) or self.resultative_objects(verb) or (
            [] if passive_objs else self.shared_objects(verb, kids))
        if not dobjs and not passive_objs:  # "declared tomorrow a day of mourning" (declared_periods.py)
            period = declared_period(verb, kids, self.lexicon.word_sets["declared_periods"])
            dobjs = [period] if period is not None else dobjs
        if verb.dep_ == "relcl" and dobjs and dobjs[0].lower_ in _REL_PRONOUNS:
            dobjs = [verb.head]
        if not sub_tokens and passive_objs:
            # "X has been killed in a US operation": no agent, but a cause
            cause = self.cause(verb)
            if cause is not None:
                sub_tokens, kind = [cause], "cause"
        if not sub_tokens:
            # "two suspects were arrested": the patient, and no one named as the agent
            patients = self.undergone(verb)  # "prisoners arrested in May", "after Y was stabbed"
            if not patients:  # "rockets were fired at Israel": the target (aimed_things.py)
                patients = self.aimed_targets(verb, phrase)
            if not patients:
                return
            sub_tokens, kind, obj_tokens, dobjs = [], "implicit", patients, []
            subjects, nominal = [self.unspecified(verb)], False
        else:
            subjects, nominal = self.subject_arguments(sub_tokens)
            # "X, who drew weapons, and Y": the clause says nothing of Y (hidden_sides.py)
            subjects = [s for s in subjects if not after_relative_clause(s, verb)]
        unnamed_agent = not subjects and how == "active" and self.unnamed_agent(sub_tokens, phrase)
        if unnamed_agent:  # "they killed the farmers", "they" unresolved: the actor acted on is named
            subjects, kind = [self.unspecified(sub_tokens[0])], "implicit"
        if not subjects:
            return
        base = _BASE["nominal"] if nominal else _BASE.get(kind, _BASE["active"])
        base -= penalty
        negated = self.negated(verb)

        if self.labour_stoppage(verb, phrase, dobjs, sub_tokens, subjects, how=how, base=base, negated=negated):
            return  # "teachers went on strike in Argentina", "doctors staged a strike" (labour_strikes.py)
        # light verb + event noun: "carried out a series of strikes against Syria"
        if dobjs and phrase in self.lights and self.light_verb(
                verb, dobjs[0], sub_tokens, how, subjects, phrase=phrase, base=base, negated=negated):
            return
        # a verb of going on with an event noun: "pressed ahead with talks with the EU" -> talk
        going = None if dobjs else proceeding_noun(verb, self.lexicon)
        if going is not None and (self.light_targets(going, verb) or self.verbal_event(going)) and self.light_verb(
                verb, going, sub_tokens, how, subjects, phrase=phrase, base=base, negated=negated):
            return
        # support verb + event noun: "held talks with X", "imposed a ban on X", "A and B signed a deal"
        if dobjs and phrase in self.supports and kind == "active" and self.support_event(
                verb, dobjs[0], phrase, subjects, base=base, negated=negated):
            return

        # "A and B restored diplomatic ties": a compound actor's pattern, one event both ways (the object stays)
        if dobjs and kind == "active":
            self.compound_pairs(verb, lemma, dobjs, subjects, phrase=phrase, base=base, negated=negated)
        phrase, dobjs, idiom = self.idiom_phrase(verb, phrase, dobjs)
        obj_tokens.extend(d for d in dobjs if d.lower_ not in self.dummies)
        complement = self.complement(verb) if lemma in self.controls else None
        obj_tokens, targets, complement, prep_penalty = self.objects_and_targets(
            verb, phrase, obj_tokens, complement, kind=kind)
        obj_tokens = [t for t in obj_tokens if not self.carried_signs(verb, phrase, t)]  # "gathered with slogans"
        listeners, outlets = self.without_outlets(phrase, obj_tokens)  # "told Reuters" (media_sourcing.py)
        if outlets and not listeners and self.told_outlet(verb, phrase, subjects, sub_tokens, how=how,
                                                          negated=negated, base=base):
            return
        obj_tokens = listeners or obj_tokens
        if not obj_tokens:
            self.objectless(verb, phrase, subjects, sub_tokens, kind=kind, how=how, negated=negated, base=base)
            return
        predicate = self.predicate(verb, phrase, last=idiom)
        gate = self.gate_lemma(verb, lemma, phrase, obj_tokens)  # "gunned down" as a whole (multiword_verbs.py)
        against = self.against_predicate(verb, phrase) if idiom is None else None
        # "an attack that left six soldiers dead" counts victims as "killed" does
        harm = self.counts_victims(lemma, kids)
        # an actor noun's concept object must be a direct one, its subject not a guess
        allow_concepts = kind in ("cause", "implicit") or harm or self.concepts_may_relate(
            sub_tokens, gate, verb=verb, actor=not prep_penalty and (how in ("active", "passive") or (
                how in ("active+inherited", "active+inherited+inherited")  # "started to tear down and vandalize"
                and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids))))
        # a target an actor named in its preposition may be a generic actor ("used tear gas against protesters")
        target_concepts = bool(targets) and how in ("active", "passive") and self.may_target(sub_tokens, gate)
        # "a car bombing struck the Afghan parliament": an incident's outcome on an actor
        struck = lemma in self.outcomes and any(
            self.event_noun(t.lower_) or t.lemma_.lower() in self.incidents for t in sub_tokens)
        # "soldiers fired at protesters": an actor noun's event on an actor noun in a preposition
        prep_actors = bool(prep_penalty) and how == "active" and self.concepts_may_relate(sub_tokens, gate)
        for tok in obj_tokens:
            if unnamed_agent and not self.is_actor(tok):
                continue
            objects = [o for o in (self.victims(tok) if harm else self.arguments(tok))
                       if not after_relative_clause(o, verb)]  # "X, who was arrested, and Y"
            concepts = allow_concepts or (
                (target_concepts and tok in targets) or struck or prep_actors) and self.is_actor(tok)
            # "the navy seized an Iranian tanker": a state body with no country, a coded object
            concepts = concepts or (how in ("active", "passive") and not prep_penalty
                                    and self.role_actor_allows(sub_tokens, gate, tok))
            # "the Saudi king received the US secretary of state": two generic actors (generic_pairs.py)
            concepts = concepts or (how == "active" and not prep_penalty and self.generic_pair_allows(sub_tokens, gate, tok))
            concepts = concepts or (how == "active" and self.territory_allows(verb, lemma, sub_tokens, tok))
            # "the court sentenced the former president": a role-coded agent noun, kept only if typed (agent_roles.py)
            concepts = concepts or (how in ("active", "passive") and self.agent_role_allows(sub_tokens, gate, tok))
            if not objects and kind in ("active", "passive") and self.unnamed_person(tok, lemma, sub_tokens, subjects):
                objects, concepts = [self.unspecified(tok)], True  # "police arrested him": whom, unresolved
            # "A met with B", "A met B": one event in both directions
            mutual = kind == "active" and (
                ("with" in frames and tok.dep_ == "pobj" and tok.head.lower_ == "with")
                or ("object" in frames and tok.dep_ in DIRECT_OBJECT_DEPS))
            emit = self.emit_fought if kind == "active" and self.fought_with(verb, tok) else self.emit_both  # fire
            said = against[1] if against and tok.dep_ == "pobj" and tok.head.i == against[0].i else predicate
            for obj in objects:
                for subject in subjects:
                    emit(subject, said, obj, verb, mutual=mutual, negated=negated,
                         confidence=base - prep_penalty, complement=complement, allow_concepts=concepts)
        if "with" in frames and kind == "active" and not prep_penalty:
            # "discussed the budget with Merkel": the partner beside the object, when named
            self.partners_beside(verb, predicate, subjects, negated=negated, confidence=base - _PREP_OBJECT_PENALTY)
        elif kind == "active" and not prep_penalty:  # "exchanged fire with X": X's fire too (mutual_acts.py)
            self.fire_partners(verb, predicate, subjects, negated=negated, confidence=base - _PREP_OBJECT_PENALTY)

    def may_have_objects(self, verb, lemma: str, kids, frames) -> bool:
        """May the verb have an object to relate its subject to: a child that could be one, a pair frame,
        a one-place or control event, or an object the parse lost or a conjunct shares?"""
        deps = {c.dep_ for c in kids}
        return not (deps.isdisjoint(_OBJECT_BEARING_DEPS) and "pair" not in frames
                    and lemma not in self.lexicon.word_sets["one_place_events"] and not self.passive_conjunct(verb)
                    and not reported_statement(verb, lemma, self.lexicon) and not owned_up(verb, lemma, self.lexicon)
                    and lemma not in self.lexicon.word_sets["control_events"] and not self.reduced_participle(verb)
                    and not ("conj" in deps and self.shared_objects(verb, kids)) and not self.lost_clause(verb)
                    and not ("ccomp" in deps and clause_addressees(verb, self.lexicon))  # "implored X to send"
                    and not ("ccomp" in deps and "dative" in deps)  # "told the AP four victims were ...": the listener
                    and not ("ccomp" in deps and asked_clause(verb, lemma, self.lexicon))  # "asked that X be freed"
                    and not ("npadvmod" in deps and declared_period(verb, kids, self.lexicon.word_sets["declared_periods"])))

    def counts_victims(self, lemma: str, kids) -> bool:
        """Does the verb count victims: a harm verb, or "leave" with a harm state ("an attack that left
        six soldiers dead" counts them as "killed" does)?"""
        return lemma in self.harms or (lemma == "leave" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in self.lexicon.word_sets["harm_states"]
            for c in kids))

    def inverted_attribution(self, verb) -> bool:
        """Is ``verb`` the verb of an inverted attribution closing the sentence, read as a second verb of
        the clause: "Rebels shot two soldiers near Kidal, reported officials." (the officials are the
        source, not what the rebels reported)? A verb of saying (``data/edge_doubts.tsv`` kind
        ``speech_form``) after a comma, with no coordinator, no subject and nothing after its one object
        but the sentence's end."""
        if verb.dep_ != "conj" or verb.lower_ not in edge_words().speech_forms:
            return False
        doc = self.doc
        if verb.i == 0 or doc[verb.i - 1].text != "," or any(
                c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
            return False
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ in DIRECT_OBJECT_DEPS]
        if len(objs) != 1 or any(c.dep_ not in DIRECT_OBJECT_DEPS and c.dep_ != "punct" for c in kids):
            return False
        end = objs[0].right_edge.i + 1
        return all(t.is_punct for t in doc[end : verb.sent.end])

    def objectless(self, verb, phrase: str, subjects, sub_tokens, *, kind: str, how: str, negated: bool,
                   base: float) -> None:
        """The relations of a verb with a subject and no object.

        A control verb's own event ("Turkey threatened to bomb Afrin"), a mutual
        event of a coordinated pair ("Kenya and Ethiopia met (in Nairobi)"; "A and
        B agreed that ..." share an opinion), where an intransitive event happened
        ("died in Aden"), else a one-place event ("Iran announced that ...").
        """
        lemma = verb.lemma_.lower()
        confidence = base - _PREP_OBJECT_PENALTY
        if self.control_event(verb, lemma, subjects, sub_tokens, how=how, negated=negated, confidence=confidence):
            return
        kids = list(verb.children)
        if "pair" in self.verb_frames(lemma) and kind == "active" and not any(c.dep_ == "ccomp" for c in kids):
            parties = self.parties(subjects)
            if parties:
                self.mutual_pairs(parties, self.predicate(verb, phrase), verb, negated=negated, confidence=base)
                return
        placed = self.place_event(verb, phrase, subjects, negated=negated, confidence=confidence)
        if not placed and self.one_place(verb, phrase, kids):
            self.one_place_event(verb, self.predicate(verb, phrase), subjects, sub_tokens, how=how,
                                 negated=negated, confidence=confidence)

    def light_verb(self, verb, event, sub_tokens, how: str, subjects, *, phrase: str, base: float,
                   negated: bool) -> bool:
        """Relations of a light verb's event noun: "carried out a series of strikes against Syria" -> strike.

        Returns whether ``event`` (the verb's first direct object) is an event noun, so that the
        verb's own reading is skipped.
        """
        if event.lower_ in self.quantifiers:
            event = next(iter(prepositional_objects(event, ("of",))), event)
        event_verb = self.event_noun(event.lower_) or self.event_noun(event.lemma_)
        if not event_verb:
            return False
        targets = self.light_targets(event, verb)
        if not targets and phrase in self.lexicon.keys_where("light_verbs", "reads", "both"):
            targets = patient_targets(event, event_verb, self.is_actor, self.lexicon)  # "launched an invasion of X"
        if not targets:
            # "conducted negotiations with Iran", "A and B launched talks": the noun's partners
            read = how == "active" and self.support_event(verb, event, phrase, subjects, base=base, negated=negated)
            read = read or self.targetless_light_event(verb, event, event_verb, sub_tokens, how, subjects,
                                                       phrase=phrase, base=base, negated=negated)  # "made arrests"
            # "made a request", "paid a visit" with no partner: the verb's own reading keeps the event
            return read or not self.verbal_event(event)
        predicate = self.predicate(verb, event_verb, last=event)
        allow_concepts = self.concepts_may_relate(sub_tokens, event_verb, actor=how in ("active", "passive"))
        for target in targets:
            for obj in self.arguments(target):
                for subject in subjects:
                    self.emit(subject, predicate, obj, verb, negated=negated,
                              confidence=base - (_BASE["active"] - _BASE["light"]),
                              allow_concepts=allow_concepts)
        return True
