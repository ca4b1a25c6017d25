"""A quotation split around its attribution: '"We wish," Lavrov said, "to thank the Iraqi government."'

The parser reads the second piece's infinitive as the complement of the verb of saying ("said to
thank"), which has no subject for it; the writer's clause is the first piece's: "We wish ... to
thank". :func:`interrupted_verb` names that first verb, whose subject the infinitive takes
(:meth:`extract.relations.clauses.ClauseRules.subjects` asks it).

Only where the reading keeps its modality: the parse walks from the infinitive to the verb of
saying, so a first verb that makes it intended, negated, hypothetical or claimed ("We hope," he
said, "to meet") gives nothing, unless it is a hedge of a performative the speaker does by saying
it ('"We wish," he said, "to thank"': asserted, as :mod:`extract.events.modality` reads "we wish
to thank").
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .speakers import quotation_runs

__all__ = ["interrupted_verb"]

_MODALITY_LISTS = ("modality_intended", "modality_negated", "modality_hypothetical", "modality_claimed")
_FIRST_PERSON = frozenset({"i", "we"})
# What may stand after the first piece's verb inside its quotation marks.
_CLOSING = frozenset({",", "...", "…", "—", "–"})


def interrupted_verb(verb, lexicon: Lexicon):
    """The verb of a split quotation's first piece whose clause the infinitive ``verb`` goes on, or None.

    ``verb`` is an infinitive that opens the second piece and hangs on a verb of saying outside
    the quotations; the first piece, before that verb, ends with a verb that hangs on it too and
    has no complement or object of its own.
    """
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    runs = quotation_runs(verb.doc)
    run = runs.get(verb.i)
    head = verb.head
    if run is None or head.i in runs or head.lemma_.lower() not in lexicon.tables["speech_verbs"]:
        return None
    doc = verb.doc
    if any(not t.is_punct for t in doc[run[0]:verb.i] if t.dep_ != "aux"):
        return None  # the infinitive opens its piece
    for first in head.children:
        piece = runs.get(first.i)
        if (first.dep_ not in ("ccomp", "parataxis") or piece is None or piece == run or first.i > head.i
                or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in first.children)
                or any(t.text not in _CLOSING for t in doc[first.i + 1:piece[1] + 1])):
            continue
        return first if _keeps_modality(first, verb, lexicon) else None
    return None


def _keeps_modality(first, verb, lexicon: Lexicon) -> bool:
    """Is the infinitive asserted under ``first`` as it is under the verb of saying?"""
    lemma = first.lemma_.lower()
    words = lexicon.word_sets
    if not any(lemma in words[name] for name in _MODALITY_LISTS):
        return True
    # the hedge's own closed classes, imported late: events reads relations
    from ..events.modality import _EXPRESSIVE_VERBS, _HEDGE_VERBS
    return (lemma in _HEDGE_VERBS and verb.lemma_.lower() in _EXPRESSIVE_VERBS and first.tag_ == "VBP"
            and not any(c.dep_ in ("neg", "aux") for c in first.children)
            and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in first.children))
