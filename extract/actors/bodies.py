"""The code of a government body named by a name the Phoenix actor files lack (issue 11).

An event coder codes a ministry, a parliament, a court, a police force, an army or an agency by its
country and its role (CAMEO ``GOV``, ``LEG``, ``JUD``, ``COP``, ``MIL``, ``SPY``). Two sources here:

1. ``data/national_bodies.txt``: names of bodies news writes without their country ("the House of
   Representatives", "the National Hurricane Center"), with the role and the countries that have such
   a body. A name one country has is that country's; a name several have takes the one of them the
   article names, when it names exactly one of them (as :mod:`.institutions` does for "Senate"),
   else the role alone. The name's own words come first ("the Libyan House of Representatives").
2. A body's name followed by "of" and a country ("the Ministry of Foreign Affairs of Turkey"): the
   tagger often ends the name before the country; a name whose head is an agent noun of a state role
   takes that country.

No country is ever taken from the article's main country: a body whose text names none keeps its role.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo_actors import actor_tokens, combine_codes
from .codes import STATE_ROLES
from .institutions import article_place_countries
from .mentions import ActorCode, agent_code, generic_actor_codes, with_country

__all__ = ["body_code", "listed_body"]

_WORDS = "national_bodies"


def _key(name: str) -> str:
    words = actor_tokens(name)
    return " ".join(words[1:] if words[:1] == ("the",) else words)


def listed_body(name: str, *, lexicon: Lexicon) -> tuple[str, frozenset[str]] | None:
    """The role and the alpha-3 countries of ``name``'s row in ``data/national_bodies.txt``, or None."""
    key = _key(name)
    if not key:
        return None
    table = _table(lexicon)
    return table.get(key)


#: The compiled list, by lexicon (compiled once).
_TABLES: dict[int, dict[str, tuple[str, frozenset[str]]]] = {}


def _table(lexicon: Lexicon) -> dict[str, tuple[str, frozenset[str]]]:
    cached = _TABLES.get(id(lexicon))
    if cached is None:
        cached = {}
        for line in lexicon.words[_WORDS]:
            name, role, countries = (part.strip() for part in line.split(":", 2))
            alpha3 = frozenset(a for a in (lexicon.countries.alpha3(c) for c in countries.split()) if a)
            cached[_key(name)] = (role, alpha3)
        _TABLES[id(lexicon)] = cached
    return cached


def _of_country(span, lexicon: Lexicon) -> str | None:
    """The country in "of <country>" right after the mention ("Ministry of Foreign Affairs" + "of Turkey")."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or doc[at].lower_ != "of":
        return None
    words = []
    for tok in doc[at + 1 : at + 6]:
        if tok.lower_ == "the" and not words:
            continue
        if not (tok.text[:1].isupper() or tok.text == "-"):
            break
        words.append(tok.text)
    for end in range(len(words), 0, -1):
        label = lexicon.countries.country_of(" ".join(words[:end]))
        country = lexicon.countries.by_label.get(label or "")
        if country is not None:
            return country.alpha3
    return None


def body_code(span, name: str, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The code of the body ``span`` names (``name`` as written), or None when it names no state body.

    Its own words' country first ("the Libyan House of Representatives"), then "of <country>" after it,
    then the list's country: the one country that has the body, or the one of its countries the article
    names; else the role alone. None for a name neither listed nor headed by a state role's agent noun
    ("Harrods Department Store": its head is "Store").
    """
    if span is None or not name.strip():
        return None
    row = listed_body(name, lexicon=lexicon)
    words = name.split()
    # "Ministry of Foreign Affairs": the head before the name's own "of" phrase
    head_words = words[: words.index("of")] if "of" in words else words
    matched = agent_code(head_words, lexicon) if row is None and head_words else None
    role = row[0] if row is not None else (matched[0].strip("~") if matched and matched[0].startswith("~") else None)
    if role not in STATE_ROLES:
        return None
    own = generic_actor_codes(span, date=date, lexicon=lexicon)
    if own and own[0].country:
        return None  # its own words code it already
    country = _of_country(span, lexicon)
    if country is not None:
        return with_country(combine_codes(country, "~" + role), "of", lexicon)
    if row is None:
        return None
    haves = row[1]
    if len(haves) == 1:
        (country,) = haves
        return with_country(combine_codes(country, "~" + role), "dictionary", lexicon)
    chosen = article_place_countries(span.doc, lexicon) & haves
    if len(chosen) == 1:
        (country,) = chosen
        return with_country(combine_codes(country, "~" + role), "article", lexicon)
    return with_country(role, "role", lexicon)
