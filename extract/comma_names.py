"""Names of bodies with a comma inside, which the tagger cuts at it (issue 12).

"Jo Anne Van Tilburg of the University of California, Los Angeles" is tagged "University of California"
and "Los Angeles": one university becomes the whole system and a city. A campus, a college of a federal
university or a body named with an apposed part ("University of California, Davis", "California State
University, Long Beach", "Queen Mary, University of London") is one name where the knowledge base
spells it whole. Rule of :mod:`extract.entities`, on the shipped tables only, never on particular names:

- an organisation's mention followed by a comma and up to :data:`REACH` words (capitalised words and the
  small words of names: "of", "the", "and", "at") is widened over them where the whole, read from the
  mention's first word that is no "the", is the own label or an unbounded alias of one knowledge-base
  organisation and of nothing else (no person, no place: "Charleston, West Virginia" names a town and its
  state, two nodes); the longest such run wins;
- nothing across a line break or a sentence's end.

The mentions the wider name covers ("Los Angeles") go with it. An organisation's name written without the
comma ("University of California Davis") is, for :mod:`extract.linking`, the one knowledge-base organisation
that one comma before its last one to three words spells (:func:`comma_forms`).

Examples
--------
>>> comma_gap(["University", "of", "California", ",", "Davis"], 3)
True
>>> comma_gap(["University", "of", "California", ";", "Davis"], 3)
False
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon

__all__ = ["REACH", "comma_forms", "comma_gap", "comma_name_end"]

#: How many words after the comma may complete a name ("University at Buffalo, The State University of New York").
REACH = 6
#: Small words a name may hold after its comma ("Queen Mary, University of London").
_SMALL_WORDS = frozenset({"of", "the", "and", "at", "&"})


def comma_gap(words: Sequence[str], te: int) -> bool:
    """Whether the word at ``te`` is a comma with a word after it."""
    return te + 1 < len(words) and words[te] == ","


def _one_organisation(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is the label or an unbounded alias of knowledge-base organisations of one QID only
    (an entry written twice counts once), and of no entry of another type."""
    found = lexicon.knowledge.lookup(name)
    if not found or any(entry.type != "ORG" for entry, _ in found):
        return False
    if any(alias is not None and (alias.start or alias.end) for _, alias in found):
        return False
    return len({entry.qid or entry.label for entry, _ in found}) == 1


def comma_name_end(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> int:
    """The end of the organisation's name that ``doc[ts:te]`` (tagged ``label``) begins, run on over a
    comma where the knowledge base spells the whole (see the module's rule); ``te`` when there is none."""
    if label != "ORG" or te + 1 >= len(doc) or doc[te].text != "," or "\n" in doc[te - 1].whitespace_ \
            or "\n" in doc[te].whitespace_:
        return te
    start = ts
    while start < te and doc[start].lower_ == "the":
        start += 1
    if start >= te:
        return te
    head = doc[start:te].text
    best = te
    end = te + 1
    while end < len(doc) and end - te <= REACH:
        token = doc[end]
        if not (token.is_title or token.is_upper or token.lower_ in _SMALL_WORDS) or token.is_sent_start:
            break
        end += 1
        if (token.is_title or token.is_upper) and _one_organisation(f"{head}, {doc[te + 1:end].text}", lexicon):
            best = end
        if "\n" in token.whitespace_:
            break
    return best


#: How many last words of a name written without its comma may follow the comma ("Davis", "Long Beach").
_TAIL = 3


def comma_forms(name: str, label: str, *, lexicon: Lexicon) -> tuple[str, ...]:
    """The name of an organisation (``label`` ORG) written without its comma, as the knowledge base writes it with
    one: ("University of California, Davis",) for "University of California Davis"; () when no comma before
    its last one to three words makes the name of one organisation."""
    words = name.split()
    if label != "ORG" or "," in name or len(words) < 3:
        return ()
    for k in range(1, min(_TAIL, len(words) - 2) + 1):
        if not words[-k - 1][:1].isupper() or not words[-k][:1].isupper():
            continue
        form = f"{' '.join(words[:-k])}, {' '.join(words[-k:])}"
        if _one_organisation(form, lexicon):
            return (form,)
    return ()
