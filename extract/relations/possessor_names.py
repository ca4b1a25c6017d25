"""A name that possesses the noun after it belongs to that noun's phrase, not to the noun before it.

:mod:`.arguments` reads a common noun right before a name as describing it ("regime ally Russia" ->
Russia). When the name is a possessor ("told reporters Adamowicz's condition was very difficult",
"told local media Adamowicz's heart was restarted"), the name starts another phrase, often the subject
of a clause of its own, and the noun is itself the argument (the reporters, the media):
:func:`possessor_name` tells the arguments rules so.
"""

from __future__ import annotations

__all__ = ["possessor_name"]


def possessor_name(doc, end: int) -> bool:
    """Is the name whose last token is ``doc[end - 1]`` a possessor: parsed ``poss``, or followed by "'s"?"""
    last = doc[end - 1]
    return last.dep_ == "poss" or (end < len(doc) and doc[end].tag_ == "POS")
