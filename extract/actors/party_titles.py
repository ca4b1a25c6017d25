"""The country a party name of several countries gives an office title: "Labour MP Tom Watson" ``GBRLEG``.

:mod:`.parties` reads a party word that is one country's before a title ("Republican senator X"
``USALEG``). A party name that several countries' major parties bear ("Labour", "Conservative",
"Tory", "Labor"; ``data/party_names.txt``) names no country by itself; before a legislator's or
government office's title it says the person sits for that party, and the person's country is
the party's where the article names exactly one of the countries having a major party of that
name (:func:`.parties.party_name_country`, the rule that gives "Labour" alone its country): "Labour
MP Tom Watson" in an article on London is ``GBRLEG``; in one that names Britain and Australia,
``LEG`` alone. A qualifier before the name makes it another party's ("New Labour" is read, as a
qualifier row of ``data/party_countries.tsv``, as no party name). The title may be set off by an
expansion in brackets ("Labour MP (Member of Parliament) Tom Watson"). Never the article's main
country: a country the article does not name never comes, and a name of one listed country
among several named gives none.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from ..doccache import doc_ents
from ..lexicon import Lexicon
from .parties import PARTY_ROLES, _party_countries, _title_role, party_name_country

__all__ = ["bracketed_title_phrases", "shared_party_title", "with_party_title_countries"]

_TOKEN = re.compile(r"[\w'\u2019-]+")
#: Words of a party name read before the title ("Labour", "Liberal Democrat").
_NAME_WORDS = 2
#: The word a party name may take before the title ("Labour Party MP").
_PARTY = "party"
_QUALIFIER = "-"
#: Words before a bracketed expansion read as the title ("Labour MP (Member of Parliament) X").
_BRACKET_TITLE_WORDS = 4
#: Tokens a bracketed expansion may hold.
_BRACKET_WORDS = 6


def shared_party_title(text: str, doc, *, lexicon: Lexicon) -> tuple[str, str] | None:
    """(alpha-3 country, role) for a party name of several countries right before an office title in ``text``.

    Parameters
    ----------
    text : str
        A title phrase with the name ("Labour MP Tom Watson").
    doc : spacy.tokens.Doc
        The article: the one country it names among the party name's countries is the party's.
    lexicon : Lexicon
        The tables (``party_names``, ``party_countries``, the agents file).

    Returns
    -------
    tuple of (str, str) or None
        The country and the title's role (one of :data:`.parties.PARTY_ROLES`); None when no
        capitalised party name stands before such a title, a qualifier stands before the name, or
        the article names none or several of the name's countries.
    """
    tokens = _TOKEN.findall(text)
    words = [w.casefold().replace("\u2019", "'") for w in tokens]
    if _first_words(lexicon.words["party_names"]).isdisjoint(words):
        return None  # most titles hold no party name: one set test
    table = lexicon.tables["party_countries"]
    for i in range(len(words)):
        if not tokens[i][:1].isupper():
            continue
        before = table.get(words[i - 1]) if i else None
        if before is not None and before[0] == _QUALIFIER and tokens[i - 1][:1].isupper():
            continue  # "New Labour", "Progressive Conservative": another party's name
        for n in range(min(_NAME_WORDS, len(words) - i), 0, -1):
            name = " ".join(tokens[i : i + n])
            if not all(t[:1].isupper() for t in tokens[i : i + n]) or not _party_countries(name, lexicon):
                continue
            rest = words[i + n :]
            if rest[:1] == [_PARTY]:
                rest = rest[1:]
            role = _title_role(rest, lexicon)
            if role not in PARTY_ROLES:
                break
            code = party_name_country((name,), doc, lexicon=lexicon)
            return (code[:3], role) if code else None
    return None


@functools.lru_cache(maxsize=4)
def _first_words(lines: tuple[str, ...]) -> frozenset[str]:
    """The first words of the listed party names, folded (compiled once per table)."""
    return frozenset(line.partition(":")[0].split()[0].casefold() for line in lines if line.strip())


def bracketed_title_phrases(doc, span) -> list[str]:
    """The title before a bracketed expansion that stands right before a name, with the name:
    "Labour MP (Member of Parliament) Tom Watson" gives "Labour MP Tom Watson"; else []."""
    close = span.start - 1
    if close < 1 or doc[close].text != ")":
        return []
    opening = next((j for j in range(close - 1, max(close - _BRACKET_WORDS - 1, -1), -1) if doc[j].text == "("), None)
    if opening is None:
        return []
    sent_start = doc[opening].sent.start  # the parser may end a sentence at the bracket
    start = opening
    while (start > sent_start and opening - start < _BRACKET_TITLE_WORDS and not doc[start - 1].is_punct
           and doc[start - 1].pos_ not in ("VERB", "AUX", "CCONJ") and doc[start - 1].ent_type_ != "PERSON"):
        start -= 1
    if start == opening:
        return []
    return [f"{doc[start:opening].text} {span.text}"]


def with_party_title_countries(entities, titles_of, doc, *, lexicon: Lexicon) -> list:
    """``entities`` with the country of :func:`shared_party_title` given to each person whose code names
    no country and whose title phrases (``titles_of(entity)``, then bracketed titles before the
    person's mentions) hold a party name of several countries before an office title."""
    out = []
    persons = None
    for entity in entities:
        code = entity.actor_code or ""
        if entity.type == "PERSON" and (not code or code in PARTY_ROLES):
            if persons is None:
                persons = [(ent.text, ent) for ent in doc_ents(doc) if ent.label_ == "PERSON"]  # texts read once
            names = {entity.label, *entity.aliases}
            phrases = list(titles_of(entity))
            phrases += [p for text, ent in persons if text in names for p in bracketed_title_phrases(doc, ent)]
            for phrase in phrases:
                found = shared_party_title(phrase, doc, lexicon=lexicon)
                if found is not None:
                    entity = dataclasses.replace(entity, actor_code=found[0] + found[1])
                    break
        out.append(entity)
    return out
