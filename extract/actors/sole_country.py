"""A country-less national role in an article that names one country only: "the police" ``SRBCOP``.

"Protesters clashed with the police in front of parliament" in a story about Belgrade: CAMEO coders
code both by the country the story is set in (``SRBOPP``, ``SRBCOP``); the mention itself names
none. The actor layer never takes the article's *dominant* country. This module takes a country
only when it is the *only* one the article names (a country's name, a nationality word, or a city
or region of one reading: :func:`.institutions.article_place_countries`), the rule that step 3 of
:mod:`.institutions` applies to "the Senate": every country named is read, and any second country
("a British tourist ... in Bali, Indonesia"), or none at all, leaves the role alone.

Police, courts and protesters (:data:`LOCAL_ROLES`) act where they are: their country comes from
the article's places only, read by :func:`setting_country`, never from a nationality word of
another noun ("a British tourist was attacked in Bali, Indonesia. The police arrested two men":
``IDNCOP``; "two Canadian tourists were robbed. Police arrested three men": ``COP``, not
``CANCOP``). A one-word place name that is the surname of a person the article names ("Jordan"
beside "Michael Jordan") names no place (:func:`.localities.is_person_surname`).

Only the roles a country's own people and bodies have (:data:`NATIONAL_ROLES`: the state bodies,
the opposition, civilians, parties) take it; rebels, businesses, media, churches and
international bodies can come from anywhere and take none. The code is confidence
``CONFIDENCE["article"]`` (the lowest after the role alone) and stays on the argument: it makes
no ACTOR node, so two articles' "police" never merge.
"""

from __future__ import annotations

from ..doccache import cache_of, doc_ents
from ..lexicon import Lexicon
from ..lexicon.gazetteer import split_place
from .codes import STATE_ROLES
from .institutions import article_place_countries
from .localities import is_person_surname, is_state_namesake, locality_country
from .mentions import ActorCode, agent_code, with_country
from .other_side import only_on_other_side
from .role_nodes import names_state_body

__all__ = ["LOCAL_ROLES", "NATIONAL_ROLES", "setting_country", "only_named_country", "sole_country_code"]

#: Roles whose holders belong to the country they act in: state bodies, opposition, civilians, parties.
NATIONAL_ROLES = STATE_ROLES | frozenset({"OPP", "CVL", "PTY"})
#: Roles that act where they are (police, courts, protesters): the country the article's places lie
#: in is theirs, whatever nationalities it names.
LOCAL_ROLES = frozenset({"COP", "JUD", "OPP"})
_SOURCE = "article"
_OUTSIDERS = "outsider_words"
_BODIES = "plural_bodies"
_ENVOYS = "envoy_nouns"
_PROTEST = "14"
#: Entity labels :func:`.institutions.article_place_countries` reads already.
_READ_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def only_named_country(doc, lexicon: Lexicon) -> str | None:
    """The alpha-3 code of the one country the article names, or None (two or more, or none).

    A country's name or nationality word the tagger took for an organisation or a person
    ("Armenia" as ORG) still counts as a country named: it can only take a code away.
    """
    memo = cache_of(doc).memo("sole_country")
    if id(lexicon) not in memo:
        named = set(article_place_countries(doc, lexicon)) | _mistagged_countries(doc, lexicon)
        memo[id(lexicon)] = next(iter(named)) if len(named) == 1 else None
    return memo[id(lexicon)]


def setting_country(doc, lexicon: Lexicon) -> str | None:
    """The alpha-3 code of the one country the article's *places* lie in, or None.

    Every place name counts (a country's name, a city or region of one reading, a country's name
    the tagger took for an organisation); nationality words do not: "a British tourist was
    attacked in Bali, Indonesia" is set in Indonesia alone.
    """
    memo = cache_of(doc).memo("setting_country")
    if id(lexicon) not in memo:
        countries = lexicon.countries
        named = _mistagged_countries(doc, lexicon, demonyms=False)
        for ent in doc_ents(doc):
            if ent.label_ not in _PLACE_LABELS or is_person_surname(ent):
                continue
            label = countries.country_of(split_place(ent.text.removeprefix("the "))[0])
            country = countries.by_label.get(label) if label is not None else None
            alpha3 = country.alpha3 if country is not None else locality_country(ent, lexicon=lexicon)
            if alpha3 and country is not None and is_state_namesake(ent.text, lexicon=lexicon) \
                    and alpha3 not in article_place_countries(doc, lexicon):
                continue  # "Georgia" among US states: the state (read there), not the country
            if alpha3:
                named.add(alpha3)
        memo[id(lexicon)] = next(iter(named)) if len(named) == 1 else None
    return memo[id(lexicon)]


def _mistagged_countries(doc, lexicon: Lexicon, *, demonyms: bool = True) -> set[str]:
    """Countries whose name (or, with ``demonyms``, nationality word) the tagger gave another label,
    whole or, for a person, after an office's "of" ("the King of Jordan" as one PERSON)."""
    countries = lexicon.countries
    found = set()
    for ent in doc_ents(doc):
        if ent.label_ in _READ_LABELS or is_person_surname(ent):
            continue  # "Jordan" the tagger made a person, beside "Michael Jordan": no country
        text = ent.text.removeprefix("the ")
        label = countries.country_of(text)
        if label is None and ent.label_ == "PERSON" and " of " in text:
            # "the King of Jordan" taken whole for a person; not a name that holds a country
            # ("Voice of America", "the Islamic State of Iraq" are no person)
            office, _, place = text.rpartition(" of ")
            if agent_code(office.split(), lexicon) is not None:
                label = countries.country_of(place)
        country = countries.by_label.get(label) if label is not None else None
        alpha3 = country.alpha3 if country is not None else (
            lexicon.actors.demonyms.get(text.casefold()) if demonyms else None)
        if alpha3:
            found.add(alpha3)
    return found


def _national(code: str) -> bool:
    roles = [code[i : i + 3] for i in range(0, len(code), 3)]
    return bool(roles) and len(code) % 3 == 0 and all(r in NATIONAL_ROLES for r in roles)


def _outsider(mention: str, lexicon: Lexicon) -> bool:
    """Does ``mention`` hold an outsider word? Not in a title: "Foreign Secretary" is the country's own."""
    words = mention.split()
    for word, after in zip(words, words[1:] + [""]):
        if word.casefold() in lexicon.word_sets[_OUTSIDERS] and not (word[:1].isupper() and after[:1].isupper()):
            return True
    return False


def _counterpart(other: ActorCode | None, alpha3: str, event: str | None, role: str = "") -> bool:
    """Is the relation's other argument the country ``alpha3`` itself, or that country's body of the same
    ``role`` ("the ministry summoned the French ambassador": ``FRAGOV`` is the other side, not the
    ministry's own), in an event that is no protest?"""
    same = other is not None and (other.code == alpha3 or bool(role) and other.code == alpha3 + role)
    return same and event is not None and not event.startswith(_PROTEST)


def sole_country_code(found: ActorCode | None, doc, *, lexicon: Lexicon, mention: str = "",
                      other: ActorCode | None = None, event: str | None = None,
                      own: tuple[int, int] | None = None, other_root: int = -1) -> ActorCode | None:
    """``found`` with the article's only country when it is a national role alone, else ``found``.

    Kept as it is:

    - a role whose possessive pronoun's certain owner gave it no country (source ``"owned"``,
      :mod:`.pronoun_owners`: "Apple said its engineers ...");
    - a ``mention`` with a word of ``data/outsider_words.txt`` ("foreign security forces",
      "tourists"): of no country the article gives;
    - a ``mention`` headed by an envoy's noun (``data/envoy_nouns.txt``: "the ambassador met the
      foreign minister in Cairo"): an envoy serves a state where it is posted, most often not its own;
    - a ``mention`` that ends in a plural of ``data/plural_bodies.txt`` ("Governments criticised
      the ban"): several bodies, of several countries;
    - when the relation's ``other`` argument is that country itself in a CAMEO ``event`` ("A
      senator criticised Uganda", "Judge Roe criticised Peru"): an actor dealing with a country
      is most often another country's. Not in a protest (root 14), whose target is often the
      place protested in ("marched in London" ``GBR``), nor in a relation of no event ("the
      Liberal National Party, Queensland's party"); nor when it is that country's body of the same
      role ("the ministry summoned the French ambassador": the ministry is not France's own);
    - a state role alone (``found.source == "role"``, :data:`.codes.STATE_ROLES`) in such an event when
      every mention of the country lies inside the ``other`` argument's phrase, headed by token
      ``other_root`` ("The interior ministry deported 30 Afghan migrants":
      :func:`.other_side.only_on_other_side`).

    Examples
    --------
    A code that has a country, or a role of no one country, is kept as it is:

    >>> from extract.lexicon import get_lexicon
    >>> kept = ActorCode("KENCOP", 0.85, "adjective", "KEN", "COP")
    >>> sole_country_code(kept, None, lexicon=get_lexicon()) is kept
    True
    >>> rebels = ActorCode("REB", 0.5, "role", None, "REB")
    >>> sole_country_code(rebels, None, lexicon=get_lexicon()) is rebels
    True
    """
    if found is None or found.country is not None or not _national(found.code) or found.source == "owned":
        return found  # "owned": a possessive pronoun's certain owner gave no country (.pronoun_owners)
    last = mention.split()[-1].casefold() if mention.split() else ""
    if _outsider(mention, lexicon) or last in lexicon.word_sets[_BODIES] or last in lexicon.word_sets[_ENVOYS]:
        return found
    # police, courts, protesters: the places only, never another noun's nationality word
    alpha3 = setting_country(doc, lexicon) if found.code in LOCAL_ROLES else only_named_country(doc, lexicon)
    if alpha3 is None or _counterpart(other, alpha3, event, found.code if names_state_body(mention) else ""):
        return found
    if (found.source == "role" and found.code in STATE_ROLES and other is not None and other.code.startswith(alpha3) and event is not None
            and not event.startswith(_PROTEST)
            and only_on_other_side(doc, alpha3, own=own, other_root=other_root, lexicon=lexicon)):
        return found
    return with_country(alpha3 + found.code, _SOURCE, lexicon)
