"""Names the tagger cut, fused or split that unseen news showed (audit round 9), made whole or dropped.

Rules of :mod:`extract.entities` keyed on the tokens around a tagged name, closed word classes and
shipped tables, never on particular names:

- a name ending in "District" or "Circuit" and the state or country tagged after its "of" are one name
  ("the Western District" + "of Texas");
- "Winchester, Hampshire" tagged as one name is a town and its region: two places, each a name of its own;
- software, protocols, programming languages and operating systems (``data/software_names.txt``) name no
  actor ("Python", "TCP", "Linux"); apps that are companies stay in ``known_organisations.tsv``;
- a name whose last word is a disease's head ("Middle East Respiratory Syndrome") names no actor;
- a name ending in "Affairs" without a body's head word is a minister's portfolio ("minister for East African
  Affairs"), and a name right before such a word is part of it ("East African Affairs minister");
- a person's name of two words or more that begins exactly one longer person's name of the article is that
  person ("John Luk" ... "John Luk Jok");
- a lone name cut at a hyphen from a lower-case rest ("Chan" of "Chan-o-cha") that, with the rest, is the last
  word of one person's full name of the article is that person;
- a one-word organisation name that is the head before "of" of one organisation of the article ("House" ...
  "House of Representatives") is that organisation;
- an organisation's name made of a country's name and another organisation name of the article ("United
  States Democratic Party" ... "Democratic Party") is that organisation, where no second country does so;
- a head word alone after "the" ("the Hall", "the Committee") is the one name of the article it ends ("Fishmongers'
  Hall"; a head of ``data/name_heads.tsv`` with a type or "hall", no institution of its own such as "the House");
- a department or ministry named by its portfolio before the head ("State Department", "Defence Ministry") and
  the one named by the head and "of" ("United States Department of State", "Ministry of Defence") are one.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .doccache import doc_span

__all__ = [
    "district_of_region", "is_disease", "is_region", "is_portfolio", "is_software", "map_country_prefixed", "map_hyphen_surnames",
    "map_inverted_heads", "map_lone_heads", "map_name_prefixes", "map_of_heads", "portfolio_before", "town_and_region",
]

#: Heads of a government body named either way: "State Department" and "Department of State".
_INVERTIBLE_HEADS = frozenset({"department", "ministry"})

#: Heads with no type of their own that still stand alone for the one name they end ("the Hall" for
#: "Fishmongers' Hall"; not "the City", "the State", "the House", which name other things as often).
_LONE_UNTYPED_HEADS = frozenset({"hall"})

#: Words that end a judicial or administrative district's name before "of" and its state.
_DISTRICT_WORDS = frozenset({"district", "circuit"})
#: Head words of a disease's name: "Middle East Respiratory Syndrome", "Legionnaires' Disease".
_DISEASE_HEADS = frozenset({"syndrome", "disease", "fever", "flu", "influenza"})
#: Words of a knowledge-base description that make a place a region ("ceremonial county of England").
_REGION_WORDS = frozenset({
    "county", "state", "province", "region", "prefecture", "oblast", "governorate", "canton", "territory",
    "department", "voivodeship", "krai", "emirate",
})
#: How many words of a description may stand before its region word ("ceremonial county", "federated state").
_REGION_DESCRIPTION_REACH = 3
#: The word of a minister's portfolio ("Foreign Affairs", "East African Affairs").
_PORTFOLIO = "affairs"
_DASHES = frozenset({"-", "\u2010", "\u2011"})
_WORD = re.compile(r"[^\W\d_]+")
#: A word of a person's name: letters, with hyphens or apostrophes inside ("Chan-o-cha", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def is_region(name: str, lexicon: Lexicon) -> bool:
    """A country, a first-level division of the gazetteer, or a knowledge-base place described as a region."""
    if lexicon.countries.country_of(name) or any(c.kind == "admin1" for c in lexicon.gazetteer.candidates(name)):
        return True
    for entry, alias in lexicon.knowledge.lookup(name):
        words = _WORD.findall((entry.description or "").casefold())[:_REGION_DESCRIPTION_REACH]
        if alias is None and entry.type == "GPE" and _REGION_WORDS.intersection(words):
            return True
    return False


def district_of_region(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether a name ending in "District" or "Circuit" and the state or country tagged right after its
    "of" are one name: "the Western District" + "of Texas" (the district is no place of its own)."""
    end = first.te
    if end >= len(doc) or doc[end].lower_ != "of" or second.ts != end + 1 or second.label != "GPE":
        return False
    last = doc[end - 1]
    if last.lower_ not in _DISTRICT_WORDS or not last.is_title or end - first.ts < 2:
        return False
    region = doc[second.ts : second.te].text
    return lexicon.countries.country_of(region) is not None or any(
        c.kind == "admin1" for c in lexicon.gazetteer.candidates(region))


def town_and_region(doc, ts: int, te: int, *, lexicon: Lexicon) -> list[tuple[int, int, str]] | None:
    """The town and its region of "Winchester, Hampshire" tagged as one name: ``[(ts, te, "GPE"), ...]``,
    or None.

    The part after the one comma is a country, a first-level division or a region of the knowledge base;
    the part before it is capitalised; the whole is no place's own name ("Washington, D.C." stays).
    """
    while ts < te and doc[ts].lower_ == "the":
        ts += 1
    commas = [i for i in range(ts + 1, te - 1) if doc[i].text == ","]
    if len(commas) != 1:
        return None
    whole = doc[ts:te].text
    if lexicon.countries.country_of(whole) or lexicon.gazetteer.candidates(whole) or any(
            alias is None for _entry, alias in lexicon.knowledge.lookup(whole)):
        return None
    k = commas[0]
    if not all(t.is_title or t.is_punct for t in doc[ts:k]) or not is_region(doc[k + 1 : te].text, lexicon):
        return None
    return [(ts, k, "GPE"), (k + 1, te, "GPE")]


def is_software(text: str, *, lexicon: Lexicon) -> bool:
    """Whether a name is a piece of software, a protocol, a programming language or an operating system
    (``data/software_names.txt``, compared as written): "Python", "TCP". No actor."""
    return text.strip() in lexicon.words["software_names"]


def is_disease(text: str, *, lexicon: Lexicon) -> bool:
    """Whether a name of two words or more ends in a disease's head word and holds no body's head word nor
    "of": "Middle East Respiratory Syndrome" (not "National Institute of Allergy and Infectious Disease")."""
    words = text.casefold().split()
    if len(words) < 2 or words[-1] not in _DISEASE_HEADS or "of" in words:
        return False
    heads = lexicon.tables["name_heads"]
    return not any(w in heads for w in words[:-1])


def is_portfolio(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether a name is a minister's portfolio: it ends in "Affairs" and has no body's head word
    ("Foreign Affairs", "East African Affairs"; not "Ministry of Foreign Affairs", "Department of Veterans
    Affairs")."""
    words = [t.lower_ for t in doc_span(doc, ts, te) if t.is_alpha]
    if not words or words[-1] != _PORTFOLIO or "of" in words:
        return False
    heads = lexicon.tables["name_heads"]
    return not any(w in heads for w in words[:-1])


def portfolio_before(doc, te: int) -> bool:
    """Whether the name ending at ``te`` stands right before a capitalised "Affairs" the tagger left out:
    "East African" of "East African Affairs minister"."""
    return te < len(doc) and doc[te].lower_ == _PORTFOLIO and doc[te].is_title and doc[te].ent_iob_ == "O"


# --------------------------------------------------------------------------
# drafts of one article (objects with ts, te, label, canonical, country)


def _person(draft) -> bool:
    return (draft.label == "PERSON" or draft.hint == "PERSON") and not draft.country


def map_name_prefixes(drafts) -> None:
    """A person's name of two words or more that begins exactly one longer person's name of the article, given
    first, is that person (in place): "John Luk Jok" ... "John Luk". Two longer names ("Kim Jong Un", "Kim Jong
    Il") leave it, and so does a longer name first written after it ("Gary Johnson" ... a caption's "Gary
    Johnson Image") or one whose further words are no name's words ("Rocky Linux 8")."""
    first: dict[str, int] = {}
    for d in drafts:
        key = fold_key(d.canonical)
        first[key] = min(first.get(key, d.ts), d.ts)
    longer: dict[str, str | None] = {}
    for d in drafts:
        words = d.canonical.split()
        if not _person(d) or len(words) < 3:
            continue
        key = fold_key(d.canonical)
        for n in range(2, len(words)):
            if not all(_NAME_WORD.fullmatch(w) for w in words[n:]):
                break
            prefix = fold_key(" ".join(words[:n]))
            known = longer.get(prefix, d.canonical)
            longer[prefix] = d.canonical if known is not None and fold_key(known) == key else None
    for d in drafts:
        name = longer.get(fold_key(d.canonical)) if _person(d) else None
        if name and first[fold_key(name)] < first[fold_key(d.canonical)]:
            d.canonical = name


def map_hyphen_surnames(doc, drafts) -> None:
    """A lone name the tagger cut at a hyphen from a lower-case rest ("Chan" of "Chan-o-cha") is the person
    whose full name of the article ends in the whole word (in place)."""
    last_words: dict[str, str | None] = {}
    for d in drafts:
        words = d.canonical.split()
        if _person(d) and len(words) >= 2 and any(c in _DASHES for c in words[-1]):
            key = fold_key(words[-1])
            last_words[key] = d.canonical if last_words.get(key, d.canonical) == d.canonical else None
    if not last_words:
        return
    for d in drafts:
        if d.te - d.ts != 1 or d.country:
            continue
        end = d.te
        while end + 1 < len(doc) and doc[end].text in _DASHES and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            end += 2
        if end == d.te:
            continue
        name = last_words.get(fold_key(doc[d.ts:end].text))
        if name:
            d.te, d.canonical, d.label = end, name, "PERSON"


def map_of_heads(drafts, *, lexicon: Lexicon) -> None:
    """A one-word organisation name that is the head before "of" of exactly one organisation of the
    article, a country's name before it aside, is that organisation (in place): "the full House" ...
    "House of Representatives". Not a country, nor a name the knowledge base holds of its own, nor a word
    that ends another name of the article ("Supreme Court" beside "Court of Appeals", "Saint Louis
    University" beside "University of Texas"), unless that name is a seat of government ("White House"
    beside "House of Representatives": "the House" is the chamber)."""
    heads: dict[str, str | None] = {}
    for d in drafts:
        words = d.canonical.split()
        if d.label != "ORG" or d.country or "of" not in words[1:-1]:
            continue
        at = words.index("of")
        for start in range(at):
            if start and not lexicon.countries.country_of(" ".join(words[:start])):
                continue
            if at - start == 1:
                key = fold_key(words[start])
                heads[key] = d.canonical if heads.get(key, d.canonical) == d.canonical else None
    for d in drafts:
        words = d.canonical.split()
        # "Supreme Court" beside "Court of Appeals": "the Court" is either; a seat of government is never
        # named by its last word ("the House" is no "White House")
        if len(words) >= 2 and "of" not in words and not lexicon.countries.country_of_seat(d.canonical):
            heads[fold_key(words[-1])] = None
    if not any(heads.values()):
        return
    for d in drafts:
        if d.label == "ORG" and not d.country and " " not in d.canonical:
            name = heads.get(fold_key(d.canonical))
            if name and not any(alias is None for _e, alias in lexicon.knowledge.lookup(d.canonical)):
                d.canonical = name


def map_country_prefixed(drafts, *, lexicon: Lexicon) -> None:
    """An organisation's name made of a country's name and another organisation name of the article (two
    words or more) and that name are one organisation (in place): "United States Democratic Party" ...
    "Democratic Party". Both take the name the knowledge base holds as an entry's own label, else the
    longer, the country's ("United States Supreme Court": "Supreme Court" names many courts). Where two
    countries' names come before one rest ("Japanese Foreign Ministry", "Chinese Foreign Ministry"), neither
    is joined."""
    orgs = {fold_key(d.canonical): d.canonical for d in drafts if d.label == "ORG" and not d.country}
    found: dict[str, set[str]] = {}
    for d in drafts:
        rest = _country_rest(d, orgs, lexicon)
        if rest:
            found.setdefault(rest, set()).add(fold_key(d.canonical))
    for rest, longs in found.items():
        if len(longs) != 1:
            continue
        long_key = next(iter(longs))
        known = any(alias is None for _e, alias in lexicon.knowledge.lookup(orgs[rest]))
        name = orgs[rest] if known else orgs[long_key]
        for d in drafts:
            if d.label == "ORG" and not d.country and fold_key(d.canonical) in (rest, long_key):
                d.canonical = name


def _country_rest(draft, orgs: dict[str, str], lexicon: Lexicon) -> str | None:
    """The folded organisation name of the article that ``draft``'s name is, a country's name before it."""
    words = draft.canonical.split()
    if draft.label != "ORG" or draft.country:
        return None
    for cut in range(1, len(words) - 1):
        rest = fold_key(" ".join(words[cut:]))
        if rest in orgs and lexicon.countries.country_of(" ".join(words[:cut])):
            return rest
    return None


def map_inverted_heads(drafts, *, lexicon: Lexicon) -> None:
    """"State Department" and "United States Department of State" (or "Department of State") in one article are
    one organisation (in place), named by the "of" form, or by the knowledge base's own label of either. The
    head is a department's or ministry's (``_INVERTIBLE_HEADS``); a country's name may come first in either;
    where two "of" forms share the portfolio (two countries' ministries of defence), neither is joined."""
    longs: dict[tuple[str, str], set[str]] = {}
    names = {}
    for d in drafts:
        if d.label != "ORG" or d.country:
            continue
        names[fold_key(d.canonical)] = d.canonical
        key = _of_form(d.canonical.split(), lexicon)
        if key:
            longs.setdefault(key, set()).add(fold_key(d.canonical))
    if not longs:
        return
    joined: dict[str, str] = {}
    for d in drafts:
        words = d.canonical.split()
        if d.label != "ORG" or d.country or len(words) < 2 or words[-1].casefold() not in _INVERTIBLE_HEADS:
            continue
        start = next((cut for cut in range(len(words) - 1, 0, -1)
                      if lexicon.countries.country_of(" ".join(words[:cut]))), 0)
        found = longs.get((words[-1].casefold(), fold_key(" ".join(words[start:-1]))))
        if found and len(found) == 1:
            long = names[next(iter(found))]
            own = [n for n in (d.canonical, long) if any(alias is None for _e, alias in lexicon.knowledge.lookup(n))]
            joined[fold_key(d.canonical)] = joined[fold_key(long)] = own[0] if own else long
    for d in drafts:
        if d.label == "ORG" and not d.country and fold_key(d.canonical) in joined:
            d.canonical = joined[fold_key(d.canonical)]


def _of_form(words: list[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """(head, folded portfolio) of "[Country] Department of X", or None."""
    for at, word in enumerate(words[:-2]):
        if word.casefold() in _INVERTIBLE_HEADS and words[at + 1] == "of":
            if at and not lexicon.countries.country_of(" ".join(words[:at])):
                return None
            return word.casefold(), fold_key(" ".join(words[at + 2:]))
    return None


#: Words after which a name's head word comes first: "Court of Appeals", "Commission on Presidential Debates".
_HEAD_FIRST_LINKS = frozenset({"of", "on", "for"})


def _modifies_common_noun(doc, d) -> bool:
    """Whether a one-word name modifies a lower-case noun right after it: "Court" of "Court packing"."""
    tok = doc[d.ts]
    return d.te == d.ts + 1 and d.te < len(doc) and tok.dep_ == "compound" and tok.head.i == d.te \
        and doc[d.te].is_lower and doc[d.te].pos_ == "NOUN"


def map_lone_heads(doc, drafts, *, lexicon: Lexicon) -> None:
    """A head word alone after "the" ("exited the Hall", "the Committee said") or modifying a common noun right
    after it ("Court packing") is the one longer name of the
    article, no person's or country's, that it ends or heads before "of", "on" or "for" (in place). The word is a
    head of ``data/name_heads.tsv`` with a type (or "hall") and no institution of ``data/institutions.txt`` ("the House" may be
    the chamber beside "White House"); where two names share it, nothing is joined."""
    heads = lexicon.tables["name_heads"]
    institutions = {fold_key(w) for w in lexicon.words["institutions"]}
    longs: dict[str, str | None] = {}
    for d in drafts:
        words = d.canonical.split()
        if d.label == "PERSON" or d.country or len(words) < 2:
            continue
        inner = [i for i, w in enumerate(words[1:-1], 1) if w in _HEAD_FIRST_LINKS]
        head = words[inner[0] - 1] if inner else words[-1]  # "Commission on Presidential Debates"
        key = fold_key(head)
        longs[key] = d.canonical if longs.get(key, d.canonical) == d.canonical else None
    for d in drafts:
        key = fold_key(d.canonical)
        if " " in d.canonical or d.country or not longs.get(key) or key in institutions:
            continue
        row = heads.get(key)
        if row and (row[0] != "-" or key in _LONE_UNTYPED_HEADS) and row[1] != "first" and d.ts \
                and (doc[d.ts - 1].lower_ == "the" or _modifies_common_noun(doc, d)):
            d.canonical = longs[key]
