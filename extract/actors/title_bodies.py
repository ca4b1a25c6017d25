"""A named body in a person's title gives the title's role its country (issue 11, points 1-3).

"Libertarian Party presidential candidate Jo Jorgensen": the title's noun ("candidate") gives the role
(``PTY``) and no country; the organisation named right before the title words is the body the person
holds the office in, and its code in the article (``USAPTY``) is the person's when its role is the
title's. A body of another role ("Kenya Airways chief executive") or of no country gives nothing, and
the body must end where the title words start: "told Reuters reporter X" is not read here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Lexicon
from .mentions import ActorCode, with_country

__all__ = ["title_body_code"]

#: Words of a title between the body and the name ("presidential candidate", "chief executive officer").
_TITLE_WORDS = 4
_BODY_TYPES = frozenset({"ORG"})


def title_body_code(span, found: ActorCode, *, code_of: Callable, lexicon: Lexicon) -> ActorCode | None:
    """The code of the body named before the title of the person ``span`` (a spaCy span), when ``found``
    (the title's code) has a role and no country and the body's code has a country and that role.

    Parameters
    ----------
    span : spacy.tokens.Span
        The person's mention (the name).
    found : ActorCode
        The code the mention has so far (a role alone).
    code_of : callable
        The code of the phrase a token heads, in the article (``ActorCode`` or None).
    lexicon : Lexicon
        The tables.
    """
    role = found.role or found.code  # a role alone ("PTY") may carry no role field of its own
    if found.country is not None or not role:
        return None
    doc = span.doc
    start = span.start
    while (start > 0 and span.start - start < _TITLE_WORDS and doc[start - 1].ent_iob_ == "O"
           and doc[start - 1].pos_ in ("NOUN", "ADJ") and doc[start - 1].text[:1].islower()):
        start -= 1
    if start == span.start or start == 0:
        return None
    body = doc[start - 1]
    if body.ent_type_ not in _BODY_TYPES or body.head.i < start or body.head.i > span.end:
        return None  # the body must modify the title or the name
    code = code_of(body)
    if code is None or not code.country or (code.role or code.code[3:6]) != role:
        return None
    return with_country(code.code, "title", lexicon)
