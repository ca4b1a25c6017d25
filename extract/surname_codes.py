"""The actor code of a person an article names by the surname alone: "Salvini said ...", "Kenyatta met ...".

Codes come from an entity's names; a surname the actor dictionaries do not list ("Salvini", listed as
"MATTEO_SALVINI") codes nothing. ``extract/data/person_aliases.tsv`` holds the surnames only one person of
the dictionaries has (kind ``surname``); a PERSON entity whose name is such a surname takes that person's
code at the article's date, unless

- the surname is also an English word ("Price", "Moon"; marked ``common``);
- another person of that surname is in the article ("Margaret Kenyatta" ... "Kenyatta said"): any other
  entity whose name of several words ends with it and is not the dictionary person's full name.

A surname the dictionaries list as an alias ("+MERKEL") is coded by the alias itself
(:func:`extract.actors.dictionary_code`); a full name in the article joins its surname mentions earlier
(:func:`extract.entities.entities_of`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .actors import dictionary_code
from .dictionary_names import person_aliases
from .lexicon import Lexicon
from .lexicon.cameo_actors import actor_tokens

__all__ = ["surname_code"]

_PERSON = "PERSON"


def surname_code(entity, entities: Iterable, *, date, lexicon: Lexicon) -> str | None:
    """The code of the one dictionary person whose surname ``entity``'s label is, or None.

    Parameters
    ----------
    entity : Entity
        A document entity; only a PERSON whose label is one word is read.
    entities : iterable of Entity
        The document's entities (the other persons of the surname).
    date : str or datetime.date or None
        The article's date; the person must hold a code then.
    lexicon : Lexicon
        The tables.
    """
    if entity.type != _PERSON or not entity.label[:1].isupper():
        return None
    key = actor_tokens(entity.label)
    if len(key) != 1:
        return None
    value = person_aliases().get(key[0])
    if value is None or value[0] != "surname" or value[1]:
        return None  # unknown, an alias (coded by itself), or an English word
    full = value[2]
    if _other_bearer(entity, entities, key[0], full):
        return None
    return dictionary_code(full, date=date, lexicon=lexicon)


def _other_bearer(entity, entities: Iterable, surname: str, full: str) -> bool:
    """Whether another entity is named in several words ending with ``surname``, other than ``full``."""
    for other in entities:
        if other.key == entity.key:
            continue
        for name in (other.label, *other.aliases):
            words = actor_tokens(name)
            if len(words) > 1 and words[-1] == surname and " ".join(words) != full:
                return True
    return False
