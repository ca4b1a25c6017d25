"""The entity vote: one rule for the label and the type of an entity named many times.

The mentions of one document (:func:`extract.entities.entities_of`), the
pieces of a long document (:mod:`extract.facts`) and the documents of a
graph (:mod:`graph.model`) all vote with these two functions, so an entity
gets the same label and type whichever way its mentions were grouped.

The rule: most votes win. A tie goes to the candidate with more
``evidence`` (a second count, given by the caller: mentions behind
document votes, the type of the longest name); then, for a label, to one
not written in capitals ("Idlib" over "IDLIB"), then to the longer
("Donald Trump" over "Trump"); for a type, to the earlier in
:data:`extract.types.ENTITY_TYPES` (named types before ``CONCEPT``); and
last to the alphabetically first, so that the order of the votes never
matters. Nothing here imports spaCy.

Examples
--------
>>> vote_label({"Trump": 2, "Donald Trump": 2, "TRUMP": 2})
'Donald Trump'
>>> vote_type({"ORG": 3, "GPE": 3})
'ORG'
>>> vote_type({"ORG": 3, "GPE": 3}, evidence={"GPE": 1})
'GPE'
"""

from __future__ import annotations

from collections.abc import Mapping

from .types import ENTITY_TYPES

__all__ = ["vote_label", "vote_type"]

_TYPE_RANK = {name: rank for rank, name in enumerate(ENTITY_TYPES)}
_NO_EVIDENCE: Mapping[str, float] = {}


def vote_label(votes: Mapping[str, float], *, evidence: Mapping[str, float] | None = None) -> str | None:
    """The label most ``votes`` give, ties broken by the module's rule.

    Parameters
    ----------
    votes : mapping of str to number
        Each candidate label and its votes (mentions, documents ...).
    evidence : mapping of str to number, optional
        A second count that breaks ties first.

    Returns
    -------
    str or None
        None when there are no votes.
    """
    if not votes:
        return None
    evidence = evidence or _NO_EVIDENCE
    return min(votes, key=lambda label: (
        -votes[label], -evidence.get(label, 0), label.isupper(), -len(label), label))


def vote_type(votes: Mapping[str, float], *, evidence: Mapping[str, float] | None = None) -> str | None:
    """The entity type most ``votes`` give, ties broken by the module's rule.

    Parameters
    ----------
    votes : mapping of str to number
        Each candidate type and its votes.
    evidence : mapping of str to number, optional
        A second count that breaks ties first.

    Returns
    -------
    str or None
        None when there are no votes.
    """
    if not votes:
        return None
    evidence = evidence or _NO_EVIDENCE
    return min(votes, key=lambda etype: (
        -votes[etype], -evidence.get(etype, 0), _TYPE_RANK.get(etype, len(_TYPE_RANK)), etype))
