"""Institutions many countries have, named without a country (issue 11, point 3).

The Phoenix country file lists "Senate" as an alias of the United States Congress
(``USAGOVLEG``), so a Philippine, Italian or Nigerian "Senate" would be read as the American
one. The names of ``data/shared_institutions.txt`` are such names: alone they give the role
only (``LEG``). Their country comes, in this order, from

1. the mention itself: a nationality adjective, a possessive or an "of" phrase ("the Philippine
   Senate", "the Senate of the Philippines"), read by :func:`.mentions.generic_actor_codes`;
2. coreference with an earlier coded actor of the same role ("Philippine senators ... the
   Senate"), read by :func:`.mentions.role_antecedent`;
3. the article, only when every country it names (a country's name, a nationality word, or a
   city or region of one reading) is the one the dictionary lists the name under: "the Senate"
   in a story that names only Ohio, Texas and Washington is the US Senate.

Step 3 is no code from the article's dominant country: the dictionary already names the
referent, and the article is read only to rule out every other country's body of that name. One
other country named anywhere, or none named at all, leaves the role alone. A body the article
could mean but the dictionary does not list ("Senate" in a story naming only Manila) gets no
country: which countries have a senate is not in the shipped tables, and a guess would be the
dominant-country rule again.
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from ..lexicon.cameo_actors import actor_tokens
from .localities import article_countries, locality_country

__all__ = ["article_place_countries", "is_shared_institution", "listed_institution_code", "shared_role"]

_WORDS = "shared_institutions"
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ARTICLE = "the"


def _key(name: str) -> str:
    words = actor_tokens(name)
    return " ".join(words[1:] if words[:1] == (_ARTICLE,) else words)


def is_shared_institution(name: str, *, lexicon: Lexicon) -> bool:
    """Is ``name`` (a leading "the" dropped) an institution name that several countries' bodies bear?"""
    key = _key(name)
    return bool(key) and any(_key(line) == key for line in lexicon.word_sets[_WORDS])


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
    of one reading (:func:`.localities.locality_country`)."""
    memo = cache_of(doc).memo("article_place_countries")
    found = memo.get(id(lexicon))
    if found is None:
        countries = {lexicon.countries.alpha3(alpha2) for alpha2 in article_countries(doc, lexicon)}
        for ent in doc.ents:
            if ent.label_ in _PLACE_LABELS:
                alpha3 = locality_country(ent, lexicon=lexicon)
                if alpha3:
                    countries.add(alpha3)
        countries.discard(None)
        found = memo[id(lexicon)] = frozenset(countries)
    return found


def listed_institution_code(name: str, *, doc, date, lexicon: Lexicon) -> str | None:
    """The code of a shared institution name when the article chooses its listed country, else its role.

    None when ``name`` is no shared institution name the dictionaries list. The listed code
    (``USAGOVLEG``) holds only when every country the article names is the listed one (step 3 of the
    module's note); otherwise the role alone (``LEG``).
    """
    if not is_shared_institution(name, lexicon=lexicon):
        return None
    codes = lexicon.dictionaries.actor_codes(name, date=date)
    if not codes:
        return None
    code = codes[0]
    if article_place_countries(doc, lexicon) == {code[:3]}:
        return code
    return shared_role(name, code, lexicon=lexicon)
