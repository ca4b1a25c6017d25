"""Clauses: who did it (subjects by voice, inherited, recovered or the incident), negation, the predicate span.

The subject rules are in :mod:`extract.relations.subjects`, the attachment tests they ask in
:mod:`extract.relations.attachments`, causes and statements in :mod:`extract.relations.causes`.
"""

from __future__ import annotations

from ..syntax import AUX_DEPS, is_negated
from ..types import Predicate
from .attachments import AttachmentRules
from .causes import CauseRules
from .subjects import _REL_PRONOUNS, SubjectRules  # noqa: F401  (the verb rules import it from here)
from ..doccache import doc_span

__all__ = ["ClauseRules"]


class ClauseRules(SubjectRules, AttachmentRules, CauseRules):
    """The subject of a verb's clause and the verb's predicate.

    Expects ``doc``, ``index``, ``_subjects`` (the memo) and the word sets
    ``raising``, ``incidents`` and ``agent_nouns`` on the reader.
    """

    def negated(self, tok) -> bool:
        return is_negated(tok, through_aux=True)

    def predicate(self, verb, lemma: str, last=None) -> Predicate:
        first = verb.i
        end = verb.i if last is None else last.i
        for child in verb.children:
            if child.dep_ in AUX_DEPS and child.i < verb.i:
                first = min(first, child.i)
            elif child.dep_ == "prt" and last is None:
                end = max(end, child.i)
        span = doc_span(self.doc, first, end + 1)
        return Predicate(lemma=lemma, text=span.text, start=span.start_char, end=span.end_char)
