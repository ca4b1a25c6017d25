"""A language's name written where the text speaks of the language, not of its people (audit round w14b).

The tagger types "Arabic" NORP in "the Arabic page" and "translated into Persian", where a reader sees the
language; spaCy's own LANGUAGE label is no node of the graph (``extract.entities.KEPT_LABELS``), and so
neither is such a mention. A name of ``data/languages.txt`` is read as its language when it is:

- the object of "in", "into" or "from" ("written in Arabic", "translated from Persian"), or of a verb of
  speaking, writing or learning ("she speaks Farsi");
- a modifier of a noun of text or speech ("the Arabic page", "a Spanish translation", "French speakers",
  ``data/language_nouns.txt``), or written "<name>-language" / "<name>-speaking";
- a language's name coordinated after one of these ("into Arabic and Persian").

"the Arabic media", "Persian rugs", "French troops" and "the Persian Gulf" stay the people's or place's names.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words

__all__ = ["is_language_use", "language_names"]

#: Prepositions whose object, a language's name, is the language.
_PREPOSITIONS = frozenset({"in", "into", "from"})
#: Verbs whose object, a language's name, is the language.
_VERBS = frozenset({"speak", "learn", "teach", "write", "translate", "understand", "study", "read"})
#: Dependencies of a word that modifies a noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: What follows a hyphen after a language's name: "Arabic-language", "Spanish-speaking".
_HYPHENED = frozenset({"language", "speaking", "speaker", "speakers"})
#: Labels this rule judges: what the tagger gives a language's name.
_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON", "FAC", "LOC"})


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The language names of ``data/languages.txt``, casefolded."""
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "languages.txt"))


@lru_cache(maxsize=1)
def _language_nouns() -> frozenset[str]:
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "language_nouns.txt"))


def is_language_use(doc, ts: int, te: int, label: str) -> bool:
    """Whether the one-word name ``doc[ts:te]`` is a language's, written where the text speaks of the language."""
    if te - ts != 1 or label not in _LABELS or doc[ts].lower_ not in language_names():
        return False
    tok = doc[ts]
    if te + 1 < len(doc) and doc[te].text in _HYPHENS and not tok.whitespace_ and doc[te + 1].lower_ in _HYPHENED:
        return True
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.lower_ in language_names():
        tok = tok.head  # "into Arabic and Persian": the first conjunct's role
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _PREPOSITIONS:
        return True
    if tok.dep_ == "dobj" and head.lemma_.casefold() in _VERBS:
        return True
    nouns = _language_nouns()
    return tok.dep_ in _MODIFIER_DEPS and head.i > tok.i and (head.lower_ in nouns or head.lemma_.casefold() in nouns)
