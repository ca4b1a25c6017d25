"""Meetings and talks whose parties are named inside the noun's phrase (``data/meeting_nouns.tsv``).

"The trilateral meeting of Cyprus, Greece and Israel", "the summit of Russia,
Turkey and Iran in Sochi": CAMEO codes a meeting as 040 (Consult) and talks as
046, one event in each direction between each pair of parties, as for "a
meeting between Putin and Erdogan" (the noun's "between" pair,
``partners.between``). The "of" phrase names the parties only when it holds two
or more actors, each a name of a country, a place standing for its government,
an organisation, a group or a person, or a coded actor ("the meeting of the
board", "the summit of Mount Everest" name none).

A meeting not said to take place is none, whatever frame names its parties: a
modifier of the kind ("a possible summit", "a proposed meeting"), the
determiner "no", or a verb or noun of the modality cue lists or of the table's
governors governing it ("arranged a meeting between X and Y", "talks between
X and Y would resume", "talks did not resume"), as for a war
(:meth:`.war_nouns.WarNounRules.noun_asserted`).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import prepositional_objects

__all__ = ["MeetingNounRules", "meeting_words"]

_TABLE = "meeting_nouns"
# Entity types of a named party of a meeting: a place is one as its government ("talks of Paris and Berlin").
_PARTY_TYPES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def meeting_words(lexicon: Lexicon, kind: str = "noun") -> frozenset[str]:
    """The words of ``data/meeting_nouns.tsv`` of one kind.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(meeting_words(get_lexicon()))[:3]
    ['consultations', 'meeting', 'meetings']
    >>> 'arrange' in meeting_words(get_lexicon(), 'governor')
    True
    """
    return lexicon.keys_where(_TABLE, "kind", kind)


class MeetingNounRules:
    """A meeting noun's parties from its "of" phrase, and no meeting where none is said to take place.

    Expects ``lexicon``, the argument, war noun (``noun_asserted``, ``war_modifiers``, ``named_group``) and
    partner (``parties``, ``mutual_pairs``) rules on the reader.
    """

    def meeting_noun(self, noun, predicate, *, confidence: float) -> bool:
        """Emit the parties of a meeting named in its "of" phrase to each other; return whether the noun is read
        (also when it is no meeting that took place: then nothing is emitted)."""
        if noun.lower_ not in meeting_words(self.lexicon):
            return False
        unasserting = meeting_words(self.lexicon, "unasserted")
        if unasserting.intersection(self.war_modifiers(noun, of_phrase=False)) or not self.noun_asserted(
                noun, meeting_words(self.lexicon, "governor")):
            return True  # "a possible summit between X and Y", "arranged a meeting between X and Y"
        args = [a for p in prepositional_objects(noun, ("of",)) for a in self.arguments(self.named_group(p))]
        if not args or any(a.type not in _PARTY_TYPES and not a.is_concept for a in args):
            return False  # "the summit of Mount Everest"
        parties = self.parties(args)
        if not parties:
            return False  # "the meeting of the board", "a meeting of NATO": no two named actors
        self.mutual_pairs(parties, predicate, noun, negated=False, confidence=confidence)
        return True
