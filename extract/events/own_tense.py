"""A past-tense conjunct of a verb under a modal keeps its own modality.

"Nixon would have faced impeachment but resigned": a modal takes a bare verb or a participle
("would have faced", "could win"), so a conjunct in the simple past ("resigned") is no part of
what the modal governs; the resignation is asserted, though the impeachment is hypothetical.
"""

from __future__ import annotations

__all__ = ["own_past_conjunct"]

_MODALS = frozenset({"would", "could", "might", "should", "will", "may", "must", "can", "shall", "'d", "'ll"})
_UNDER_MODAL_TAGS = frozenset({"VB", "VBN"})


def own_past_conjunct(token) -> bool:
    """Is ``token`` a simple-past conjunct (VBD), after "and" or "but", of a verb whose own auxiliaries
    include a modal?"""
    head = token.head
    return (token.dep_ == "conj" and token.tag_ == "VBD" and head.tag_ in _UNDER_MODAL_TAGS
            and not any(c.dep_ == "aux" for c in token.children)
            # joined by "and"/"but": a participle hung as a conjunct with a comma alone is no second verb
            # ("would sign the Act, renamed the Lewis Act")
            and any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children))
