"""Codes an organisation's other names give it: the acronym an article defines, the names of its entry.

"Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen": the Phoenix dictionaries
list the body as "OIC" only, and the article names it so in parentheses right after its full
name; the title then makes the person an official of the listed body (``IGOMOSOIC``). The same
body, linked to its knowledge-base entry (Q47543, aliases "OIC", "Organisation of the Islamic
Conference"), takes the code its entry's other names have in the dictionaries, when they agree.
Both read only names of the organisation itself, never the article's country.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.knowledge import is_acronym

__all__ = ["acronym_before", "entry_names_code"]

#: Codes of international and non-governmental bodies, the only ones an entry's names give.
_BODY_PREFIXES = ("IGO", "NGO")
#: Longest acronym read between parentheses, in tokens ("(U.N.)" may be split).
_ACRONYM_TOKENS = 3


def acronym_before(doc, end: int) -> tuple[int, str] | None:
    """The acronym in parentheses that ends right before token ``end``: (index of "(", acronym).

    "Organisation of Islamic Cooperation (OIC) head X": for ``end`` at "head", (the index of
    "(", "OIC"). None when ``doc[end - 1]`` closes no parenthesised acronym ("(2019)", "(the
    OIC)" and lower-case words are none).
    """
    if end < 3 or doc[end - 1].text != ")":
        return None
    for open_at in range(end - 2, max(end - 2 - _ACRONYM_TOKENS, 0), -1):
        if doc[open_at].text == "(":
            text = "".join(t.text for t in doc[open_at + 1 : end - 1])
            return (open_at, text) if len(text) > 1 and is_acronym(text) and text.isupper() else None
    return None


def entry_names_code(entry, *, date, lexicon: Lexicon) -> str | None:
    """The code the names of an organisation's linked knowledge-base entry have in the dictionaries.

    Parameters
    ----------
    entry : KnowledgeEntry
        The entry the linker chose for the organisation (by its QID: a name alone may be another
        body's).
    date : str or None
        The article's date (names listed for a period count only then).
    lexicon : Lexicon
        The tables.

    Returns
    -------
    str or None
        The one code the entry's label and its aliases valid at ``date`` have in the Phoenix
        dictionaries ("OIC" -> ``IGOMOSOIC``) when it is an international or non-governmental
        body's; None for no organisation entry, when no name is listed, when two listed names
        disagree, or for any other code (an alias "Lazio" or "Tigers" names a place or a rebel
        group in the files). A name many countries' bodies bear ("Senate") is not read.
    """
    from .institutions import is_shared_institution
    from .mentions import dictionary_code

    if entry is None or entry.type != "ORG":
        return None
    day = str(date)[:10] if date else None
    names = [entry.label, *(a.name for a in entry.aliases if a.holds_on(day))]
    codes = {code for name in names if not is_shared_institution(name, lexicon=lexicon)
             for code in (dictionary_code(name, date=date, lexicon=lexicon),) if code}
    if len(codes) != 1:
        return None
    code = codes.pop()
    # a word an alias shares with a place or a team ("Lazio", "Tigers", "Guam") gives a country or a
    # rebel group: only an international body's code, whose names few others bear, is taken
    return code if code.startswith(_BODY_PREFIXES) else None
