"""An armed group the recogniser typed as a place: "Hamas and Islamic Jihad fired rockets. They said ...".

The small model types some armed groups as places ("Hamas" as GPE), and a place that is no country neither
acts with another name as "they" nor is "the group". The Phoenix actor dictionaries settle it: a name all of
whose codes are a country's non-state armed group (``PSEREBHMS`` for Hamas, ``AFGREB`` for the Taliban:
rebels, insurgents, unidentified armed forces, separatists) is a body of people, whatever its entity type.
"""

from __future__ import annotations

import functools

__all__ = ["armed_group", "is_armed_name"]

# Roles after the country code that make a code a non-state armed group's (as in extract.actors.mentions).
_GROUP_ROLES = ("REB", "INS", "UAF", "SEP")


def armed_group(entity, lexicon) -> bool:
    """Whether ``entity``, typed as a place that is no country, is an armed group by every code the actor
    dictionaries give its name ("Hamas", "Hezbollah"; not "Liverpool", coded ``GBR``).

    Parameters
    ----------
    entity : extract.entities.Entity
        A canonical entity.
    lexicon : extract.lexicon.Lexicon
        The CAMEO dictionaries and the country table.
    """
    if entity.type != "GPE" or lexicon.countries.country_of(entity.label) is not None:
        return False
    return _armed_name(entity.label, lexicon)


def is_armed_name(label: str, lexicon) -> bool:
    """Whether every code the actor dictionaries give ``label`` is an armed group's ("Hamas", "Hezbollah"),
    whatever the entity's type."""
    return _armed_name(label, lexicon)


@functools.lru_cache(maxsize=4096)
def _armed_name(label: str, lexicon) -> bool:
    codes = lexicon.dictionaries.actor_codes(label)
    by_alpha3 = lexicon.countries.by_alpha3
    return bool(codes) and all(
        len(code) >= 6 and by_alpha3.get(code[:3]) is not None and code[3:6] in _GROUP_ROLES for code in codes
    )
