"""Who else "they" and "it" can be: a plural noun before a plural pronoun, a pair of names before "it" or
"the two sides".

A plural pronoun agrees in number with a people or a coordinated pair, but with one organisation only
loosely ("Apple said they ..."), and "it" with one name, not with a member of a pair. These tests, read off
the parse, leave such an anaphor unresolved when something that agrees better stands in the way:

- :func:`plural_noun_between` (:mod:`extract.coref_continuity`), used for "they": a plural common noun stands
  after the organisation and before the pronoun, as a subject, an object or after a preposition ("Apple sued
  two former engineers. They are accused of ...", "Boeing delivered 40 jets. They were ...").
- :func:`coordinated_name`: a name coordinated with another ("The European Union and the United Kingdom failed
  to reach a deal. It would have ..."): "it" is one of the two, or the deal; left unresolved.
- :func:`other_pair`: "the two sides", "both countries" after a coordinated pair of names ("Israel and Hamas
  agreed a truce brokered by Egypt. The two sides ..."): the pair is what the description names; when the two
  names the kind test kept are not that pair, the description is left unresolved rather than pair two others.
"""

from __future__ import annotations

__all__ = ["coordinated_name", "other_pair"]


def coordinated_name(res, mention) -> bool:
    """Whether ``mention`` is coordinated with another name ("the EU and the UK").

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc`` and ``token_mention``).
    mention : extract.entities.Mention
        The candidate antecedent.
    """
    token_mention = res.token_mention
    root = res.doc[mention.token_start : mention.token_end].root
    if root.dep_ == "conj" and token_mention[root.head.i] >= 0 and token_mention[root.head.i] != token_mention[root.i]:
        return True
    return any(
        c.dep_ == "conj" and token_mention[c.i] >= 0 and token_mention[c.i] != token_mention[root.i]
        for c in root.children
    )

def other_pair(res, keys, start: int, window: int) -> bool:
    """Whether a coordinated pair of names other than ``keys`` stands within ``window`` sentences before
    token ``start`` and shares a name with ``keys`` ("Israel and Hamas ... by Egypt": Israel and Egypt
    are not the pair).

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``groups``, ``group_starts`` and ``sent_of``).
    keys : sequence of str
        The two entities a plural description would take.
    start : int
        The first token of the description.
    window : int
        How many sentences back a pair may stand.
    """
    here = res.sent_of[start]
    chosen = set(keys)
    for position, sent, _role, members in reversed(res.groups):
        if position >= start:
            continue
        if here - sent > window:
            break
        if len(members) == 2 and set(members) != chosen and chosen & set(members):
            return True
    return False
