"""A party's word fused by the tagger with a body's name or with its members' noun (audit round w15).

Rules of :mod:`extract.name_debris`, keyed on closed word lists (``data/party_words.tsv``,
``data/institutions.txt``, ``data/party_member_nouns.txt``), never on particular names:

- a party's word before a country's institution is no part of its name: "the Republican Senate Majority
  Leader" names the Senate (the party word says who holds it), not a body "Republican Senate";
- a party's word before a plural noun of elected members names the party's members, and so the party as
  "Republicans" does: "Republican Representatives attacked the inquiry" is the party's node, not a body
  "Republican Representatives".
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["party_phrase_bounds"]

#: Labels of a name that may hold a party's word the tagger fused with a body's name.
_BODY_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})


def party_phrase_bounds(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> tuple[int, int]:
    """The bounds of the name ``doc[ts:te]`` without a party's word before an institution (the institution's
    bounds) or without the members' noun after a party's word (the party word's bounds). The party word must
    be capitalised and the first of two or more words; else ``(ts, te)`` unchanged."""
    if label not in _BODY_LABELS or te - ts < 2:
        return ts, te
    first = doc[ts]
    if not first.is_title or first.lower_ not in lexicon.tables["party_words"]:
        return ts, te
    rest = doc[ts + 1:te]
    if not all(t.text[:1].isupper() or t.is_lower and t.is_stop for t in rest):
        return ts, te
    institutions = lexicon.word_sets["institutions"]
    if fold_key(rest.text) in institutions or rest.text.casefold() in institutions:
        return ts + 1, te  # "Republican Senate" -> "Senate"
    if te - ts == 2 and doc[te - 1].lower_ in lexicon.word_sets["party_member_nouns"]:
        return ts, ts + 1  # "Republican Representatives" -> "Republican", the party
    return ts, te
