"""The country a possessive pronoun's owner gives an agent noun: "his government" ``AUSGOV``.

"Australian Prime Minister Scott Morrison said his government would ...": the government is
Morrison's, and CAMEO coders code it by his country. A noun whose possessor is a pronoun
(:mod:`extract.relations.possessors` finds the owner: coreference for "his", "her", "its",
"their"; the quotation's speaker for "our" and "my") takes the owner's country with the
noun's own role, when

- the noun names a state body or plain citizens (:data:`OWNED_ROLES`: "his government", "its
  army", "their police", "our civilians"), whose country is the owner's; not "his lawyers" or
  "its shareholders", which belong to no country through their owner;
- the noun's own words name no country ("his Chinese counterpart" keeps ``CHN``: read first);
- the owner's code names a country (``AUSGOV``, ``NGA``); an owner with no country, or an
  international body (``IGOUNO``), gives none. Never the article's country.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .codes import STATE_ROLES
from .mentions import ActorCode, coreferent, with_country

__all__ = ["OWNED_ROLES", "possessor_code"]

#: Roles of a noun that take its owner's country: state bodies and a state's civilians.
OWNED_ROLES = STATE_ROLES | frozenset({"CVL"})


def possessor_code(found: ActorCode | None, possessor, *, lexicon: Lexicon) -> ActorCode | None:
    """The owner's country with the noun's role, as coreference, or None.

    Parameters
    ----------
    found : ActorCode or None
        The code the noun's own words give (a role alone: ``GOV`` of "his government").
    possessor : tuple or None
        (entity key, entity type, actor code) of the noun's owner
        (:func:`extract.relations.possessors.recorded_possessor`).
    lexicon : Lexicon
        The tables (the country codes).

    Returns
    -------
    ActorCode or None
        ``country + role`` at the confidence of a coreferent possessive; None when the noun
        has a country of its own or a role outside :data:`OWNED_ROLES`, or the owner no country.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> role = with_country("GOV", "role", lexicon)
    >>> possessor_code(role, ("scott morrison", "PERSON", "AUSGOV"), lexicon=lexicon).code
    'AUSGOV'
    >>> possessor_code(role, ("united nations", "ORG", "IGOUNO"), lexicon=lexicon) is None
    True
    """
    if found is None or found.country is not None or possessor is None:
        return None
    roles = found.code
    if not roles or len(roles) % 3 or any(roles[i : i + 3] not in OWNED_ROLES for i in range(0, len(roles), 3)):
        return None
    owner_code = possessor[2]
    if not owner_code:
        return None
    country = with_country(owner_code, "entity", lexicon).country
    if country is None:
        return None
    return coreferent(with_country(country + roles, "possessive", lexicon))
