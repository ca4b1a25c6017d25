"""A double surname the tagger cut to its last word: the whole surname, and so the person (issue 12).

Spanish and Portuguese names carry two surnames ("Andrés Manuel López Obrador", "Paloma Valencia
Laserna"), and news writes the person by both ("López Obrador said"). The tagger often tags only the last
word ("López [Obrador] said"), and the mention then reads as a surname of its own. Rule of
:mod:`extract.entities`, on the article's own person names, before their shorter forms are joined
(:mod:`extract.person_variants` makes "López Obrador" the full name):

- a mention whose first word ends a full name of the article (three words or more), and right before which
  the text writes the word or words that come before that last word in the full name ("López" of "López
  Obrador"), capitalised and in no other mention, takes those words in: "López Obrador";
- a full name the tagger cut before its second surname ("Iván Duque [Márquez] met", "María Jesús Montero
  [Cuadrado]") takes the capitalised word right after it in where the article writes that word after the
  name's last word elsewhere too ("Duque Márquez said"): the pair is the person's double surname. Only
  in a name of Spanish or Portuguese spelling, and never a noun of the lexicon's tables or a country
  ("the Biden Administration" holds no surname); the mention of the two surnames elsewhere is the person;
- the words taken in are the full name's own, never its first word (a given name: "Andrés Obrador" is
  no shorter form), at most two ("Fernández de [Kirchner]"), and the full name must be the only one of
  the article of three words or more that ends in the tagged word: two people who share a surname are
  never one, and "López" before another word ("López-Gatell") is no part of this.

Examples
--------
>>> surname_run(["andrés", "manuel", "lópez", "obrador"], ["lópez"])
True
>>> surname_run(["andrés", "manuel", "lópez", "obrador"], ["manuel", "lópez"])
True
>>> surname_run(["hugo", "lópez"], ["hugo"])
False
"""

from __future__ import annotations

import re

from .lexicon.normalise import fold_key

__all__ = ["extend_double_surnames", "surname_run"]

#: Letters of Spanish and Portuguese spelling: a full name cut before its second surname is read only in one.
_IBERIAN = re.compile(r"[áéíóúñãõçÁÉÍÓÚÑÃÕÇ]")
#: Lexicon tables whose words are no surname ("the Biden Administration" holds no second surname).
_NOUN_TABLES = ("name_heads", "context_nouns", "class_nouns")

_PERSON = "PERSON"
#: The most surname words taken in before the tagged one ("Fernández de [Kirchner]").
_REACH = 2


def surname_run(full: list[str], before: list[str]) -> bool:
    """Whether the folded words ``before`` stand right before ``full``'s last word and after its first."""
    n = len(before)
    return 1 <= n and len(full) >= n + 2 and full[-1 - n:-1] == before


def _last_words(drafts) -> dict[str, list[str] | None]:
    """Folded last word -> the folded words of the one full name of three words or more ending in it."""
    found: dict[str, list[str] | None] = {}
    for d in drafts:
        words = [fold_key(w) for w in d.canonical.split()]
        if d.label != _PERSON or d.country or len(words) < 3:
            continue
        known = found.get(words[-1], words)
        found[words[-1]] = words if known == words else None
    return found


def _is_noun(word: str, lexicon) -> bool:
    folded = fold_key(word)
    return any(folded in lexicon.tables[name] for name in _NOUN_TABLES) or bool(
        lexicon.countries.country_of(word))


def _pairs(doc) -> dict[tuple[str, str], list[int]]:
    """Folded pairs of adjacent capitalised words -> where the pair starts."""
    found: dict[tuple[str, str], list[int]] = {}
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_title and nxt.is_title and tok.is_alpha and nxt.is_alpha and tok.whitespace_ == " ":
            found.setdefault((fold_key(tok.text), fold_key(nxt.text)), []).append(tok.i)
    return found


def _second_surnames(doc, drafts, lexicon) -> list:
    """The drafts with each full name cut before its second surname made whole: "Iván Duque [Márquez]" where
    the article writes "Duque Márquez" elsewhere; the one-word mention the tagger made of the cut surname
    goes, and a mention of the two surnames elsewhere is the person's."""
    pairs = _pairs(doc)
    taken = {i: d for d in drafts for i in range(d.ts, d.te)}
    dropped = set()
    for d in drafts:
        end = d.te
        if d.label != _PERSON or d.country or d.te - d.ts < 2 or end >= len(doc):
            continue
        nxt, last = doc[end], doc[end - 1]
        other = taken.get(end)
        if other is not None and other.te - other.ts != 1 or nxt.is_sent_start or _is_noun(nxt.text, lexicon):
            continue
        starts = [i for i in pairs.get((fold_key(last.text), fold_key(nxt.text)), ()) if i != end - 1]
        name = " ".join([d.canonical, nxt.text])
        if not starts or not _IBERIAN.search(name):
            continue
        d.te, d.canonical = end + 1, name
        if other is not None:
            dropped.add(id(other))
        for i in starts:  # "Duque Márquez" (tagged ORG) elsewhere: the person's two surnames
            for o in {id(x): x for x in (taken.get(i), taken.get(i + 1)) if x is not None}.values():
                if (o.ts, o.te) == (i, i + 2):
                    o.label = _PERSON
    return [d for d in drafts if id(d) not in dropped]


def extend_double_surnames(doc, drafts, *, lexicon) -> list:
    """The drafts with each cut double surname made whole: a full name cut before its second surname, and a
    cut mention of the two surnames (the surname words written before it taken in)."""
    drafts = _second_surnames(doc, drafts, lexicon)
    _cut_surnames(doc, drafts)
    return drafts


def _cut_surnames(doc, drafts) -> None:
    """Take into each cut mention of a double surname the surname words written before it (in place)."""
    fulls = _last_words(drafts)
    if not fulls:
        return
    taken = {i for d in drafts for i in range(d.ts, d.te)}
    for d in drafts:
        if d.country or d.te - d.ts != 1:
            continue
        full = fulls.get(fold_key(doc[d.ts].text))
        if not full:
            continue
        for n in range(min(_REACH, len(full) - 2), 0, -1):
            start = d.ts - n
            span = doc[start:d.ts] if start >= 0 else ()
            if not span or any(t.i in taken or t.is_sent_end for t in span):
                continue
            words = [fold_key(t.text) for t in span]
            if surname_run(full, words) and span[0].text[:1].isupper() and all(t.is_alpha for t in span):
                d.ts = start
                d.canonical = " ".join([*(t.text for t in span), d.canonical])
                d.label = _PERSON
                break
