"""An award's name is no actor: "the Berwick Prize", "the Nemmers Prize in Mathematics" (w21).

Rule of :mod:`extract.name_debris`, on the name's words and a closed list of head words
(``data/award_heads.txt``), never on particular names: a name of two words or more whose last word is an
award's head ("Berwick Prize", "Leroy P. Steele Prize", "Turing Award"), or whose head stands before "in",
"for" or "of" and a capitalised rest ("Nemmers Prize in Mathematics", "National Medal of Science"), names
an award, which does nothing to anyone: no node (the words stay a plain noun phrase, as "Best Actor" of
:func:`extract.name_debris.is_award`).

A one-word award of ``data/award_names.txt`` ("Oscar", "Emmy", "Grammys") after a determiner, a possessive or a
number ("nominated for the Oscar", "won two Grammys", "her first Emmy"), or before "-winning"/"-nominated"
("Oscar-winning"), is no node either: several are given names, so a bare "Oscar said" stays a person.

Not a body named after an award ("Nobel Prize Committee", "Pulitzer Prize Board": the head is no last word
and no "in"/"for"/"of" follows it), nor a plural ("Academy Awards", "MTV Video Music Awards": a ceremony),
nor a name the country table, the knowledge base or the actor dictionaries know.

Examples
--------
>>> award_head_at(["Nemmers", "Prize", "in", "Mathematics"], frozenset({"prize"}))
1
>>> award_head_at(["Nobel", "Prize", "Committee"], frozenset({"prize"})) is None
True
"""

from __future__ import annotations

from .lexicon import Lexicon
from .name_bounds import is_known_name

__all__ = ["award_head_at", "is_award_name", "is_award_word"]

#: Words before a one-word award that make it the award, not a person: "the Oscar", "her Emmy", "two Grammys".
_AWARD_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "first",
                                "second", "third", "another", "several", "many"})
#: Second halves of a hyphenated word after the award: "Oscar-winning", "Emmy-nominated".
_AWARD_COMPOUNDS = frozenset({"winning", "winner", "winners", "nominated", "nominee", "nominees"})

#: Words that join an award's head to what it is for: "Prize in Mathematics", "Medal of Science".
_LINKS = frozenset({"in", "for", "of"})


def award_head_at(words: list[str], heads: frozenset[str]) -> int | None:
    """Where the award's head word is among ``words`` (a name's), or None when the name is no award's."""
    if len(words) < 2:
        return None
    if words[-1].casefold() in heads:
        return len(words) - 1
    for i in range(1, len(words) - 2):
        if words[i].casefold() in heads and words[i + 1] in _LINKS and all(w[:1].isupper() for w in words[i + 2:]):
            return i
    return None


def is_award_name(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is an award's, no name a table knows."""
    words = [t.text for t in doc[ts:te]]
    if award_head_at(words, lexicon.word_sets["award_heads"]) is None:
        return False
    return not is_known_name(doc[ts:te].text, lexicon)


def is_award_word(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is a one-word award of ``data/award_names.txt`` used as the award: after
    a determiner, a possessive or a number, or before "-winning" ("the Oscar", "two Grammys", "Oscar-winning")."""
    if doc[ts:te].text.casefold() not in lexicon.word_sets["award_names"]:
        return False
    before = doc[ts - 1] if ts > 0 else None
    if before is not None and (before.lower_ in _AWARD_DETERMINERS or before.like_num):
        return True
    return te + 1 < len(doc) and doc[te].text == "-" and doc[te + 1].lower_ in _AWARD_COMPOUNDS
