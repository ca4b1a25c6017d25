"""Fighting done both ways: "Indian and Pakistani troops exchanged fire", "exchanged fire with Hezbollah".

The CAMEO verb patterns write some acts with one code for both sides: "* FIRE [193:193]  # EXCHANGE,
TRADE", "% * GUNFIRE [193:193]", "% * SHOTS [193:193]", "% * ATTACKS [190:190]", "* IN BORDER CLASHES
[190:190]" (:attr:`extract.lexicon.cameo_verbs.VerbPattern.mutual`). An exchange of fire is each side's
fire on the other, and an event coder codes it both ways: "Indian and Pakistani troops exchanged fire"
is INDMIL -> PAKMIL and PAKMIL -> INDMIL (193), "Israeli troops exchanged fire with Hezbollah fighters"
ISRMIL -> LBNREB and LBNREB -> ISRMIL. When the verb's frame fits such a pattern of fighting (CAMEO root
19) and the coder reads that pattern, the parties of a compound subject are related each to each
(:meth:`~.compound_subjects.CompoundRules.compound_pairs`) and a "with" partner is related both ways,
each relation marked mutual.

Only fighting: a symmetric pattern of talks or ties ("* TALKS [046:046]") is read by the mutual events
of ``data/mutual_events.tsv``; "exchanged views with" is not fire. A verb whose object is an actor
("fought the militants") names the other side itself and is left directed.
"""

from __future__ import annotations

from ..syntax import prepositional_objects

__all__ = ["MutualActRules", "fights_both_ways", "fought_both_ways"]

# The CAMEO root of fighting (Use conventional military force).
_FIGHT_ROOT = "19"


def fought_both_ways(pattern) -> bool:
    """Is the verb pattern ``pattern`` (or None) an act of fighting the patterns code alike for both sides?

    Examples
    --------
    >>> from extract.lexicon.cameo_verbs import parse_verb_patterns
    >>> table = parse_verb_patterns('''--- TRADE [060] ---
    ... EXCHANGE
    ... - * FIRE [193:193]  # EXCHANGE
    ... - * PRISONERS [0841:0841]  # EXCHANGE
    ... - * SHOTS AT + [193]  # EXCHANGE
    ... ''')
    >>> [fought_both_ways(table.fitted("exchange", {w})) for w in ("fire", "prisoners", "shots")]
    [True, False, False]
    """
    return pattern is not None and pattern.mutual and pattern.code is not None and pattern.code[:2] == _FIGHT_ROOT


def fights_both_ways(verb, lexicon) -> bool:
    """Does the verb token's frame fit a pattern of fighting done both ways, the one the coder reads
    ("exchanged fire along the border": "* FIRE [193:193]")?"""
    lemma = verb.lemma_.lower()
    patterns = lexicon.cameo.patterns
    if patterns is None or patterns.entry(lemma) is None:
        return False
    from ..events.coding import NO_SENSE, frame_words, verb_sense  # the coder's; late: events reads relations

    pattern = patterns.fitted(lemma, *frame_words(verb))
    if not fought_both_ways(pattern):
        return False
    sense = verb_sense(lemma, verb, None, lexicon)
    return sense is not None and sense is not NO_SENSE and sense.code == pattern.code


class MutualActRules:
    """A "with" partner of fighting done both ways. Expects ``lexicon``, ``emit``, ``emit_both``, ``arguments``
    and ``argument_code`` on the reader."""

    def fought_with(self, verb, tok) -> bool:
        """Is ``tok`` the "with" partner of a verb of fighting done both ways ("exchanged fire with X")?"""
        return tok.dep_ == "pobj" and tok.head.lower_ == "with" and fights_both_ways(verb, self.lexicon)

    def emit_fought(self, subject, predicate, obj, tok, *, mutual, negated, confidence, **options) -> None:
        """(subject, predicate, object) and the reverse, both mutual, when both sides are actors of a
        country or named ("Israeli troops" and "Hezbollah fighters"); else the one relation (``mutual``,
        the verb's own mutual frames, is then kept)."""
        if not all(self.party_of_fight(arg) for arg in (subject, obj)) or subject.key == obj.key:
            self.emit_both(subject, predicate, obj, tok, mutual=mutual, negated=negated, confidence=confidence,
                           **options)
            return
        self.emit(subject, predicate, obj, tok, negated=negated, confidence=confidence, mutual=True, **options)
        self.emit(obj, predicate, subject, tok, negated=negated, confidence=confidence, mutual=True, **options)

    def fire_partners(self, verb, predicate, subjects, *, negated, confidence) -> None:
        """The "with" partner of the verb or of the act the parser hung it on ("exchanged [fire with Libyan
        troops]", "traded fire with X"), both ways, when both sides are actors of a country or named."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        partners = [p for head in (verb, *objects) for p in prepositional_objects(head, ("with",))]
        if not partners or not fights_both_ways(verb, self.lexicon):
            return
        for tok in partners:
            for obj in self.arguments(tok):
                for subject in subjects:
                    if self.party_of_fight(subject) and self.party_of_fight(obj):
                        self.emit_fought(subject, predicate, obj, verb, mutual=True, negated=negated,
                                         confidence=confidence, allow_concepts=True)

    def party_of_fight(self, arg) -> bool:
        """A named argument, or a generic actor of a country and a role ("Israeli troops")."""
        return not arg.is_concept or self.argument_code(arg) is not None
