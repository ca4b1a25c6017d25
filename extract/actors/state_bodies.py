"""A state body named by its country and a body word the agents file lacks: "the US Treasury" ``USAGOV``.

News names many national bodies by a country and a head word that CAMEO's agents file does not list as
an agent ("the US Treasury", "the UK Home Office", "the Japan Meteorological Agency", "China's
National Health Commission", "the US Postal Service"). ``data/state_body_heads.txt`` gives such head
words a role; a name ending in one takes the country its own words name (a nationality or country
word before it, a possessive, an "of" phrase) with that role, read as :func:`.mentions.generic_actor_codes`
reads "a Kenyan court"; a role word right before the head gives its role ("the State Intelligence
Agency" ``SPY``, "the National Police Agency" ``COP``); an "of" phrase inside the name gives the country too
("the Federal Aviation Office of Germany" ``DEUGOV``). Only a capitalised head inside a name counts ("a British advertising agency"
is a firm), and only a country's own name or nationality gives the country: a name with no country
("Treasury yields", "the Anadolu Agency") or of a listed group gets nothing here.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo_actors import combine_codes
from .codes import STATE_ROLES

__all__ = ["state_body_codes", "state_body_heads", "state_body_role"]

_WORDS = "state_body_heads"
#: Sources of a country the body's own words give.
_OWN_SOURCES = frozenset({"adjective", "possessive", "of", "coordinated"})
#: The compiled list, by lexicon (compiled once).
_TABLES: dict[int, dict[str, str]] = {}


def _table(lexicon: Lexicon) -> dict[str, str]:
    cached = _TABLES.get(id(lexicon))
    if cached is None:
        cached = {}
        for line in lexicon.words[_WORDS]:
            head, role = (part.strip() for part in line.split(":", 1))
            cached[head.casefold()] = role
        _TABLES[id(lexicon)] = cached
    return cached


def state_body_heads(lexicon: Lexicon) -> frozenset[str]:
    """The listed head words of state bodies ("agency", "postal service"), casefolded."""
    return frozenset(_table(lexicon))


def state_body_role(head, lexicon: Lexicon) -> tuple[str, int] | None:
    """(role, first token of the head words) of a capitalised body head inside a name ("Treasury",
    "Postal Service"), or None."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ not in ("ORG", ""):
        return None
    table = _table(lexicon)
    doc = head.doc
    before = doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.head.i == head.i:
        role = table.get(f"{before.lower_} {head.lower_}")
        if role is not None:
            return role, before.i
    role = table.get(head.lower_)
    if role is None:
        return None
    if before is not None and before.text[:1].isupper() and before.head.i == head.i:
        # "the State Intelligence Agency", "the National Police Agency": the role word before the head
        word = lexicon.actors.roles.get(before.lower_)
        if word is not None and word in STATE_ROLES:
            role = word
    return role, head.i


def _inner_of_country(head, lexicon: Lexicon) -> list[tuple[str, str]]:
    """"the Federal Aviation Office of Germany": the country an "of" phrase inside the body's own name
    names (the name's words after "of", read alone), as ``[(code, "of")]``; [] when none."""
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.ent_iob_ == "I" and prep.ent_iob_ == "I":
                words = [t.text for t in doc[prep.i + 1 : pobj.i + 1] if t.lower_ != "the"]
                label = lexicon.countries.country_of(" ".join(words))
                country = lexicon.countries.by_label.get(label) if label else None
                if country is not None:
                    return [(country.alpha3, "of")]
    return []


def state_body_codes(head, *, date, lexicon: Lexicon) -> tuple:
    """The codes of a state body ``head`` ends ("the US Treasury" ``USAGOV``), one per country its
    own words name; () when the head is no listed body word or no country is named."""
    found = state_body_role(head, lexicon)
    if found is None:
        return ()
    role, start = found
    from .mentions import _modifier_countries, _of_countries, with_country  # (mentions calls this module)

    bases = (_modifier_countries(head, start, lexicon, date=date) or _of_countries(head, lexicon, date=date)
             or _inner_of_country(head, lexicon))
    out = []
    for base, source in bases:
        if source in _OWN_SOURCES and len(base) == 3 and lexicon.countries.by_alpha3.get(base) is not None:
            out.append(with_country(combine_codes(base, "~" + role), source, lexicon))
    return tuple(dict.fromkeys(out))
