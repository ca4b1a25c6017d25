"""A verb of saying that opens an inverted quotation is no part of the name after it (w21).

News writes a speaker after the verb: "Remarked Center for Biological Diversity scientist Tierra Curry,
"This represents ..."", "Added NRA spokesman Bob Smith: ...". The verb opens the sentence with a capital,
and the tagger takes it into the name ("Remarked Center"). Rule of :mod:`extract.entities`, on the parse
and the shipped verbs of saying (``data/speech_verbs.tsv``, ``data/quotation_verbs.txt``):

- a name's first word that opens its sentence (or follows a line break), that the parser reads as a
  verb in the past tense or as a participle, and whose lemma is a verb of saying, is no part of the name.

A given name that is also such a word stays ("Said Jalili said": "Said" read as a proper noun).

Examples
--------
>>> import spacy
>>> from extract.lexicon import get_lexicon
>>> doc = spacy.blank("en")("Remarked Center for Biological Diversity scientist")
>>> doc[0].pos_, doc[0].tag_, doc[0].lemma_ = "VERB", "VBN", "remark"
>>> speech_verb_end(doc, 0, 2, lexicon=get_lexicon())
1
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["speech_verb_end"]

#: The parser's tags of a verb in the past tense or a participle.
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _verbs_of_saying(lexicon: Lexicon) -> frozenset[str]:
    return (lexicon.keys_where("speech_verbs", "quote", "yes") | lexicon.keys_where("speech_verbs", "claim", "yes")
            | frozenset(lexicon.word_sets["quotation_verbs"]))


def _opens_sentence(doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space and "\n" in doc[i - 1].text


def speech_verb_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int:
    """The name's start past a verb of saying that opens an inverted quotation; ``ts`` when there is none
    (never the whole name)."""
    first = doc[ts]
    if te - ts < 2 or first.pos_ != "VERB" or first.tag_ not in _PAST_TAGS or not first.is_title:
        return ts
    if not _opens_sentence(doc, ts) or first.lemma_.casefold() not in _verbs_of_saying(lexicon):
        return ts
    return ts + 1
