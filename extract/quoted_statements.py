"""Quoted statements of officials and bodies: 'X said, "..."' as a statement (CAMEO 010) of X.

An event coder reads a quotation by what it says: '"We warn the Saudis ...,"
Saree said' is the threat (138), 'Sanders said: "I am asking all Americans
..."' the appeal (020). A quotation that names no event is still the
speaker's statement: '"The situation will worsen in the next few hours,"
said Vasco Cordeiro, the regional president' and 'Fauci said of the
outbreak, "it's going to get worse"' are Make statement (010) of the
official, as an indirect "said" is (:mod:`extract.said_sources`).

:func:`extract.said_sources.said_clause` reads such a "say" when the verb
stands outside every quotation of its sentence (:func:`outside_quotations`:
a "said" inside a quotation is the quotation's own word), and
:func:`extract.said_sources.said_events` decides as for indirect speech: an
official's or a body's code, and no word of the clause (the quotation's
words among them) that names an event of another root than statements', a
death or a harm, nor an event read on the verb itself. A quotation says
more than its verbs: one that praises or blames in a word of
``data/evaluative_words.tsv`` ("said D'Souza had been an "iconic" leader":
praise, 051; "He was ruthless": blame) is coded by that judgement, which a
statement (010) would contradict (:func:`judging_quotation`). A quotation
is read whole, past its sentence (:func:`quoted_words`).
"""

from __future__ import annotations

__all__ = ["QUOTE_CHARS", "judging_quotation", "outside_quotations", "quoted_span", "quoted_words"]

# Judgements a quotation may carry that are no plain statement (sorrow, 018, is a statement's root).
_JUDGEMENTS = ("praise", "criticism")
_TABLE = "evaluative_words"

#: The characters that open or close a quotation.
QUOTE_CHARS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def _mark(tok) -> bool:
    return tok.text in QUOTE_CHARS or tok.is_quote


def quoted_span(doc, first: int, last: int) -> bool:
    """Does a quotation mark lie in the tokens ``first`` .. ``last``?"""
    return any(_mark(t) for t in doc[first:last + 1])


def outside_quotations(verb, runs=None) -> bool:
    """Does ``verb`` stand outside every quotation of its Doc?

    The quotation runs (:func:`extract.relations.speakers.quotation_runs`,
    token index -> run; read from the Doc when ``runs`` is None) are read off
    the text's quotation marks as a whole, so a sentence that opens with the
    closing mark of the quotation before it and an apostrophe ("the States'
    director") do not turn the count: '"...," said X' and 'X said, "..."'
    are outside; '"... as I said before ..."' is not.
    """
    if runs is None:
        from .relations.speakers import quotation_runs  # the relations import this module's callers

        runs = quotation_runs(verb.doc)
    return verb.i not in runs


def quoted_words(verb, clause) -> tuple:
    """The tokens of the quotations the reported ``clause`` of ``verb`` holds, whole.

    A quotation that goes on past the sentence (""Many dates are tied to
    his name. He made a great contribution ...," X said in a statement")
    says all of it: every token of each quotation run
    (:func:`extract.relations.speakers.quotation_runs`) that one token
    between the verb and the clause's far edge lies in. Empty when the
    clause holds no quotation.
    """
    from .relations.speakers import quotation_runs  # the relations import this module's callers

    doc = verb.doc
    first, last = min(clause.left_edge.i, verb.i), max(clause.right_edge.i, verb.i)
    if not quoted_span(doc, first, last):
        return ()
    runs = quotation_runs(doc)
    spans = sorted({runs[i] for i in range(first, last + 1) if i in runs})
    words = tuple(doc[i] for start, end in spans for i in range(start, end + 1))
    return words or tuple(doc[first:last + 1])  # a quotation of a word or two makes no run


def judging_quotation(words, lexicon) -> bool:
    """Does a word of a quotation (its lemma or its text, lower case) praise or blame?

    ``words`` are the quotation's tokens (:func:`quoted_words`); the
    judgements are the praise and criticism rows of
    ``data/evaluative_words.tsv`` (sorrow, 018, is a statement's root). A
    clause with no quotation is read by :mod:`extract.relations.stated_content`.
    """
    judging = lexicon.keys_where(_TABLE, "evaluation", *_JUDGEMENTS)
    return any(t.lower_ in judging or t.lemma_.lower() in judging for t in words)
