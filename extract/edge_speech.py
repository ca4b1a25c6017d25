"""Doubts about words that are a quotation's and not the article's: a sentence that is all quotation.

:mod:`extract.quality` names the doubts that make a relation a poor graph
edge; its ``quoted`` doubt needs the speaker named in the relation's own
sentence ('"X needs stability," she said'). This module adds the sentence
that is nothing but a quotation: every word of it stands inside quotation
marks (an opening mark with no closing one runs to the sentence's end, a
closing one with no opening one starts at its beginning, so the middle
sentences and the last one of a quotation that runs over several sentences
count too). Its speaker is named in another sentence, and its words are
that speaker's, not a fact the article states:

- ``whole quotation``: the relation's sentence has no word outside its
  quotations, and the relation has no event type. As with
  :mod:`extract.edge_objects`'s ``unquoted speech``, the speaker's own
  acts stay (a subject "I" or "we" resolved to a name: "We are fully
  cooperating with all agencies"), and so do a relation with an event type
  (the event is kept as reported) and a ``located in`` fact.

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = '"Puerto Rico needs stability and calm."'
>>> rel = Relation("d", Argument("pr", "Puerto Rico", "GPE", "Puerto Rico", 1, 12), Predicate("need", "needs", 13, 18),
...                Argument("concept:stability", "stability", "CONCEPT", "stability", 19, 28), text, 0)
>>> speech_doubts(rel)
('whole quotation',)
>>> speech_doubts(Relation("d", rel.subject, rel.predicate, rel.object, text.strip('"'), 0))
()
"""

from __future__ import annotations

import re

from .types import Relation

__all__ = ["SPEECH_DOUBTS", "speech_doubts", "written_word"]

#: Every doubt :func:`speech_doubts` can name.
SPEECH_DOUBTS = ("whole quotation",)

_LOCATED = "located in"
_SELF = frozenset({"i", "we"})
_WORD = re.compile(r"[^\W_]")


def speech_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s words are a quotation's: names of :data:`SPEECH_DOUBTS`, or ``()``."""
    if relation.predicate.lemma == _LOCATED or relation.event is not None:
        return ()
    if written_word(relation.subject) in _SELF:
        return ()
    return ("whole quotation",) if _all_quoted(relation.sentence) else ()


def written_word(arg) -> str:
    """The words the text wrote for ``arg``, casefolded: the pronoun a speaker's noun was put in place of
    ('"We arrested three," a police spokesman said': "we"), else its own text."""
    written = arg.resolved_from if arg.resolved_from is not None else arg.text
    return written.casefold() if isinstance(written, str) else ""


def _all_quoted(sentence) -> bool:
    """True if ``sentence`` has quotations and no word (letter or digit) outside them."""
    if not isinstance(sentence, str):
        return False
    from .quality import quoted_spans  # extract.quality imports this module

    spans = quoted_spans(sentence)
    if not spans:
        return False
    last = 0
    for start, end in spans:
        if _WORD.search(sentence, last, start) if last < start else False:
            return False
        last = end
    return _WORD.search(sentence, last) is None
