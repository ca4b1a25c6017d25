"""Role-only state bodies stay one node per document: "the navy" (``MIL``) of one article is not another's.

A concept argument whose actor code is role letters alone (no country named, issue 11) and whose
phrase is a state body ("the interior ministry" ``GOV``, "the navy" ``MIL``: ``data/state_body_nouns.txt``)
would share its key (``concept:navy``) with every article's navy, and the graph merges nodes on the key: one false
actor that did what forty navies did. :func:`per_document_keys` gives such an argument the key
``concept:navy@<document id>``; its label and text stay as they are. A code with a country
("IRNMIL") or of a body ("IGOUNO") keeps the key it has, and so do nouns for people ("soldiers",
"gunmen", "people": many of a kind, a concept as before).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from pathlib import Path

from ..lexicon import Lexicon
from ..types import Relation

__all__ = ["is_role_only", "names_state_body", "per_document_keys"]

#: Role letters that stand for a body, not a role of some country ("IGOUNO", "NGO").
_BODY_ROLES = frozenset({"IGO", "NGO", "MNC", "IMG"})
_CONCEPT = "CONCEPT"
_SEPARATOR = "@"
#: The unnamed side ("police arrested him": whom) is no node of its own (extract/quality.py).
_UNSPECIFIED = "concept:unspecified"


def is_role_only(code: str | None, lexicon: Lexicon) -> bool:
    """Is ``code`` role letters with no country and no body ("GOV", "MIL", "COPGOV")?

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> is_role_only("MIL", lexicon), is_role_only("IRNMIL", lexicon), is_role_only("IGOUNO", lexicon)
    (True, False, False)
    """
    if not code or len(code) % 3 or code[:3] in lexicon.countries.by_alpha3:
        return False
    roles = lexicon.tables["actor_roles"]
    triples = [code[i : i + 3] for i in range(0, len(code), 3)]
    return all(t.casefold() in roles and t not in _BODY_ROLES for t in triples)


_STATE_BODIES = Path(__file__).resolve().parent.parent / "data" / "state_body_nouns.txt"


@functools.lru_cache(maxsize=1)
def _state_bodies() -> frozenset[str]:
    """The head nouns of ``data/state_body_nouns.txt`` (read once, when first asked)."""
    with open(_STATE_BODIES, encoding="utf-8") as f:
        return frozenset(line.strip().casefold() for line in f if line.strip() and not line.startswith("#"))


def names_state_body(mention: str) -> bool:
    """Is ``mention`` a common-noun phrase whose head is a state body ("the interior ministry", "the navy"),
    not a name or a person ("Yevgeny Zinichev", "multiple officials")?"""
    words = mention.split()
    if not words or words[0].casefold() not in ("the", "a", "an"):
        return False
    tail = [w.casefold() for w in words[-2:]]
    return tail[-1] in _state_bodies() or " ".join(tail) in _state_bodies()


def per_document_keys(relations: Iterable[Relation], doc_id: str, *, lexicon: Lexicon) -> list[Relation]:
    """``relations`` with each role-only concept argument keyed for ``doc_id`` alone."""
    out = []
    for relation in relations:
        changes = {}
        for role in ("subject", "object"):
            arg = getattr(relation, role)
            if (arg.type == _CONCEPT and arg.key != _UNSPECIFIED and _SEPARATOR not in arg.key
                    and is_role_only(arg.actor_code, lexicon) and names_state_body(arg.text)):
                changes[role] = dataclasses.replace(arg, key=f"{arg.key}{_SEPARATOR}{doc_id}")
        out.append(dataclasses.replace(relation, **changes) if changes else relation)
    return out
