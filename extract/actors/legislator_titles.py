"""A country's capitalised "Representative" title right before a person's name: ``<country>LEG``.

"United States Representative Elijah Cummings", "U.S. Rep. Ilhan Omar", "Philippine Representative
Ana Cruz": the Phoenix agents list the plural "representatives" as a legislature (``~LEG``) but not
the singular, which is too general on its own ("a union representative", "a government
representative"). Written as a capitalised title between a country (name or nationality word) and
the name, with nothing else in the phrase, it is a member of that country's legislature. No country
in the phrase, a lower-case word, or any other word ("UN Special Representative", "the Chinese
Representative to the UN") gives nothing.

The title phrase is the one :func:`extract.events.context._title_phrases` reads (the words before
the name, ending in the name). Later mentions of the person ("Cummings", "he") take the code by
the existing coreference of a surname with its first full name (``_namesake_code``).
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["LEGISLATOR_TITLES", "full_name_span", "legislator_title_code"]

#: The capitalised singular titles of a member of a lower house, as written before a name.
LEGISLATOR_TITLES = frozenset({"Representative", "Rep."})


def legislator_title_code(phrase: str, name: str, *, lexicon: Lexicon) -> str | None:
    """``<alpha3>LEG`` when ``phrase`` is exactly a country, a legislator title and ``name``.

    >>> from extract.lexicon import get_lexicon
    >>> legislator_title_code("United States Representative Elijah Cummings", "Elijah Cummings", lexicon=get_lexicon())
    'USALEG'
    >>> legislator_title_code("union Representative Ann Lee", "Ann Lee", lexicon=get_lexicon()) is None
    True
    """
    words = phrase.split()
    name_words = name.split()
    if not name_words or words[-len(name_words):] != name_words:
        return None
    words = words[: -len(name_words)]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1] not in LEGISLATOR_TITLES:
        return None
    label = lexicon.countries.country_of(" ".join(words[:-1]))
    country = lexicon.countries.by_label.get(label) if label else None
    return f"{country.alpha3}LEG" if country is not None else None


def full_name_span(doc, full: str, before: int):
    """The first place before character ``before`` where ``doc`` writes the person's full name
    ``full`` (two words or more) on token bounds, as a span; None if it does not. For a surname whose
    first full name the tagger put inside a longer name ("United States Representative Elijah
    Cummings" tagged as one organisation), which no person mention holds."""
    if len(full.split()) < 2:
        return None
    at = doc.text.find(full)
    while 0 <= at < before:
        span = doc.char_span(at, at + len(full))
        if span is not None:
            return span
        at = doc.text.find(full, at + 1)
    return None
