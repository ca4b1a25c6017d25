"""Which named bodies make the holder of a title before a name their official: "Hamas leader X".

:func:`.mentions.body_title_code` reads "EU foreign policy chief Josep Borrell" as an official
of the body the title names (``IGOEUREEC``). Event coders code any named organisation's
official so, not only an international one's: "Hamas leader Ismail Haniyeh" is Hamas
(``PSEREBHMS``), "Volkswagen CEO Herbert Diess" the carmaker (``DEUBUS``, its knowledge-base
entry "company: carmaker, Germany"), "ABS-CBN CEO Carlo Katigbak" the network (``PHLMED``).
A body counts when its code names who it is:

- an international, non-governmental, armed non-state or multinational organisation (the
  ``IGO``, ``NGO``, ``IMG``, ``MNC`` prefixes), or
- a country with a role (``PSEREBHMS``, ``USAGOV`` of "White House", ``GBRMED`` of a
  British broadcaster);

never a role with no country ("Senate President X": the Senate of many countries, whose
president keeps the title's own reading) nor a country alone. A body held no longer ("former
Google CEO X") makes no official of it now, and a person's name the tagger took for an
organisation ("Trump personal attorney X") is no body.
"""

from __future__ import annotations

from ..doccache import doc_ents
from ..lexicon import Lexicon
from .organisations import head_role, name_country, organisation_code

__all__ = ["BODY_PREFIXES", "entry_body_code", "head_body_code", "is_former_body", "is_official_body", "is_person_name"]

#: Code prefixes of organisations that are actors of their own.
BODY_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
#: Words before a body read for "former".
_FORMER_REACH = 4


def is_official_body(code: str | None, lexicon: Lexicon) -> bool:
    """Does a body's ``code`` name the organisation its officials act for?

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> [is_official_body(c, lexicon) for c in ("IGOUNO", "PSEREBHMS", "LEG", "USA", None)]
    [True, True, False, False, False]
    """
    if not code:
        return False
    if code.startswith(BODY_PREFIXES):
        return True
    return lexicon.countries.by_alpha3.get(code[:3]) is not None and len(code) > 3


def entry_body_code(name: str, lexicon: Lexicon) -> str | None:
    """The code of a body the dictionaries lack from its knowledge-base entry, when it names a
    country and a role ("Volkswagen": ``DEUBUS``); else None."""
    found = organisation_code(name, qid=None, lexicon=lexicon)
    if found is None or not found.country or not is_official_body(found.code, lexicon):
        return None
    return found.code


#: Roles a body's head word may give its officials: no state's ("Ministry of Railways" has none anyway).
_HEAD_ROLES = frozenset({"BUS", "EDU", "MED"})


def head_body_code(name: str, lexicon: Lexicon) -> str | None:
    """The code of a body no entry lists by its name's head word ("Stanford University": ``EDU``, "Kenya
    Airways": ``KENBUS``), with the country its name starts with, if any; None for any other head.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> [head_body_code(n, get_lexicon()) for n in ("Stanford University", "Indian Railways", "White House")]
    ['EDU', 'INDBUS', None]
    """
    role = head_role(name, lexicon=lexicon)
    if role not in _HEAD_ROLES:
        return None
    return (name_country(name, lexicon=lexicon) or "") + role


def is_former_body(body) -> bool:
    """Is the body span ``body`` held no longer: "former" or "ex-" before it in its phrase ("former
    Google CEO X", "former Bill Clinton White House Press Secretary X")?"""
    doc = body.doc
    for i in range(body.start - 1, max(body.start - 1 - _FORMER_REACH, -1), -1):
        if doc[i].is_punct or doc[i].pos_ in ("CCONJ", "VERB", "AUX", "ADP"):
            return False
        if doc[i].lower_.rstrip("-") in _FORMER_WORDS:
            return True
    return False


def is_person_name(body, lexicon: Lexicon) -> bool:
    """Is the body span a person's name the tagger took for an organisation ("Trump personal
    attorney X": Trump's lawyer acts for no government)? A name that is, or ends, a person's name
    in the document, or a person of the knowledge base and no organisation of it."""
    text = body.text
    for ent in doc_ents(body.doc):
        if ent.label_ == "PERSON" and (ent.text == text or ent.text.split()[-1] == text):
            return True
    kinds = {entry.type for entry, _ in lexicon.knowledge.lookup(text)}
    return "PERSON" in kinds and "ORG" not in kinds
