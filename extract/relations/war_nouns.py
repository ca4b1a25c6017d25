"""Wars whose parties are named inside the noun's phrase (``data/war_nouns.tsv``).

"The conflict between Armenia and Azerbaijan", "Ukraine, which is in a
military conflict with Russia", "Russia's war against Ukraine": CAMEO codes
the fighting as FIGHT (190). The parties are

- the "between" pair: each to each, mutual ("a war between A and B");
- a "with" partner and the one at war: the noun's possessor ("Israel's war
  with Hamas"), or the subject of the verb whose "in"/"at"/"into" phrase
  holds the noun ("X is at war with Y", "X, which is in a conflict with Y",
  "X was drawn into a war with Y"), mutual;
- an "against"/"on" target and that same one at war, directed ("Russia's war
  against Ukraine").

A state's leader (a person whose actor code is a country's government,
"Putin" RUSGOV) wages the state's war: "Putin's war against Ukraine" is
RUSGOV -> UKR 190, as CAMEO codes a leader's acts.

Only named actors take part, and only where the noun means fighting: each
party a country or an armed group by its actor code, unless a modifier says
the conflict is armed ("a military conflict between X and Y"), and no
figurative modifier ("a trade war with China", "the Cold War"). A war that may
come is none: a modifier of the kind ("a possible war", "a nuclear war"), the
determiner "no", or a verb or noun of the modality cue lists governing it
("threatened war with Iran", "the risk of war between X and Y").
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..syntax import prepositional_objects
from ..types import Predicate
from .output import _BASE

__all__ = ["WarNounRules", "war_words"]

# Prepositions of the phrase a party is in: "in a war with", "at war with", "drawn into a conflict with".
_IN_PREPS = frozenset({"in", "at", "into"})
# Prepositions of the time of a clause whose object took place: "during the war with X", "after talks between".
_OCCASION_PREPS = frozenset({"during", "after", "since", "amid", "amidst", "throughout", "following"})
# Prepositions of a directed war's target.
_TARGET_PREPS = ("against", "on")
# Actor code roles of armed groups: a party of a war that is no country.
_ARMED_ROLES = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
# Actor code roles of a person who leads a state: the state's war is theirs ("Putin's war").
_STATE_ROLES = frozenset({"GOV"})
# Prepositions of what a war is about: a figurative word there makes it no fighting ("a conflict over trade").
_TOPIC_PREPS = ("over", "about")
# The modality cue lists whose verb or noun, governing a war, does not say it is ("the risk of war").
_CUE_LISTS = ("modality_intended", "modality_hypothetical", "modality_negated", "modality_claimed")
# Dependents before the noun that say what kind of war it is ("a trade war", "a possible conflict").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "det", "advmod", "npadvmod"})
# How many parties a "between" pair may hold: "a war between A, B and C" relates each to each.
_MAX_PARTIES = 4


@functools.lru_cache(maxsize=8)
def _table(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Word -> (kind, predicate) of ``data/war_nouns.tsv``."""
    return dict(lexicon.tables["war_nouns"])


def war_words(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of war of ``data/war_nouns.tsv``.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(war_words(get_lexicon()))[:3]
    ['conflict', 'conflicts', 'hostilities']
    """
    return lexicon.keys_where("war_nouns", "kind", "noun")


class WarNounRules:
    """A war noun's parties from its own phrase.

    Expects ``doc``, ``document``, ``index``, ``lexicon``, the argument,
    subject, clause (``negated``) and output rules on the reader.
    """

    def war_noun(self, noun) -> bool:
        """Emit the war's parties to each other; return whether any relation was read."""
        table = _table(self.lexicon)
        row = table.get(noun.lower_)
        if row is None or row[0] != "noun" or self.index.mention_at(noun.i) is not None:
            return False
        kinds = {table[w][0] for w in self.war_modifiers(noun) if w in table}
        topic = {t.lower_ for p in prepositional_objects(noun, _TOPIC_PREPS) for t in p.subtree}
        if any(table.get(w, ("",))[0] == "figurative" for w in topic):
            return False  # "the conflict between China and the United States over tariffs"
        if kinds & {"figurative", "unasserted"} or not self.noun_asserted(noun):
            return False
        armed = "force" in kinds
        predicate = Predicate(lemma=row[1], text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        confidence = _BASE["nominal"]
        pair = [a for p in prepositional_objects(noun, ("between",)) for a in self.arguments(self.named_group(p))]
        if pair:
            parties = self.war_parties(pair, armed=armed)
            if len(parties) < 2:
                return False
            self.mutual_pairs(parties, predicate, noun, negated=False, confidence=confidence)
            return True
        sides = self.war_sides(noun)
        read = False
        for preps, mutual in ((("with",), True), (_TARGET_PREPS, False)):
            others = [a for p in prepositional_objects(noun, preps) for a in self.arguments(p)]
            if not sides or not others:
                continue
            for side in self.war_parties(sides, armed=armed, single=True):
                for other in self.war_parties(others, armed=armed, single=True):
                    if other.key != side.key:
                        self.emit_both(side, predicate, other, noun, mutual=mutual, negated=False,
                                       confidence=confidence)
                        read = True
        return read

    def named_group(self, tok):
        """The "of" object of a group noun that names its members ("the nations of Armenia and Azerbaijan"), else
        ``tok``."""
        if _table(self.lexicon).get(tok.lower_, ("",))[0] == "group":
            return next(iter(prepositional_objects(tok, ("of",))), tok)
        return tok

    def war_modifiers(self, noun, *, of_phrase: bool = True) -> list[str]:
        """The lower-cased words before the noun in its own phrase ("a military", "the Cold", "trade"), and with
        ``of_phrase`` those of its "of" phrase ("a war of words")."""
        words = []
        for child in noun.children:
            if child.i < noun.i and child.dep_ in _MODIFIER_DEPS:
                words.extend(t.lower_ for t in child.subtree if t.i < noun.i)
        if of_phrase:
            words.extend(t.lower_ for p in prepositional_objects(noun, ("of",)) for t in p.subtree)
        return words

    def noun_asserted(self, noun, governors: frozenset[str] = frozenset()) -> bool:
        """Does the sentence say the event of ``noun`` is (or was), not that it may come or is denied? ``governors``:
        verbs beyond the modality cue lists that govern an event not said to happen ("arranged a meeting")."""
        sets = self.lexicon.word_sets
        cues = frozenset().union(*(sets.get(name, frozenset()) for name in _CUE_LISTS)) | governors
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return False  # "no war between X and Y"
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in _OCCASION_PREPS:
            return True  # "during the meeting of X and Y, Z was considered": the clause's time, not its topic
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            owner = head.head
            if f"{owner.lemma_.lower()} {head.lower_}" in cues or owner.lemma_.lower() in cues:
                return False  # "the risk of war with X", "fear of a conflict"
            head = owner
        if head.pos_ in ("VERB", "AUX", "NOUN") and head.lemma_.lower() in cues and noun.dep_ != "nsubj":
            return False  # "threatened war with Iran", "the meeting was cancelled"; not "the meeting agreed to"
        verb = head if head.pos_ in ("VERB", "AUX") else None
        if verb is not None and (self.negated(verb) or any(
                c.dep_ == "aux" and c.lemma_.lower() in cues for c in verb.children)):
            return False  # "X is not at war with Y", "X could go to war with Y", "talks would resume"
        return True

    def war_sides(self, noun) -> list:
        """The one at war: the noun's possessor, or the active subject of the verb whose "in"/"at"/"into" phrase
        holds the noun ("Ukraine is in a conflict with Russia", "Ukraine, which is at war with Russia")."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return [a for o in owners for a in self.arguments(o)]
        return self.phrase_party(noun)

    def phrase_party(self, noun, *, verbs: frozenset[str] | None = None) -> list:
        """The arguments of the active subject of the verb whose "in"/"at"/"into" phrase holds ``noun`` ("Ukraine
        is in a conflict with Russia", "Iran, which is in talks with X"); with ``verbs``, only for those lemmas."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in _IN_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
            return []
        if verbs is not None and prep.head.lemma_.lower() not in verbs:
            return []
        tokens, how = self.subjects(prep.head)
        if how.split("+")[0] != "active":
            return []  # "Ukraine was dragged into a war with Russia" by someone: the subject
        return [a for t in tokens for a in self.arguments(t)]

    def war_parties(self, args, *, armed: bool, single: bool = False) -> list:
        """The named actors among ``args`` that can wage a war; all or none unless ``single``."""
        found = {}
        for arg in args:
            if arg.is_concept or not self.war_party(arg, armed=armed):
                if not single:
                    return []
                continue
            found.setdefault(arg.key, arg)
        parties = list(found.values())
        return parties if single or 2 <= len(parties) <= _MAX_PARTIES else []

    def war_party(self, arg, *, armed: bool) -> bool:
        """Is the named ``arg`` a country or an armed group (any coded actor in an armed conflict)?"""
        if arg.type == "GPE" and self.lexicon.countries.country_of(arg.label) == arg.label:
            return True
        codes = self.lexicon.dictionaries.actor_codes(arg.label, date=self.document.date)
        if not codes:
            return False
        code = codes[0]
        if code in self.lexicon.countries.by_alpha3:
            return True  # a bare country code
        roles = {code[i:i + 3] for i in range(0, len(code), 3)}
        if arg.type == "PERSON" and code[:3] in self.lexicon.countries.by_alpha3 and roles & _STATE_ROLES:
            return True  # "Putin's war against Ukraine": a state's leader wages the state's war (RUSGOV)
        return bool(roles & _ARMED_ROLES) or armed and "MED" not in roles
