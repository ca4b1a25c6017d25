"""Institutions many countries have, named without a country (issue 11, point 3).

The Phoenix country file lists "Senate" as an alias of the United States Congress
(``USAGOVLEG``), so a Philippine, Italian or Nigerian "Senate" would be read as the American
one. The names of ``data/shared_institutions.txt`` are such names: alone they give the role
only (``LEG``). Their country comes, in this order, from

1. the mention itself: a nationality adjective, a possessive or an "of" phrase ("the Philippine
   Senate", "the Senate of the Philippines"), read by :func:`.mentions.generic_actor_codes`;
2. coreference with an earlier coded actor of the same role ("Philippine senators ... the
   Senate"), read by :func:`.mentions.role_antecedent`, an earlier mention of the same name that
   names its country ("Italy's Senate ... the Senate"), or the people the article names whom the
   dictionaries list with the body's role, all of one country ("Senator Mitch McConnell ... the
   Senate": :func:`member_country`);
3. the article, only when exactly one of the countries it names (a country's name, a nationality
   word, or a city or region of one reading) has such a body: the list's countries for a name
   that carries them ("Senate": the countries whose upper house is the Senate), else the
   dictionary's country, and then only when the article names no other country at all. "The
   Senate" in a story that names only Ohio, Texas and Washington is the US Senate; in one that
   names Manila and Beijing the Philippine Senate (China has none); in one that names Texas and
   Manila, neither.

Step 3 is no code from the article's dominant country: it reads every country the article names,
not the main one, and gives a country only when the others cannot have such a body; two
candidates, or none named, leave the role alone. A chain antecedent of a country with no such
body ("Emirati lawmakers ... the Senate") is not taken either.
"""

from __future__ import annotations

from ..doccache import cache_of, doc_ents
from ..lexicon import Lexicon
from ..lexicon.cameo_actors import actor_tokens, combine_codes
from .localities import (article_countries, is_state_namesake, locality_country, named_state_country,
                         namesake_state_country)

__all__ = ["article_place_countries", "institution_countries", "is_shared_institution", "listed_institution_code",
           "member_country", "shared_role"]

_WORDS = "shared_institutions"
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ARTICLE = "the"


def _key(name: str) -> str:
    words = actor_tokens(name)
    return " ".join(words[1:] if words[:1] == (_ARTICLE,) else words)


def _row(name: str, lexicon: Lexicon) -> tuple[str, ...] | None:
    """The alpha-2 countries of ``name``'s row in the list (() for a row without them), or None."""
    key = _key(name)
    if not key:
        return None
    for line in lexicon.words[_WORDS]:
        listed, _, countries = line.partition(":")
        if _key(listed) == key:
            return tuple(countries.split())
    return None


def is_shared_institution(name: str, *, lexicon: Lexicon) -> bool:
    """Is ``name`` (a leading "the" dropped) an institution name that several countries' bodies bear?"""
    return _row(name, lexicon) is not None


def institution_countries(name: str, listed: str, *, lexicon: Lexicon) -> frozenset[str]:
    """Alpha-3 codes of the countries known to have the body ``name`` names: its row's list, else the
    listed code's country alone."""
    row = _row(name, lexicon) or ()
    found = {lexicon.countries.alpha3(c.upper()) for c in row} - {None}
    return frozenset(found) if found else frozenset({listed[:3]})


def shared_role(name: str, code: str, *, lexicon: Lexicon) -> str:
    """The role of a shared institution's listed ``code`` without its country (``USAGOVLEG`` "Senate" -> ``LEG``).

    The agents file's role for the name when it has one ("senate" ``~LEG``), else the code's letters
    after the country.
    """
    role = lexicon.dictionaries.agent_role(_key(name))
    if role:
        return role
    return code[3:] if lexicon.countries.by_alpha3.get(code[:3]) is not None else code


def article_place_countries(doc, lexicon: Lexicon) -> frozenset[str]:
    """Alpha-3 codes of every country the article names: by name, nationality word, or a city or region
    of one reading (:func:`.localities.locality_country`). A country's name that a state of a named
    country bears ("Georgia" beside "Florida, Utah" in a US story) counts as that state's country."""
    memo = cache_of(doc).memo("article_place_countries")
    found = memo.get(id(lexicon))
    if found is None:
        countries = {lexicon.countries.alpha3(alpha2) for alpha2 in article_countries(doc, lexicon)}
        namesakes = set()
        for ent in doc_ents(doc):
            if ent.label_ not in _PLACE_LABELS:
                continue
            if is_state_namesake(ent.text, lexicon=lexicon):
                namesakes.add(ent.text)
            alpha3 = locality_country(ent, lexicon=lexicon)
            if alpha3:
                countries.add(alpha3)
        for name in namesakes:
            state = named_state_country(doc, (name,), lexicon=lexicon)
            own = lexicon.countries.by_label.get(lexicon.countries.country_of(name) or "")
            if own is not None and (state is not None or namesake_state_country(name, lexicon=lexicon) in countries) and not any(
                    ent.label_ == "NORP" and lexicon.actors.demonyms.get(ent.text.casefold()) == own.alpha3
                    for ent in doc_ents(doc)):
                countries.discard(own.alpha3)  # "Georgia" among US states, no "Georgian" anywhere
        countries.discard(None)
        found = memo[id(lexicon)] = frozenset(countries)
    return found


def member_country(doc, name: str, *, date, lexicon: Lexicon) -> str | None:
    """"Senator Ann Roe ... the Senate": country + role of the shared institution ``name`` when the people
    the article names whom the dictionaries list with the body's role at the article's date (legislators
    for a senate) are all of one country, and that country has such a body; else None."""
    codes = lexicon.dictionaries.actor_codes(name, date=date)
    if not codes:
        return None
    role = shared_role(name, codes[0], lexicon=lexicon)
    countries = set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            code = next(iter(lexicon.dictionaries.actor_codes(ent.text, date=date)), "")
            if code[3:].endswith(role) and lexicon.countries.by_alpha3.get(code[:3]) is not None:
                countries.add(code[:3])
    if len(countries) != 1 or not countries <= institution_countries(name, codes[0], lexicon=lexicon):
        return None
    (country,) = countries
    return codes[0] if country == codes[0][:3] else combine_codes(country, "~" + role)


def listed_institution_code(name: str, *, doc, date, lexicon: Lexicon) -> str | None:
    """The code of a shared institution name when the article chooses its country, else its role.

    None when ``name`` is no shared institution name the dictionaries list. With the row's countries,
    the one of them the article names (step 3 of the module's note): the listed code for the listed
    country ("Senate" ``USAGOVLEG``), that country + the role for another ("Senate" ``PHLLEG`` in a
    story naming only Manila and Beijing: China has no senate); without them, the listed code only
    when every country the article names is the listed one. Otherwise the role alone (``LEG``).
    """
    if not is_shared_institution(name, lexicon=lexicon):
        return None
    codes = lexicon.dictionaries.actor_codes(name, date=date)
    if not codes:
        return None
    code = codes[0]
    role = shared_role(name, code, lexicon=lexicon)
    members = member_country(doc, name, date=date, lexicon=lexicon)
    if members is not None:
        return members  # the article's senators are of one country
    named = article_place_countries(doc, lexicon)
    if _row(name, lexicon):
        chosen = named & institution_countries(name, code, lexicon=lexicon)
    else:
        chosen = named if named == {code[:3]} else frozenset()
    if len(chosen) != 1:
        return role
    (country,) = chosen
    return code if country == code[:3] else combine_codes(country, "~" + role)
