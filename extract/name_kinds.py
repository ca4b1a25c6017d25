"""Kinds of names no earlier rule met, that unseen news showed (audit round 14): bodies of the sky, laws named
after their finder, designation classes and named days.

Rules of :mod:`extract.entities` keyed on the words around a tagged name, closed word classes and shipped
tables, never on particular articles' names:

- a celestial body (``data/celestial_bodies.txt``: the Solar System, the planets, the Sun, the Moon, named
  comets) is a place, LOC, never a country, an organisation or a person; a name that is also a person's, a
  firm's or a paper's ("The Sun", "Mars", "Moon") only in an article that uses a word of astronomy
  (``data/celestial_words.txt``) and names no person with that word ("Bruno Mars", "Moon Jae-in"); a star's
  designation, a name ending in a constellation's genitive (``data/constellation_genitives.txt``: "AB
  Aurigae", "Alpha Centauri"), is LOC too;
- a name before "'s" and a lower-case noun of a law of nature ("Newton's laws", "Kepler's third law",
  "Moore's law") is the law's, a concept, no node in that mention; a bare "'s law" not after a country's, a
  region's nor a big city's name ("Texas's law", "Beijing's law": a place's statute);
- a designation class (``data/designations.txt``: "Foreign Terrorist Organization", "Specially Designated
  Global Terrorist") is a status, no actor;
- a name the tagger called a person that is an organisation's name of the actor dictionaries without its
  first word, and no other name's ("Tahrir al-Sham" of "Hayat Tahrir al-Sham"), is that organisation, ORG;
- a person's name the tagger called an organisation or a place, coordinated with a name after a plural title
  ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"), is a person: the title names both;
- a name tagged before a capitalised weekday that its last word qualifies ("Super" of "Super Tuesday",
  "Black Friday") is a part of a day's name, no actor.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .entity_context import dictionary_type, is_personal_name
from .lexicon import Lexicon
from .lexicon.cameo_actors import actor_tokens
from .lexicon.derived import derived
from .lexicon.flat import FlatTable
from .lexicon.normalise import fold_key
from .name_joins import is_name_shaped
from .doccache import doc_ents, doc_span

__all__ = [
    "celestial_type", "group_short_type", "is_designation", "is_law_eponym", "is_named_day_part",
    "is_star_designation", "person_in_titled_pair",
]

#: Marks a body's name of ``celestial_bodies.txt`` that is also another kind of name.
_AMBIGUOUS = "*"
#: Nouns of a law of nature named after its finder: "Newton's laws", "Pascal's principle".
_LAW_NOUNS = frozenset({"law", "laws", "theorem", "principle", "constant", "equation", "equations", "conjecture",
                        "lemma", "paradox"})
#: Words that may stand between the possessive and the noun: "Kepler's third law".
_LAW_QUALIFIERS = frozenset({"first", "second", "third", "fourth", "zeroth"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Words joining two owners of one law ("Newton's and Kepler's laws"), and how many words the second may have.
_COORDINATORS = frozenset({"and", "or", "&"})
_OWNER_REACH = 2
#: A place of the gazetteer this big is the place before "'s law" (its statute), not a finder.
_STATUTE_PLACE = 100_000
#: Capitalised weekdays: the heads of named days ("Super Tuesday", "Black Friday", "Ash Wednesday").
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Dependencies of a word that qualifies the weekday after it.
_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Types the tagger gives a person, the only ones whose name may be a body's in another article.
_PERSON = "PERSON"


def _astronomy_article(doc, lexicon: Lexicon) -> bool:
    words = lexicon.word_sets["celestial_words"]
    return any(t.lower_ in words for t in doc)


def celestial_type(doc, name: str, *, lexicon: Lexicon) -> str | None:
    """LOC for a celestial body of ``data/celestial_bodies.txt`` ("Solar System", "Earth") or a star's
    designation (:func:`is_star_designation`, "AB Aurigae"); for a name that is
    also a person's or a firm's ("Sun", "Mercury") only where the article uses a word of astronomy and names no
    person with it ("Freddie Mercury"); else None.

    Examples
    --------
    "Mercury and Venus orbit closer to the Sun": "Mercury", "Venus" and "Sun" are LOC.
    """
    folded = fold_key(name)
    bodies = lexicon.word_sets["celestial_bodies"]
    if folded in bodies or is_star_designation(name, lexicon=lexicon):
        return "LOC"
    if _AMBIGUOUS + folded not in bodies or not _astronomy_article(doc, lexicon):
        return None
    for ent in doc_ents(doc):
        if ent.label_ == _PERSON and len(ent) > 1 and any(t.lower_ == folded for t in ent):
            return None  # "Bruno Mars", "Moon Jae-in": a person's name in the article
    return "LOC"


def is_star_designation(name: str, *, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a star's designation: two words or more ending in a constellation's genitive of
    ``data/constellation_genitives.txt`` ("AB Aurigae", "Alpha Centauri", "VY Canis Majoris")."""
    words = name.split()
    genitives = lexicon.word_sets["constellation_genitives"]
    return any(len(words) > n and " ".join(words[-n:]).casefold() in genitives for n in (1, 2))


def is_designation(name: str, *, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a designation class of ``data/designations.txt`` ("Foreign Terrorist
    Organization", "Specially Designated Global Terrorists"): a status, no actor."""
    folded = fold_key(name)
    designations = lexicon.word_sets["designations"]
    return folded in designations or (folded.endswith("s") and folded[:-1] in designations)


def _statute_place(name: str, lexicon: Lexicon, *, cities: bool) -> bool:
    """A country, a region or (with ``cities``) a big city: its "'s law" is its statute."""
    if lexicon.countries.country_of(name):
        return True
    return any(e.kind in ("country", "admin1") or cities and e.population >= _STATUTE_PLACE
               for e in lexicon.gazetteer.candidates(name))


def is_law_eponym(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]`` names the finder of a law of nature in this mention: "'s" and a lower-case noun
    of a law follow, with at most two qualifiers between ("Newton's laws of motion", "Kepler's third law",
    "Moore's law"); the name is of one or two words; where neither a qualifier nor "of" and a lower-case word
    follow the noun ("Moore's law"), no big city; never a country or a region ("Texas's law": its statute).

    Examples
    --------
    "Newton's laws of motion" tagged "Newton" GPE: the concept's, no node.
    """
    if te - ts > 2 or te + 1 >= len(doc) or doc[te].text not in _POSSESSIVES:
        return False
    i = _past_coordinated_owner(doc, te + 1)
    after = i
    while i < len(doc) and i - after < 2 and doc[i].lower_ in _LAW_QUALIFIERS and doc[i].is_lower:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _LAW_NOUNS or not doc[i].is_lower:
        return False
    name = doc[ts:te].text
    strong = i > after or _of_nature(doc, i) or any(  # "Kepler's third law", "Newton's laws of motion"
        entry.type == _PERSON for entry, _alias in lexicon.knowledge.lookup(name))  # a finder of the knowledge base
    return not _statute_place(name, lexicon, cities=not strong)


def _past_coordinated_owner(doc, i: int) -> int:
    """The index after a second owner coordinated with the first ("Newton's and Kepler's laws": after
    "Kepler's"), else ``i``."""
    if i >= len(doc) or doc[i].lower_ not in _COORDINATORS:
        return i
    j = i + 1
    while j < len(doc) and j - i <= _OWNER_REACH and doc[j].is_title:
        j += 1
    return j + 1 if j > i + 1 and j < len(doc) and doc[j].text in _POSSESSIVES else i


def _of_nature(doc, i: int) -> bool:
    """Whether the law's noun at ``i`` goes on with "of" and a lower-case word: "laws of motion", "law of
    gravitation" (not "law of 2015", a statute's year)."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].is_lower and doc[i + 2].pos_ == "NOUN"


def is_named_day_part(doc, ts: int, te: int) -> bool:
    """Whether ``doc[ts:te]`` is the front of a day's name the tagger cut before its capitalised weekday
    ("Super" of "Super Tuesday", "Black" of "Black Friday"): the weekday follows at once, its first letter
    capitalised, and the name's last word qualifies it (not "Iran Tuesday rejected", where the weekday is an
    adverb of the verb)."""
    if te >= len(doc) or te - ts > 2:
        return False
    day, last = doc[te], doc[te - 1]
    if day.lower_ not in _WEEKDAYS or not day.is_title or last.whitespace_ != " ":
        return False
    return last.head.i == te and last.dep_ in _QUALIFIER_DEPS


#: Particles of Arabic names, no word of their own in a short form ("al" of "Tahrir al-Sham").
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "at", "ar"})
#: Words a short form of a group's name keeps besides particles.
_SHORT_WORDS = 2


@functools.lru_cache(maxsize=4)
def _short_forms(lexicon: Lexicon) -> Mapping[str, str | None]:
    """Dictionary names of three words or more without their first word -> the whole name (None where two
    names share the rest). Kept in the lexicon's disk cache (:mod:`extract.lexicon.derived`)."""
    return derived(lexicon, "short_forms", _build_short_forms, source=__file__)


def _build_short_forms(lexicon: Lexicon) -> FlatTable:
    found: dict[str, str | None] = {}
    for key in lexicon.dictionaries.names:
        words = key.split()
        if len(words) < 3:
            continue
        rest = " ".join(words[1:])
        found[rest] = None if rest in found and found[rest] != key else key
    return FlatTable(found)  # loads from the disk cache in a millisecond


def group_short_type(name: str, *, lexicon: Lexicon) -> str | None:
    """ORG for a name that is an organisation's name of the Phoenix/CAMEO actor dictionaries without its first
    word, of no other name, and no name of its own there ("Tahrir al-Sham" of "Hayat Tahrir al-Sham"); not a
    name that reads as a person's. Else None.

    Examples
    --------
    "Tahrir al-Sham" tagged PERSON in a map's legend: ORG.
    """
    words = actor_tokens(name)
    if sum(w not in _PARTICLES for w in words) < _SHORT_WORDS or is_personal_name(name, lexicon=lexicon):
        return None
    key = " ".join(words)
    if lexicon.dictionaries.names.get(key):
        return None  # a name of its own: :func:`extract.entity_context.dictionary_type` types it
    whole = _short_forms(lexicon).get(key)
    return dictionary_type(whole, lexicon=lexicon) if whole else None


#: Types the tagger gives a person named after another one under a plural title.
_MISTAKEN_PERSON_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC"})
#: How many words a title may have ("Prime Ministers", "Vice Presidents").
_TITLE_REACH = 3


def _plural_title_before(doc, i: int, lexicon: Lexicon) -> bool:
    """Whether the words right before ``doc[i]`` are a title of ``data/titles.txt`` in the plural ("Presidents",
    "Prime Ministers")."""
    titles = lexicon.word_sets["titles"]
    for width in range(1, _TITLE_REACH + 1):
        if i - width < 0:
            return False
        folded = fold_key(doc_span(doc, i - width, i).text)
        if folded.endswith("s") and folded[:-1] in titles:
            return True
    return False


def person_in_titled_pair(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]``, tagged ``label`` (an organisation, a place), is a person's name (two or three
    capitalised words, no head word, no place, no other entry; or a personal name) coordinated with a name
    right after a plural title: "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin".

    Examples
    --------
    "Patrice Talon" tagged ORG in the sentence above: a person.
    """
    while te > ts and doc[te - 1].is_lower:
        te -= 1  # "Patrice Talon of": the tagger took the "of" after the name
    if label not in _MISTAKEN_PERSON_TYPES or not 2 <= te - ts <= 3:
        return False
    root = doc_span(doc, ts, te).root
    first = root.head
    if root.dep_ != "conj" or first.i >= ts or not first.is_title:
        return False
    left = first.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == first.i and doc[left - 1].is_title \
            and not _plural_title_before(doc, left, lexicon):
        left -= 1  # "Muhammadu" of "Muhammadu Buhari"
    if not _plural_title_before(doc, left, lexicon):
        return False
    return is_personal_name(doc[ts:te].text, lexicon=lexicon) or is_name_shaped(doc, ts, te, lexicon=lexicon)
