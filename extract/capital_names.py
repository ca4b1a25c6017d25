"""Names in capitals the tagger left untagged, which the tables or the article know.

The tagger reads some acronyms as common nouns ("UNICEF" tagged NN) and leaves some hyphenated ones out
("ABS-CBN"), often only at one mention of several; the pronouns that refer to them then find no antecedent.
A run of capitals is a name here when:

- it is one word of three capital letters or more, or capital words joined by hyphens with no space
  ("ABS-CBN"), that no mention of the article covers;
- it is not part of a line written in capitals (a capitalised word beside it), nor a common abbreviation
  (``data/common_acronyms.txt``: "CEO", "GDP", "COVID", ...; a closed list of abbreviations of common
  nouns, not of names);
- it is used as a name: not after "a"/"an" ("a PCI"), nor beside a proper noun ("Melbourne CBD");
- and the knowledge base knows it, written so, as an organisation and as nothing else ("UNICEF"), or the
  article tags the same name elsewhere as a body at least as often as
  it leaves it ("SPHERE" tagged once in ten is no evidence), or defines it in
  brackets after a name it tags as a body ("the United Nations Children's Fund (UNICEF)"). The Phoenix
  dictionaries are not asked: their names, in capitals, hold common words ("ZERO").

Nothing here reads the articles of a gold file: the rule is keyed on the shape of the word, a closed list and
the shipped tables.
"""

from __future__ import annotations

import functools
from collections import Counter
import re

from spacy.attrs import IS_UPPER

from .doccache import span_text, token_column
from .lexicon import Lexicon
from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .name_repairs import is_software

__all__ = ["capital_names", "common_acronyms"]

#: A name in capitals: one word of three letters or more, or words joined by hyphens ("ABS-CBN").
_CAPITALS = re.compile(r"[A-Z]{3,}|[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)+")
#: A Roman numeral ("III" of "World War III", "XIV"): a number, no name.
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
#: Labels of a body: the labels of the article's mentions a name found here may take (a place label on an
#: acronym is too often the tagger's error: "Notes from Poland (NFP)" GPE, "FIDE" GPE).
_BODY_LABELS = frozenset({"ORG", "FAC"})
#: The longest run of tokens a hyphenated name in capitals may span ("ABS", "-", "CBN").
_REACH = 5


@functools.cache
def common_acronyms() -> frozenset[str]:
    """The abbreviations of common nouns that are no name (``data/common_acronyms.txt``, as written)."""
    return frozenset(row.cells[0] for row in read_words(DATA_DIR / "common_acronyms.txt"))


def _capital_word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _runs(doc, covered: bytearray):
    """(start, end, text) of the uncovered runs of capitals: one token, or tokens glued by hyphens."""
    n = len(doc)
    upper = token_column(doc, IS_UPPER)  # ``text.isupper()`` of each token, read without a Token
    i = 0
    while i < n:
        if covered[i] or not upper[i] or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end + 1 < n and end - i < _REACH and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and not covered[end + 1] and doc[end + 1].text.isupper():
            end += 2
        yield i, end, span_text(doc, i, end)
        i = end


def _in_capitals(doc, ts: int, te: int) -> bool:
    """Whether the run sits in a line written in capitals, or opens or ends one (a capital word beside it)."""
    before = doc[ts - 1] if ts else None
    after = doc[te] if te < len(doc) else None
    if any(t is not None and _capital_word(t.text) for t in (before, after)):
        return True
    sent = doc[ts].sent
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text.isupper() for t in words) * 2 > len(words)


def _defined(doc, spans, lexicon: Lexicon) -> dict[str, str]:
    """Acronyms the article defines in brackets after a mention it tags as a body: acronym -> its label.
    Not after a piece of software's name ("Red Hat Enterprise Linux (RHEL)": a product, though tagged ORG)."""
    ends = {te: (ts, label) for ts, te, label in spans}
    found: dict[str, str] = {}
    for i in sorted(ends):  # only a mention's end can be the bracket; in text order
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        ts, label = ends[i]
        if label in _BODY_LABELS and not any(is_software(t.text, lexicon=lexicon) for t in doc[ts:i]):
            found.setdefault(doc[i + 1].text, label)
    return found


def _table_label(name: str, lexicon: Lexicon) -> str | None:
    """"ORG" when the knowledge base knows ``name``, written so, as an organisation's name and nothing else;
    None otherwise (a country, a place, a person, unknown, or a word the base writes otherwise: "ZERO")."""
    if lexicon.countries.country_of(name) or lexicon.gazetteer.candidates(name):
        return None
    found = [(entry, alias) for entry, alias in lexicon.knowledge.lookup(name)
             if alias is None or (alias.start is None and alias.end is None)]
    if not found or any(entry.type != "ORG" for entry, _ in found):
        return None
    return "ORG" if any((entry.label if alias is None else alias.name) == name for entry, alias in found) else None


def _tagged_label(name: str, tagged: dict[str, str]) -> str | None:
    """The label of the article's own mention of ``name`` when it is a body's (a place label on an acronym is
    too often the tagger's error, "FIDE" GPE; and a country's acronym left untagged is often in a line the
    parser misreads)."""
    label = tagged.get(name)
    return label if label in _BODY_LABELS else None


def _used_as_name(doc, ts: int, te: int) -> bool:
    """Whether the run stands alone as a name: not after "a"/"an" ("a PCI"), nor beside a proper noun whose
    longer name it may be part of ("Melbourne CBD", "UNICEF Ireland")."""
    if ts and (doc[ts - 1].lower_ in ("a", "an") or doc[ts - 1].pos_ == "PROPN"):
        return False
    return not (te < len(doc) and doc[te].pos_ == "PROPN")


def capital_names(doc, spans, *, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The names in capitals the tagger left untagged that the article or the tables know.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed Doc.
    spans : iterable of (int, int, str)
        The mentions found so far: token start, token end, label.
    lexicon : Lexicon
        The tables to read (knowledge base, countries, gazetteer).

    Returns
    -------
    list of (int, int, str)
        Token start, end and label of each new mention, in text order.
    """
    spans = list(spans)
    covered = bytearray(len(doc))
    tagged: dict[str, str] = {}
    times: Counter[str] = Counter()  # how often the tagger tagged each name
    for ts, te, label in spans:
        covered[ts:te] = b"\x01" * (te - ts)
        if label in _BODY_LABELS:
            name = span_text(doc, ts, te)
            tagged.setdefault(name, label)
            times[name] += 1
    defined = _defined(doc, spans, lexicon)
    stop = common_acronyms()
    runs = list(_runs(doc, covered))
    left = Counter(name for _, _, name in runs)
    tagged = {name: label for name, label in tagged.items() if left[name] <= times[name]}
    found = []
    for ts, te, name in runs:
        if not _CAPITALS.fullmatch(name) or name in stop or _ROMAN.fullmatch(name) or _in_capitals(doc, ts, te) \
                or not _used_as_name(doc, ts, te):
            continue
        if ts > 1 and doc[ts - 1].text == "(" and covered[ts - 2] and te < len(doc) and doc[te].text == ")":
            continue  # "the Federal Security Service (FSB)": the name's own definition, no second mention
        label = _table_label(name, lexicon) or _tagged_label(name, tagged) or defined.get(name)
        if label is not None:
            found.append((ts, te, label))
    return found
