"""Persons of the CAMEO actor dictionaries that the tagger did not tag: "Merkel asked Putin to ...",
"Pompeo said", "Sisi welcomed Abiy to Cairo".

The small tagger often misses a well-known person named by the surname alone, above all as a sentence's
first word. The actor dictionaries list their people with the surnames news gives them ("+MERKEL",
"+POMPEO_"); ``extract/data/person_aliases.tsv`` (derived by ``scripts/person_aliases.py``) holds those
aliases, the full names, and the surnames only one person of the dictionaries has ("Kenyatta" of "Uhuru
Kenyatta"). A run of capitalised words no other mention covers that is such a name becomes a person's
mention, when:

- the person holds a code of the dictionaries at the article's date (or now, without a date);
- the words are no part of a longer name: no capitalised word right before (but a title or the sentence's
  start: "President Tokayev") or after ("Kenyatta Avenue"), no word made with a hyphen ("Trump-backed", "Gallo-Roman");
- the tagger gave them no other entity's label ("May" a date);
- a surname the dictionary does not list (one derived from a full name) does not modify a noun ("the
  Karish and Tanin fields", "the Shinawatra family": things named after someone);
- a surname that is also an English word ("Trump", "Moon", "Price", marked ``common``) is a name only
  as a proper noun that is the subject of the verb right after it ("Trump slammed Iran", not "Price
  controls on fuel were lifted", "Bush fires forced"), or right after a title ("President Trump"), and
  only when the dictionary lists it as a surname; a derived surname that is an English word never is.

Month and weekday names, given names, countries, nationalities and known places never are names here
(the data file leaves them out). The article's own full names win: a surname that is the last word of a
person the article names in full ("Uhuru Kenyatta" ... "Kenyatta") is that person (:func:`extract.entities.entities_of` names it).

The table is read once; a Doc is scanned by its title-case tokens only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

from spacy.attrs import IS_TITLE as _IS_TITLE

from .doccache import doc_span, span_text, token_column
from .lexicon import Lexicon
from .lexicon.cache import cache_dir, cache_key, read_cached, write_cached
from .lexicon.flat import FlatTable
from .lexicon.cameo_actors import actor_tokens
from .errors import LexiconError

__all__ = ["dictionary_persons", "person_aliases"]

_DATA = Path(__file__).resolve().parent / "data" / "person_aliases.tsv"
#: Longest name matched, in words.
_MAX_WORDS = 4
#: Tokens after which any word may be capitalised, as at a sentence's start.
_OPENINGS = frozenset({'"', "“", "‘", "'", "«", ":", "(", "[", "—", "–", "-", "...", "…", "•", "*"})
_DASHES = frozenset({"-", "–", "—"})
#: Tagger labels of a name that no person is.
_PERSON_LABELS = frozenset({"", "PERSON"})
#: Tagger labels a person's surname is often given ("Pompeo said" an organisation, "met Rouhani" a group).
_MISREAD_LABELS = frozenset({"ORG", "NORP"})
#: Dependencies of a word that modifies a noun.
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def person_aliases() -> Mapping[str, tuple[str, bool, str]]:
    """Keyed name -> (kind, common, full name), read once from ``person_aliases.tsv``.

    The table is kept compiled in the lexicon's disk cache (:mod:`extract.lexicon.cache`, keyed by this
    module's code and the file's bytes) as a :class:`~extract.lexicon.flat.FlatTable`, which loads in a
    millisecond where the 28,000 rows take some thirty to split; its items are those of the file, in order.
    With the disk cache off (``NEWSGRAPH_CACHE=off``) it is the plain dict of the rows.
    """
    if cache_dir() is None:  # no disk cache: the plain dict is quicker to make
        return _read_aliases()
    key = cache_key([Path(__file__), _DATA], salt="person_aliases")
    table = read_cached(key)
    if not isinstance(table, FlatTable):
        table = FlatTable(_read_aliases())
        write_cached(key, table)
    return table


def _read_aliases() -> dict[str, tuple[str, bool, str]]:
    table = {}
    with open(_DATA, encoding="utf-8") as f:  # 28,000 rows: split here, faster than the general reader
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 4:
                raise LexiconError(f"{_DATA}:{number}: expected key, kind, common, full; got {len(cells)} cells")
            table[cells[0]] = (cells[1], cells[2] == "yes", cells[3])
    return table


def _titles(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.word_sets["titles"]


def _starts_sentence(doc, i: int) -> bool:
    tok = doc[i]
    if tok.is_sent_start or i == 0:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in _OPENINGS


def _common_name_ok(doc, i: int, end: int, lexicon: Lexicon) -> bool:
    """An English word as a surname: after a title, or a proper noun that is the subject of the next word."""
    tok = doc[i]
    if i and not _starts_sentence(doc, i) and doc[i - 1].lower_ in _titles(lexicon):
        return True
    if end - i != 1 or tok.pos_ != "PROPN" or tok.dep_ not in _SUBJECTS or end >= len(doc):
        return False
    head = tok.head
    return head.i == end and head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBD", "VBZ") \
        and not any(child.dep_ in ("compound", "amod") for child in tok.children)


def dictionary_persons(doc, spans, *, date=None, lexicon: Lexicon) -> tuple[list[tuple[int, int]], list[int]]:
    """Persons of the actor dictionaries no mention covers, and mentions that are such a person.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    spans : sequence of (int, int, str)
        The token ranges of the mentions found so far, with the tagger's labels.
    date : str or datetime.date, optional
        The article's date; None reads the dictionaries as of now.
    lexicon : Lexicon
        The tables (the actor dictionaries and the titles).

    Returns
    -------
    (list of (int, int), list of int)
        The ``(start, end)`` token ranges of the new persons' mentions; the positions in ``spans`` of
        the mentions the tagger labelled an organisation or a group ("Pompeo said", "met Rouhani")
        whose whole text is such a person's name.
    """
    n = len(doc)
    covered = bytearray(n)
    for ts, te, _label in spans:
        covered[ts:te] = b"\x01" * (te - ts)
    title = token_column(doc, _IS_TITLE)
    table = person_aliases()
    retyped = []
    for at, (ts, te, label) in enumerate(spans):
        if label in _MISREAD_LABELS and te - ts <= _MAX_WORDS and all(title[ts:te]):
            value = table.get(" ".join(w for tok in doc_span(doc, ts, te) for w in actor_tokens(tok.text)))
            if value is not None and (te - ts == 1 or value[0] == "alias") \
                    and _accepted(doc, ts, te, *value, title, date, lexicon, tagged=True):
                retyped.append(at)
    found = []
    i = 0
    while i < n:
        if not title[i] or covered[i]:
            i += 1
            continue
        match = _match_at(doc, i, title, covered, table)
        if match is None:
            i += 1
            continue
        end, (kind, common, full) = match
        if _accepted(doc, i, end, kind, common, full, title, date, lexicon):
            found.append((i, end))
        i = end
    return found, retyped


def _match_at(doc, i: int, title, covered, table):
    """The longest name of the table that starts at token ``i`` over capitalised, uncovered tokens."""
    last = i
    while last < len(doc) and last - i < _MAX_WORDS and title[last] and not covered[last]:
        last += 1
    # each word's normalised tokens read once, from the Doc's text (no Span or Token per length tried)
    parts = [actor_tokens(span_text(doc, k, k + 1)) for k in range(i, last)]
    for end in range(last, i, -1):
        key = " ".join(w for part in parts[: end - i] for w in part)
        value = table.get(key)
        if value is not None and (end - i == 1 or value[0] == "alias"):
            return end, value
    return None


def _modifies_noun(tok) -> bool:
    """Whether a word, or the first of the words it is coordinated with, modifies a noun."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ in _MODIFIERS and tok.head.pos_ == "NOUN"


def _accepted(doc, i: int, end: int, kind: str, common: bool, full: str, title, date, lexicon, *,
              tagged: bool = False) -> bool:
    n = len(doc)
    if not tagged and any(tok.ent_type_ not in _PERSON_LABELS for tok in doc[i:end]):
        return False  # "May" a date, "Jordan" a place
    if end < n and (title[end] or doc[end].pos_ == "PROPN"):
        return False  # "Kenyatta Avenue": a longer name
    if end < n and not doc[end - 1].whitespace_ and doc[end].text in _DASHES \
            or i and not doc[i - 1].whitespace_ and doc[i - 1].text in _DASHES:
        return False  # "Trump-backed", "the Gallo-Roman period": a word made with the name
    if i and not _starts_sentence(doc, i) and (title[i - 1] or doc[i - 1].pos_ == "PROPN") \
            and doc[i - 1].lower_ not in _titles(lexicon):
        return False  # "John Price": a longer name the dictionary does not know
    if common and (kind != "alias" or not _common_name_ok(doc, i, end, lexicon)):
        return False
    if kind != "alias" and _modifies_noun(doc[end - 1]):
        return False  # "the Karish and Tanin fields", "the Shinawatra family": a thing named after someone
    if not lexicon.dictionaries.actor_codes(full, date=date):
        return False  # no office nor standing at the date
    return kind != "alias" or bool(lexicon.dictionaries.actor_codes(doc[i:end].text, date=date))

