"""Two people named with one surname: "Mark and Patricia McCloskey", "Bill and Hillary Clinton".

A given name alone, "and", and a full name right after it name two people of one family: the lone given
name takes the surname of the full name ("Mark" is Mark McCloskey, not a Mark of the article named in
full elsewhere). Rule of :mod:`extract.entities`, over the tagger's mentions (or one mention the tagger
made of the whole pair):

- the first is one word, a given name of the knowledge base's people (not "Biden and Kamala Harris");
- the second is two or three capitalised words, its first a given name ("Patricia McCloskey"), right
  after "and";
- no capitalised word stands right before the first ("John Mark and ...": a name of its own).

Examples
--------
>>> couple_surname(["Mark", "and", "Patricia", "McCloskey"], lambda w: w in {"Mark", "Patricia"})
'McCloskey'
>>> couple_surname(["Biden", "and", "Kamala", "Harris"], lambda w: w in {"Kamala"}) is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .entity_context import is_given_name, is_personal_name
from .lexicon import Lexicon

__all__ = ["couple_names", "couple_surname"]

#: How many words the full name of a couple may have ("Patricia Ann McCloskey").
_FULL_REACH = 3


def couple_surname(words: Sequence[str], given: Callable[[str], bool]) -> str | None:
    """The surname a lone given name shares in ``words`` = (given name, "and", full name ...), or None."""
    if len(words) < 4 or words[1] not in ("and", "&") or len(words) - 2 > _FULL_REACH:
        return None
    first, full = words[0], words[2:]
    if not (first.istitle() and first.isalpha() and given(first)):
        return None
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in full) or not given(full[0]):
        return None
    return full[-1]


def couple_names(doc, drafts: list, make, *, lexicon: Lexicon) -> list:
    """``drafts`` with each lone given name before "and" and a full name made a mention of the given name
    and the full name's surname (its ``canonical`` set; one the tagger left untagged added), and a pair the
    tagger made one mention split in two; ``make(ts, te, label)`` builds a mention."""
    def given(word: str) -> bool:
        return is_given_name(word, lexicon=lexicon)

    def full_name(words: Sequence[str]) -> bool:
        return is_personal_name(" ".join(words), lexicon=lexicon)

    def free_before(ts: int) -> bool:
        return ts == 0 or not (doc[ts - 1].is_title and doc[ts - 1].is_alpha and doc[ts - 1].pos_ == "PROPN")

    def surname_of(first, second_words) -> str | None:
        surname = couple_surname([first, "and", *second_words], lambda w: True)
        if surname is None or not full_name(second_words) or not (given(first) or full_name([first, surname])):
            return None
        return surname

    out = []
    starts = {d.ts: d for d in drafts}
    covered = {i for d in drafts for i in range(d.ts, d.te)}
    for d in drafts:
        words = [t.text for t in doc[d.ts:d.te]]
        if d.label == "PERSON" and 4 <= len(words) and words[1] in ("and", "&") and free_before(d.ts):
            surname = surname_of(words[0], words[2:])  # the tagger's one mention of the pair
            if surname is not None:
                first, second = make(d.ts, d.ts + 1, "PERSON"), make(d.ts + 2, d.te, "PERSON")
                first.canonical, second.canonical = f"{words[0]} {surname}", " ".join(words[2:])
                first.hint = second.hint = "PERSON"
                out += [first, second]
                continue
        out.append(d)
        if d.label != "PERSON" or d.ts < 2 or doc[d.ts - 1].lower_ not in ("and", "&"):
            continue
        i = d.ts - 2
        lone = starts.get(i)
        if lone is not None and lone.te != i + 1 or lone is None and (i in covered or doc[i].pos_ != "PROPN"):
            continue
        if not free_before(i):
            continue
        surname = surname_of(doc[i].text, words)
        if surname is None:
            continue
        if lone is None:  # "Barack" left untagged before "and Michelle Obama"
            lone = make(i, i + 1, "PERSON")
            out.insert(len(out) - 1, lone)
        lone.label = lone.hint = "PERSON"
        lone.canonical = f"{doc[i].text} {surname}"
    return out
