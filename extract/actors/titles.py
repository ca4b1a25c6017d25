"""The role a title before a person's name gives (issue 11, point 3).

"Solicitor General Jose Calida" is a government official (``GOV``), "Senate President Thomas
Rivera Schatz" a legislator (``LEG``), "Chief Justice John Roberts" a judge (``JUD``), "Mayor
Adamowicz" and "Governor Mike DeWine" officials (``GOV``). The title is the words before the
name; its role is the Phoenix agents file's for the longest title phrase that ends at the
title's last word ("senate president" ``~LEG`` beats "president" ``~GOV``), so the role reads
the whole title as event coders' dictionaries do, not its last role word alone. The country is
never read here: it comes from the title's own words ("US Secretary of State") or the person.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo_actors import combine_codes

__all__ = ["person_title_code", "title_role"]

_WORD_CHARS = "-.'\u2019"
#: A prefix that says the title is held no longer (the country alone is read elsewhere: "former").
_EX = "ex-"
#: Roles of plain people: a word before a name with these is a description, not an office.
_PLAIN_ROLES = frozenset({"PPL", "CVL"})
#: Offices a lower-case title may name after a capitalised modifier ("former New Jersey governor X",
#: "Philippine defense secretary X"): a state's civil offices, not a trade ("Trump lawyer X") or a
#: rank that sport shares ("Maroochydore captain X").
_OFFICES = frozenset({"GOV", "LEG"})
#: Capitalised words before the name found that may still be the name's ("Jose" of "Jose Calida").
_UNKNOWN_NAME_WORDS = 2


def _name_start(words: list[str], lexicon: Lexicon) -> int | None:
    """Where the person's name begins: its first given name, else its capitalised last word; None
    when the phrase ends in no name ("the secretary of state")."""
    from ..entity_context import is_given_name  # (entity_context reads the actor layer)

    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    for i, word in enumerate(words[:-1]):
        if is_given_name(word, lexicon=lexicon) and not (i and lexicon.gazetteer.candidates(f"{words[i - 1]} {word}")):
            return i  # "Christian Keysers": a given name first is no title; "San Juan Mayor X": a place's word
    return len(words) - 1


def title_role(text: str, *, lexicon: Lexicon) -> tuple[str, int] | None:
    """The role of the title before a name in ``text``, and the title phrase's length in words.

    Parameters
    ----------
    text : str
        A title and a name ("Senate President Thomas Rivera Schatz", "Mayor Adamowicz").
    lexicon : Lexicon
        The tables.

    Returns
    -------
    tuple of (str, int) or None
        (role code such as ``LEG``, words of the matched title phrase); None when the phrase
        ends in no name or its title is no agent of the agents file.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> title_role("Senate President Thomas Rivera Schatz", lexicon=get_lexicon())
    ('LEG', 2)
    >>> title_role("the secretary of state", lexicon=get_lexicon()) is None
    True
    """
    from .mentions import agent_code  # (mentions reads the codes module this one serves)

    words = [w.strip(",;:") for w in text.split()]
    words = [w for w in words if w.strip(_WORD_CHARS)]
    start = _name_start(words, lexicon)
    people = lexicon.word_sets["person_nouns"]
    if not start or any(agent_code([word], lexicon) or word.casefold() in people for word in words[start:]):
        return None  # "Deputy Lord Mayor Candidate": no name after the title
    # the name may start a word or two before the word found: a given name the knowledge base lacks ("Jose")
    for end in range(start, max(start - _UNKNOWN_NAME_WORDS, 0) - 1, -1):
        title = words[:end]
        lower = bool(title) and not title[-1][:1].isupper()
        if not title or lower and not any(word[:1].isupper() for word in title[:-1]):
            return None  # "told journalists Adamowicz": a plain noun, no title
        found = agent_code(title, lexicon)
        if lower and found is None:
            return None  # "Clemson University psychologist X": no shorter title behind a lower-case word
        if found is not None:
            agent, at = found
            if any(word.casefold().startswith(_EX) for word in title[at:]):
                return None  # "ex-Muslim Zara Kay": no longer one
            role = combine_codes(None, agent)
            if not role or not role.isalpha() or not role.isupper() or role in _PLAIN_ROLES:
                return None  # "Engineer X", "resident X", a film's "The Man": no office
            if lower and role not in _OFFICES:
                return None  # "Trump lawyer X": a lower-case title is read only as a state office
            return role, end - at
    return None


def person_title_code(phrases, *, context=(), lexicon: Lexicon) -> str | None:
    """The code a person's title phrases give: the first that names a country, else the first role.

    "Mayor Adamowicz" (``GOV``) yields to "the mayor of the Polish city of Gdańsk, Paweł Adamowicz"
    (``POLGOV``) wherever the two stand; "former President X" keeps the country alone.

    Parameters
    ----------
    phrases : iterable of str
        The phrases around the person's mentions that may hold a title, in order.
    context : iterable of str
        ISO alpha-2 codes of the article's countries (they only choose among places of one name).
    lexicon : Lexicon
        The tables.
    """
    from .codes import actor_code
    from .mentions import former_code

    first = None
    for phrase in phrases:
        code = former_code(actor_code(phrase, type="PERSON", context=context, lexicon=lexicon), phrase.split(), lexicon)
        if code and lexicon.countries.by_alpha3.get(code[:3]) is not None:
            return code
        first = first or code
    return first
