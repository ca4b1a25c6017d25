"""Verbal relations: a verb's objects by voice, light verbs, idioms, control complements, harm verbs' victims."""

from __future__ import annotations

from ..actors.mentions import is_generic_actor
from ..quality import edge_words
from ..syntax import ANY_SUBJECT_DEPS, DIRECT_OBJECT_DEPS, FINITE_TAGS, is_mandative, prepositional_objects
from ..types import Argument
from .clauses import _REL_PRONOUNS
from .output import _BASE, _INHERITED_PENALTY, _PREP_OBJECT_PENALTY
from .verb_parts import VerbPartRules

__all__ = ["VerbRules"]

# Prepositions that introduce a verb's target when it has no direct object.
# "on" is left out: "wrote on Twitter", "spoke on the phone".
_VERB_OBJ_PREPS = frozenset({"against", "at", "into", "with", "targeting", "toward", "towards"})
# A relative or interrogative word: a preposition fronted with one is the verb's own ("with which they agreed").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# "be" is a copula; "say" takes a clause, and its "object" is a parse error.
_NOT_PREDICATES = frozenset({"be", "say"})
# A verb without one of these children has no object to relate a subject to.
_OBJECT_BEARING_DEPS = frozenset({"dobj", "obj", "nsubjpass", "agent", "prep"})
# States a "leave" puts its victims in ("left six soldiers dead").
_COMPLEMENT_STOP = frozenset({"advcl", "punct", "conj", "cc", "parataxis"})
# Nouns for people that the actor dictionaries give no role: harm verbs' victims ("killed another person").
_PERSON_NOUNS = frozenset({"person", "individual", "bystander", "pedestrian", "relative", "family", "baby",
                           "infant", "toddler", "teenager", "adult", "neighbour", "neighbor", "friend"})


class VerbRules(VerbPartRules):
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
        deps = {c.dep_ for c in kids}
        frames = self.verb_frames(lemma)
        if (deps.isdisjoint(_OBJECT_BEARING_DEPS) and "pair" not in frames
                and lemma not in self.lexicon.word_sets["one_place_events"] and not self.passive_conjunct(verb)
                and lemma not in self.lexicon.word_sets["control_events"] and not self.reduced_participle(verb)
                and not ("conj" in deps and self.shared_objects(verb, kids)) and not self.lost_clause(verb)):
            return  # nothing could be an object ("Kenya and Ethiopia met" has a pair): skip the subject search
        prt = next((c for c in kids if c.dep_ == "prt"), None)
        phrase = self.verdict_phrase(verb, f"{lemma} {prt.lower_}" if prt is not None else lemma)  # "find guilty"
        sub_tokens, how = self.subjects(verb)
        obj_tokens = []
        kind = how.split("+")[0] if how != "none" else "active"
        penalty = _INHERITED_PENALTY if how.endswith("+inherited") else 0.0

        passive_objs = self.passive_objects(verb, kids, lemma, kind=kind) or self.lost_objects(verb, kind=kind)
        obj_tokens.extend(passive_objs or self.participle_patients(verb, kind=kind))
        dobjs = self.direct_objects(kids) or self.verdict_objects(verb) or (
            [] if passive_objs else self.shared_objects(verb, kids))
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
            if not patients:
                return
            sub_tokens, kind, obj_tokens, dobjs = [], "implicit", patients, []
            subjects, nominal = [self.unspecified(verb)], False
        else:
            subjects, nominal = self.subject_arguments(sub_tokens)
        unnamed_agent = not subjects and how == "active" and self.unnamed_agent(sub_tokens, phrase)
        if unnamed_agent:  # "they killed the farmers", "they" unresolved: the actor acted on is named
            subjects, kind = [self.unspecified(sub_tokens[0])], "implicit"
        if not subjects:
            return
        base = _BASE["nominal"] if nominal else _BASE.get(kind, _BASE["active"])
        base -= penalty
        negated = self.negated(verb)

        # light verb + event noun: "carried out a series of strikes against Syria"
        if dobjs and phrase in self.lights and self.light_verb(
                verb, dobjs[0], sub_tokens, how, subjects, phrase=phrase, base=base, negated=negated):
            return
        # support verb + event noun: "held talks with X", "imposed a ban on X", "A and B signed a deal"
        if dobjs and phrase in self.supports and kind == "active" and self.support_event(
                verb, dobjs[0], phrase, subjects, base=base, negated=negated):
            return

        phrase, dobjs, idiom = self.idiom_phrase(verb, phrase, dobjs)
        obj_tokens.extend(d for d in dobjs if d.lower_ not in self.dummies)
        complement = self.complement(verb) if lemma in self.controls else None
        obj_tokens, targets, complement, prep_penalty = self.objects_and_targets(
            verb, phrase, obj_tokens, complement, kind=kind)
        if not obj_tokens:
            self.objectless(verb, phrase, subjects, sub_tokens, kind=kind, how=how, negated=negated, base=base)
            return
        predicate = self.predicate(verb, phrase, last=idiom)
        against = self.against_predicate(verb, phrase) if idiom is None else None
        # "an attack that left six soldiers dead" counts victims as "killed" does
        harm = lemma in self.harms or (lemma == "leave" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in self.lexicon.word_sets["harm_states"] for c in kids))
        # an actor noun's concept object must be a direct one, its subject not a guess
        allow_concepts = kind in ("cause", "implicit") or harm or self.concepts_may_relate(
            sub_tokens, lemma, actor=not prep_penalty and (how in ("active", "passive") or (
                how in ("active+inherited", "active+inherited+inherited")  # "started to tear down and vandalize"
                and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids))))
        # a target an actor named in its preposition may be a generic actor ("used tear gas against protesters")
        target_concepts = bool(targets) and how in ("active", "passive") and self.may_target(sub_tokens, lemma)
        # "a car bombing struck the Afghan parliament": an incident's outcome on an actor
        struck = lemma in self.outcomes and any(
            self.event_noun(t.lower_) or t.lemma_.lower() in self.incidents for t in sub_tokens)
        # "soldiers fired at protesters": an actor noun's event on an actor noun in a preposition
        prep_actors = bool(prep_penalty) and how == "active" and self.concepts_may_relate(sub_tokens, lemma)
        for tok in obj_tokens:
            if unnamed_agent and not self.is_actor(tok):
                continue
            objects = self.victims(tok) if harm else self.arguments(tok)
            concepts = allow_concepts or (
                (target_concepts and tok in targets) or struck or prep_actors) and self.is_actor(tok)
            if not objects and kind in ("active", "passive") and self.unnamed_person(tok, lemma, sub_tokens, subjects):
                objects, concepts = [self.unspecified(tok)], True  # "police arrested him": whom, unresolved
            # "A met with B", "A met B": one event in both directions
            mutual = kind == "active" and (
                ("with" in frames and tok.dep_ == "pobj" and tok.head.lower_ == "with")
                or ("object" in frames and tok.dep_ in DIRECT_OBJECT_DEPS))
            said = against[1] if against and tok.dep_ == "pobj" and tok.head.i == against[0].i else predicate
            for obj in objects:
                for subject in subjects:
                    self.emit_both(subject, said, obj, verb, mutual=mutual, negated=negated,
                                   confidence=base - prep_penalty, complement=complement, allow_concepts=concepts)
        if "with" in frames and kind == "active" and not prep_penalty:
            # "discussed the budget with Merkel": the partner beside the object, when named
            self.partners_beside(verb, predicate, subjects, negated=negated, confidence=base - _PREP_OBJECT_PENALTY)

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

    def direct_objects(self, kids) -> list:
        """A verb's direct objects; a second one set off by a comma after the first is no object of the
        verb but a misparse ("shot shoppers at a store, with the toll rising to 22, reported officials":
        the speakers of an inverted attribution). A verb has one direct object; a second is a conjunct."""
        dobjs = [c for c in kids if c.dep_ in DIRECT_OBJECT_DEPS]
        doc = self.doc
        return [d for n, d in enumerate(dobjs)
                if (n == 0 or d.left_edge.i == 0 or doc[d.left_edge.i - 1].text != ",") and not self.opens_clause(d)]

    def opens_clause(self, obj) -> bool:
        """Is the noun ``obj`` the subject of the finite clause right after it, misread as the verb's object
        ("a statement announcing the break had been contained", "found the money is gone")? So it is when the
        next word is a finite auxiliary or a present-tense verb or modal of a clause with no subject of its
        own, which the parser hung elsewhere; "said the plan had failed" parsed with "plan" as the subject is
        no object at all, and a relative clause on the noun ("the men who had fled") is the noun's own. The
        noun must end its phrase: in "the preparation students ought to achieve" the clause's subject is
        inside the object's phrase, not the object."""
        doc = self.doc
        after = obj.i + 1
        if after >= len(doc) or obj.right_edge.i != obj.i or obj.head.pos_ not in ("VERB", "AUX"):
            return False
        word = doc[after]
        if word.dep_ in ("aux", "auxpass") and word.tag_ in FINITE_TAGS:
            clause = word.head
        elif word.tag_ in ("VBZ", "MD") and word.dep_ not in ("acl", "relcl", "aux", "auxpass"):
            clause = word  # not VBP: the tagger reads a bare form so ("ordered the accused remain")
        else:
            return False
        return clause.i > obj.i and clause.i != obj.head.i and not is_mandative(clause) and not any(
            c.dep_ in ANY_SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children)

    def objects_and_targets(self, verb, phrase: str, obj_tokens, complement, *, kind: str):
        """(object tokens, target tokens, complement, penalty) of a verb.

        A target in a preposition ("demanded an explanation from Russia",
        "apologized to Seoul") replaces objects that are things, which become
        the complement; with no object at all, the objects of the verb's
        prepositions are read (with a penalty).
        """
        prep_penalty = 0.0
        targets = self.prep_targets(verb, phrase, obj_tokens) if kind in ("active", "passive") else []
        if targets and (not obj_tokens or self.thing_objects(obj_tokens)):
            complement = complement or (self.phrase_text(obj_tokens[0]) if obj_tokens else None)
            obj_tokens = []
        if not obj_tokens:
            obj_tokens = self.prep_objects(verb) or self.addressees(verb)  # "called on Iran to ..."
            obj_tokens += [t for t in targets if t not in obj_tokens]
            prep_penalty = _PREP_OBJECT_PENALTY
        return obj_tokens, targets, complement, prep_penalty

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
        if not targets:
            # "conducted negotiations with Iran", "A and B launched talks": the noun's partners
            read = how == "active" and self.support_event(verb, event, phrase, subjects, base=base, negated=negated)
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

    def prep_objects(self, verb) -> list:
        """The objects of a verb's target prepositions ("fired at X", "out of X"); a phrase fronted before
        the clause's subject sets the scene and names no target ("At Vitoria, the corps consisted of ...",
        "With the vote over, the party ...")."""
        out = []
        first_subject = min((c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                            default=verb.i)
        for child in verb.children:
            if child.dep_ != "prep" or (child.i < first_subject and not any(
                    p.tag_ in _WH_TAGS for p in child.children)):  # "with which they agreed" is no scene
                continue
            if child.lower_ in _VERB_OBJ_PREPS:
                out.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.lower_ == "out":  # "out of"
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "of":
                        out.extend(p for p in grand.children if p.dep_ == "pobj")
        return out

    def concepts_may_relate(self, sub_tokens, lemma: str, *, actor: bool = True) -> bool:
        """May a concept subject relate to a concept object through ``lemma``?

        A harm verb may ("a mass stabbing killed three people"), and so may an
        actor noun in an event of the CAMEO map ("authorities arrested twelve
        people"); "the violence raised fears" may not.
        """
        if lemma in self.harms:
            return True  # whatever kills is worth the edge: "an IT worker ..., killing four"
        if not actor:
            return False
        for tok in sub_tokens:
            for member in self.members(tok):
                if member.lower_ in self.quantifiers:  # "thousands of protesters": the protesters
                    member = next(iter(prepositional_objects(member, ("of",))), member)
                if (member.lemma_.lower() in self.agent_nouns or member.lower_ in self.agent_nouns
                        or is_generic_actor(member, lexicon=self.lexicon)):  # "a Kenyan court"
                    return self.lexicon.cameo.event_of(lemma) is not None
        return False

    def victims(self, tok) -> list[Argument]:
        """The objects of a harm verb: people, places or bare numbers, not incidents.

        In "killed five and wounded 110, another attack ascribed to ..." the
        attack is no victim; in "killing animals" a noun that names no people is none either.
        """
        out = []
        for member in self.members(tok):
            args = self.member_arguments(member)
            if not args:
                count = self.count_argument(member)
                args = [count] if count is not None else []
            elif member.lemma_.lower() in self.incidents or self.event_noun(member.lower_):
                args = [a for a in args if not a.is_concept]
            elif not self.victim_like(member):
                args = [a for a in args if not a.is_concept or a.actor_code]  # "killing animals": no victims
            out.extend(args)
        return out

    def victim_like(self, tok) -> bool:
        """May the plain noun ``tok`` be harmed as a person is: named or resolved, counted, a title,
        or a noun for people of the actor dictionaries ("civilians", "farmers")? "killed animals",
        "injured his knee" name no victims."""
        lemma = tok.lemma_.lower()
        return self.patient_like(tok) or lemma in _PERSON_NOUNS or tok.lower_ in self.titles or lemma in self.titles

    def complement(self, verb) -> str | None:
        for child in verb.children:
            if child.dep_ == "xcomp" or (
                child.dep_ == "prep"
                and child.lower_ in ("of", "for")
                and any(g.dep_ == "pcomp" for g in child.children)
            ):
                end = child.i
                stack = [child]
                while stack:
                    node = stack.pop()
                    end = max(end, node.i)
                    stack.extend(g for g in node.children if g.dep_ not in _COMPLEMENT_STOP)
                text = self.doc[child.left_edge.i : end + 1].text
                return text.strip().strip("“”\"").strip() or None
        return None
