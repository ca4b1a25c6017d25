"""A mention the tagger cut from a longer name that the article writes whole elsewhere (w21).

"The Center for Biological Diversity announced ..." tagged "Biological Diversity" at another place, "the
United States House of Representatives" tagged "House", "an investigation into Burisma Holdings" tagged
"Burisma": the words the tagger left out stand right beside the mention, and with them it reads as a name
the article gives in full elsewhere. Rule of :mod:`extract.entities`, on the article's own names only:

- a mention that, with up to :data:`REACH` words right before or right after it (none across a sentence's
  end, a line break or a quotation mark), is written exactly as a longer name of the article, letter case
  included ("across India" is no "Across India", "Melbourne city council" no "Melbourne City Council"; a mention of
  two words or more whose written words are its name) is a mention of that name, its words widened to
  the name's and read as that mention is (type, readings); a mention among those words lying wholly
  inside ("Center" + "for" + "Biological Diversity", "American" + "Samoans") goes into it;
- where the words on the two sides make two names, or one written form is two names' (its label
  differs), nothing is joined.

The join is per mention: "the Atlantic" written alone elsewhere stays what it is (the magazine, the
ocean), and "The Atlantic" beside "the Atlantic Ocean" joins nothing, no longer name being written there.

Examples
--------
>>> words = "the Center for Biological Diversity said a Center for Biological Diversity lawyer".split()
>>> longs = {"Center for Biological Diversity": "Center for Biological Diversity"}
>>> widened_name(words, 9, 11, longs, lambda lo, hi: True)
('Center for Biological Diversity', 7, 11)
>>> widened_name(words, 3, 5, longs, lambda lo, hi: lo > 0)
('Center for Biological Diversity', 1, 5)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lexicon.normalise import fold_key

__all__ = ["REACH", "map_cut_mentions", "widened_name"]

#: How many words beside a mention may complete it: "Center for", "Ocean", "of Representatives".
REACH = 3
#: Tokens no name is completed across.
_STOPS = frozenset({".", "!", "?", ";", ":", '"', "\u201c", "\u201d", "(", ")", ",", "'s", "\u2019s"})


def _folded(words: Sequence[str]) -> str:
    return " ".join(fold_key(w) for w in words)


def widened_name(words: Sequence[str], ts: int, te: int, longs: dict[str, str | None],
                 allowed: Callable[[int, int], bool]) -> tuple[str, int, int] | None:
    """(name, start, end) of the one longer name of ``longs`` (written form -> name; None where two names
    share it) that ``words[ts:te]`` make with up to :data:`REACH` words before or after them, where
    ``allowed(start, end)`` lets the span be read as one name; None where none or two fit."""
    found = set()
    for side in (-1, 1):
        for reach in range(1, REACH + 1):
            lo, hi = (ts - reach, te) if side < 0 else (ts, te + reach)
            if lo < 0 or hi > len(words) or not allowed(lo, hi):
                break
            name = longs.get(" ".join(words[lo:hi]), "")
            if name is None or name:
                found.add((name, lo, hi))
    names = {name for name, _, _ in found}
    return found.pop() if len(found) == 1 and None not in names else None


def map_cut_mentions(doc, drafts) -> list:
    """``drafts`` with each mention the tagger cut from a longer name of the article made a mention of that
    name: its span widened to the name's words, its name, type and readings the longer mention's, the
    mentions it takes in dropped."""
    words = [t.text for t in doc]
    longs: dict[str, str | None] = {}
    models = {}
    for d in drafts:
        written = words[d.ts:d.te]
        if len(written) >= 2 and _folded(written) == _folded(d.canonical.split()):
            key = " ".join(written)
            longs[key] = d.canonical if longs.get(key, d.canonical) == d.canonical else None
            models.setdefault(d.canonical, d)
    if not longs:
        return drafts
    owner: dict[int, tuple[int, int]] = {}
    for d in drafts:
        for i in range(d.ts, d.te):
            owner[i] = (d.ts, d.te)
    sentence = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        sentence[sent.start:sent.end] = [n] * (sent.end - sent.start)

    def allowed(lo: int, hi: int) -> bool:
        for i in range(lo, hi):
            t = doc[i]
            if t.is_space or t.text in _STOPS or sentence[i] != sentence[lo]:
                return False
            span = owner.get(i)
            if span is not None and not (lo <= span[0] and span[1] <= hi):
                return False  # another mention runs over the span's edge
        return True

    dropped = set()
    for d in drafts:
        if id(d) in dropped:
            continue
        widened = widened_name(words, d.ts, d.te, longs, allowed)
        if not widened or _folded(widened[0].split()) == _folded(d.canonical.split()) and \
                (d.ts, d.te) == widened[1:]:
            continue
        name, lo, hi = widened
        model = models[name]
        dropped.update(id(o) for o in drafts if o is not d and lo <= o.ts and o.te <= hi)
        d.ts, d.te, d.canonical = lo, hi, name
        for slot in ("label", "hint", "weak", "country", "suspect", "placed"):
            setattr(d, slot, getattr(model, slot))
    return [d for d in drafts if id(d) not in dropped]
