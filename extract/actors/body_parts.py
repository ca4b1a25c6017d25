"""A body that is a part of another acts for its owner: "the Kenyan parliament's health committee" ``KENLEG``.

A committee, panel, caucus or delegation (``data/part_body_nouns.txt``) owned by an actor with a role,
through a possessive ("the Kenyan parliament's health committee") or an "of" phrase right after the noun
("a committee of the Kenyan parliament", "the delegation of the European Union"), takes the owner's code,
as event coders code the part by the body it belongs to. An owner with a country and no role ("Kenya's
committee"), a pronoun ("its committee") or no code gives nothing: the text names no body the part is of.
"""

from __future__ import annotations

from ..doccache import doc_span
from ..lexicon import Lexicon

__all__ = ["part_body_codes"]

_WORDS = "part_body_nouns"
#: Codes of bodies that are no country's: an owner with one of these needs no role.
_BODY_CODES = ("IGO", "NGO", "IMG", "MNC")


def part_body_codes(head, *, date, lexicon: Lexicon) -> tuple:
    """The code of the body the part ``head`` belongs to, as (ActorCode,); () when ``head`` is no part
    noun or its owner is no body with a role."""
    parts = lexicon.word_sets[_WORDS]
    if head.lemma_.casefold() not in parts and head.lower_ not in parts:
        return ()
    from .mentions import generic_actor_codes, with_country  # (mentions calls this module)

    owners = [(c, "possessive") for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    owners += [(p, "of") for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
               for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    for owner, source in owners:
        phrase = doc_span(owner.doc, owner.left_edge.i, owner.i + 1)
        found = generic_actor_codes(phrase, date=date, lexicon=lexicon)
        if not found or len(found) > 1:
            continue  # "the committees of Kenya and Uganda": no one owner
        code = found[0]
        if code.country and code.role or code.code.startswith(_BODY_CODES):
            return (with_country(code.code, source, lexicon),)
    return ()
