"""Nominal events: event nouns and their agents and targets ("the bombardment by Damascus of Idlib").

Agents and targets of event nouns are read in :mod:`extract.relations.noun_roles`, appeals ("at the
request of X") in :mod:`extract.relations.appeals`.
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon, get_lexicon
from ..types import Argument, Predicate
from .appeals import AppealRules
from .event_noun_senses import event_sense_holds, listed_patients
from .event_nouns import EventNounRules
from .noun_frames import NounFrameRules
from .noun_roles import NounRoleRules
from .misread_verbs import misread_verb
from .output import _BASE

__all__ = ["NounRules", "event_lemma"]

# The modality cue lists whose verb, governing an event noun, does not say it happened ("denied the shelling").
_UNASSERTING = ("modality_intended", "modality_hypothetical", "modality_negated", "modality_claimed")


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


class NounRules(NounRoleRules, AppealRules, NounFrameRules, EventNounRules):
    """Event nouns: their agents and targets, and an event noun as a clause's subject.

    Two concepts may be related when both are actors and the noun has a CAMEO
    event ("the killing of two protesters by Iraqi security forces").

    Expects ``index``, ``lexicon``, the argument, target (``is_actor``) and
    output rules and the word set ``incidents`` on the reader.
    """

    def event_noun(self, word: str) -> str | None:
        """The verb lemma an event noun stands for, in the reader's lexicon."""
        return _event_lemma(word, self.lexicon)

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
                        self.event_noun(member.lower_) or member.lemma_.lower() in self.incidents) and not (
                        self.possessed_actor(member)):  # "Zimbabwe's opposition": an actor (conjunct_actors.py)
                    agents, _targets = self.nominal_roles(member)
                    if agents:
                        nominal = True
                        args.extend(a for a in map(self.argument, agents) if a is not None)
                        continue
                args.extend(self.member_arguments(member))
        return args, nominal

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
        if not event_sense_holds(noun, is_actor=self.is_actor, lexicon=self.lexicon):
            return  # "the release of the film", "the treatment of patients": no event between actors
        if misread_verb(noun) is not None:
            return  # "The British relinquished control of X": the object of a lost verb, not the event
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
        allow_concepts = self.actor_event(lemma, agents, objects) or (
            any(self.is_actor(a) for a in agents) and listed_patients(noun, objects, lexicon=self.lexicon))
        for subject in subjects:
            for obj in targets:
                self.emit(subject, predicate, obj, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=allow_concepts)
