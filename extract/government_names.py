"""A country's government named with a capital: one actor node (issue 12, one node per referent).

"the UK Government", "the French Government", "the Government of France" name the government of a
country, the actor the actor layer makes of "the French government" (:mod:`extract.actors.generic`:
``actor:fragov``, "France: government"). The tagger types the capitalised forms ORG and their words
key an organisation node of their own ("french government"), split from the actor node and from one
another. :func:`government_of` reads such a name: the word "government" after a
country's name or nationality, or "Government of" (the) and a country's name; the country is read from
the country table's names and nationalities only, never from a part ("Scottish Government", "Welsh
Government" are devolved governments, no country's). :func:`extract.entities` keys the mention's entity
as the actor node, never as the country or its capital. No spaCy import.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["Government", "government_of", "with_actor_entities"]

#: The role letters of a government (``data/actor_roles.tsv``).
_ROLE = "GOV"
_NOUN = "government"


@dataclass(frozen=True, slots=True)
class Government:
    """A country's government as an actor node: ``key`` ("actor:fragov"), ``label`` ("France:
    government"), ``code`` ("FRAGOV"), ``country`` (the country node's key, "france")."""

    key: str
    label: str
    code: str
    country: str


def _country(words: list[str], lexicon: Lexicon):
    if words and fold_key(words[0]) == "the":
        words = words[1:]
    folded = fold_key(" ".join(words))
    table = lexicon.countries
    label = table.names.get(folded) or table.demonyms.get(folded)
    return table.by_label.get(label) if label else None


def government_of(name: str, *, lexicon: Lexicon) -> Government | None:
    """The government ``name`` names, or None: "UK Government", "French Government", "Government of
    France" (any case of "government"); not "Scottish Government", "Government House", "France".

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> government_of("the Government of France", lexicon=get_lexicon()).key
    'actor:fragov'
    >>> government_of("UK Government", lexicon=get_lexicon()).label
    'United Kingdom: government'
    >>> government_of("Scottish Government", lexicon=get_lexicon()) is None
    True
    """
    from .actors.generic import actor_key, actor_label

    words = name.split()
    if words and fold_key(words[0]) == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    if fold_key(words[-1]) == _NOUN:
        country = _country(words[:-1], lexicon)
    elif fold_key(words[0]) == _NOUN and fold_key(words[1]) == "of":
        country = _country(words[2:], lexicon)
    else:
        return None
    if country is None or not country.alpha3:
        return None
    code = country.alpha3 + _ROLE
    return Government(key=actor_key(code), label=actor_label(code, country.alpha3, _ROLE, lexicon=lexicon),
                      code=code, country=fold_key(country.label))


def with_actor_entities(entities, actors) -> list:
    """``entities`` and the actor layer's ``actors``, one entity per key: an actor node a government's
    name already made ("the French Government" ... "the French government") takes the actor's aliases
    and mentions."""

    out = list(entities)
    where = {entity.key: i for i, entity in enumerate(out)}
    for actor in actors:
        i = where.get(actor.key)
        if i is None:
            out.append(actor)
            continue
        own = out[i]
        aliases = tuple(dict.fromkeys([*own.aliases, *(a for a in actor.aliases if a != own.label)]))
        out[i] = dataclasses.replace(own, aliases=aliases, mentions=own.mentions + actor.mentions)
    return out
