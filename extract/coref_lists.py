"""A list of three or more names as one antecedent: "France, Germany and Italy ... They all", "the three countries".

The parse chains a list's conjuncts ("France" -conj-> "Germany" -conj-> "Italy"), so the first name's own
children hold only the second. These helpers, read off the parse, keep the list whole:

- :func:`list_members`: the keys of the names coordinated under a name, walking the conj chain (an Oxford comma
  or "as well as" are the same chain), at most :data:`MAX_CONJUNCTS` deep; a list with a conjunct that is no
  name ("France, Germany and other countries") or a longer list is no group (who "they" are is not all named).
- :func:`inner_conjunct`: a name that is itself a later conjunct of a named list is no group of its own
  ("Germany and Italy" inside "France, Germany and Italy").
- :func:`counted_list`: "the three countries", "the three leaders", "all three": a list of exactly that many
  names of the noun's kind named in this sentence or the one before.
"""

from __future__ import annotations

__all__ = ["MAX_CONJUNCTS", "counted_list", "inner_conjunct", "list_members", "list_number"]

#: The longest list walked: a list of names past it is no antecedent ("they" is then unresolved).
MAX_CONJUNCTS = 8
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT_DETS = frozenset({"the", "these", "those", "all"})


def list_members(root, token_mention, mentions) -> list[str] | None:
    """The keys of the name at ``root`` and the names coordinated with it (conj chain, and its own
    appositions as before), in text order; None when a conjunct is no name or the list is too long.

    Parameters
    ----------
    root : spacy.tokens.Token
        The root token of a name.
    token_mention : sequence of int
        Token index -> index of the mention it is in (-1 for none).
    mentions : sequence of extract.entities.Mention
        The article's mentions.
    """
    members = [mentions[token_mention[root.i]].key]
    frontier = [root]
    for child in root.children:  # "Bernie Sanders, Elizabeth Warren and Joe Biden": the list goes on from an apposed name
        if child.dep_ == "appos" and token_mention[child.i] >= 0:
            key = mentions[token_mention[child.i]].key
            if key not in members:
                members.append(key)
                frontier.append(child)
    walked = 0
    while frontier:
        for child in frontier.pop().children:
            if child.dep_ != "conj":
                continue
            walked += 1
            if walked > MAX_CONJUNCTS or token_mention[child.i] < 0:
                return None  # a list too long to be "they", or one not all named ("and other countries")
            key = mentions[token_mention[child.i]].key
            if key not in members:
                members.append(key)
            frontier.append(child)
    return members


def inner_conjunct(root, token_mention) -> bool:
    """Whether the name at ``root`` is a conjunct of another name's list (so no list of its own)."""
    head = root.head
    return root.dep_ == "conj" and head is not root and token_mention[head.i] >= 0 \
        and token_mention[head.i] != token_mention[root.i]


def list_number(tok) -> int:
    """How many "the three countries" / "all three" counts (3-8), or 0: a number word with "the", "these",
    "those" or "all" before it."""
    if tok.pos_ == "NUM":  # "all three"
        number = _NUMBERS.get(tok.lower_, 0)
        return number if number and any(c.lower_ == "all" and c.i < tok.i for c in tok.children) else 0
    if tok.tag_ != "NNS":
        return 0
    lefts = [c for c in tok.lefts if c.dep_ in ("det", "predet", "nummod")]
    numbers = [_NUMBERS.get(c.lower_, 0) for c in lefts if c.dep_ == "nummod"]
    if len(numbers) != 1 or not numbers[0] or not any(c.lower_ in _COUNT_DETS for c in lefts):
        return 0
    return numbers[0]


def counted_list(res, tok, number: int, accept, window: int) -> tuple[str, ...] | None:
    """The keys of the nearest list of exactly ``number`` names within ``window`` sentences before ``tok``,
    each passing ``accept`` (a test of an entity key); None when the nearest list is not such a list.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``groups`` and ``sent_of``).
    tok : spacy.tokens.Token
        The counted noun, or the number of "all three".
    number : int
        How many the description counts.
    accept : callable
        Whether an entity key is of the description's kind.
    window : int
        How many sentences back the list may stand.
    """
    here = res.sent_of[tok.i]
    for position, sent, _role, members in reversed(res.groups):
        if position >= tok.i:
            continue
        if here - sent > window:
            return None
        if len(members) < 3:
            continue  # a pair does not make "the three" (nor hide a list before it)
        if len(members) == number and all(accept(k) for k in members):
            return tuple(members)
        return None  # the nearest list counts otherwise or holds another kind
    return None
