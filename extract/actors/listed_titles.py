"""The role a title in the text gives a person the dictionaries list with a country alone.

The Phoenix country files list many officials under their country with dated roles only
("Mutahi Kagwe" ``KENGOVMED`` 2006-2008); at a later date the name is the country alone (``KEN``).
When the mention carries an office title ("Kenyan Health Minister Mutahi Kagwe", "Interior
Minister X", "X, the health minister", "X, a US peace envoy"), event coders code the office the
text gives: ``KENGOV``. The title's own country wins over the listed one (the text is current);
a title with no country takes the person's listed country. "former" makes the office the
country's elite (:func:`.mentions.former_code`); "then-" speaks of an office at another time and
adds nothing. A title that names a country alone ("US singer X") or no office adds nothing.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo_actors import combine_codes

__all__ = ["listed_title_code", "then_titled"]

#: Codes of bodies that are no country's.
_BODY_CODES = ("IGO", "NGO", "IMG", "MNC")
#: Words that date a title to another time than the article's: "then-governor of Alaska X".
_THEN = ("then", "then-")
#: How far before a name a title's "then-" is looked for.
_TITLE_WORDS = 8


def then_titled(span) -> bool:
    """Is the name ``span`` after a title dated by "then" ("Then-Defence Secretary Angelo Reyes",
    "the then Interior Minister X"), with no verb or punctuation but a hyphen between?"""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= _TITLE_WORDS and doc[i].pos_ not in ("VERB", "AUX") and (
            not doc[i].is_punct or doc[i].text == "-"):
        if doc[i].lower_ in _THEN or doc[i].lower_.startswith("then-"):
            return True
        i -= 1
    return False


def listed_title_code(code: str | None, phrases, *, name: str, context=(), lexicon: Lexicon) -> str | None:
    """``code`` (a listed person's code) with the role of the first office title in ``phrases``.

    Parameters
    ----------
    code : str or None
        The dictionary's code of the person at the article's date.
    phrases : iterable of str
        The phrases around the mention that may hold a title, in order (title before the name,
        apposition).
    name : str
        The person's full name; a name of one word (a surname or a town's name) is not read.
    context : iterable of str
        ISO alpha-2 codes of the article's countries (they only choose among places of one name).
    lexicon : Lexicon
        The tables.

    Returns
    -------
    str or None
        ``code`` unchanged unless it is a country alone and a title gives an office.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> listed_title_code("KEN", ["Interior Minister Mutahi Kagwe"], name="Mutahi Kagwe", lexicon=lexicon)
    'KENGOV'
    >>> listed_title_code("KEN", ["the airline's founder"], name="Mutahi Kagwe", lexicon=lexicon)
    'KEN'
    """
    countries = lexicon.countries.by_alpha3
    if not code or len(code) != 3 or countries.get(code) is None or len(name.split()) < 2:
        return code
    from .codes import actor_code
    from .mentions import agent_code, former_code

    names = set(name.split())
    for phrase in phrases:
        words = phrase.split()
        if any(w.casefold() in _THEN or w.casefold().startswith("then-") for w in words):
            continue
        title = list(words)
        while title and title[-1] in names:
            title.pop()
        if len(title) < len(words) and (not title or agent_code(title, lexicon) is None):
            continue  # "the party by Indira Gandhi": the words before the name end in no title
        found = actor_code(phrase, type="PERSON", context=context, lexicon=lexicon)
        if not found or not found.isalpha() or not found.isupper():
            continue
        if found.startswith(_BODY_CODES):
            continue  # an international body's official is read from the title elsewhere (body_title_code)
        if countries.get(found[:3]) is None:
            found = combine_codes(code, "~" + found)  # "Interior Minister X": the listed country's office
        elif len(found) == 3:
            continue  # "US singer X": a nationality, no office
        return former_code(found, words, lexicon) or code
    return code
