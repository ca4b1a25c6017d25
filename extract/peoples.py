"""A people's name the tagger types as a person or an organisation (audit round w14b).

"the ethnic Ndebele" tagged PERSON, "the Hazara people" tagged ORG: a name right after the adjective
"ethnic", or right before a noun of a people ("people", "tribe", "clan", "ethnic group"), is a people's
(NORP). Rule of :mod:`extract.entities`, on the words around the name only; never a name of two words or
more that ends in a body's head ("ethnic Albanian Party" is left to the head words).
"""

from __future__ import annotations

__all__ = ["is_people_name"]

#: Nouns after a people's name: "the Ndebele people", "the Yazidi tribe".
_PEOPLE_NOUNS = frozenset({"people", "peoples", "tribe", "tribes", "clan", "clans", "tribesmen", "ethnicity"})
#: The adjective before a people's name.
_ETHNIC = "ethnic"
#: Labels this rule re-reads: the tagger's mistakes on a people's name.
_LABELS = frozenset({"PERSON", "ORG"})


def is_people_name(doc, ts: int, te: int, label: str) -> bool:
    """Whether the one-word name ``doc[ts:te]`` is a people's: after "ethnic", or before "people"/"tribe"."""
    if te - ts != 1 or label not in _LABELS or not doc[ts].is_title:
        return False
    if ts > 0 and doc[ts - 1].lower_ == _ETHNIC:
        return True
    if te < len(doc) and doc[te].lower_ in _PEOPLE_NOUNS and doc[ts].head.i == te:
        return True
    return te + 1 < len(doc) and doc[te].lower_ == _ETHNIC and doc[te + 1].lower_ in ("group", "groups", "minority")
