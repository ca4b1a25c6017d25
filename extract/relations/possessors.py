"""Who owns a noun a possessive pronoun owns: "his government", "its army", "our troops" in a quotation.

A noun phrase whose possessor is a pronoun ("Morrison said his government would ...") is the
pronoun's antecedent's: the actor layer gives an agent noun there the owner's country
(:mod:`extract.actors.possessors`). The owner is

- for "his", "her", "its" and "their": the one entity coreference resolved the pronoun to
  (:mod:`extract.coref`; a pronoun resolved to two entities, or to none, owns nothing here);
- for "our" and "my" inside a quotation: the quotation's one speaker
  (:func:`extract.relations.speakers.quotation_speaker`), as "we" of the same quotation is.

The relation layer records the owner of each noun it builds an argument of, in the Doc's cache,
so the event fields read it without a second entity index (:func:`recorded_possessor`).
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from .speakers import FIRST_PERSON_POSSESSIVES, quotation_speaker

__all__ = ["THIRD_PERSON_POSSESSIVES", "Possessor", "record_possessor", "recorded_possessor"]

#: Possessive pronouns coreference resolves.
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_MEMO = "pronoun_possessors"

#: (entity key, entity type, the entity's actor code or None) of a noun's owner.
Possessor = tuple


def record_possessor(doc, tok, index, lexicon: Lexicon) -> None:
    """Note in the Doc's cache the entity owning noun ``tok`` through a possessive pronoun, if any.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    tok : spacy.tokens.Token
        The head noun of an argument.
    index : EntityIndex
        The document's entities, mentions and references.
    lexicon : Lexicon
        The tables (the verbs of saying that name a quotation's speaker).
    """
    memo = cache_of(doc).memo(_MEMO)
    if tok.i in memo:
        return
    memo[tok.i] = _possessor(doc, tok, index, lexicon)


def recorded_possessor(doc, i: int) -> Possessor | None:
    """(key, type, actor code) of the entity :func:`record_possessor` found owning token ``i``, or None."""
    return cache_of(doc).memo(_MEMO).get(i)


def _possessor(doc, tok, index, lexicon: Lexicon) -> Possessor | None:
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].pos_ != "PRON":
        return None
    pronoun = poss[0]
    key = None
    if pronoun.lower_ in THIRD_PERSON_POSSESSIVES:
        ref = index.reference_at(pronoun.i)
        key = ref.keys[0] if ref is not None and len(ref.keys) == 1 else None
    elif pronoun.lower_ in FIRST_PERSON_POSSESSIVES:
        key = quotation_speaker(doc, pronoun, index, lexicon)
    if key is None or key not in index:
        return None
    entity = index[key]
    return (entity.key, entity.type, entity.actor_code)
