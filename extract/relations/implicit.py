"""Events with one side unnamed: agentless passives, one-place events, agentless event nouns.

- An **agentless passive** ("three suspects were arrested", "the law was
  banned") names whom the event was done to, not who did it. When the verb
  has an event in the CAMEO map, the relation is (unspecified, verb,
  patient): the patient is the object, and the source is the one
  :data:`UNSPECIFIED_KEY` concept. No actor is guessed: "arrested" is not
  the police of the article's country.
- A **one-place event** ("protesters rallied", "Russia withdrew", "Iran
  announced that ...") names who acted and no one it was done to. When the
  verb has an event in the CAMEO map and its subject is a named actor or an
  actor noun ("police", "a Kenyan court"), the relation is (subject, verb,
  unspecified).
- A **personal pronoun object no one was resolved to** ("the officers shot
  him dead"): for a material event or a verbal conflict of an actor, the
  relation is (subject, verb, unspecified); an unresolved personal pronoun
  subject of a typed verb with an actor object ("they killed the farmers")
  gives (unspecified, verb, object).
- An **event noun of material conflict with no agent** and a named "of"
  argument: "the assassination of Robert Kennedy" -> (unspecified,
  assassinate, Robert Kennedy).

The unspecified side is a concept with an empty surface text at the
predicate; it carries no actor code, so event coders' "no source" or "no
target" reads from it. All such relations share the one concept
``concept:unspecified``; they stay in the extraction output (the records)
with their event type and a low confidence, and are no graph edges
(:mod:`extract.quality`): as edges they would join every unnamed side of
every article into one hub.
"""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECT_DEPS, prepositional_objects
from ..types import Argument, Predicate
from .output import _BASE
from .patient_targets import light_patient_noun
from .acknowledgements import owned_up
from .asked_clauses import asked_clause
from .reports import reported_statement

__all__ = ["ImplicitRules", "UNSPECIFIED_KEY", "UNSPECIFIED_LABEL"]

#: The key of the concept that stands for an unnamed side of an event.
UNSPECIFIED_KEY = "concept:unspecified"
#: Its label.
UNSPECIFIED_LABEL = "unspecified"
# A passive verb with one of these children says something of its subject, it
# does not report an event done to it ("was said to", "was expected to", "it was reported that").
_CLAUSAL_DEPS = frozenset({"xcomp", "ccomp", "csubjpass", "oprd"})
# A passive with no agent reports an event done to its subject for material events and for
# criticism, rejection and threats; "was seen as", "was decided", "was met with", "was involved
# in" (statements, intents, consultations) are no events done to anyone.
_VERBAL_CONFLICT_ROOTS = frozenset({"11", "12", "13"})
# Events whose unnamed agent may act on a thing: criticise, reject, threaten, coerce
# ("the decision was challenged", "the painting was seized"); other material events need a
# patient that is an actor ("the documentary was released" is no release of a person).
_THING_PATIENT_ROOTS = _VERBAL_CONFLICT_ROOTS | {"17"}
# Material conflicts aimed at an actor through a thing or place it has ("the party's offices were raided").
_OWNED_THING_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# The tagger often reads a second coordinated participle as a past tense ("was arrested and jailed").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# Named arguments an event noun may relate to the unspecified concept.
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "ACTOR"})
_REL_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Pronouns that stand for no one: "it was reported", "there were arrests".
# Verbs of saying and thinking that take a clause ("claiming the election was stolen"): a closed class.
_CLAUSE_VERBS = frozenset({"say", "claim", "allege", "believe", "insist", "argue", "think", "assert", "deny",
                           "suggest", "fear", "warn", "report"})
_EXPLETIVES = frozenset({"it", "there", "this", "that", "which", "what"})
# Personal pronouns that stand for people ("arrested him", "they killed"); "it" and "this" name
# things as often.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# "Let us thank X": the parser takes the object of "let" for the subject of the verb after it.
_LET_SUBJECTS = frozenset({"us"})
_PASSIVE_PRONOUNS = _SUBJECT_PRONOUNS | {"it"}
# Children of a verb that would name what it was done to (then the verb is not one-place).
_ONE_PLACE_BLOCKERS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "nsubjpass", "agent", "xcomp"})


class ImplicitRules:
    """Relations with one unnamed side.

    Expects ``doc``, ``lexicon``, ``raising``, the argument, clause and output
    rules on the reader.
    """

    def unspecified(self, tok) -> Argument:
        """The unnamed side of the event at ``tok``: a concept with no surface text."""
        return Argument(key=UNSPECIFIED_KEY, label=UNSPECIFIED_LABEL, type="CONCEPT", text="",
                        start=tok.idx, end=tok.idx)

    def event_typed(self, lemma: str) -> bool:
        """Does the CAMEO map give ``lemma`` an event?"""
        return self.lexicon.cameo.event_of(lemma) is not None

    def passive_conjunct(self, verb) -> bool:
        """A past participle coordinated after another ("was arrested and jailed"): maybe a passive."""
        return verb.dep_ == "conj" and verb.tag_ in _PARTICIPLE_TAGS and verb.head.tag_ == "VBN"

    def passive_patients(self, verb) -> list:
        """The patients of an agentless passive verb, or [] when it reports no event.

        "two suspects were arrested" -> [suspects]; a second conjunct takes the
        first one's ("was arrested and jailed", "was arrested in May and was
        imprisoned"). "It was reported", "was said to" and "was named
        chairman" report no event done to their subject.
        """
        lemma = verb.lemma_.lower()
        if verb.tag_ not in _PARTICIPLE_TAGS or lemma in self.raising or (verb.tag_ != "VBN" and verb.dep_ != "conj"):
            return []
        kids = list(verb.children)
        particle = next((c.lower_ for c in kids if c.dep_ == "prt"), None)  # "were gunned down"
        event = (particle and self.lexicon.cameo.event_of(f"{lemma} {particle}")) or self.lexicon.cameo.event_of(lemma)
        if event is None or not (event.quad_class.startswith("material") or event.root in _VERBAL_CONFLICT_ROOTS):
            return []
        patients = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if any(c.dep_ == "agent" or (c.dep_ in _CLAUSAL_DEPS and not self.fronted_clause(c, patients)
                                     and c.lower_ not in self.lexicon.word_sets["harm_states"])  # "shot dead"
               for c in kids):
            return []
        clause = verb
        own_aux = any(c.dep_ == "auxpass" for c in kids)
        if not patients and not any(c.dep_ in ("nsubj", "dobj") for c in kids):
            # "was arrested and jailed", "founded a party but was arrested in 1963 and was imprisoned":
            # up the coordination to the first subject; an active one only with an own "was"
            while not patients and clause.dep_ == "conj" and (own_aux or self.passive_conjunct(clause)):
                clause = clause.head
                deps = PASSIVE_SUBJECT_DEPS | ({"nsubj"} if own_aux else set())
                patients = [c for c in clause.children if c.dep_ in deps]
            if patients and any(c.dep_ == "agent" for c in clause.children):
                return []  # "was arrested by police and charged": the head's agent did both
        if patients and clause.dep_ == "relcl" and patients[0].lower_ in _REL_PRONOUNS:
            patients = [clause.head]  # "Babaryka, who was arrested (and banned)"
        things = event.root in _THING_PATIENT_ROOTS  # "the decision was challenged", "the toilet was stolen"
        owned = event.root in _OWNED_THING_ROOTS  # "Al Jazeera's office was raided" (aimed_things.py)
        return [p for p in patients if p.lower_ not in _EXPLETIVES
                and (things or self.patient_like(p) or owned and self.owned_patient(p))
                and not self.swallowed_clause(p, verb)]

    @staticmethod
    def fronted_clause(clause, patients) -> bool:
        """Is ``clause`` a clause of its own the parser hung on a passive verb, before its subject, across a
        semicolon or a comma ("The second blast affected first responders; between the two blasts, at
        least 20 were killed")? A clause of saying or thinking ("was said to", "it was reported that")
        comes after the subject."""
        return bool(patients) and clause.dep_ == "ccomp" and clause.right_edge.i < patients[0].left_edge.i and any(
            t.text in (";", ",") for t in clause.doc[clause.right_edge.i + 1:patients[0].left_edge.i])

    @staticmethod
    def swallowed_clause(subject, verb) -> bool:
        """Did the parser take a clause of saying for the subject's modifier: "groups claiming the election
        was stolen" (the election was, not the groups)? A participle of ``_CLAUSE_VERBS`` on the subject,
        before the verb, with an object of its own."""
        return any(c.dep_ == "acl" and subject.i < c.i < verb.i and c.lemma_.lower() in _CLAUSE_VERBS
                   and any(g.dep_ in ("dobj", "obj") and g.i < verb.i for g in c.children)
                   for c in subject.children)

    def patient_like(self, tok) -> bool:
        """May ``tok`` be the patient of an event with no agent named?

        A name, or a resolved pronoun, may; a plain noun (outside criticism,
        rejection, threats and coercion, whose patients may be things) only when it names
        people (an agent noun of the actor dictionaries: "students",
        "protesters"; people held by force, ``data/captive_nouns.txt``: "the hostages")
        or is counted ("two suspects", "at least 20"; a count's "of" phrase, "dozens of
        people"; not a counted building, "48 apartments"): "the documentary was released", "the samples
        were contaminated", "dozens of houses were destroyed" are no events between actors.
        """
        if self.index.mention_at(tok.i) is not None or self.index.reference_at(tok.i) is not None:
            return True
        if (tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children)) and not self.counted_thing(tok):
            return True
        if tok.lower_ in self.quantifiers:  # "dozens of people", "scores of civilians": the people
            counted = prepositional_objects(tok, ("of",))
            if counted:
                return any(self.patient_like(t) for t in counted)
        lemma = tok.lemma_.lower()
        return (lemma in self.agent_nouns or lemma in self.lexicon.word_sets["captive_nouns"]  # "the hostages"
                or self.lexicon.dictionaries.agent_role(lemma) is not None
                or self.lexicon.dictionaries.agent_role(tok.lower_) is not None)

    def counted_thing(self, tok) -> bool:
        """Is ``tok`` a counted building or place ("48 apartments were damaged"; ``data/owned_things.txt``,
        ``data/struck_facilities.txt``), no count of people?"""
        lemma, words = tok.lemma_.lower(), self.lexicon.word_sets
        return lemma in words["owned_things"] or lemma in words["struck_facilities"]

    def one_place(self, verb, phrase: str, kids) -> bool:
        """Is ``verb`` an event with a subject and nothing it is done to ("protesters rallied")?

        Only verbs of ``data/one_place_events.txt`` in the CAMEO map are: "travelled",
        "served" or "considered" with no object state no event.
        """
        return ((phrase in self.lexicon.word_sets["one_place_events"] or reported_statement(verb, phrase, self.lexicon)
                 or owned_up(verb, phrase, self.lexicon) or self.protest_gathering(verb, phrase, kids)
                 or asked_clause(verb, phrase, self.lexicon))  # "requested that the sanctions be lifted"
                and self.event_typed(phrase) and not any(c.dep_ in _ONE_PLACE_BLOCKERS for c in kids))

    def unnamed_person(self, tok, lemma: str, sub_tokens, subjects) -> bool:
        """Is ``tok`` a personal pronoun no one was resolved to, the direct object of a material
        event or a verbal conflict whose subject is an actor ("the officers shot him dead"), or the
        subject of a typed passive whose agent is named ("it was co-sponsored by Senator X")?

        Then the event is done to someone the text does not name here: the
        one unspecified concept, as for an agentless passive.
        """
        whole = self.whole_of(tok)  # "acquitted both of them": "them" stands in the object's place
        pronoun = tok if whole is None else whole
        if self.index.reference_at(pronoun.i):
            return False
        event = self.lexicon.cameo.event_of(lemma)
        if event is None:
            return False
        if tok.dep_ in PASSIVE_SUBJECT_DEPS and tok.lower_ in _PASSIVE_PRONOUNS:
            # "It was co-sponsored by three senators": the agents are named, the patient is not
            return any(not s.is_concept for s in subjects) or self.concepts_may_relate(sub_tokens, lemma, actor=True)
        if pronoun.lower_ not in _OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "obj"):
            return False
        if not (event.quad_class.startswith("material") or event.root in _VERBAL_CONFLICT_ROOTS):
            return False
        return any(not s.is_concept for s in subjects) or self.concepts_may_relate(sub_tokens, lemma, actor=True)

    def unnamed_agent(self, sub_tokens, lemma: str) -> bool:
        """Are the subjects personal pronouns no one was resolved to, of a verb with a CAMEO event?

        "They would kill the farmers": the farmers are named, who killed them
        is not here; the source is the unspecified concept, and only an actor
        object is read (:meth:`VerbRules.verb`).
        """
        return (bool(sub_tokens) and self.event_typed(lemma) and all(
            (tok.lower_ in _SUBJECT_PRONOUNS or tok.lower_ in _LET_SUBJECTS and tok.head.head.lemma_ == "let")
            and self.index.reference_at(tok.i) is None for tok in sub_tokens))

    def one_place_event(self, verb, predicate, subjects, sub_tokens, *, how: str, negated, confidence) -> None:
        """(subject, verb, unspecified) for a typed one-place event of a named actor or an actor noun."""
        lemma = predicate.lemma
        if how not in ("active", "active+inherited"):
            return
        allow = (self.concepts_may_relate(sub_tokens, lemma, actor=True) or self.protesting_actors(lemma, sub_tokens)
                 or self.crowd_gathering(verb, lemma))  # "thousands of people gathered ... with slogans"
        target = self.protest_site(verb, lemma) or self.unspecified(verb)
        for subject in subjects:
            if subject.is_concept and not allow:
                continue
            self.emit(subject, predicate, target, verb, negated=negated, confidence=confidence,
                      allow_concepts=True)

    def one_sided_noun(self, noun, lemma: str, agents) -> None:
        """A material conflict noun with no agent and a named "of" argument, its patient.

        "the assassination of Robert Kennedy" -> (unspecified, assassinate,
        Robert Kennedy). A one-place verb's "of" is its actor ("the withdrawal
        of the troops"), so those are left out; so is an event noun with an
        agent and no target ("Theresa May's agreement" is no event of its own).
        """
        event = self.lexicon.cameo.event_of(lemma)
        if (agents or event is None or event.quad_class != "material conflict"
                or lemma in self.lexicon.word_sets["one_place_events"]):
            return
        if light_patient_noun(noun, lemma, self.is_actor, self.lexicon):
            return  # "Russia launched an invasion of Ukraine": the light verb's subject did it (patient_targets.py)
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        confidence = _BASE["nominal"] - (_BASE["active"] - _BASE["implicit"])
        source = self.unspecified(noun)
        for tok in prepositional_objects(noun, ("of",)):
            for obj in self.arguments(tok):
                if obj.type in _NAMED_TYPES:
                    self.emit(source, predicate, obj, noun, negated=False, confidence=confidence,
                              allow_concepts=True)
