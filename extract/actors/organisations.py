"""The actor code of a named organisation the Phoenix dictionaries lack, from the knowledge base.

An organisation's entry says what it is and where: "media: newspaper, United Kingdom",
"political party in the United States", "British public service broadcaster". What it is
gives the role (``data/organisation_roles.tsv``: newspaper ``MED``, carmaker ``BUS``,
political party ``PTY``), where gives the country: ``GBRMED``, ``USAPTY``. A name with no
entry whose last word says it is news media ("Sky News", "the Jerusalem Post") is ``MED``
with no country. The entry is the one the linker chose (its QID), else the hand-chosen
well-known organisations (``data/known_organisations.tsv``), whose names are unambiguous;
an entry of the larger tables read by its name alone ("Democratic Party") is never taken,
since many countries have an organisation of that name.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..lexicon.knowledge import is_acronym
from ..lexicon.normalise import fold_place
from .mentions import CONFIDENCE, ActorCode, dictionary_code, with_country

__all__ = ["description_code", "description_role", "head_role", "name_country", "organisation_antecedents", "organisation_code"]

#: Words a place name at the start of an organisation's name may have.
_PLACE_WORDS = 3
#: The population a city at the start of a name must have to name its country ("Bradford Council").
_CITY_POPULATION = 200_000
_TABLE = "organisation_roles"
#: The description of a hand-chosen organisation: "kind: what, Country".
_LISTED = re.compile(r"^[a-z]+: [^,]+, (?P<country>[^,]+)$")
_WORD = re.compile(r"[\w.'-]+")


def _roles(lexicon: Lexicon, at: str) -> dict[str, str]:
    return {phrase: cells[0] for phrase, cells in lexicon.tables[_TABLE].items() if at in cells[1].split(",")}


def name_head(words: list[str]) -> str | None:
    """The casefolded head word of an organisation's name: the word before its first "of" or "for"
    ("University of Nairobi", "Ministry of Railways"), else its last word; None if that word is lower-case."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    head = words[cut - 1] if cut > 0 else None
    return head.casefold() if head and head[:1].isupper() else None


def head_role(name: str, *, lexicon: Lexicon) -> str | None:
    """The role the head word of an organisation's name gives (``data/organisation_roles.tsv``, at=head):
    "Indian Railways" ``BUS``, "Drama Academy" ``EDU``, "Sky News" ``MED``; None for "Ministry of Railways".

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> [head_role(n, lexicon=get_lexicon()) for n in ("Indian Railways", "University of Nairobi", "Ministry of Railways",
    ...                                                 "University")]
    ['BUS', 'EDU', None, None]
    """
    words = name.split()
    head = name_head(words)
    if head is None:
        return None
    heads = _roles(lexicon, "head")
    role = heads.get(head) or (heads.get("news") if head.endswith("news") else None)  # "Euronews"
    # a kind word alone names no one body ("University" is also a rugby club's name); "the Times" does
    return role if len(words) > 1 or role == "MED" else None


def _description_country(description: str, lexicon: Lexicon) -> str | None:
    """The one country a description names (a name or a nationality), as alpha-3; None if none or several."""
    countries = lexicon.countries
    words = _WORD.findall(description)
    found = set()
    taken = -1
    for i in range(len(words)):
        if i <= taken:
            continue
        for n in (3, 2, 1):  # "United States" before "United"
            gram = " ".join(words[i : i + n])
            if len(words[i : i + n]) < n or not gram[:1].isupper():
                continue
            label = countries.country_of(gram)
            country = countries.by_label.get(label) if label is not None else None
            if country is not None:
                found.add(country.alpha3)
                taken = i + n - 1
                break
    return found.pop() if len(found) == 1 else None


def _description_role(description: str, lexicon: Lexicon) -> str | None:
    """The role of the longest kind phrase of the description ("news agency" before "agency")."""
    words = [w.casefold() for w in _WORD.findall(description.replace(":", " "))]
    roles = _roles(lexicon, "kind")
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            role = roles.get(" ".join(words[i : i + n]))
            if role is not None:
                return role
    return None


def description_role(noun: str, *, lexicon: Lexicon) -> str | None:
    """The role of an organisation that a definite description's head noun says it has ("the
    network" ``MED``, "the company" ``BUS``): a one-word kind or an anaphor row of
    ``data/organisation_roles.tsv``; None for any other noun ("the organisation", "the group").

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> description_role("network", lexicon=get_lexicon()), description_role("company", lexicon=get_lexicon())
    ('MED', 'BUS')
    >>> description_role("organisation", lexicon=get_lexicon()) is None
    True
    """
    word = noun.casefold()
    return _roles(lexicon, "kind").get(word) or _roles(lexicon, "anaphor").get(word)


def description_code(description: str, *, lexicon: Lexicon) -> ActorCode | None:
    """The code an organisation's description gives: country + the role of its kind.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> description_code("media: newspaper, United Kingdom", lexicon=get_lexicon()).code
    'GBRMED'
    >>> description_code("political party in the United States", lexicon=get_lexicon()).code
    'USAPTY'
    >>> description_code("American rock band", lexicon=get_lexicon()) is None
    True
    """
    role = _description_role(description, lexicon)
    if role is None:
        return None
    listed = _LISTED.match(description)
    if listed is not None:
        label = lexicon.countries.country_of(listed["country"])
        found = lexicon.countries.by_label.get(label) if label is not None else None
        country = found.alpha3 if found is not None else None
    else:
        country = _description_country(description, lexicon)
    if country is None:
        return None  # a role with no country says little more than the name; a guess is worse
    return with_country(country + role, "knowledge", lexicon)


def organisation_code(name: str, *, qid: str | None, lexicon: Lexicon, acronyms: bool = False) -> ActorCode | None:
    """The code of a named organisation from its knowledge-base entry, or its name's last word.

    Parameters
    ----------
    name : str
        The organisation's name ("Reuters", "Sky News").
    qid : str, optional
        The Wikidata QID the linker gave the entity, if any: its entry is read first.
    lexicon : Lexicon
        The tables.
    acronyms : bool
        Whether an acronym names the listed organisation by itself. By default it does not
        ("additional CCTV" is cameras, not China's broadcaster); a caller that knows the name is
        an organisation's (the Phoenix dictionaries list it) says so.
    """
    by_name = acronyms or not is_acronym(name)
    entries = []
    for entry, _ in lexicon.knowledge.lookup(name):
        if entry.type != "ORG":
            continue
        if qid is not None and entry.qid == qid or by_name and _LISTED.match(entry.description):
            entries.append(entry)
    codes = {found.code: found for entry in entries
             for found in (description_code(entry.description, lexicon=lexicon),) if found is not None}
    if len(codes) == 1:
        return next(iter(codes.values()))
    if codes:
        return None  # two entries of one name disagree
    role = head_role(name, lexicon=lexicon)
    return ActorCode(role, CONFIDENCE["name"], "name", None, role) if role else None


def name_country(name: str, *, lexicon: Lexicon) -> str | None:
    """The country an organisation's name starts with: a nationality word or a large city of one country.

    "Iranian Chess Federation" -> ``IRN``, "Bradford Council" -> ``GBR``, "Abu Dhabi Media" -> ``ARE``.
    A country's own name is not read ("Jordan Brand", "Georgia Tech" are no organisations of those
    countries), nor a region's ("Unity Party" is no party of South Sudan's Unity state), nor a small
    town's ("Port Authority"), nor a place several countries have ("Boston Dynamics": Boston is also
    English), nor a name that is only the place. None otherwise.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> name_country("Iranian Chess Federation", lexicon=get_lexicon())
    'IRN'
    >>> name_country("Jordan Brand", lexicon=get_lexicon()) is None
    True
    """
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words[:1]):
        return None
    first = words[0]
    demonym = lexicon.actors.demonyms.get(first.casefold())
    label = lexicon.countries.country_of(first)
    named = lexicon.countries.by_label.get(label) if label is not None else None
    if demonym is not None and named is not None and first.casefold() != named.label.casefold():
        return demonym if lexicon.countries.by_alpha3.get(demonym) is not None else None
    for size in range(min(_PLACE_WORDS, len(words) - 1), 0, -1):
        place = " ".join(words[:size])
        if not all(w[:1].isupper() for w in words[:size]):
            continue
        # the place's own name, not another name of it ("White House" is a name of Casablanca)
        found = [e for e in lexicon.gazetteer.candidates(place) if fold_place(e.name) == fold_place(place)]
        if not found:
            continue
        # a country's or a region's name is often a common word too ("Unity", "Delta", "Plateau");
        # a small town's name more so ("Port", "Independence"): only a large city counts
        if any(entry.kind != "city" for entry in found) or max(e.population for e in found) < _CITY_POPULATION:
            return None
        countries = {entry.country for entry in found}
        return lexicon.countries.alpha3(countries.pop()) if len(countries) == 1 else None
    return None


def organisation_antecedents(ents, *, date, lexicon: Lexicon, start: int = 0,
                             end: int | None = None) -> list[tuple[int, ActorCode]]:
    """The named organisations with a country and one role, as (head token index, code), in order.

    "Volkswagen" (``DEUBUS``) is an antecedent of a later "the company", as the generic actors of
    :func:`extract.actors.role_antecedents` are of "the police": the name listed in the Phoenix
    dictionaries at ``date``, else its hand-chosen knowledge-base entry. Only the named-entity
    spans ``ents`` tagged ORG whose head lies in ``doc[start:end]`` are read.
    """
    out = []
    for ent in ents:
        # the head lies inside the name: a name wholly outside doc[start:end], or not ORG, is passed over
        # before its root is found (a walk of its tokens)
        if ent.end <= start or end is not None and ent.start >= end or ent.label_ != "ORG":
            continue
        head = ent.root.i
        if head < start or end is not None and head >= end:
            continue
        name = ent.text.removeprefix("the ").removeprefix("The ")
        code = dictionary_code(name, date=date, lexicon=lexicon)
        found = with_country(code, "dictionary", lexicon) if code else organisation_code(
            name, qid=None, lexicon=lexicon)
        if found is not None and found.country and found.role and len(found.role) == 3:
            out.append((head, found))
    return out
