"""The two parties of "the two sides": the coordinated pair that acts, not a host or mediator named beside it.

"Ethiopia and Eritrea held talks in Riyadh, hosted by Saudi Arabia. The two sides signed an accord": three
countries are named before "the two sides", so counting the names of the kind finds no pair; but the two
coordinated as the subject or object of the clause ("X and Y held talks", "met X and Y") or after "between"
("talks between X and Y") are the parties; a name after another preposition or in a passive agent ("by
Qatar", "in Riyadh") is where or by whom the talks were held. :func:`acting_pair` finds that pair, of
exactly two names of the description's kind, when every other name of the kind near is only such a host
(none a subject or an object); anything else leaves the description as it was.
"""

from __future__ import annotations

from .coref_common import _role

__all__ = ["acting_pair"]

# Prepositions whose object is the two parties themselves ("talks between X and Y").
_PARTY_PREPS = frozenset({"between"})


def acting_pair(res, accept, start: int, window: int):
    """The keys of the latest coordinated pair of names before token ``start``, within ``window``
    sentences, that is a subject or an object (or after "between"), has no third name down its chain ("Russia, China and
Iran") and whose two names ``accept`` takes;
    None when there is none.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``groups``, ``sent_of``, ``doc``, ``token_mention`` and ``mentions``).
    accept : callable
        The test of a mention for the description's kind.
    start : int
        The first token of the description ("the two sides").
    window : int
        How many sentences back the pair may stand.

    Returns
    -------
    tuple of str or None
        The two keys in text order.
    """
    here = res.sent_of[start]
    for position, sent, role, members in reversed(res.groups):
        if position >= start:
            continue
        if here - sent > window:
            return None
        if len(members) != 2:
            continue
        root = res.doc[res.mentions[res.token_mention[position]].token_start:
                       res.mentions[res.token_mention[position]].token_end].root
        if role == 0 and not (root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPS):
            continue
        named = {res.mentions[res.token_mention[t.i]].key: res.mentions[res.token_mention[t.i]]
                 for t in _conjuncts(root) if res.token_mention[t.i] >= 0}
        if set(members) == set(named) and all(accept(named[k]) for k in members):
            return tuple(members) if _others_beside(res, accept, members, start, window) else None
    return None


def _conjuncts(root) -> list:
    """``root`` and every word coordinated with it down the chain ("Russia, China and Iran": all three)."""
    found, todo = [], [root]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    return found


def _others_beside(res, accept, members, start: int, window: int) -> bool:
    """Whether every other name of the kind in the window before token ``start`` is only beside the talks,
    after a preposition or as a modifier ("in Riyadh", "hosted by Saudi Arabia"), no subject or object
    that could be a side itself ("the court heard ... Her Majesty")."""
    here = res.sent_of[start]
    for root, mention in res.roots:
        if mention.token_end > start or here - res.sent_of[root.i] > window or mention.key in members:
            continue
        if accept(mention) and _role(root) > 0:
            return False
    return True
