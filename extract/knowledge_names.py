"""Names the tagger never found that the shipped tables know: "shares of Glencore", "fighters of Boko Haram".

The small tagger leaves some well-known names untagged on unseen news (companies, bands, parties, armed
groups); they are then no node. The knowledge base (:class:`extract.lexicon.KnowledgeBase`: the shipped
Wikidata entities and ``data/known_organisations.tsv``) and the organisations of the Phoenix actor
dictionaries (:func:`extract.entity_context.dictionary_type`) know many of them. A run of capitalised
proper nouns that no mention covers is such a name, with the table's type, when:

- the run, written exactly so, is the label or an unbounded alias of ONE entry of an organisation or a
  person, or, unknown to the base, an organisation of the dictionaries; one lookup per run, the whole run
  only (no part of a longer name is tried). An entry of a place (GPE, LOC) or another kind gives nothing:
  in a corpus-wide check untagged places were as often a river, a district or a foreign phrase;
- it is no part of a longer name: no capitalised word or mention right before it or after it ("Vale" of
  "Vale of Glamorgan", "Ford" of "Harrison Ford"), no "of"/"&"/"de" and a capitalised word after it, no hyphen
  gluing a word to it ("Hezbollah-backed"); not in a line written in title case;
- the tagger gave its words no other label ("the film Parasite", "May" a date), and it is no acronym
  (acronyms are :mod:`extract.capital_names`' and need the full name or the article's own tag);
- a one-word run is the entry's own label, or an alias that is the label less a company's legal form
  ("Alibaba" of "Alibaba Group"), never a word English also uses as a common one (``data/kb_common_words.txt``,
  derived from WordNet's lower-case lemmas: "Apple pie", "the Amazon rainforest", "the Queen",
  "Genesis") nor one the article writes in lower case; an organisation's one-word name is no place of the
  gazetteer ("Bono, Arkansas") and no given name or known surname ("Ford") unless the article gives the
  entry's full name, and follows no title ("Mr Dell");
- a person's entry is one :func:`extract.linking.link_entity` links (a word of the description in the
  article, no namesake): "the singer Adele", not a "Drake" the text does not describe.

The words run from a capitalised proper noun over the next ones (at most five), so one lookup per
candidate; the tables are read through the compiled lexicon, the word list once, on first use.
"""

from __future__ import annotations

import functools
import re

from spacy.attrs import IS_LOWER, IS_TITLE, IS_UPPER, ORTH, POS
from spacy.symbols import PROPN

from .doccache import cache_of, doc_span, doc_text, sentence_bounds, span_text, token_column, token_sentence
from .entity_context import dictionary_type, is_given_name
from .lexicon import Lexicon
from .lexicon.core import DATA_DIR
from .lexicon.knowledge import KnowledgeEntry, is_acronym
from .lexicon.normalise import fold_key
from .lexicon.readers import read_words

__all__ = ["common_name_words", "knowledge_names"]

#: The entry types a recovered name may take. Places are left to the tagger and the gazetteer: an untagged
#: place's name was too often another thing's (a river, a district, a phrase: "the Dordogne", "fa'a Samoa").
_NAMED_TYPES = frozenset({"ORG", "PERSON"})
#: The longest run looked up, in words.
_REACH = 5
#: The tagger's label of a people's word, which may open an organisation's name it left untagged ("Islamic State").
_PEOPLE = "NORP"
#: A company's legal form or domain after its short name: "Alibaba Group", "Amazon.com".
_LEGAL_FORMS = frozenset("""inc inc. corp corp. corporation company co co. group ltd ltd. limited plc
holdings s.a. sa ag se n.v. nv llc .com""".split())
#: Words between two capitalised words of one longer name ("Vale of Glamorgan", "Johnson & Johnson").
_JOINERS = frozenset({"of", "&", "de", "del", "la", "du", "von", "van", "and"})
_DASHES = frozenset({"-", "–", "—"})
#: Tokens after which any word may be capitalised.
_OPENINGS = frozenset({'"', "“", "‘", "'", "«", ":", "(", "[", "—", "–", "-", "...", "…", "•", "*"})
#: A sentence with under this share of words in lower case is a headline or a title line.
_TITLE_LINE = 0.25


@functools.cache
def common_name_words() -> frozenset[str]:
    """The one-word names of the tables that are also common English words (``data/kb_common_words.txt``)."""
    return frozenset(row.cells[0] for row in read_words(DATA_DIR / "kb_common_words.txt"))


@functools.lru_cache(maxsize=4)
def _surnames(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the knowledge base's people ("ford" of Gerald Ford)."""
    return frozenset(fold_key(label.split()[-1]) for label in lexicon.knowledge.labels("PERSON") if " " in label)


def _capitalised(doc) -> bytearray:
    """Per token: a capitalised proper noun that is no acronym ("Tencent", "TikTok", not "NATO"), read off
    columns; a Token is made only for a proper noun in mixed case."""
    title, upper, lower, pos = (token_column(doc, a) for a in (IS_TITLE, IS_UPPER, IS_LOWER, POS))
    marks = bytearray(len(title))
    for i, p in enumerate(pos):
        if p == PROPN and not upper[i] and (title[i] or not lower[i] and doc[i].text[:1].isupper()):
            marks[i] = 1
    return marks


def _lower_words(doc) -> set[str]:
    """The words the article writes in lower case."""
    strings = doc.vocab.strings
    return {strings[orth] for orth, is_lower in zip(token_column(doc, ORTH), token_column(doc, IS_LOWER))
            if is_lower}


def _starts_sentence(doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in _OPENINGS


def _title_line(doc, i: int) -> bool:
    """Whether the sentence of token ``i`` is written in title case (a headline, a caption): of its words that
    are no stop word, under a quarter in lower case. A news sentence dense with names still has its verbs
    and nouns in lower case."""
    start = sentence_bounds(doc, i)[0]
    memo = cache_of(doc).memo("title_line")  # one answer per sentence
    found = memo.get(start)
    if found is None:
        words = [t for t in token_sentence(doc[i]) if t.is_alpha and not t.is_stop]
        found = memo[start] = len(words) >= 3 and sum(t.is_lower for t in words) < _TITLE_LINE * len(words)
    return found


def _longer_name(doc, ts: int, te: int) -> bool:
    """Whether the run is part of a longer name: a capitalised word or a joined word on either side."""
    n = len(doc)
    if ts and not _starts_sentence(doc, ts):
        before = doc[ts - 1]
        if before.ent_type_ or before.text[:1].isupper() and (
                before.pos_ == "PROPN" or not _starts_sentence(doc, ts - 1)):
            return True  # "Harrison Ford", "the British Glencore"; not "Its Facebook page" opening a sentence
        if before.text in _DASHES and not before.whitespace_ and ts > 1 and not doc[ts - 2].whitespace_:
            return True  # "Anglo-Dutch", "Pro-Hezbollah"
    if te < n:
        after = doc[te]
        if after.text[:1].isupper() or after.is_digit:
            return True  # "Amazon Prime", "Queen Elizabeth", "Apollo 11"
        if after.text in _DASHES and not doc[te - 1].whitespace_ and not after.whitespace_:
            return True  # "Hezbollah-backed"
        if after.lower_ in _JOINERS and te + 1 < n and doc[te + 1].text[:1].isupper():
            return True  # "Vale of Glamorgan", "Johnson & Johnson"
    if ts >= 2 and doc[ts - 1].lower_ in _JOINERS and doc[ts - 2].text[:1].isupper() \
            and (doc[ts - 2].pos_ == "PROPN" or not _starts_sentence(doc, ts - 2)):
        return True  # "the Book of Genesis", "Bank of America"; not "Gunmen of Boko Haram" opening a sentence
    return False


def _strong_alias(name: str, entry: KnowledgeEntry) -> bool:
    """Whether a one-word alias is the entry's label less a legal form ("Alibaba" of "Alibaba Group")."""
    rest = entry.label[len(name):] if entry.label.startswith(name) else None
    if rest is None:
        return False
    rest = rest.strip().casefold()
    return rest in _LEGAL_FORMS or " " not in rest and rest.startswith(".") and rest in _LEGAL_FORMS


def _entry_of(name: str, lexicon: Lexicon, date) -> tuple[KnowledgeEntry | None, bool]:
    """The one entry ``name`` names, written exactly so, and whether the knowledge base knows the name at all."""
    found = lexicon.knowledge.lookup(name)
    if not found:
        return None, False
    day = str(date)[:10] if date else None
    exact = {}
    for entry, alias in found:
        written = entry.label if alias is None else alias.name
        if written != name or alias is not None and not alias.holds_on(day):
            continue
        if " " not in name and alias is not None and not _strong_alias(name, entry):
            continue  # "Samsung" of "Samsung Electronics" may be another part of the group
        exact[entry.qid or entry.label] = entry
    if len(exact) != 1 or len({e.qid or e.label for e, _ in found}) != 1:
        return None, True  # another entry is also called so (in another case or as an alias): ambiguous
    return next(iter(exact.values())), True


def _person_word(doc, ts: int, lexicon: Lexicon) -> bool:
    """Whether a title or a given name comes right before the run ("Mr Dell", "Michael Dell")."""
    if not ts:
        return False
    word = doc[ts - 1].text.rstrip(".")
    return fold_key(word) in lexicon.word_sets["titles"] or is_given_name(word, lexicon=lexicon)


def _person_reading(name: str, entry: KnowledgeEntry, text: str, lexicon: Lexicon) -> bool:
    """Whether an organisation's one-word name is also a given name or a known person's surname ("Ford"),
    and the article does not give the entry's full name ("Ford Motor Company")."""
    if fold_key(name) not in _surnames(lexicon) and not is_given_name(name, lexicon=lexicon):
        return False
    return not any(full in text for full in entry.full_names() if " " in full)


def _place_reading(name: str, lexicon: Lexicon) -> bool:
    """Whether the gazetteer has a place called ``name`` itself ("Bono", a town in Arkansas)."""
    folded = fold_key(name)
    return bool(lexicon.countries.country_of(name)) or any(
        fold_key(c.name) == folded for c in lexicon.gazetteer.candidates(name))


def _person_linked(doc, ts: int, te: int, entry: KnowledgeEntry, lexicon: Lexicon, date) -> bool:
    """Whether :func:`extract.linking.link_entity` links the run, read as a person, to ``entry``."""
    from .linking import link_entity  # the linker reads the entity modules: imported when used
    from .types import Entity

    name = span_text(doc, ts, te)
    probe = Entity(key=fold_key(name), label=name, type="PERSON", aliases=(), mentions=1)
    link = link_entity(probe, lexicon=lexicon, text=doc_text(doc), date=str(date)[:10] if date else None)
    return link is not None and link.entry is not None and link.qid == entry.qid


def _accepted(doc, ts: int, te: int, lexicon: Lexicon, date, lower: set[str], *, opened: bool = False) -> str | None:
    """The type of the run ``doc[ts:te]`` when it is a name the tables know (see the module), else None.

    ``opened``: the run's first word is a people's mention of its own ("Islamic" of "Islamic State"); the
    run then counts only as an organisation's name.
    """
    name = span_text(doc, ts, te)
    if is_acronym(name) or any(t.ent_type_ for t in doc_span(doc, ts + opened, te)):
        return None
    start = doc[ts].idx
    if doc_text(doc)[max(0, start - 2):start] == "((":
        return None  # "((Wikinews))": a transcript's speaker label is markup, no mention
    one_word = te - ts == 1
    if one_word and (name.casefold() in common_name_words() or name.casefold() in lower):
        return None  # "an Apple pie", "the Queen", "Genesis"; a word the article writes in lower case
    entry, known = _entry_of(name, lexicon, date)
    if entry is None:
        if known or dictionary_type(name, lexicon=lexicon) != "ORG":
            return None
        kind = "ORG"  # an organisation of the dictionaries only ("Greenpeace", "Boko Haram")
    else:
        kind = entry.type
        if kind not in _NAMED_TYPES:
            return None
    if opened and kind != "ORG":
        return None  # "Islamic Republic": a people's word before a place's or a person's name stays
    if kind in ("ORG", "PERSON") and one_word and _place_reading(name, lexicon):
        return None  # "Bono, Arkansas", "Toyota" the city
    if kind == "ORG" and _person_word(doc, ts, lexicon):
        return None  # "Mr Dell", "Michael Dell"
    if kind == "ORG" and one_word and entry is not None and _person_reading(name, entry, doc_text(doc), lexicon):
        return None
    if kind == "PERSON" and not _person_linked(doc, ts, te, entry, lexicon, date):
        return None  # a namesake the article does not describe
    return kind


def knowledge_names(doc, spans, *, lexicon: Lexicon, date=None) -> list[tuple[int, int, str]]:
    """The names no mention covers that the knowledge base or the actor dictionaries know.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A tagged and parsed Doc.
    spans : iterable of (int, int, str)
        The mentions found so far: token start, token end, label.
    lexicon : Lexicon
        The tables (knowledge base, actor dictionaries, gazetteer, titles).
    date : str or datetime.date, optional
        The article's date: a time-bound alias counts only then.

    Returns
    -------
    list of (int, int, str)
        Token start, end and the table's type of each new mention, in text order.
    """
    n = len(doc)
    covered = bytearray(n)
    soft = set()  # a one-word people's mention that may open an organisation's name ("Islamic State")
    for ts, te, label in spans:
        if label == _PEOPLE and te - ts == 1:
            soft.add(ts)
            continue
        covered[ts:te] = b"\x01" * (te - ts)
    capital = _capitalised(doc)
    found = []
    lower = None
    i = 0
    while i < n:
        if covered[i] or not capital[i]:
            i += 1
            continue
        end = i + 1
        while end < n and end - i < _REACH and capital[end] and not covered[end] \
                and not doc[end].is_sent_start and end not in soft:
            end += 1
        if i in soft and end == i + 1:
            i = end
            continue  # the people's word alone: the tagger's mention stands
        if not _longer_name(doc, i, end) and not _title_line(doc, i):
            if lower is None:
                lower = _lower_words(doc)
            kind = _accepted(doc, i, end, lexicon, date, lower, opened=i in soft)
            if kind is not None:
                found.append((i, end, kind))
        i = end
    return found
