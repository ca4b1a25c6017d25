"""Whether two people an article keeps apart may be joined because they link to one Wikidata QID (wave 17).

:func:`extract.linking.link_facts` joins two people of one article linked to one QID ("Doris Day" and her
birth name "Doris Mary Ann Kappelhoff"). Two rules, on the names and the knowledge base only, keep apart
people the QID would falsely join:

- a name the knowledge base gives to two people or more ("George Bush": George H. W. Bush and George W.
  Bush) links to one of them only because the article names the other in full ("His son George W. Bush"):
  that is no evidence they are one, and the namesake is a second person;
- two full names ending in the same surname, with different given names ("Mark Kelly", "Scott Kelly"), are
  relatives, never one person. An initial ("J. Smith") or a given name that begins the other ("Chris",
  "Christopher") is no different given name.
"""

from __future__ import annotations

from .lexicon.knowledge import KnowledgeBase
from .lexicon.normalise import fold_key

__all__ = ["may_share_qid", "namesake_of_two", "relatives_by_name"]

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _core(name: str) -> list[str]:
    return [w for w in (fold_key(w) for w in name.split()) if w not in _SUFFIXES]


def _people_named(name: str, knowledge: KnowledgeBase) -> int:
    """How many people of the knowledge base carry ``name`` as label or alias."""
    return len({entry.qid or entry.label for entry, _ in knowledge.lookup(name) if entry.type == "PERSON"})


def _other_given_names(a: list[str], b: list[str]) -> bool:
    """Whether two full names share their surname but not their given name."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    x, y = a[0].strip("."), b[0].strip(".")
    if len(x) == 1 or len(y) == 1:
        return False  # an initial
    return not (x.startswith(y) or y.startswith(x))


def may_share_qid(first: str, later: str, knowledge: KnowledgeBase) -> bool:
    """Whether the person named ``later`` may be joined with ``first`` because both link to one QID."""
    if _other_given_names(_core(first), _core(later)):
        return False
    return _people_named(later, knowledge) < 2 and _people_named(first, knowledge) < 2


def namesake_of_two(name: str, knowledge: KnowledgeBase) -> bool:
    """Whether the knowledge base gives ``name`` to two people or more: its QID is the one to drop."""
    return _people_named(name, knowledge) >= 2


def relatives_by_name(a: str, b: str) -> bool:
    """Whether two full names share the surname but not the given name: two people ("Mark Kelly", "Scott
    Kelly"), whatever QID a linker gave them."""
    return _other_given_names(_core(a), _core(b))
