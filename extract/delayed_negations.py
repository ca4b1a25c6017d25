"""A negation that only delays: "did not endorse her until July" says she was endorsed in July.

"X did not do Y until T" denies Y before T and asserts it at T: news writes it for late acts ("Sanders
didn't endorse Clinton until July", "the suspect was not arrested until Monday", "the ministry did not
confirm the deaths until the next day"). The relation and its event are then asserted, not negated:
:func:`extract.syntax.is_negated` and :func:`extract.events.modality.modality_of` ask :func:`delayed`.

Only in the past tense (a past-tense verb or auxiliary: "did", "had", "was"): "will not sign until the
troops leave" and "would not talk until ..." are conditions on a future act, and stay negated. The words
are a closed class: "until" and "till"; "before" is left out ("did not endorse her before July" says
nothing of July).

Examples
--------
Hand-built parses (spaCy's English labels):

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["He", "did", "not", "endorse", "her", "until", "July"],
...           heads=[3, 3, 3, 3, 3, 3, 5], deps=["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pobj"],
...           tags=["PRP", "VBD", "RB", "VB", "PRP", "IN", "NNP"])
>>> delayed(doc[3])
True
>>> doc = Doc(Vocab(), words=["He", "will", "not", "sign", "it", "until", "July"],
...           heads=[3, 3, 3, 3, 3, 3, 5], deps=["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pobj"],
...           tags=["PRP", "MD", "RB", "VB", "PRP", "IN", "NNP"])
>>> delayed(doc[3])
False
"""

from __future__ import annotations

__all__ = ["delayed"]

# The prepositions (or subordinators) that name when a denied act did happen.
_DELAY_WORDS = frozenset({"until", "till"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_PAST_TAGS = frozenset({"VBD"})


def delayed(tok) -> bool:
    """Is ``tok``'s negation "not ... until T" in the past tense, so the act happened at T?"""
    children = list(tok.children)
    negated = any(c.dep_ == "neg" for c in children) or any(
        c.dep_ in _AUX_DEPS and any(g.dep_ == "neg" for g in c.children) for c in children)
    if not negated or not _past(tok, children):
        return False
    return any(_delay(c) for c in children if c.i > tok.i)


def _past(tok, children) -> bool:
    """A past-tense verb, or a past auxiliary and no modal ("did not", "was not", "had not")."""
    auxiliaries = [c for c in children if c.dep_ in _AUX_DEPS]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return tok.tag_ in _PAST_TAGS or any(a.tag_ in _PAST_TAGS for a in auxiliaries)


def _delay(child) -> bool:
    """"until July" (a preposition with its object) or "until she won" (a clause the word opens)."""
    if child.dep_ == "prep" and child.text.lower() in _DELAY_WORDS:
        return any(g.dep_ in ("pobj", "pcomp") for g in child.children)
    if child.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.text.lower() in _DELAY_WORDS for m in child.children)
    return False
