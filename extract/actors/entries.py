"""The country of a named person or organisation from the knowledge-base entry the linker chose.

The Phoenix files end in 2014 and list few people outside government; the knowledge base
(``data/wikidata/entities.tsv``, from Wikidata) describes well-known people by nationality
and occupation: "American politician", "Iraqi politician and President", "President of the
United States". A person whose name the dictionaries do not code with a country takes the one
country the description of the linked entry names, as the person's own, never the article's:
``USA`` alone, or joined to the role the mention's title gave ("Republican senator Sarah
Palin": ``LEG`` + "American politician" -> ``USALEG``). A description that names no country
or several ("British and American actor") gives none; an organisation's code (``IGOUNO``) or
a code with a country is kept as it is. An organisation coded by its role alone takes its
entry's country when the entry's kind gives the same role ("Republican Party" ``PTY``,
"political party in the United States": ``USAPTY``; :func:`.organisations.description_code`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..lexicon import Lexicon
from ..linking import link_entities
from ..types import Entity
from ..lexicon.cameo_actors import combine_codes
from .acronyms import entry_names_code
from .organisations import _description_country, description_code

__all__ = ["entry_country", "with_entry_countries", "with_entry_country"]

_PERSON = "PERSON"
#: The entity types whose linked entry may give the country.
_LINKED = frozenset({_PERSON, "ORG"})
#: Role letters that stand for a body, not a role a country takes ("IGOUNO" stays as it is).
_BODY_ROLES = frozenset({"IGO", "NGO", "MNC", "IMG"})


def entry_country(entry, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country a person's knowledge-base ``entry`` describes, or None.

    None when the entry is no person's, or its description names no country or several
    ("American politician" -> ``USA``; "British and American actor" -> None; "British-born
    American actor" -> ``USA``, the birthplace being one word).
    """
    if entry is None or entry.type != _PERSON or not entry.description:
        return None
    return _description_country(entry.description, lexicon)


def with_entry_countries(entities: Iterable[Entity], *, text: str, date: str | None,
                         lexicon: Lexicon) -> list[Entity]:
    """``entities`` with each person's country from the entry the linker chooses for it.

    Parameters
    ----------
    entities : iterable of Entity
        The document's entities with their actor codes so far.
    text : str
        The article's text (the linker's context).
    date : str, optional
        The article's ISO date (time-bound aliases).
    lexicon : Lexicon
        The tables (knowledge base and countries).

    Returns
    -------
    list of Entity
        Same order; a person whose code has no country ("LEG" or none) and whose linked entry
        names one country gets it (``USALEG``, ``USA``), an organisation its entry's code; those
        get their QID too. Every other entity is unchanged.
    """
    entities = list(entities)
    wanted = [e for e in entities if e.type in _LINKED and _lacks_country(e.actor_code, lexicon)]
    if not wanted:
        return entities
    changed = {}
    for entity, link in link_entities(wanted, lexicon=lexicon, text=text, date=date):
        if link is None or link.entry is None or not link.qid or link.entry.type != entity.type:
            continue
        if entity.type == _PERSON:
            code = with_entry_country(entity.actor_code, entry_country(link.entry, lexicon=lexicon), lexicon=lexicon)
        else:
            code = _organisation_entry_code(entity.actor_code, link.entry, lexicon)
            if code is None:  # "Organisation of Islamic Cooperation": its entry's "OIC" is listed (IGOMOSOIC)
                code = entry_names_code(link.entry, date=date, lexicon=lexicon)
        if code != entity.actor_code:
            # the QID now, not only after the linking pass: the event fields read the entry by it
            changed[entity.key] = dataclasses.replace(entity, actor_code=code, wikidata=link.qid)
    return [changed.get(e.key, e) for e in entities]


def _organisation_entry_code(code: str | None, entry, lexicon: Lexicon) -> str | None:
    """An organisation's code with its entry's country: the entry's code for no code, or for a
    role alone that the entry's kind agrees with ("Republican Party" ``PTY`` and "political party
    in the United States": ``USAPTY``); any other code unchanged."""
    found = description_code(entry.description, lexicon=lexicon) if entry.description else None
    if found is None or found.country is None:
        return code
    if not code or found.role == code:
        return found.code
    return code


def _lacks_country(code: str | None, lexicon: Lexicon) -> bool:
    return not code or _role_only(code, lexicon)


def _role_only(code: str, lexicon: Lexicon) -> bool:
    """Is ``code`` role letters with no country and no body ("LEG", "GOV", "PTYELI")?"""
    roles = lexicon.tables["actor_roles"]
    if not code or len(code) % 3:
        return False
    triples = [code[i : i + 3] for i in range(0, len(code), 3)]
    return all(t.casefold() in roles and t not in _BODY_ROLES for t in triples)


def with_entry_country(code: str | None, country: str | None, *, lexicon: Lexicon) -> str | None:
    """``code`` with the person's ``country`` where it has none: the country alone for no code,
    the country and the role for a role alone; any other code unchanged.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> with_entry_country(None, "USA", lexicon=lexicon), with_entry_country("LEG", "USA", lexicon=lexicon)
    ('USA', 'USALEG')
    >>> with_entry_country("RUSGOV", "USA", lexicon=lexicon), with_entry_country("IGOUNO", "USA", lexicon=lexicon)
    ('RUSGOV', 'IGOUNO')
    """
    if country is None:
        return code
    if not code:
        return country
    if _role_only(code, lexicon):
        return combine_codes(country, "~" + code) or code
    return code
