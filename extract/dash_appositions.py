"""What a noun phrase after a dash says a name is: "LiveLeak — a video-sharing platform", "Grobnik – a firm".

News writes an apposition after a dash as often as after a comma. The parser reads "X, a company" as an
apposition, which :mod:`extract.entity_context` reads; after a spaced dash it attaches the noun phrase
elsewhere, and the tagger's guess from the name's look stands ("LiveLeak" GPE). A name right before a
dash (an em or en dash, or a hyphen with spaces round it) followed by "a", "an" or "the" and a noun phrase
takes the type ``data/context_nouns.tsv`` gives the phrase's head noun (:func:`dash_apposition_type`):

- the head is the last noun of the first run of nouns, adjectives, numbers, adverbs and hyphens after the
  article ("a video-sharing platform for citizen journalism": platform; "a company based in Split":
  company); a possessive in the run starts it again ("the world's largest retailer": retailer);
- the run is at most :data:`_REACH` words long, and the phrase ends there: a preposition, a participle, a
  dash, a comma or the sentence's end follows its head. A verb right after the head ("X — a man
  said ...") makes it no apposition;
- a product's noun ("a Boeing 747 — a jumbo jet") gives nothing: a dash also introduces what a name
  was used for.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["dash_apposition_type"]

#: Dashes that open an apposition; a hyphen counts only with a space on each side.
_DASHES = frozenset({"—", "–", "--"})
_ARTICLES = frozenset({"a", "an", "the"})
#: Parts of speech of the words of a noun phrase before its head.
_RUN_POS = frozenset({"NOUN", "ADJ", "NUM", "ADV", "PROPN"})
#: Words after the head that end the phrase (besides a preposition and punctuation).
_AFTER_POS = frozenset({"ADP", "PUNCT", "SCONJ", "PRON", "DET", "CCONJ"})
#: How many words the noun phrase may run before its head.
_REACH = 6
#: The type of a product's noun in ``data/context_nouns.tsv``: no actor's type.
_PRODUCT = "PRODUCT"


def _opens_apposition(doc, i: int) -> bool:
    if i >= len(doc) - 1:
        return False
    token = doc[i]
    if token.text in _DASHES:
        return True
    return token.text == "-" and i > 0 and bool(doc[i - 1].whitespace_) and bool(token.whitespace_)


def _head_noun(doc, start: int):
    """The head noun of the phrase from ``start`` (after the article), or None."""
    head = None
    end = min(len(doc), start + _REACH)
    i = start
    while i < end:
        token = doc[i]
        if token.tag_ == "POS":
            head = None  # "the world's largest retailer": the phrase starts again after the owner
        elif token.text == "-" and not token.whitespace_ and i > start and not doc[i - 1].whitespace_:
            pass  # "video-sharing": a hyphen inside a word
        elif token.pos_ in _RUN_POS or token.tag_ == "VBG" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
            head = token if token.pos_ == "NOUN" else head if token.pos_ in ("ADJ", "NUM", "ADV") else None
        else:
            break
        i += 1
    if head is None or head.i != i - 1:
        return None  # the run does not end on its noun ("a Swedish", "an ABC")
    if i < len(doc) and doc[i].pos_ not in _AFTER_POS and doc[i].tag_ not in ("VBN", "VBG"):
        return None  # "X — a man said": a clause, no apposition
    return head


def dash_apposition_type(doc, ts: int, te: int, *, lexicon: Lexicon) -> str | None:
    """The type the noun phrase after a dash gives the name ``doc[ts:te]``, or None.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A tagged Doc.
    ts, te : int
        The name's token range.
    lexicon : Lexicon
        Its ``context_nouns`` table is read.

    Returns
    -------
    str or None
        The type of the head noun of ``data/context_nouns.tsv`` (ORG, PERSON, GPE, LOC, FAC, EVENT); None
        when no dash and article follow the name, the phrase has no head, its head is no noun of the table,
        or a product's.
    """
    if te + 2 >= len(doc) or not _opens_apposition(doc, te) or doc[te + 1].lower_ not in _ARTICLES:
        return None
    head = _head_noun(doc, te + 2)
    if head is None:
        return None
    row = lexicon.tables["context_nouns"].get(head.lower_)
    kind = row[0] if row else None
    return None if kind == _PRODUCT else kind
