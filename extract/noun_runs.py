"""Whether a capitalised word modifies a run of lower-case common nouns after it (wave 17).

"a Congressional intern": the adjective's head is the noun right after it; "Congressional term limits",
"the Electoral college tally": its head is the last noun of a lower-case compound the parser reads as one
noun phrase. :func:`modifies_noun_run` answers both, for the leftover rules of
:mod:`extract.name_leftovers` ("an office's adjective alone is no name").
"""

from __future__ import annotations

__all__ = ["modifies_noun_run"]

#: Parts of speech of a common noun of the run.
_NOUN_POS = frozenset({"NOUN"})
#: How many lower-case nouns the run may hold: "term limits", "college vote tally".
_RUN = 3


def modifies_noun_run(doc, tok, start: int) -> bool:
    """Whether ``tok``'s head is one of the lower-case common nouns from ``doc[start]`` on (at most ``_RUN``,
    nothing but lower-case nouns before it): "Congressional" of "Congressional term limits" modifies "limits"."""
    for i in range(start, min(start + _RUN, len(doc))):
        if not doc[i].is_lower or doc[i].pos_ not in _NOUN_POS:
            return False
        if tok.head.i == i:
            return True
    return False
