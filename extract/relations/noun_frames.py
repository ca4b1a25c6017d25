"""Event nouns whose sides a frame around them names, not their own dependents.

- "X was the target of a Y attack", "X, the victim of an attack by Y": the
  copula's subject (or the apposition's head) is the patient of the event
  noun in the "of" phrase, its agent the noun's own (a "by" phrase, a
  possessor, an actor before it: "a Taliban attack"). With no agent named, a
  material conflict has the one unnamed source (``concept:unspecified``), as
  "the assassination of X" has; a verbal one gives nothing.
- "the visit of X to Y": a noun of going somewhere (``_TRAVEL_NOUNS``)
  with no other agent has its named "of" phrase as the agent, and its "to"
  phrase as the target.
- "joined the protests against X", "took part in talks with X",
  "participated in the attack on X": the clause's subject is the agent of
  an event noun with none of its own; the target is the noun's own
  ("against", "on", a partner in "with"), or for a protest with none its
  place's country; with no target, nothing.
- "Russia-Ukraine talks", "the US-China trade deal": a mutual noun
  (``data/mutual_events.tsv``, frame ``pair``) before which two named actors
  are joined by a hyphen is one event in both directions.

Only named actors or actors of the dictionaries take part; nothing is
guessed where the grammar does not give both sides.
"""

from __future__ import annotations

from ..doccache import doc_text
from ..syntax import prepositional_objects
from ..types import Predicate
from .output import _BASE

__all__ = ["NounFrameRules"]

# Nouns that make their copula's subject the patient of an "of" event: "X was the target of an attack".
_PATIENT_FRAMES = frozenset({"target", "victim"})
# Verbs that join a subject to such a noun.
_COPULAS = frozenset({"be", "become", "remain"})
# Event classes a patient frame reads: an event against its patient.
_CONFLICT = frozenset({"material conflict", "verbal conflict"})
# Nouns of going somewhere whose "of" phrase is who goes: "the visit of X to Y" (not "the visit to X of Y").
_TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
# Verbs whose subject takes part in the event noun they govern: "joined the protests against X" (object),
# "participated in the attack on X", "took part in talks with X", "was involved in clashes with X" ("in").
_JOINING_VERBS = frozenset({"join"})
_PARTAKING_VERBS = frozenset({"participate", "involve", "engage"})
# Actor types that may stand in a hyphenated pair ("Russia-Ukraine talks").
_PAIR_TYPES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


class NounFrameRules:
    """Event nouns placed in a frame: the patient of "the target of", a hyphenated pair.

    Expects ``doc``, ``index``, ``lexicon``, the argument, clause, nominal,
    partner and output rules on the reader.
    """

    def patient_frame(self, noun, lemma: str) -> bool:
        """(agent, event, patient) of "X was the target of a Y attack"; returns whether the frame held.

        The noun is the "of" object of a frame noun (``_PATIENT_FRAMES``),
        which is the predicate of a copula with a subject, or in apposition
        to a noun: "The embassy was the target of an attack by militias",
        "Abqaiq, the target of an Al-Qaeda attack in 2006".
        """
        frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if frame is None or frame.lemma_.lower() not in _PATIENT_FRAMES or frame.i > noun.i:
            return False
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or event.quad_class not in _CONFLICT:
            return False
        negated = False
        if frame.dep_ == "attr" and frame.head.lemma_.lower() in _COPULAS:
            patients = [c for c in frame.head.children if c.dep_ == "nsubj"]
            negated = self.negated(frame.head)
        elif frame.dep_ == "appos":
            patients = [frame.head]
        else:
            return False
        targets = [a for p in patients for a in self.arguments(p)
                   if not a.is_concept or a.actor_code or self.is_actor(p)]  # "The Turkish army": an actor
        if not targets:
            return False
        agents = [m for a in self.nominal_agents(noun) for m in self.members(a)]
        sources = [a for t in agents if (a := self.argument(t)) is not None and (not a.is_concept or self.is_actor(t))]
        confidence = _BASE["nominal"]
        if not agents:
            if event.quad_class != "material conflict":
                return True  # "the target of criticism": by whom is not said
            sources = [self.unspecified(noun)]
            confidence -= _BASE["active"] - _BASE["implicit"]
        predicate = self.noun_predicate(noun, lemma)
        for source in sources:
            for target in targets:
                self.emit(source, predicate, target, noun, negated=negated, confidence=confidence,
                          allow_concepts=True)
        return True

    def traveller_of(self, noun, lemma: str) -> bool:
        """(X, visit, Y) of "the visit of X to Y"; returns whether the frame held.

        The "of" phrase must name an actor (a person, organisation or country,
        or an actor noun the tables code: "the Indian prime minister"), and
        the noun have no possessor or "by" agent.
        """
        if noun.lemma_.lower() not in _TRAVEL_NOUNS or self.nominal_agents(noun):
            return False
        ofs = prepositional_objects(noun, ("of",))
        goers = [a for p in ofs for a in self.arguments(p)
                 if (a.type in _PAIR_TYPES if not a.is_concept else self.is_actor(p))]  # "of the Indian prime minister"
        # "to" hung by the parser on the goer ("the visit of the prime minister to Nepal")
        tos = prepositional_objects(noun, ("to",)) or [t for p in ofs for t in prepositional_objects(p, ("to",))]
        places = [a for p in tos for a in self.arguments(p)]
        if not goers or not places:
            return False
        head = noun.head
        if (noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
                and head.lemma_.lower() in self.lexicon.word_sets["modality_negated"]):
            return True  # "the visit of X to Y was cancelled": it did not take place
        predicate = self.noun_predicate(noun, lemma)
        for goer in goers:
            for place in places:
                self.emit(goer, predicate, place, noun, negated=False, confidence=_BASE["nominal"])
        return True

    def joining_verb(self, noun):
        """(verb, passive) whose subject takes part in ``noun``: "joined the protests", "took part in
        talks", "participated in the attack", "was involved in clashes"; else (None, False)."""
        head = noun.head
        if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and head.lemma_.lower() in _JOINING_VERBS:
            return head, False
        if noun.dep_ != "pobj" or head.lower_ != "in":
            return None, False
        verb = head.head
        if verb.lower_ == "part" and verb.dep_ in ("dobj", "obj"):
            verb = verb.head  # "took part in": "in" hung on "part"
            return (verb, False) if verb.lemma_.lower() == "take" else (None, False)
        lemma = verb.lemma_.lower()
        if lemma == "take" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "part" for c in verb.children):
            return verb, False
        if verb.pos_ == "VERB" and lemma in _PARTAKING_VERBS:
            return verb, any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and lemma == "involve"
        return None, False

    def joined_event(self, noun, lemma: str) -> bool:
        """(subject, event, target) of a verb of taking part and its event noun; returns whether read."""
        verb, passive = self.joining_verb(noun)
        if verb is None or self.nominal_agents(noun) or self.lexicon.cameo.event_of(lemma) is None:
            return False
        if passive:
            sub_tokens = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "X was involved in clashes"
        else:
            sub_tokens, how = self.subjects(verb)
            sub_tokens = sub_tokens if how.split("+")[0] == "active" else []
        subjects, _nominal = self.subject_arguments(sub_tokens)
        if not subjects:
            return False
        targets = self.light_targets(noun, verb)
        partners = prepositional_objects(noun, ("with",)) if "with" in self.noun_frames(noun) else []
        predicate = self.noun_predicate(noun, lemma)
        negated = self.negated(verb)
        confidence = _BASE["light"]
        allow = bool(sub_tokens) and all(self.is_actor(t) for t in sub_tokens)
        for tok, mutual in [(t, False) for t in targets] + [(t, True) for t in partners]:
            for obj in self.arguments(tok):
                if obj.is_concept and not (allow and self.is_actor(tok)):
                    continue
                for subject in subjects:
                    self.emit_both(subject, predicate, obj, noun, mutual=mutual and not obj.is_concept,
                                   negated=negated, confidence=confidence, allow_concepts=allow)
        if not targets and not partners:
            placed = len(self.out)
            for place in prepositional_objects(noun, ("in",)) + prepositional_objects(verb, ("in",)):
                for obj in self.arguments(place):
                    country = self.protest_place(predicate.lemma, obj)
                    if country is not obj:  # "joined a protest in Nairobi": the protest targets Kenya
                        for subject in subjects:
                            self.emit(subject, predicate, country, noun, negated=negated, confidence=confidence,
                                      allow_concepts=True)
            if len(self.out) == placed:  # "was involved in demonstrations": no target, partner or place
                self.joined_protest(noun, predicate, subjects, sub_tokens, negated=negated)
        return True

    def noun_predicate(self, noun, lemma: str) -> Predicate:
        """The predicate of an event noun: its lemma, or its common-noun compound where the CAMEO map
        names that ("a suicide attack" 183, "drone strikes" 195), spanning the compound."""
        start = noun.idx
        words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"
                 and self.index.mention_at(t.i) is None]
        if words and words[-1].i + 1 == noun.i:
            phrase = f"{' '.join(t.lemma_.lower() for t in words)} {noun.lemma_.lower()}"
            if self.lexicon.cameo.event_of(phrase) is not None:
                lemma, start = phrase, words[0].idx
        end = noun.idx + len(noun.text)
        return Predicate(lemma=lemma, text=doc_text(self.doc)[start:end], start=start, end=end)

    def hyphen_pair(self, noun, predicate) -> bool:
        """Both directions of "Russia-Ukraine talks": two named actors joined by a hyphen before a mutual noun.

        The parser hangs the first name on the second ("Russia" compound of
        "Ukraine", compound of "talks"); a word between the pair and the noun
        ("US-China trade talks") may stand. Returns whether a pair was read.
        """
        if "pair" not in self.noun_frames(noun):
            return False
        doc = self.doc
        for mod in noun.children:
            if mod.dep_ not in ("compound", "amod", "nmod") or mod.i > noun.i:
                continue
            for first in mod.children:
                if (first.dep_ in ("compound", "amod", "nmod") and first.i + 2 == mod.i
                        and doc[first.i + 1].text in ("-", "–")):
                    parties = self.hyphen_parties(first, mod)
                    if parties:
                        self.mutual_pairs(parties, predicate, noun, negated=False, confidence=_BASE["nominal"])
                        return True
        return False

    def hyphen_parties(self, first, second) -> list:
        """The two named actors of a hyphenated pair, each a mention of its own word, else []."""
        out = []
        for tok in (first, second):
            mention = self.index.mention_at(tok.i)
            if mention is None or mention.token_end != tok.i + 1 or mention.token_start != tok.i:
                return []
            arg = self.argument(tok)
            if arg is None or arg.is_concept or arg.type not in _PAIR_TYPES:
                return []
            out.append(arg)
        return self.parties(out)
