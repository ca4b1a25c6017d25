"""A consultation named in an adjunct of a verb: "In an interview with Forbes, West outlined his campaign".

A reporter writes the consultation as the setting of what was said or done: "Zelensky said in a
meeting with Honcharuk", "In an interview with Rolling Stone, he recalled", "speaking in a phone call
with Putin". The events gold codes the interview or the meeting (040, mutual) between the clause's
subject and the partner in "with". No rule read it: the noun has no agent of its own (no possessor, no
"by"), and the verb's relation is of what was said. :meth:`AdjunctMeetingRules.adjunct_meeting` emits
(subject, noun, partner) when

- a noun of ``data/adjunct_meeting_nouns.tsv`` (interview, meeting, conversation; "call" only as a
  "phone call") is the object of "in" or "during" on a verb, and is no possessed noun of another actor
  ("in Trump's meeting with Xi" is Trump's, the nominal rules read it);
- the noun has a "with" partner that is an actor (a name, a resolved pronoun, an actor noun) whose
  argument is read from the partner's own words;
- the verb has an active subject that is an actor.

The relation carries the noun's code (040 or 041, mutual). An interview with a news medium keeps the
relation; ``extract/quality.py`` marks it as the article's sourcing for the graph. "Met in a meeting
room with X" has no such noun; a meeting "with" no actor ("in a meeting with the press present") gives
nothing.

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> adjunct_meeting_code("interview", (), get_lexicon()), adjunct_meeting_code("call", ("phone",), get_lexicon())
('040', '041')
>>> adjunct_meeting_code("call", (), get_lexicon()) is None
True
"""

from __future__ import annotations

import dataclasses

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from .output import _BASE

__all__ = ["AdjunctMeetingRules", "adjunct_meeting_code"]

#: Prepositions that make a consultation noun the setting of a verb.
_SETTING_PREPS = frozenset({"in", "during"})


def adjunct_meeting_code(lemma: str, compounds, lexicon: Lexicon) -> str | None:
    """The CAMEO code of consultation noun ``lemma`` with its compound words ``compounds``, or None."""
    row = lexicon.tables["adjunct_meeting_nouns"].get(lemma)
    if row is None:
        return None
    code, needed = row[0], row[1]
    if needed != "-" and not set(needed.split("|")) & {c.lower() for c in compounds}:
        return None
    return code


class AdjunctMeetingRules:
    """(subject, meeting, partner) for a consultation noun in an "in"/"during" adjunct. Expects the subject,
    argument, actor and output rules on the reader (``subjects``, ``arguments``, ``is_actor``,
    ``noun_predicate``, ``negated``, ``emit``, ``out``, ``lexicon``)."""

    def adjunct_meeting(self, verb) -> bool:
        """Emit the consultation an adjunct of ``verb`` names; whether any was emitted."""
        emitted = False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    emitted |= self._meeting(verb, noun)
        return emitted

    def _meeting(self, verb, noun) -> bool:
        if self.index.mention_at(noun.i) is not None or any(c.dep_ == "poss" and c.lower_ not in _OWN
                                                            for c in noun.children):
            return False  # "in Trump's meeting with Xi": the nominal rules read the owner's meeting
        compounds = [t.lower_ for t in noun.lefts if t.dep_ == "compound"]
        code = adjunct_meeting_code(noun.lemma_.lower(), compounds, self.lexicon)
        if code is None:
            return False
        partners = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for p in prep.children if p.dep_ == "pobj" and self.is_actor(p)]
        if not partners:
            return False
        subjects, how = self.subjects(verb)
        if not subjects or how.split("+")[0] != "active" or not any(self.is_actor(s) for s in subjects):
            return False
        try:
            event = event_for_code(code, self.lexicon.cameo.labels)
        except EventMapError:
            return False
        predicate = self.noun_predicate(noun, noun.lemma_.lower())
        negated = self.negated(verb)
        before = len(self.out)
        for subject in (a for s in subjects if self.is_actor(s) for a in self.arguments(s)):
            for partner in (a for p in partners for m in self.members(p) for a in self.member_arguments(m)
                            if _written_in(a, m)):
                self.emit(subject, predicate, partner, noun, negated=negated, confidence=_BASE["nominal"],
                          mutual=True)
        self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
        return len(self.out) > before


def _written_in(argument, tok) -> bool:
    """Is ``argument`` read from ``tok`` or the words before it in its phrase? A noun the entity index ties
    to a name elsewhere through a wrong description ("a radio station" taken for a person said to be one)
    is not."""
    return tok.left_edge.idx <= argument.start < tok.idx + len(tok)


#: Possessives that name the clause's own subject ("in his interview with Forbes").
_OWN = frozenset({"his", "her", "its", "their", "my", "our", "your"})
