"""A bare institution's country from the members an article names: "Senator Mitch McConnell ... the Senate".

:mod:`.institution_scopes` scopes a bare "Senate" by its own mention or the article's full form of
the name, else keys it to its article (``senate@<document id>``). A second safe source: the people
the same article names whose actor code gives them the institution's role (the agents file's role of
the name: ``LEG`` for "Senate", ``JUD`` for "Supreme Court"), coded from the dictionaries, a title or
a knowledge-base entry ("Senate Majority Leader Mitch McConnell" ``USALEG``, "Senator Mike Lee of
Utah" ``USALEG``). When they all share one country, and that country has such a body, the bare name
is that country's ("United States Senate"), the key it has in the articles that write it in full.

Only the names of ``data/member_scoped_institutions.txt`` (a body a country has one of) are read, and
nothing is given when the article points to another body of the name: the institution's own code
names another country, an entity names it with another prefix ("the Ohio Senate"), or a word of
``data/subnational_modifiers.txt`` stands before it in the text ("the state Senate"). The article's
main country is never read. No spaCy import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .types import Entity

__all__ = ["member_scope"]

_NAMES = "member_scoped_institutions"
_MODIFIERS = "subnational_modifiers"
_SHARED = "shared_institutions"
_ARTICLE = "the "


def _bare(label: str) -> str:
    folded = fold_key(label)
    return folded[len(_ARTICLE):] if folded.startswith(_ARTICLE) else folded


def _holds(code: str, role: str, lexicon: Lexicon) -> str | None:
    """The alpha-3 country of a person's ``code`` when it holds ``role`` (``USALEG``, ``USAGOVLEG``), else None."""
    if not code or lexicon.countries.by_alpha3.get(code[:3]) is None:
        return None
    roles = code[3:]
    return code[:3] if any(roles[i : i + 3] == role for i in range(0, len(roles), 3)) else None


def _rows(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Folded name -> alpha-2 codes after its colon (() for none) of ``data/member_scoped_institutions.txt``."""
    rows = {}
    for line in lexicon.words[_NAMES]:
        name, _, countries = line.partition(":")
        rows[fold_key(name)] = tuple(countries.split())
    return rows


def _body_countries(name: str, lexicon: Lexicon) -> frozenset[str] | None:
    """Alpha-3 codes of the countries known to have the body ``name``: its own row's list, else
    ``data/shared_institutions.txt``'s; None if neither lists any."""
    listed = _rows(lexicon).get(name, ())
    if not listed:
        for line in lexicon.words[_SHARED]:
            shared, _, countries = line.partition(":")
            if fold_key(shared) == name:
                listed = tuple(countries.split())
    if not listed:
        return None
    return frozenset(filter(None, (lexicon.countries.alpha3(c.upper()) for c in listed)))


def _other_body(name: str, label: str, entities: Iterable[Entity], text: str, lexicon: Lexicon) -> bool:
    """Does the article name a second body of ``name``: an entity with another prefix, or a sub-national word before it?"""
    country = fold_key(label)
    for e in entities:
        for form in (e.label, *e.aliases):
            folded = fold_key(form)
            if folded.endswith(" " + name) and _bare(form) != name and folded != country + " " + name:
                return True
    modifiers = lexicon.word_sets[_MODIFIERS]
    pattern = re.compile(r"([\w.'’-]+)\s+" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)
    return any(m.group(1).casefold() in modifiers for m in pattern.finditer(text))


def member_scope(entity: Entity, entities: list[Entity], *, text: str, lexicon: Lexicon) -> str | None:
    """The scoped label ("United States Senate") of the bare institution ``entity``, or None.

    Parameters
    ----------
    entity : Entity
        An entity labelled with a bare institution name no other rule gave a country.
    entities : list of Entity
        The article's entities, with their actor codes.
    text : str
        The article's text.
    lexicon : Lexicon
        The tables.
    """
    name = _bare(entity.label)
    if name not in _rows(lexicon):
        return None
    role = lexicon.dictionaries.agent_role(name)
    if not role:
        return None
    countries = {c for e in entities if e.type == "PERSON" and (c := _holds(e.actor_code or "", role, lexicon))}
    if len(countries) != 1:
        return None
    (alpha3,) = countries
    own = entity.actor_code or ""
    if lexicon.countries.by_alpha3.get(own[:3]) is not None and own[:3] != alpha3:
        return None  # the body's own code names another country
    has_body = _body_countries(name, lexicon)
    if has_body is not None and alpha3 not in has_body:
        return None
    country = lexicon.countries.by_alpha3[alpha3].label
    written = entity.label[len(_ARTICLE):] if entity.label[:4].casefold() == _ARTICLE else entity.label
    if _other_body(name, country, entities, text, lexicon):
        return None
    return f"{country} {written}"
