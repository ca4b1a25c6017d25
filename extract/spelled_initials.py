"""Abbreviations a lower-case phrase spells out: terms, no names (wave 21, ``nodes_sample_w21t.tsv``).

An article that writes "the anterior cingulate cortex (ACC)" or "the total electron content (TEC)" says in
its own words that the abbreviation stands for a common noun phrase: the capitals are the abbreviation's,
not a name's, and the tagger's ORG for "ACC" (there and at every later "the ACC") is junk. A body's
abbreviation is spelled out in capitals ("the Federal Security Service (FSB)"), so the rule reads only a
phrase all of whose words are lower case, and leaves alone:

- a phrase whose last word heads a body's name (``data/name_heads.tsv`` ORG, "police", "agency",
  "service": "the national health service (NHS)" is a body written in lower case);
- an abbreviation the knowledge base knows as a body or a place ("CCTV").

:func:`spelled_term` is asked by :func:`extract.node_kinds.no_node`; the abbreviations a Doc spells out are
found once per Doc.

Examples
--------
>>> _initials_of(["anterior", "cingulate", "cortex"])
'ACC'
>>> _initials_of(["minimum", "wage", "of", "workers"])
'MWW'
"""

from __future__ import annotations

from .doccache import cache_of
from .lexicon import Lexicon

__all__ = ["spelled_term", "spelled_abbreviations"]

#: Small words a spelled-out phrase may hold whose letter the abbreviation skips: "rate of return" RR.
_GLUE = frozenset({"and", "of", "the", "for", "in", "on", "to", "&", "-", "a"})
#: The most words of a spelled-out phrase read before the bracket.
_REACH = 8
#: Knowledge-base types that make an abbreviation a name after all.
_NAME_TYPES = frozenset({"ORG", "GPE"})


def _initials_of(words) -> str:
    """The capitals of the words' initials, small words skipped."""
    return "".join(w[0] for w in words if w not in _GLUE).upper()


def _is_abbreviation(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def spelled_abbreviations(doc, *, lexicon: Lexicon) -> frozenset[str]:
    """The abbreviations ``doc`` writes in brackets right after a lower-case phrase whose initials spell them.

    A word of the phrase may carry a hyphen ("non-governmental" gives N); the phrase is the shortest run of
    lower-case words before the bracket that spells the abbreviation, with no capitalised word in it. A
    phrase ending in a body's head word leaves the abbreviation a name.
    """
    memo = cache_of(doc).memo("spelled_abbreviations")
    found = memo.get(id(lexicon))
    if found is not None:
        return found
    heads = lexicon.tables["name_heads"]
    spelled = set()
    for i in range(2, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not _is_abbreviation(doc[i].text):
            continue
        words = []
        for j in range(i - 2, max(i - 2 - _REACH, -1), -1):
            tok = doc[j]
            if not tok.is_alpha or not tok.is_lower:
                break
            words.insert(0, tok.lower_)
            if words[0] in _GLUE:
                continue
            if _initials_of(words) == doc[i].text:
                last = heads.get(words[-1])
                if not (last and last[0] == "ORG"):
                    spelled.add(doc[i].text)
                break
    found = memo[id(lexicon)] = frozenset(spelled)
    return found


def spelled_term(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is one abbreviation the article spells out as a lower-case phrase
    (:func:`spelled_abbreviations`) and the knowledge base knows as no body's or place's name: a term, no
    node ("the anterior cingulate cortex (ACC)"; "the ACC" later in the article too)."""
    if te - ts != 1 or not _is_abbreviation(text := doc[ts].text):
        return False
    if text not in spelled_abbreviations(doc, lexicon=lexicon):
        return False
    return not any(entry.type in _NAME_TYPES for entry, _ in lexicon.knowledge.lookup(text) or ())
