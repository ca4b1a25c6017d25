"""A person's nickname written in brackets between the given name and the surname (w21).

"2016 presidential nominee James (Jim) Hedges": the tagger reads "James" and "Jim" as two people and
leaves "Hedges" out; a reader sees one person, James Hedges, also called Jim Hedges. The bracketed form
is read like the quoted one of :mod:`extract.nicknames` ('Matiu "Matt" Ratana'), on the written shape and
the knowledge base's given names only:

- a capitalised proper noun, an opening bracket, one capitalised word that is a given name of the
  knowledge base's people (:func:`extract.entity_context.is_given_name`), a closing bracket, then a
  capitalised proper noun: the bracket holds a nickname.

Not an acronym in brackets ("Democratic Unionist Party (DUP) leader": no capitalised-only word is a
given name's shape), nor a party or a place after a name ("Joe Biden (Democrat) and", "Susan Collins
(Maine)": no given name, or no capitalised word after the bracket).

Examples
--------
>>> import spacy
>>> from extract.lexicon import get_lexicon
>>> doc = spacy.blank("en")("nominee James (Jim) Hedges said")
>>> for t in doc: t.pos_ = "PROPN" if t.is_title else "X"
>>> bracket_nickname_end(doc, 2, lexicon=get_lexicon())
4
"""

from __future__ import annotations

from .entity_context import is_given_name
from .lexicon import Lexicon

__all__ = ["bracket_nickname_end"]


def bracket_nickname_end(doc, i: int, *, lexicon: Lexicon) -> int | None:
    """Where the closing bracket is of a nickname whose opening bracket is ``doc[i]``, between a given name
    and a surname; None when ``doc[i]`` opens none."""
    if i < 1 or i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    given, nick, surname = doc[i - 1], doc[i + 1], doc[i + 3]
    if not (given.is_title and given.pos_ == "PROPN" and nick.is_title and nick.is_alpha
            and surname.is_title and surname.pos_ == "PROPN"):
        return None
    return i + 2 if is_given_name(nick.text, lexicon=lexicon) else None
