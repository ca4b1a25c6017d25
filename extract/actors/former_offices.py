"""A person the text calls a former office holder, whose dictionary office is left open, is no longer in it.

The Phoenix files end in 2014 and leave many offices open to the future ("Jacob Zuma" ``ZAFGOV``
from 2009): in a 2020 article "former president Jacob Zuma" would still be the government. When
the dictionaries give a person a state role (GOV, LEG, JUD, MIL, COP, SPY) only through such an
open span (:meth:`extract.lexicon.cameo_actors.ActorTables.open_ended`) and a title phrase of the
person says the same office is held no longer ("former president X", "X, the ex-prime
minister"), the person is of CAMEO's elite role, the country + ``ELI``, as the agents file codes
"former president" and as PETRARCH codes former officials. A former office of another role
("Vladimir Putin, a former KGB officer": SPY, not GOV) or a dated code of the newest file
("Joe Biden, former vice president" in 2021: president) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon import Lexicon
from .mentions import is_former

__all__ = ["former_holder_code"]

#: The roles of a state's offices.
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_ELITE = "ELI"


def _roles(code: str, lexicon: Lexicon) -> tuple[str | None, set[str]]:
    """(country or None, role letters) of a code."""
    country = code[:3] if lexicon.countries.by_alpha3.get(code[:3]) is not None else None
    rest = code[3:] if country else code
    return country, {rest[i : i + 3] for i in range(0, len(rest), 3)}


def _office_words(words: list[str]) -> list[str]:
    """``words`` without the words that say "former" ("ex-minister" -> "minister")."""
    kept = []
    for word in words:
        if word.casefold().startswith("ex-") and len(word) > 3:
            kept.append(word[3:])
        elif not is_former([word]):
            kept.append(word)
    return kept


def former_holder_code(code: str | None, names: Iterable[str], phrases: Iterable[str], *, date,
                       lexicon: Lexicon) -> str | None:
    """``code`` of a person, the country + ``ELI`` when a title says the open office is over.

    Parameters
    ----------
    code : str or None
        The code the dictionaries give the person at the article's date.
    names : iterable of str
        The person's names (label and aliases), looked up in the dictionaries.
    phrases : iterable of str
        The title phrases around the person's mentions.
    date : datetime.date or str, optional
        The article's date.
    lexicon : Lexicon
        The tables.
    """
    if not code:
        return code
    country, roles = _roles(code, lexicon)
    if country is None or not roles & _STATE_ROLES:
        return code
    if not any(lexicon.dictionaries.open_ended(name, date=date) for name in names):
        return code
    from .codes import actor_code  # (codes reads mentions)

    for phrase in phrases:
        words = phrase.split()
        if not is_former(words):
            continue
        office = actor_code(" ".join(_office_words(words)), type="PERSON", lexicon=lexicon)
        if not office:
            continue
        office_country, office_roles = _roles(office, lexicon)
        if office_roles & roles & _STATE_ROLES and office_country in (None, country):
            return country + _ELITE
    return code
