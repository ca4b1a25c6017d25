"""Members of a named body act for it: "UN investigators", "IAEA inspectors", "a researcher at
Human Rights Watch", "observers from the OSCE" (issue 11: an official of an international body
is the body's, ``IGOUNO``, not a country's).

The nouns are ``data/member_nouns.txt``; the body must be a name the Phoenix files list with an
international or non-governmental code (``IGO...``, ``NGO...``) at the article's date, in
compound before the noun or in its "of", "from", "at", "with" or "for" phrase. A country beside
the noun ("Kenyan investigators") or a body the files lack gives nothing here.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .mentions import ActorCode, dictionary_code, with_country

__all__ = ["member_body_code"]

_WORDS = "member_nouns"
_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
#: The codes of the bodies whose members act for them.
_BODY_PREFIXES = ("IGO", "NGO")


def _is_name(token) -> bool:
    """A proper noun, or an acronym the tagger took for a common noun ("IAEA inspectors")."""
    return token.pos_ == "PROPN" or token.is_alpha and len(token.text) > 1 and token.text.isupper()


def _whole_name(token):
    """The named entity ``token`` lies in ("the International Committee of the Red Cross" for
    "Committee"), else the phrase it ends."""
    doc = token.doc
    if not token.ent_type_:
        return doc[token.left_edge.i : token.i + 1]
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _names(head) -> list:
    """The token runs that may name the member's body: a name in compound before the head
    ("UN investigators") and the names the head's prepositions govern ("staff of the WFP")."""
    runs = []
    before = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and _is_name(c)]
    if before:
        runs.append(_whole_name(before[-1]))
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITIONS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and _is_name(pobj):
                runs.append(_whole_name(pobj))
    return runs


def member_body_code(head, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The code of the listed body a member noun works for, or None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The head noun of the mention ("investigators").
    date : datetime.date or str, optional
        The article's date, for the dictionaries' dated codes.
    lexicon : Lexicon
        The tables (``member_nouns`` and the Phoenix dictionaries).

    Returns
    -------
    ActorCode or None
        The body's code, source ``of`` ("UN investigators" -> ``IGOUNO``); None when the head
        is no member noun or no listed international or non-governmental body is named beside it.
    """
    nouns = lexicon.word_sets[_WORDS]
    if head.lower_ not in nouns and head.lemma_.lower() not in nouns:
        return None
    for run in _names(head):
        words = [t.text for t in run if t.lower_ != "the" and t.dep_ != "det"]
        if not words or not words[0][:1].isupper():
            continue
        for size in range(len(words), 0, -1):  # "Human Rights Watch researchers", "the UN refugee agency"
            code = dictionary_code(" ".join(words[:size]), date=date, lexicon=lexicon)
            if code is not None:
                if code.startswith(_BODY_PREFIXES):
                    return with_country(code, "of", lexicon)
                break
    return None
