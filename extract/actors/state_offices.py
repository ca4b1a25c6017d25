"""A country's name bound to a state's office is the state: "Governor Brian Kemp of Georgia" is ``USAGOV``.

A country's name that a US state bears too (``data/state_namesakes.txt``: Georgia) is read as the
state where a state's office or body goes with it (``data/state_offices.txt``: governor, lieutenant
governor, attorney general, secretary of state, state senator, senator, legislature ...): right
after it, past a possessive ("Georgia's attorney general", "Georgia Senator Kelly Loeffler",
"Georgia Lieutenant Governor Geoff Duncan"), or before "of" and it, after the office or after a
name the office titles ("the attorney general of Georgia", "Governor Brian Kemp of Georgia").
:func:`bound_state_office` is asked by :func:`extract.actors.localities.state_namesake_country`;
:func:`state_office_code` gives a titled person the state's country where the title phrases read
the country's ("Georgia Governor Brian Kemp" ``GEOGOV`` -> ``USAGOV``), asked by
:func:`extract.events.annotate.annotate_entities`. Offices a country has too ("president", "prime
minister", "representative") bind nothing: "Georgia's president" stays the country's.
"""

from __future__ import annotations

from ..doccache import sentence_bounds
from ..lexicon import Lexicon

__all__ = ["may_name_state", "bound_state_office", "state_office_code"]

#: Per lexicon: the countries a state's namesake names (:func:`may_name_state`).
_NAMESAKE_COUNTRIES: dict[int, tuple] = {}

_POSSESSIVE = frozenset({"'s", "\u2019s"})
#: Words of a title walked over before a person's name, and between an apposition's comma and the name.
_TITLE_WORDS = 6
_APPOSITION_WORDS = 4


def _offices(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split()) for line in lexicon.word_sets["state_offices"])


def _office_from(doc, i: int, offices) -> bool:
    """Does a state office's phrase start at ``doc[i]``?"""
    return any(tuple(t.lower_ for t in doc[i : i + len(o)]) == o for o in offices)


def _office_to(doc, i: int, offices) -> bool:
    """Does a state office's phrase end at ``doc[i]``?"""
    return any(i + 1 >= len(o) and tuple(t.lower_ for t in doc[i + 1 - len(o) : i + 1]) == o for o in offices)


def _titled_person_before(doc, i: int, offices) -> bool:
    """Does ``doc[i]`` end a person's name that a state office titles ("Governor Brian Kemp")?"""
    if doc[i].ent_type_ != "PERSON":
        return False
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return (start > 0 and _office_to(doc, start - 1, offices)) or any(
        _office_from(doc, j, offices) for j in range(start, i))


def bound_state_office(tokens, *, lexicon: Lexicon) -> bool:
    """Is the name ``tokens`` (a state's namesake) bound to a state's office (module docstring)?"""
    if not len(tokens):
        return False
    offices = _offices(lexicon)
    doc, first, last = tokens[0].doc, tokens[0].i, tokens[-1].i
    after = last + 1
    if after < len(doc) and doc[after].text in _POSSESSIVE:
        after += 1
    if after < len(doc) and _office_from(doc, after, offices):
        return True  # "Georgia's attorney general", "Georgia Senator X"
    if first < 2 or doc[first - 1].lower_ != "of":
        return False
    return _office_to(doc, first - 2, offices) or _titled_person_before(doc, first - 2, offices)


def _namesakes_near(span, lexicon: Lexicon):
    """The tokens near a person's mention that may be a state's namesake bound to its title: in the
    title before it, "of" right after it, or an apposition after a comma."""
    from .localities import is_state_namesake

    doc = span.doc
    low, high = sentence_bounds(doc, span.start)
    start = span.start
    while start > low and span.start - start < _TITLE_WORDS and doc[start - 1].pos_ not in ("VERB", "AUX", "CCONJ") \
            and (not doc[start - 1].is_punct or doc[start - 1].text in _POSSESSIVE) \
            and doc[start - 1].ent_type_ != "PERSON":
        start -= 1
    near = list(range(start, span.end))
    if span.end + 1 < high and doc[span.end].lower_ == "of":
        near.append(span.end + 1)
    if span.end + 1 < high and doc[span.end].text == ",":
        for i in range(span.end + 1, min(high, span.end + 1 + _APPOSITION_WORDS)):
            if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
                break
            near.append(i)
    return [doc[i] for i in near if is_state_namesake(doc[i].text, lexicon=lexicon)]


def may_name_state(code: str | None, *, lexicon: Lexicon) -> bool:
    """Is ``code`` of a country whose name a state of another country bears (``GEOGOV``)? Only such a
    code can :func:`state_office_code` change: the cheap test before the person's mentions are read."""
    from .localities import namesake_countries

    if not code:
        return False
    memo = _NAMESAKE_COUNTRIES.get(id(lexicon))
    if memo is None or memo[0] is not lexicon:
        memo = _NAMESAKE_COUNTRIES[id(lexicon)] = (lexicon, namesake_countries(lexicon))
    return code[:3] in memo[1]


def state_office_code(code: str | None, spans, *, lexicon: Lexicon) -> str | None:
    """``code``, or the state's country with the code's role where ``code`` names the country a
    state's namesake names and a person's mention binds that name to a state's office.

    Parameters
    ----------
    code : str or None
        The person's code so far ("GEOGOV" for "Georgia Governor Brian Kemp").
    spans : iterable of spacy.tokens.Span
        The person's mentions.
    lexicon : Lexicon
        The tables.
    """
    from .localities import namesake_state_country, state_namesake_country

    if not may_name_state(code, lexicon=lexicon):
        return code
    for span in spans:
        for tok in _namesakes_near(span, lexicon):
            state = state_namesake_country([tok], lexicon=lexicon)
            if state is None or state == code[:3]:
                continue
            own = lexicon.countries.by_label.get(lexicon.countries.country_of(tok.text) or "")
            same = own is not None and own.alpha3 == code[:3]
            if same and namesake_state_country(tok.text, lexicon=lexicon) == state:
                return state + code[3:]
    return code
