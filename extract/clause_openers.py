"""A clause's opening word the tagger read into the name after it (nodes audit, issue 12).

At the start of a sentence or a clause every word is capitalised, and the tagger takes a
conjunction, a preposition or a question's auxiliary there for the first word of the name that
follows: "Neither Dasbach nor Mears would ..." tagged "Neither Dasbach", "Regarding Ashodaya?",
"Will Red Hat employees be barred ...?". The words are listed in ``data/clause_openers.tsv``; the
name starts after the word when

- the word opens its sentence or follows a clause's punctuation (a colon, a quotation mark, a
  bracket),
- a capitalised word follows it inside the name,
- the rest of the name is written elsewhere in the article without the word (so "Will Smith" and
  "Said bin Taimur" stay whole unless the article confirms the shorter name), and
- for an auxiliary ("Will", "Does") the sentence is a question: a statement may open with a name
  such as "Will Smith".

No spaCy import: the functions read a parsed ``Doc`` handed in.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["opener_end"]

#: Punctuation after which a capitalised word opens a clause.
_CLAUSE_MARKS = frozenset({".", "!", "?", ":", ";", "\"", "“", "”", "'", "‘", "(", ")", "[", "]", "—", "–", "-"})
_QUESTION = frozenset({"?"})


def _opens_clause(doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return prev.is_punct and (prev.text in _CLAUSE_MARKS or prev.text[-1:] in _CLAUSE_MARKS)


def _is_question(doc, i: int) -> bool:
    sent = doc[i].sent
    for tok in doc[i:sent.end]:
        if tok.text in _QUESTION:
            return True
    return False


def _written_alone(doc, ts: int, te: int) -> bool:
    """Whether the name less its first word is written in the article other than right after it."""
    rest = doc[ts + 1:te].text
    text = doc.text
    own = doc[ts + 1].idx
    at = text.find(rest)
    while at != -1:
        if at != own and (at == 0 or not text[at - 1].isalnum()):
            end = at + len(rest)
            if end >= len(text) or not text[end].isalnum():
                return True
        at = text.find(rest, at + 1)
    return False


def opener_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int:
    """The start of the name ``doc[ts:te]`` past a clause's opening word of ``data/clause_openers.tsv``
    the tagger took into it ("Neither Dasbach" -> "Dasbach"); ``ts`` where there is none."""
    if te - ts < 2:
        return ts
    first = doc[ts]
    row = lexicon.tables["clause_openers"].get(first.lower_)
    if row is None or not first.is_title or not doc[ts + 1].text[:1].isupper():
        return ts
    if not _opens_clause(doc, ts):
        return ts
    if row[0] == "aux" and not _is_question(doc, ts):
        return ts
    if not _written_alone(doc, ts, te):
        return ts
    return ts + 1
