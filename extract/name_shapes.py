"""The shape of a name on the page: where the tagger cut it short, fused two, or kept a fragment.

Rules of :mod:`extract.entities` that read only the tokens around a tagged
name and closed word classes, never particular names:

- a name runs on through capitalised words the tagger left untagged up to a
  head word of ``data/name_heads.tsv`` ("Bernardo O'Higgins" + "Riquelme
  Base", "Disaster and Emergency Management" + "Presidency"), or through
  "of" and capitalised words after an organisation's head word ("Progressive
  Party" + "of Working People");
- a lone article of a Romance or Germanic name ("Las", "El", "Le") tagged
  apart from the name right after it is one name with it ("Las Estrellas");
- "Crete and Cyprus" tagged as one name is two places, where each part is a
  country or a place of the knowledge base and the whole is no country
  ("Trinidad and Tobago" stays whole);
- a lower-case English prefix before a hyphen ("trans-Anatolian", "pro-EU",
  "anti-Brexit") makes an adjective, no name;
- a commodity's name (``data/commodity_names.txt``: LNG) names no actor, nor a political process's
  (``data/process_names.txt``: Brexit);
- an unknown name between "the" and a lower-case "line" is a transit line ("the Jubilee line"), and
  "the Underground" / "the Overground" a transit network: facilities;
- a continent of the knowledge base is a LOC, never a country (GPE);
- two names of one article that differ only in their spaces ("Marine Traffic",
  "MarineTraffic") are one name;
- a name after a preposition and followed by ", <state or country>" is a place
  ("in Chippewa Falls, Wisconsin", "of Allen, Texas"), whatever the tagger said;
- a name that runs into an opening quotation mark ends before it ("said on
  Twitter \"Youtube-dl is ..."); a quantifier tagged at its front ("Multiple
  Creative Commons") is no part of it;
- a name bound to a noun of an eponymous concept ("the Streisand effect",
  "Down syndrome") names the concept here, no actor.
"""

from __future__ import annotations

import re

from .doccache import doc_span, span_text
from .entity_context import is_given_name
from .lexicon import Lexicon
from .lexicon.normalise import fold_key, fold_place

__all__ = [
    "fused_place_parts", "halves_of_one_name", "is_commodity", "is_continent", "is_eponym_concept",
    "is_leading_quantifier", "is_letter_fragment", "is_prefix_fragment", "is_process", "transit_end", "joins_article", "of_phrase_rest",
    "placed_in_region", "quote_cut",
    "run_on_end", "space_variants",
]

#: Transit networks named by one word after "the" (compared as written).
_TRANSIT_NETWORKS = frozenset({"Underground", "Overground"})
#: How many untagged capitalised words a name may run on through to its head word.
_RUN_REACH = 3
#: The types of head word a person's or a place's name runs on to ("Trump" + "Tower", "Kabul" + "Airport").
_PLACE_HEAD_TYPES = frozenset({"FAC", "LOC"})
#: The types of head word an organisation's name runs on to ("... Management" + "Presidency").
_ORG_HEAD_TYPES = frozenset({"ORG", "FAC"})
#: Articles of names in other languages that the tagger leaves as a name of their own.
_NAME_ARTICLES = frozenset({"las", "los", "la", "el", "le", "les", "il", "lo", "der", "die", "das", "de", "del"})
#: English prefixes that, lower-case before a hyphen, make an adjective of a name: "trans-Anatolian".
_ADJECTIVE_PREFIXES = frozenset({
    "anti", "pro", "trans", "pan", "post", "pre", "non", "ex", "mid", "neo", "inter", "intra", "sub", "cross",
    "semi", "ultra", "multi", "counter", "pseudo", "quasi",
})
_PREFIX_FRAGMENT = re.compile(r"^([a-z]+)[-\u2010\u2011]\S")
#: A knowledge-base description of a continent: "continent on the Earth's ...", "polar continent ...".
_CONTINENT = re.compile(r"^(?:\w+ )?continent\b", re.I)
#: Prepositions before a place written "Town, State": "in Chippewa Falls, Wisconsin", "of Allen, Texas".
#: Not "to" ("According to CNN, Turkey has ...").
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "from", "near", "outside"})
#: Parts of speech of a word that goes on with a noun phrase begun by the state or country.
_PHRASE_POS = frozenset({"NOUN", "ADJ", "NUM", "PROPN"})
#: Entity types of a word that may follow "Town, State": "in Christchurch, New Zealand yesterday".
_TIME_TYPES = frozenset({"DATE", "TIME"})
#: How many words a state's or country's name after the comma may have ("New South Wales").
_REGION_REACH = 3
#: Quotation marks, as tokens.
_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e", "''", "``"})
_QUOTE_CHARS = frozenset("\"\u201c\u201d\u201e`'")
#: Quantifiers the tagger takes into a name at the start of a sentence: "Multiple Creative Commons-licensed
#: videos". Not "All" ("All Nippon Airways") nor "Most" ("Most Holy Trinity").
_QUANTIFIERS = frozenset({"multiple", "several", "various", "numerous", "many", "some"})
#: Nouns of a concept named after someone or something: "the Streisand effect", "Down syndrome".
_EPONYM_NOUNS = frozenset({"effect", "syndrome", "paradox", "principle", "theorem", "conjecture", "equation",
                           "hypothesis"})


def _free_title(tok) -> bool:
    """An untagged capitalised word that may continue a name (not opening a sentence)."""
    return (tok.ent_iob_ == "O" and tok.is_title and tok.pos_ in ("PROPN", "NOUN")
            and not tok.is_sent_start and any(c.isalpha() for c in tok.text))


def run_on_end(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> int:
    """The end of the name ``doc[ts:te]`` (tagged ``label``) with the capitalised words the tagger left out.

    Up to ``_RUN_REACH`` untagged capitalised words after it whose last is a head word of
    ``data/name_heads.tsv`` (a facility or place head after a person's or a place's name, an organisation's
    or facility's head after an organisation's): "General Bernardo O'Higgins Riquelme Base", "Trump Tower".
    After an organisation's name that ends in an organisation's head word, "of" and capitalised words
    that end the phrase ("Progressive Party of Working People"; not "of the", nor a tagged name). Else ``te``.

    Examples
    --------
    With "at Bernardo O'Higgins Riquelme Base in ..." tagged PERSON "Bernardo O'Higgins", the end moves
    past "Base".
    """
    heads = lexicon.tables["name_heads"]
    kinds = _ORG_HEAD_TYPES if label == "ORG" else _PLACE_HEAD_TYPES if label in ("PERSON", "GPE", "LOC") else ()
    if not kinds or te >= len(doc) or lexicon.countries.country_of(doc_span(doc, ts, te).text):
        return te  # "United States" tagged ORG before "Central Intelligence Agency": two names
    end, best = te, te
    while end < len(doc) and end - te < _RUN_REACH and _free_title(doc[end]):
        end += 1
        row = heads.get(doc[end - 1].lower_)
        if row and row[1] != "first" and row[0] in kinds:
            best = end
    if best > te:
        # the head word ends the run: "White House Press Secretary" is no "White House Press"
        return best if best == end and (end >= len(doc) or not doc[end].is_title) else te
    last = heads.get(doc[te - 1].lower_)
    if label != "ORG" or not last or last[0] != "ORG" or last[1] == "first" or doc[te].lower_ != "of":
        return te
    end = te + 1
    while end < len(doc) and end - te <= _RUN_REACH and _free_title(doc[end]):
        end += 1
    if end == te + 1 or (end < len(doc) and doc[end].is_title):
        return te  # nothing capitalised after "of", or a longer run: a name of its own follows
    return end


def joins_article(doc, first, second) -> bool:
    """Whether a one-word name that is a name article ("Las") and the name of the same type right after
    it with no gap ("Estrellas") are one name ("Las Estrellas")."""
    return (first.te - first.ts == 1 and second.ts == first.te and first.label == second.label
            and doc[first.ts].lower_ in _NAME_ARTICLES and doc[first.ts].is_title)


#: What joins two halves of one name: "Command" + "and" + "Control Centre".
_AND = frozenset({"and", "&"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def halves_of_one_name(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether two organisation names the tagger cut at "and" are one ("Command" + "Control Centre" of "the
    Command and Control Centre"): the first modifies a word of the second in the parse, the second ends in
    a head word of ``data/name_heads.tsv`` (a trailing "of" aside). Whether the first is a name of its own
    is the caller's to check."""
    if first.label != second.label or first.label not in ("ORG", "FAC") or first.te >= len(doc):
        return False
    if doc[first.te].lower_ not in _AND or second.ts != first.te + 1:
        return False
    end = second.te
    while end > second.ts + 1 and not doc[end - 1].is_title:
        end -= 1  # "Control Centre of"
    row = lexicon.tables["name_heads"].get(doc[end - 1].lower_)
    root = doc[first.ts:first.te].root
    return bool(row) and row[1] != "first" and root.dep_ in _MODIFIER_DEPS and second.ts <= root.head.i < end


def of_phrase_rest(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether an organisation's name ending in a head word ("Progressive Party") and the organisation name
    tagged right after its "of" ("Working People") are one name: the second has no head word of its own.
    Whether the second is a name of its own (a country, an entry) is the caller's to check."""
    if first.label != "ORG" or second.label != "ORG" or first.te >= len(doc) or doc[first.te].lower_ != "of":
        return False
    heads = lexicon.tables["name_heads"]
    last = heads.get(doc[first.te - 1].lower_)
    if second.ts != first.te + 1 or not last or last[0] != "ORG" or last[1] == "first":
        return False
    return all(t.is_title and t.lower_ not in heads for t in doc[second.ts:second.te])


def fused_place_parts(doc, ts: int, te: int, *, lexicon: Lexicon) -> list[tuple[int, int, str]] | None:
    """The two places of "Crete and Cyprus" tagged as one name: ``[(ts, te, type), ...]``, or None.

    Each side of the one "and" is a country (GPE) or the own label of one place entry of the knowledge
    base (its type); the whole is no country and no entry of its own ("Bosnia and Herzegovina",
    "Trinidad and Tobago" stay whole).
    """
    while ts < te and doc[ts].lower_ == "the":
        ts += 1
    joints = [i for i in range(ts + 1, te - 1) if doc[i].lower_ == "and"]
    if len(joints) != 1:
        return None
    whole = doc[ts:te].text
    if lexicon.countries.country_of(whole) or lexicon.knowledge.lookup(whole):
        return None
    parts = []
    for start, end in ((ts, joints[0]), (joints[0] + 1, te)):
        kind = _place_type(doc[start:end].text, lexicon)
        if kind is None:
            return None
        parts.append((start, end, kind))
    return parts


def _place_type(name: str, lexicon: Lexicon) -> str | None:
    if not name[:1].isupper():
        return None
    if lexicon.countries.country_of(name):
        return "GPE"
    entries = {entry.type for entry, alias in lexicon.knowledge.lookup(name)
               if alias is None and fold_key(entry.label) == fold_key(name)}
    return next(iter(entries)) if len(entries) == 1 and entries <= {"GPE", "LOC"} else None


def is_prefix_fragment(text: str) -> bool:
    """Whether a tagged name is an adjective made with an English prefix: "trans-Anatolian", "pro-EU".

    Examples
    --------
    >>> is_prefix_fragment("trans-Anatolian"), is_prefix_fragment("pro-EU"), is_prefix_fragment("al-Qaeda")
    (True, True, False)
    """
    match = _PREFIX_FRAGMENT.match(text.strip())
    return bool(match) and match.group(1) in _ADJECTIVE_PREFIXES


def is_commodity(text: str, *, lexicon: Lexicon) -> bool:
    """Whether a name is a commodity's (``data/commodity_names.txt``, compared as written): "LNG"."""
    return text.strip() in lexicon.words["commodity_names"]


def is_process(text: str, *, lexicon: Lexicon) -> bool:
    """Whether a name is a political process's (``data/process_names.txt``, compared as written): "Brexit"."""
    return text.strip() in lexicon.words["process_names"]


def transit_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int | None:
    """The end of a transit line's or network's name at ``[ts, te)``, or None.

    "the Jubilee line": one capitalised word after "the" and before a lower-case "line", that no table
    knows (no country, place, entry of the knowledge base, given name, actor of the dictionaries nor seat of
    government: "the Kremlin line" is a position, "the Victoria line" is left to the gazetteer); the name
    runs on through "line".
    "the Underground", "the Overground": the networks, as they are.
    """
    if ts == 0 or doc[ts - 1].lower_ != "the" or te - ts != 1:
        return None
    word = doc[ts]
    if word.text in _TRANSIT_NETWORKS:
        return te
    if te >= len(doc) or doc[te].text != "line" or not word.is_title or not word.is_alpha:
        return None
    name = word.text
    if (lexicon.countries.country_of(name) or lexicon.gazetteer.candidates(name) or lexicon.knowledge.lookup(name)
            or is_given_name(name, lexicon=lexicon) or lexicon.dictionaries.actor_codes(name)
            or fold_place(name) in lexicon.actors.seats):
        return None
    return te + 1


def is_continent(name: str, *, lexicon: Lexicon) -> bool:
    """Whether the knowledge base's entry of that own label is a continent (LOC): "Antarctica", "Africa"."""
    return any(alias is None and entry.type == "LOC" and fold_key(entry.label) == fold_key(name)
               and _CONTINENT.match(entry.description or "") for entry, alias in lexicon.knowledge.lookup(name))


def space_variants(names) -> dict[str, str]:
    """Each name whose letters, spaces aside, are another name's, mapped to the one written with more
    spaces ("MarineTraffic" -> "Marine Traffic"); names of one word each, or of one spelling, map to nothing.

    Examples
    --------
    >>> space_variants(["Marine Traffic", "MarineTraffic", "Reuters"])
    {'MarineTraffic': 'Marine Traffic'}
    """
    groups: dict[str, set[str]] = {}
    for name in names:
        groups.setdefault(fold_key(name).replace(" ", ""), set()).add(name)
    out = {}
    for group in groups.values():
        spellings = {fold_key(n) for n in group}
        if len(spellings) < 2:
            continue
        best = max(group, key=lambda n: (n.count(" "), n))
        out.update({n: best for n in group if fold_key(n) != fold_key(best)})
    return out


def placed_in_region(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]`` is written as a town in its state or country after a preposition:
    "in Chippewa Falls, Wisconsin", "of Allen, Texas" (no person is written so). The region is a country
    or a first-level division of the gazetteer, and what follows it is no capitalised word ("Smith, Texas
    Republican" is a person and a title).

    Examples
    --------
    With a parsed "Five died in Chippewa Falls, Wisconsin." the name's tokens (3, 5) give True.
    """
    if ts == 0 or te + 2 > len(doc) or doc[ts - 1].lower_ not in _PLACE_PREPOSITIONS or not doc[ts - 1].is_lower:
        return False
    if doc[te].text != "," or lexicon.countries.country_of(doc[ts:te].text):
        return False
    for end in range(min(len(doc), te + 1 + _REGION_REACH), te + 1, -1):
        region = doc_span(doc, te + 1, end)
        if not all(t.is_title or t.is_upper for t in region):
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and not after.is_punct and not after.is_sent_start and (after.is_title or after.is_upper or after.pos_ in _PHRASE_POS
                                                          and after.ent_type_ not in _TIME_TYPES):
            # "Cornyn, Texas Republican", "statues of Columbus, US presidents", "from Wikinews, U.S. presidential
            # candidates": the state or country begins a noun phrase, no town and state ("D.C. It is": a new sentence)
            return False
        if lexicon.countries.country_of(region.text) or any(
                c.kind == "admin1" for c in lexicon.gazetteer.candidates(region.text)):
            return True
    return False


def quote_cut(doc, ts: int, te: int) -> int:
    """The end of a name before a quotation mark it runs into, where the name holds an odd number of them
    ('Twitter "Youtube-dl' -> "Twitter"); ``te`` where the marks pair up ('Dwayne "The Rock" Johnson')."""
    if ts + 1 >= te or _QUOTE_CHARS.isdisjoint(span_text(doc, ts + 1, te)):
        return te  # no quotation mark in the name after its first word (most names): no Token made
    marks, i = [], ts + 1
    while i < te:
        j = i
        while j < te and doc[j].text and set(doc[j].text) <= _QUOTE_CHARS and (j == i or not doc[j - 1].whitespace_):
            j += 1  # "`" "`" as the tokenizer may split "``": one mark
        if j > i and "".join(t.text for t in doc[i:j]) in _QUOTES:
            marks.append(i)
        i = max(j, i + 1)
    return marks[0] if len(marks) % 2 else te


def is_letter_fragment(doc, ts: int, te: int) -> bool:
    """Whether the name is a quoted run of capitals that begins a longer word of the article: "COVI" in
    '"COVI" represents the coronavirus' after "COVID-19" (letters of a name being spelt out, no entity)."""
    word = doc[ts].text
    if te != ts + 1 or ts == 0 or te >= len(doc) or len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    if doc[ts - 1].text not in _QUOTES or doc[te].text not in _QUOTES:
        return False
    return any(len(t.text) > len(word) and t.text.startswith(word) and t.i != ts for t in doc)


def is_leading_quantifier(token) -> bool:
    """Whether a word at the front of a tagged name is a quantifier: "Multiple", "Several"."""
    return token.lower_ in _QUANTIFIERS


def is_eponym_concept(doc, ts: int, te: int) -> bool:
    """Whether the name modifies a lower-case noun of a concept named after it: "the Streisand effect",
    "Down syndrome" (the concept, no actor, in this mention)."""
    if te >= len(doc) or doc[te].lower_ not in _EPONYM_NOUNS or not doc[te].is_lower:
        return False
    return doc[ts:te].root.head.i == te
