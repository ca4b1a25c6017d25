"""A person's shorter written forms joined with the full name the article gives (audit round w14b).

Rules of :mod:`extract.entities`, on the article's own person names, never on particular names:

- a given name and surname alone are the full name that has middle names or initials between them: "Robert Mugabe" after
  "Robert Gabriel Mugabe", "John Conyers" after "John James Conyers Jr."; where two full names fit ("George
  Bush" with "George H. W. Bush" and "George W. Bush") nothing is joined;
- a surname of two words or more written alone is the person named in full with it: "De Zoysa" after
  "Kumar De Zoysa", "Rivera Schatz" after "Thomas Rivera Schatz"; where two full names end in it, nothing is
  joined.

Both run before lone one-word surnames are read, so "Mugabe" meets one full name, not two. A full name
written right after a noun of kinship (``data/kin_nouns.txt``: "her widowed mother, Gloria Morgan Vanderbilt")
is a relative's and joins nothing: "Gloria Vanderbilt" is the daughter. Names begin with a capital, and a full
name begins with a proper noun ("Will Red Hat ..." is a question, not a person).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon.core import DATA_DIR
from .lexicon.normalise import fold_key
from .lexicon.readers import read_words

__all__ = ["map_person_variants"]

#: A generational suffix, no middle name: "Jr.", "III".
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


#: How many words before a full name a noun of kinship may stand: "her widowed mother, Gloria ...".
_KIN_REACH = 4


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "kin_nouns.txt"))


def _after_kin(doc, ts: int) -> bool:
    """Whether a noun of kinship stands a few words before ``doc[ts]`` in its sentence."""
    for i in range(ts - 1, max(ts - _KIN_REACH, 0) - 1, -1):
        if doc[i].is_sent_end or doc[i].text in (".", "!", "?"):
            return False
        if doc[i].lower_ in _kin_nouns():
            return True
    return False


def _words(name: str) -> list[str]:
    return [fold_key(w) for w in name.split()]


def _is_shortening(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with all its middle words left out: the same first word, then the surname
    (the last word that is no suffix), a suffix optional. "George W. Bush" is no shortening of "George H. W.
    Bush": a middle word kept tells two people apart."""
    core = [w for w in long if w not in _SUFFIXES]
    short_core = [w for w in short if w not in _SUFFIXES]
    if len(short_core) != 2 or len(core) < 3 or short_core[0] != core[0] or short_core[1] != core[-1]:
        return False
    return all(w in long for w in short)


def _is_surname_tail(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` (two words or more) is the end of ``long`` after one or more given names."""
    core = [w for w in long if w not in _SUFFIXES]
    return len(short) >= 2 and len(short[0].strip(".")) > 1 and len(core) > len(short) and core[-len(short):] == short


def _unique(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def map_person_variants(doc, drafts) -> None:
    """Join middle-name-less forms and lone multi-word surnames with the one full name they fit (in place)."""
    persons = [d for d in drafts if d.label == "PERSON" and not d.country and " " in d.canonical
               and d.canonical.split()[-1][:1].isupper()]
    if len(persons) < 2:
        return
    names = {d.canonical: _words(d.canonical) for d in persons}
    relatives = {d.canonical for d in persons if _after_kin(doc, d.ts)}
    proper = {d.canonical for d in persons if doc[d.ts].pos_ == "PROPN"}
    unfit = {d.canonical for d in persons if not d.canonical[:1].isupper() or d.canonical not in proper}
    targets: dict[str, str] = {}
    for name, words in names.items():
        if words[-1] in _SUFFIXES and len(words) == 2:
            continue
        fits = {other for other, longer in names.items() if other != name
                and (_is_shortening(words, longer) or _is_surname_tail(words, longer))}
        # the longest form is the full name: a name fitting a name that itself fits another
        full = _unique({f for f in fits if not any(f != g and (_is_shortening(names[f], names[g])
                                                                 or _is_surname_tail(names[f], names[g]))
                                                   for g in fits)})
        if full in relatives or full in unfit:
            continue
        if full and not any(full != g and (_is_shortening(words, names[g]) or _is_surname_tail(words, names[g]))
                            and not (_is_shortening(names[g], names[full]) or _is_surname_tail(names[g], names[full]))
                            for g in names):
            targets[name] = full
    for d in persons:
        full = targets.get(d.canonical)
        if full:
            d.canonical = full
