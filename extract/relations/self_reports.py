"""The reporter as the subject of its own reported act: "The army said it had killed 12 militants".

Coreference resolves a pronoun to a named entity only; a reporter that is a common noun ("the army", "the
ministry", "police") is no entity, so "it" and "they" in its reported clause stayed unresolved: "it" gave no
relation at all and "they" the unspecified concept. :func:`extract.coref_reporters.self_reporter` says when
the subject pronoun of the clause stands for the reporter; :meth:`SelfReportRules.reported_subject` (asked by
:mod:`.subjects`) puts the reporter's noun in the pronoun's place, so the clause's relations are read, coded and
judged as with a noun subject (actor codes from the reporter's phrase), and :meth:`SelfReportRules.as_reported`
(asked by :mod:`.output` when a relation is emitted) keeps the pronoun in the subject's ``resolved_from``.
A pronoun coreference resolved keeps its reading. The first person of a quotation whose one speaker is
described, not named, takes the speaker's noun the same way (:func:`.quote_referents.described_speaker`); a
third-person pronoun inside a quotation is never its speaker.
"""

from __future__ import annotations

import dataclasses

from ..coref_reporters import self_reporter
from .quote_referents import described_speaker
from .speakers import quotation_runs

__all__ = ["SelfReportRules", "reporter_in_place"]

# The pronouns a reporter's or a quotation's described speaker's noun is put in the place of
# (the first person: extract/relations/quote_referents.py).
_PRONOUNS = frozenset({"it", "they", "he", "she", "i", "me", "we", "us"})


class SelfReportRules:
    """Expects ``doc``, ``index`` and ``lexicon`` on the reader; keeps ``_self_reports`` (reporter token ->
    [(reported verb token, pronoun text)], one for each pronoun it stands for)."""

    def reported_subject(self, subs: list) -> list:
        """``subs`` with a lone unresolved subject pronoun that stands for its reporter replaced by the
        reporter's head noun."""
        if len(subs) != 1 or subs[0].pos_ != "PRON" or self.index.reference_at(subs[0].i) is not None:
            return subs
        pronoun = subs[0]
        # '"We arrested three," a police spokesman said': the described speaker (quote_referents.py)
        reporter = described_speaker(self.doc, pronoun, self.index, self.lexicon)
        if reporter is None:
            reporter = self_reporter(pronoun, self._named_type, self.lexicon)
            if reporter is None or _quoted_apart(self.doc, pronoun, reporter):
                return subs
        self._self_reports.setdefault(reporter.i, []).append((pronoun.head.i, pronoun.text))
        return [reporter]

    def _named_type(self, i: int) -> str | None:
        mention = self.index.mention_at(i)
        return self.index[mention.key].type if mention is not None else None

    def as_reported(self, subject, tok):
        """``subject`` with the pronoun in ``resolved_from`` when it is a reporter put in a pronoun's place
        in the clause of ``tok`` (the predicate's token), else ``subject``."""
        reports = getattr(self, "_self_reports", None)
        if not reports or subject.resolved_from is not None:
            return subject
        doc = self.doc
        # the narrowest clause holding ``tok``: "we arrested X and we released Y" has a pronoun in each
        found = [(doc[verb].right_edge.i - doc[verb].left_edge.i, pronoun)
                 for reporter, reported in reports.items() for verb, pronoun in reported
                 if subject.start <= doc[reporter].idx < subject.end
                 and doc[verb].left_edge.i <= tok.i <= doc[verb].right_edge.i]
        return dataclasses.replace(subject, resolved_from=min(found)[1]) if found else subject


def _quoted_apart(doc, pronoun, reporter) -> bool:
    """Is ``pronoun`` inside a quotation ``reporter`` is outside of? A speaker says "I" of themself: the
    quotation's "he" or "she" is someone else ('Asked about Merkel, the minister said: "She ..."')."""
    runs = quotation_runs(doc)
    run = runs.get(pronoun.i)
    return run is not None and runs.get(reporter.i) != run


def reporter_in_place(arg) -> bool:
    """Is ``arg`` a reporter's common noun put in a subject pronoun's place (a concept resolved from a bare
    pronoun)? The event fields code it from its own phrase, as the noun subject it is ("the army": MIL)."""
    return arg.type == "CONCEPT" and arg.resolved_from is not None and arg.resolved_from.lower() in _PRONOUNS
