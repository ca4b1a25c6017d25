"""Events whose doer is unnamed, read off a reduced passive or a possessive.

- A **reduced passive participle** with no agent and no auxiliary names whom
  an event was done to: "prisoners arrested during the campaign" (the
  participle modifies its patient), "the officers, although suspended from
  duty, returned", "X appeared in court, charged with murder" (an adverbial
  participle with no subject of its own, before its clause's verb or after a
  comma: the clause's subject is its patient); so does a passive gerund after
  a preposition ("X left Egypt after being released"), and a participle
  complement of "have" whose subject is a thing of X's ("X had her home
  searched"). As for a full agentless passive
  (:mod:`extract.relations.implicit`), the relation is (unspecified, verb,
  patient), only for material conflict and for criticism, rejection and
  threats (CAMEO roots 11-13), and only for a patient that may be one
  (:meth:`ImplicitRules.patient_like`).
- An **event noun with a possessive** and no "of" or "by" argument
  (``data/possessed_events.tsv``): "his arrest", "the opposition leader's
  arrest" -> (unspecified, arrest, X): the possessor underwent it; "the
  minister's resignation" -> (minister, resign, unspecified): the
  possessor did it, as the speaker of a demand, allegation, accusation,
  refusal, criticism, condemnation or threat ("the protesters' demands" ->
  (protesters, demand, unspecified)) unless a preposition names its target
  ("Iran's threats against Israel", read by the event-noun rules). Only a
  named or resolved possessor, or a noun naming people ("the journalist's
  release"), counts.

The unnamed side is the one concept ``concept:unspecified``: such relations
keep their event type in the extraction and are no graph edges
(:mod:`extract.quality`).
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..syntax import NOMINAL_SUBJECT_DEPS
from ..types import Predicate
from .implicit import _EXPLETIVES, _NAMED_TYPES, _VERBAL_CONFLICT_ROOTS
from .output import _BASE

__all__ = ["UndergoerRules", "possessed_events"]

# Children that give a participle a doer, a subject or a clause of its own: then it is no reduced passive.
_OWN_CLAUSE_DEPS = frozenset({"agent", "auxpass", "aux", "nsubj", "nsubjpass", "csubj", "csubjpass", "expl",
                              "dobj", "obj", "dative", "xcomp", "ccomp", "oprd"})
# Prepositions of time whose passive gerund's patient is the clause's subject ("died after being shot by X").
_GERUND_TIME_PREPS = frozenset({"after", "before", "upon", "since", "following"})
# Arguments that give an event noun its target or agent (then the noun rules read it).
_NOUN_ARGUMENT_PREPS = frozenset({"of", "by"})
# Verbs of speech acts whose "of" says what they are of, not whom ("allegations of fraud": CAMEO ALLEGE
# * HUMAN RIGHTS ABUSE 1122, ACCUSE * OF ...).
_CONTENT_OF_VERBS = frozenset({"allege", "accuse", "demand", "threaten"})
# Prepositions that name the target of an event noun whose possessive is its agent ("threats against X").
_TARGET_PREPS = frozenset({"against", "on", "upon", "into", "to", "at", "targeting"})
# The side a possessive names in data/possessed_events.tsv (the other is "agent").
_PATIENT = "patient"
# Prepositions after which an event noun has happened: "after his release", "resulted in his arrest".
_OCCURRED_PREPS = frozenset({"after", "since", "following", "despite", "over", "upon", "during"})
# Verbs whose "in" or "to" phrase is an outcome that happened: "resulted in his arrest", "led to his ouster".
_OUTCOME_VERBS = frozenset({"result", "lead", "end", "culminate"})
# Verbs whose object event has happened: statements (01: "announced his resignation") and
# disapproval (11: "condemned his arrest"); demands, appeals, rejections and threats do not say so.
_REPORTING_ROOTS = frozenset({"01", "11"})
# Where a person is released from that is no custody.
_AFTERCARE = frozenset({"hospital", "clinic", "care", "quarantine", "isolation", "treatment", "rehab", "rehabilitation"})
# Verbs whose participle complement is done to their subject: "had her home searched".
_CAUSATIVE_VERBS = frozenset({"have", "get"})


@functools.lru_cache(maxsize=8)
def possessed_events(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Event noun -> (verb lemma, side its possessive names) from ``data/possessed_events.tsv``."""
    return {noun: (cells[0], cells[1]) for noun, cells in lexicon.tables["possessed_events"].items()}


class UndergoerRules:
    """Reduced passives and possessed event nouns.

    Expects ``doc``, ``index``, ``lexicon``, the argument, implicit
    (``unspecified``, ``patient_like``) and output rules on the reader.
    """

    def reduced_participle(self, verb) -> bool:
        """Is ``verb`` a past participle modifying a noun or a clause, with no clause of its own?"""
        return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")
                and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children))

    def reduced_patients(self, verb) -> list:
        """The patients of a passive participle with no agent and no subject of its own, or [].

        "political prisoners arrested during the campaign" -> [prisoners];
        "The officers, although suspended from duty, returned" and "X appeared
        in court, charged with murder" -> [officers], [X] (the clause's
        subject); "X left after being released" -> [X] (a gerund passive
        after a preposition: the clause's subject).
        """
        gerund = self.gerund_passive(verb)
        if not gerund and not self.reduced_participle(verb):
            return []
        event = self.lexicon.cameo.event_of(verb.lemma_.lower())
        if event is None or not (event.quad_class == "material conflict" or event.root in _VERBAL_CONFLICT_ROOTS
                                 or (gerund and event.quad_class.startswith("material"))):
            return []  # a full passive's events: "after being released"; a bare participle's: conflict only
        head = verb.head.head if gerund else verb.head
        if verb.dep_ == "acl":
            # "56 deaths and 200 people injured": the participle's noun is the conjunct nearest before it
            nearest = max((m for m in self.members(head) if m.i < verb.i), key=lambda m: m.i, default=head)
            patients = [nearest] if nearest.pos_ in ("NOUN", "PROPN", "NUM") and nearest.i < verb.i else []
        elif head.pos_ in ("VERB", "AUX") and (gerund or verb.i < head.i or self.doc[verb.i - 1].text == ","):
            patients = [c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i]
        else:
            patients = []
        if any(p.lemma_.lower() in _AFTERCARE for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children):
            return []  # "after being released from hospital" is no release from custody
        return [p for p in patients if p.lower_ not in _EXPLETIVES and self.patient_like(p)
                and p.lower_ not in self.lexicon.tables["casualty_nouns"]]

    def agent_gerund_patients(self, verb) -> list:
        """The patients of a passive gerund with a "by" agent after a preposition of time: the clause's
        subject ("the soldier died after being shot by Taliban fighters" -> [soldier]), or []."""
        kids = list(verb.children)
        prep = verb.head
        if (verb.tag_ != "VBN" or verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _GERUND_TIME_PREPS
                or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids)
                or not any(c.dep_ == "agent" for c in kids)
                or any(c.dep_ in _OWN_CLAUSE_DEPS - {"auxpass", "agent"} for c in kids)):
            return []
        head = prep.head
        if head.pos_ not in ("VERB", "AUX"):
            return []
        patients = [c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i]
        return [p for p in patients if p.lower_ not in _EXPLETIVES and self.patient_like(p)]

    def gerund_passive(self, verb) -> bool:
        """Is ``verb`` a passive gerund after a preposition, with no agent ("after being released")?"""
        kids = list(verb.children)
        return (verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
                and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids)
                and not any(c.dep_ in _OWN_CLAUSE_DEPS - {"auxpass"} for c in kids))

    def causative_passive(self, verb) -> None:
        """(unspecified, verb, X) for "X had her home searched", "X got his passport seized".

        A participle complement of "have" or "get" whose own subject is a
        thing of X's names an event done to X by someone unnamed.
        """
        head = verb.head
        if (verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in ("VBN", "VBD") or head.i > verb.i
                or head.lemma_.lower() not in _CAUSATIVE_VERBS):
            return
        kids = list(verb.children)
        things = [c for c in kids if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if not things or any(c.dep_ in _OWN_CLAUSE_DEPS - {"nsubj"} for c in kids) or any(
                self.index.mention_at(t.i) is not None or self.patient_like(t) for t in things):
            return  # "had the police arrest him", "had two men arrested" are no things of X's
        lemma = verb.lemma_.lower()
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or not (event.quad_class.startswith("material") or event.root in _VERBAL_CONFLICT_ROOTS):
            return
        patients = [c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and self.patient_like(c)]
        predicate = self.predicate(verb, lemma)
        source = self.unspecified(verb)
        for tok in patients:
            for obj in self.arguments(tok):
                self.emit(source, predicate, obj, verb, negated=self.negated(head), confidence=_BASE["implicit"],
                          allow_concepts=True)

    def occurred(self, noun) -> bool:
        """Does the sentence take the event of ``noun`` as having happened?

        "His arrest drew criticism", "after his release", "resulted in his
        arrest", "condemned his arrest" and "announced his resignation" do;
        "called for his release", "ordered his arrest", "opposed his
        extradition" and "a warrant for his arrest" do not.
        """
        if noun.dep_ in NOMINAL_SUBJECT_DEPS:
            return True
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in ("in", "to"):
            return head.head.lemma_.lower() in _OUTCOME_VERBS  # "resulted in", "led to" ("calls to", "interest in" not)
        if noun.dep_ == "pobj":
            return head.lower_ in _OCCURRED_PREPS
        if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            event = self.lexicon.cameo.event_of(head.lemma_.lower())
            return event is not None and event.root in _REPORTING_ROOTS
        return False

    def charge_of(self, prep, verb: str, side: str) -> bool:
        """Is ``prep`` the "of" of what an accusation, allegation, demand or threat is of, no actor
        ("Tsvangirai's allegations of widespread fraud", "threats of retaliation"), not its target?"""
        return (side != _PATIENT and verb in _CONTENT_OF_VERBS and prep.lower_ == "of"
                and not any(self.is_actor(p) for p in prep.children if p.dep_ == "pobj"))

    def possessed_event(self, noun) -> bool:
        """Relations of an event noun whose possessive names one side ("his arrest"); whether it did.

        The verb comes from the table. A noun with an "of" or "by" argument is
        left to the event-noun rules, but for the "of" of what a speech act is of
        (:meth:`charge_of`).
        """
        entry = possessed_events(self.lexicon).get(noun.lower_) or possessed_events(self.lexicon).get(
            noun.lemma_.lower())
        if entry is None or noun.pos_ != "NOUN":
            return False
        verb, side = entry
        event = self.lexicon.cameo.event_of(verb)
        kids = list(noun.children)
        owners = [c for c in kids if c.dep_ == "poss"]
        if (event is None or not owners
                or any(c.dep_ == "prep" and c.lower_ in _NOUN_ARGUMENT_PREPS and not self.charge_of(c, verb, side)
                       for c in kids)):
            return False
        if side != _PATIENT and any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in kids):
            return False  # "Iran's threats against Israel": the event-noun rules name its target
        if not self.occurred(noun):
            return False
        named = [a for o in owners for a in self.arguments(o)
                 if a.type in _NAMED_TYPES or self.patient_like(o)]  # "the journalist's release"
        if not named:
            return False
        predicate = Predicate(lemma=verb, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        confidence = _BASE["nominal"] - (_BASE["active"] - _BASE["implicit"])
        other = self.unspecified(noun)
        for arg in named:
            subject, obj = (other, arg) if side == _PATIENT else (arg, other)
            self.emit(subject, predicate, obj, noun, negated=False, confidence=confidence, allow_concepts=True)
        return True

