"""Names of bodies and places at the start of a sentence, where a capital letter says nothing.

A capitalised word that opens a sentence is read as a common word there when the tables of common nouns
hold it ("Labour won 202 seats": "labour" is a noun), and the tagger leaves some names there untagged
("Dell announced layoffs", "Le Monde reported"). Such a name is let through when both hold:

- the shipped tables know it, written so, as one kind of actor: the knowledge base's entries for it are
  all organisations or all places (GPE), the Phoenix actor dictionaries list it as an organisation only
  (:func:`extract.entity_context.dictionary_type`), or it is a country's name;
- it is the subject of the verb right after it ("Labour won", "Fidesz has won"), so it is used as a
  name and not as a modifier ("Labour costs rose", "Apple pie is", "Shell casings were found").

An untagged one must also be tagged a proper noun, and the article must not write the word in lower case
elsewhere ("police said ... Police said": the common noun). Persons are left to the tagger: a one-word
person's name at a sentence start is too often a word ("May said", "Rose said").
"""

from __future__ import annotations

from .doccache import sentence_ranges, span_text
from .entity_context import dictionary_type
from .lexicon import Lexicon

__all__ = ["known_start_name", "start_names"]

#: The types of the knowledge base's entries that let a name through.
_KNOWN_TYPES = frozenset({"ORG", "GPE"})
#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: The longest untagged name read at a sentence start ("Der Spiegel", "Le Monde diplomatique").
_REACH = 3


def _table_type(name: str, lexicon: Lexicon) -> str | None:
    """ORG or GPE when the tables know ``name`` as that kind of actor only, else None."""
    if lexicon.countries.country_of(name):
        return "GPE"
    kinds = {entry.type for entry, _ in lexicon.knowledge.lookup(name)}
    if len(kinds) == 1 and kinds <= _KNOWN_TYPES:
        return next(iter(kinds))
    if not kinds:
        return dictionary_type(name, lexicon=lexicon)
    return None


def _subject_of_next_verb(doc, ts: int, te: int) -> bool:
    """Whether the span's head is the subject of the verb right after it ("Labour won", "Fidesz has won")."""
    if te >= len(doc):
        return False
    root = doc[ts:te].root
    nxt = doc[te]
    if root.dep_ not in _SUBJECTS or nxt.pos_ not in ("VERB", "AUX"):
        return False
    return root.head.i == nxt.i or (nxt.head.i == root.head.i and nxt.dep_ in ("aux", "auxpass", "neg"))


def known_subject_type(doc, ts: int, te: int, *, lexicon: Lexicon) -> str | None:
    """The type (ORG, GPE) of the name ``doc[ts:te]`` when the tables know it and it is the subject of the
    verb right after it; else None."""
    if not _subject_of_next_verb(doc, ts, te):
        return None
    return _table_type(span_text(doc, ts, te), lexicon)


def _written_lower(doc, words: set[str]) -> set[str]:
    """Of ``words`` (lower case), those the article writes in lower case."""
    return {t.text for t in doc if t.is_lower and t.text in words}


def known_start_name(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the tagged name ``doc[ts:te]`` that opens a clause and reads as common words is a name all
    the same: the tables know it, it is the subject of the verb after it, and the article never writes its
    words in lower case."""
    if known_subject_type(doc, ts, te, lexicon=lexicon) is None:
        return False
    return not _written_lower(doc, {t.lower_ for t in doc[ts:te]})


def start_names(doc, spans, *, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The names the tagger left untagged at the start of a sentence that the tables know and that are the
    subject of the verb after them: (token start, end, label) of each, in text order.

    ``spans`` are the mentions found so far, as (start, end, label)."""
    if not doc.has_annotation("DEP"):
        return []  # no parse: no subject to read
    covered = bytearray(len(doc))
    for ts, te, _ in spans:
        covered[ts:te] = b"\x01" * (te - ts)
    found = []
    for ts, sent_end in sentence_ranges(doc):
        if covered[ts] or not doc[ts].is_title or doc[ts].pos_ != "PROPN":
            continue
        te = ts + 1
        while te < sent_end and te - ts < _REACH and not covered[te] and doc[te].is_title and doc[te].pos_ == "PROPN":
            te += 1
        kind = known_subject_type(doc, ts, te, lexicon=lexicon)
        if kind:
            found.append((ts, te, kind))
    if found:
        lower = _written_lower(doc, {t.lower_ for ts, te, _ in found for t in doc[ts:te]})
        found = [(ts, te, kind) for ts, te, kind in found if not any(t.lower_ in lower for t in doc[ts:te])]
    return found
