"""A common noun capitalised inside a title or a heading: "the Olympiad in Neurosurgery" in an article that
writes "neurosurgery" elsewhere.

A word capitalised only because it stands in a title, a heading or a department's name ("the academic
department of Neurosurgery", "during Corona") is tagged a place or a body by its capital; the article
itself writes it in lower case as the noun it is. A one-word name is such a noun (marked suspect in place,
:func:`mark_common_capitals`; :mod:`extract.entities` then drops it unless the article names it otherwise)
when:

- the same article writes the word in lower case as a noun at least :data:`_LOWER_USES` times
  ("neurosurgery" five times in an article on the Olympiad in Neurosurgery);
- no table knows the word as a name: no entry of the knowledge base, no place of the gazetteer, no
  country, no organisation of the actor dictionaries, and no country's institution
  (``data/institutions.txt``: "Parliament", "Congress", "Senate" name a body however the article writes
  "parliament" elsewhere), and no head word of a body's name (``data/name_heads.tsv`` with a type: "This
  Court finds", "the Federation"; "City" and "State", heads of no one kind, are read);
- the word is a noun of English, one of the rule lemmatizer's list (WordNet's nouns: "neurosurgery",
  "universe"); a brand its owner writes in lower case is none ("freenode" of "the Freenode #live event");
- it is written in title case (an acronym is a name: "ART", "OPD") and is one word.

:func:`extract.entities._mark_written_lower` reads one such noun at a sentence's start; this reads it
anywhere, and asks for the lower-case noun more than once.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import IS_LOWER, LOWER, POS
from spacy.symbols import NOUN

from .doccache import token_column
from .lexicon import Lexicon
from .pipeline import noun_words

__all__ = ["is_table_name", "mark_common_capitals"]

#: How many times the article must write the word in lower case as a noun.
_LOWER_USES = 2

def _lower_nouns(doc) -> Counter:
    """How often each lower-case noun is written in the Doc, read as columns: no Token per word."""
    strings = doc.vocab.strings
    return Counter(strings[low] for low, is_lower, pos in zip(
        token_column(doc, LOWER), token_column(doc, IS_LOWER), token_column(doc, POS)) if is_lower and pos == NOUN)


def _body_head(name: str, lexicon: Lexicon) -> bool:
    """Whether the word ends names of a kind (``data/name_heads.tsv``: "Court", "Federation", "Party"): alone
    and capitalised, it names the one such body the article is about ("This Court finds")."""
    row = lexicon.tables["name_heads"].get(name.casefold())
    return bool(row) and row[0] != "-"


def is_table_name(name: str, *, lexicon: Lexicon) -> bool:
    """Whether a table knows ``name`` as a name: the knowledge base, the gazetteer, the countries and their
    peoples, or the organisations of the actor dictionaries."""
    from .entity_context import dictionary_type  # entity_context reads the entity tables: imported when used

    return bool(lexicon.knowledge.lookup(name) or lexicon.gazetteer.candidates(name)
                or lexicon.countries.country_of(name) or dictionary_type(name, lexicon=lexicon))


def _known(name: str, lexicon: Lexicon) -> bool:
    return is_table_name(name, lexicon=lexicon) or name.casefold() in lexicon.word_sets["institutions"] \
        or _body_head(name, lexicon)


def mark_common_capitals(doc, drafts, *, lexicon: Lexicon) -> None:
    """Mark suspect (in place) each one-word draft that the article also writes as a lower-case noun.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The tagged Doc the drafts are of.
    drafts : list
        The drafts of :mod:`extract.entities` (``ts``, ``te``, ``hint``, ``country``, ``suspect``).
    lexicon : Lexicon
        The knowledge, gazetteer, country and dictionary tables.
    """
    nouns = noun_words(doc.vocab)
    if not nouns:
        return  # no list of English's nouns: no word is known to be one
    lower = None
    checked: dict[str, bool] = {}
    for d in drafts:
        if d.te - d.ts != 1 or d.hint is not None or d.country or d.suspect:
            continue
        token = doc[d.ts]
        if not token.is_title or not token.is_alpha:
            continue
        if lower is None:
            lower = _lower_nouns(doc)
        word = token.lower_
        if lower[word] < _LOWER_USES or word not in nouns:
            continue
        if word not in checked:
            checked[word] = not _known(token.text, lexicon)
        if checked[word]:
            d.suspect = True
