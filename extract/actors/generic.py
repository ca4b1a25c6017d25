"""Generic actors as graph nodes: "a Kenyan court" is the node "Kenya: judiciary".

A country plus an agent noun (:func:`extract.actors.mentions.generic_actor_codes`)
makes an actor. Each actor code is one node per document (the graph merges
the documents' nodes on the key): key ``actor:<code lowercased>``
(``actor:kenjud``), type ``ACTOR``, label the country's label and the roles'
labels (``data/actor_roles.tsv``), the surface forms as aliases,
``country`` the country node's key and ``role`` the role letters.

A role with no country ("police", "rebels") makes no ACTOR node: its
argument stays a concept with the role code (``COP``). A key ``actor:cop``
would merge the police of every article into one false actor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..lexicon import Lexicon
from ..lexicon.normalise import fold_key
from ..types import Argument, Entity, Relation
from .mentions import ActorCode

__all__ = ["ACTOR_TYPE", "actor_argument", "actor_entities", "actor_key", "actor_label"]

#: The entity type of a generic actor.
ACTOR_TYPE = "ACTOR"
#: Sources whose agent noun is the mention's head ("Turkish army deployments" are no army).
_NODE_SOURCES = frozenset({"adjective", "possessive", "of", "coordinated", "coreference"})


def actor_key(code: str) -> str:
    """The node key of an actor code.

    Examples
    --------
    >>> actor_key("KENJUD")
    'actor:kenjud'
    """
    return "actor:" + code.casefold()


def _role_labels(roles: str, lexicon: Lexicon) -> list[str]:
    table = lexicon.tables["actor_roles"]
    groups = [roles[i : i + 3] for i in range(0, len(roles), 3)]
    return [table[g.casefold()][0] if g.casefold() in table else g for g in groups]


def actor_label(code: str, country: str | None, role: str | None, *, lexicon: Lexicon) -> str:
    """The label of an actor node: "Kenya: judiciary", "Egypt: government, media".

    Parameters
    ----------
    code : str
        The actor code.
    country : str or None
        Its ISO alpha-3 country.
    role : str or None
        The role letters after the country.
    lexicon : Lexicon
        The tables (country labels, ``actor_roles``).
    """
    found = lexicon.countries.by_alpha3.get(country) if country else None
    roles = ", ".join(_role_labels(role, lexicon)) if role else ""
    if found is None:
        return roles or code
    return f"{found.label}: {roles}" if roles else found.label


#: Roles of single persons rather than bodies: "a former Ghanaian minister" is GHAELI but no node
#: "Ghana: elites" that every former official and celebrity of the country would share.
_PERSON_ROLES = frozenset({"ELI"})


def actor_argument(arg: Argument, found: ActorCode, *, lexicon: Lexicon) -> Argument:
    """``arg`` made the ACTOR node of ``found``, if it is a country + role; else ``arg`` with the code.

    Only a concept whose head is the agent noun becomes an actor: a named
    entity keeps its own node, and a code read off other words of the phrase
    ("Turkish army deployments") stays a code.
    """
    changes: dict = {"actor_code": found.code, "actor_confidence": found.confidence}
    if (arg.type == "CONCEPT" and found.country and found.role and found.role not in _PERSON_ROLES
            and found.source in _NODE_SOURCES):
        changes.update(key=actor_key(found.code), type=ACTOR_TYPE,
                       label=actor_label(found.code, found.country, found.role, lexicon=lexicon))
    return dataclasses.replace(arg, **changes)


def actor_entities(relations: Iterable[Relation], *, lexicon: Lexicon) -> list[Entity]:
    """One ACTOR entity per actor code the relations' arguments use, in order of first use."""
    found: dict[str, dict] = {}
    for relation in relations:
        for arg in (relation.subject, relation.object):
            if arg.type != ACTOR_TYPE or not arg.actor_code:
                continue
            entry = found.setdefault(arg.key, {"arg": arg, "aliases": {}, "mentions": set()})
            if arg.resolved_from is None:  # "Both" standing for "two French police officers" names no actor
                entry["aliases"][" ".join(arg.text.split())] = None
            entry["mentions"].add(arg.start)
    out = []
    for key, entry in found.items():
        arg = entry["arg"]
        code = arg.actor_code
        country = lexicon.countries.by_alpha3.get(code[:3])
        out.append(Entity(
            key=key, label=arg.label, type=ACTOR_TYPE,
            aliases=tuple(a for a in entry["aliases"] if a != arg.label),
            mentions=len(entry["mentions"]), actor_code=code,
            country=fold_key(country.label) if country is not None else None,
            role=code[3:] if country is not None else None,
        ))
    return out
