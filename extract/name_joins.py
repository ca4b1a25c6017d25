"""Names the tagger cut in two, fused or spelt two ways, and kinds it mistook, that unseen news showed
(audit round 13).

Rules of :mod:`extract.entities` keyed on the tokens between and around tagged names, closed word
classes and shipped tables (the CAMEO/Phoenix actor dictionaries, the knowledge base, the gazetteer,
``data/religions.txt``), never on particular names:

- two names tagged apart with only joining words between them ("and", "the", "of", "for") are one
  where the whole is a name of the actor dictionaries or the knowledge base ("Islamic State of Iraq" +
  "and the" + "Levant"); two people's names with only a space between them are one person ("Zine El
  Abidine" + "Ben Ali");
- an organisation's name ending in its head word and the name tagged after its "for" are one name
  ("Tunisian League" + "for the" + "Defence of Human Rights");
- two one-word names of one entry of the actor dictionaries, and of no other, are one entity ("ISIS",
  "ISIL");
- a lone surname or a name written without its accents ("Erdogan") is the person or name the article
  writes with them ("Recep Tayyip Erdoğan"), where only one fits;
- two people's surnames joined by a hyphen ("Browne-Jorgensen"), each the surname of a different person
  the article names in full, are a ticket or a pairing, no name;
- a lone article of a name in another language ("Le", "Las") tagged alone is no name;
- a religion (``data/religions.txt``) or a religious group (``data/religious_groups.txt``) is NORP, a name
  of God (``data/deities.txt``) PERSON, whatever the tagger said;
- a personal name tagged as an organisation right after "<title> to/of the <organisation>" ("Ambassador
  to the United Nations Nikki Haley") is the person.
"""

from __future__ import annotations

from .entity_context import is_personal_name
from .lexicon import Lexicon
from .lexicon.cameo_actors import actor_tokens
from .lexicon.normalise import fold_key, fold_place
from .second_names import surname_forms
from .doccache import doc_span, sentence_bounds

__all__ = [
    "is_fused_pair", "is_lone_article", "is_name_shaped", "joins_known_name", "map_accent_variants", "map_dictionary_names",
    "person_after_title_of",
    "purpose_phrase_rest", "religion_type",
]

#: Words that may stand between two halves of one name the tagger cut ("Islamic State of Iraq and the Levant").
_JOINING_WORDS = frozenset({"and", "&", "the", "of", "for"})
#: How many joining words may stand between the halves.
_JOIN_GAP = 3
#: Determiners a tagged span may begin with; no part of a name looked up.
_DETERMINERS = frozenset({"the"})
#: Articles of names in other languages, never a name alone (compared casefolded).
_LONE_ARTICLES = frozenset({"las", "los", "la", "el", "le", "les", "il", "lo", "der", "die", "das", "del"})
#: Prepositions between a title and the body it is held at: "Ambassador to the United Nations".
_TITLE_PREPOSITIONS = frozenset({"to", "of", "at"})
#: How many words a title before its preposition may have ("Deputy Secretary General").
_TITLE_REACH = 3
#: Types of a body after "<title> to/of".
_BODY_TYPES = frozenset({"ORG", "GPE"})
#: Types the tagger gives a person after a body's name.
_MISTAKEN_PERSON_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC"})
#: Dashes inside one token of a hyphenated name.
_HYPHENS = ("-", "\u2010", "\u2011")


def _span_name(doc, ts: int, te: int) -> str:
    """The words of ``doc[ts:te]`` without a leading determiner, as written."""
    while ts < te and doc[ts].lower_ in _DETERMINERS:
        ts += 1
    return doc[ts:te].text


def _known(name: str, lexicon: Lexicon) -> bool:
    return bool(name) and bool(lexicon.dictionaries.actor_codes(name) or lexicon.knowledge.lookup(name))


def joins_known_name(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether two tagged names ``first`` and ``second`` (drafts with ``ts``, ``te``, ``label``) are halves
    of one name: only joining words (up to three: "and", "the", "of", "for") stand between them, in one
    sentence, and the whole is a name of the actor dictionaries or the knowledge base ("Islamic State of
    Iraq" + "and the" + "Levant", "Bosnia" + "and" + "Herzegovina"); or, with only a space between them,
    both are people's names ("Zine El Abidine" + "Ben Ali").

    Examples
    --------
    "the Islamic State of Iraq and the Levant" tagged "Islamic State of Iraq" and "Levant": one name.
    """
    gap = doc_span(doc, first.te, second.ts)
    if second.ts < first.te or len(gap) > _JOIN_GAP or any(t.lower_ not in _JOINING_WORDS for t in gap):
        return False
    if sentence_bounds(doc, first.te - 1)[0] != sentence_bounds(doc, second.ts)[0] or "\n" in doc[first.te - 1].whitespace_:
        return False
    if not gap:
        # "Zine El Abidine" + "Ben Ali": one person the tagger cut ("US" + "Congress" stay two)
        return first.label == second.label == "PERSON" and doc[first.te - 1].is_alpha and doc[second.ts].is_title
    return _known(_span_name(doc, first.ts, second.te), lexicon)


def purpose_phrase_rest(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether an organisation's name ending in an organisation's head word ("Tunisian League"), or with that
    word before its "of" ("Court of Appeals"), and the name tagged after its "for" ("Defence of Human Rights") are one name: "for" (and "the") only between them, the
    second made of capitalised words and "of", "and", "the". Whether the second is a name of its own is the
    caller's to check."""
    if first.label != "ORG" or first.te >= len(doc) or doc[first.te].lower_ != "for":
        return False
    heads = lexicon.tables["name_heads"]
    row = heads.get(doc[first.te - 1].lower_)
    if not row or row[0] != "ORG" or row[1] == "first":
        # "Court of Appeals" + "for the Third Circuit": the head word stands before the name's "of"
        of = next((i for i in range(first.ts + 1, first.te - 1) if doc[i].lower_ == "of"), None)
        row = heads.get(doc[of - 1].lower_) if of is not None and doc[of - 1].is_title else None
        if not row or row[0] != "ORG" or row[1] == "first":
            return False
    start = first.te + 1
    if start < second.ts and doc[start].lower_ == "the":
        start += 1
    if second.ts != start and not (second.ts == first.te + 1 and doc[second.ts].lower_ == "the"):
        return False
    words = [t for t in doc[second.ts:second.te] if t.lower_ != "the"]
    return bool(words) and words[0].is_title and words[-1].is_title and all(
        t.is_title or t.lower_ in _JOINING_WORDS for t in words)


def map_accent_variants(drafts) -> None:
    """A name written without the accents the article writes it with elsewhere is that name (in place): a
    lone surname ("Erdogan") is the one person named in full whose surname it is, accents aside ("Recep
    Tayyip Erdoğan"); a longer name takes the spelling of its first mention. None where two fit."""
    surnames: dict[str, set[str]] = {}
    exact: set[str] = set()
    first_spelling: dict[str, str] = {}
    for d in drafts:
        if not d.canonical or d.country:
            continue
        first_spelling.setdefault(fold_place(d.canonical), d.canonical)
        if "PERSON" in (d.label, d.hint) and " " in d.canonical:
            for form in surname_forms(d.canonical):
                exact.add(fold_key(form))
                surnames.setdefault(fold_place(form), set()).add(d.canonical)
    for d in drafts:
        if not d.canonical or d.country or getattr(d, "placed", False):
            continue
        folded = fold_place(d.canonical)
        if " " not in d.canonical:
            full = surnames.get(folded, ())
            if fold_key(d.canonical) not in exact and len(full) == 1:
                d.canonical, d.label = next(iter(full)), "PERSON"
            continue
        spelling = first_spelling[folded]
        if fold_key(spelling) != fold_key(d.canonical):
            d.canonical = spelling


def map_dictionary_names(drafts, *, lexicon: Lexicon) -> None:
    """Two one-word names of the article that are names of one entry of the actor dictionaries, and of no
    other, are one entity named as first written ("ISIS" ... "ISIL", one Phoenix entry) (in place): one of
    them tagged an organisation. Longer names are not: an entry holds a body's units too ("Quds Force" in
    the Revolutionary Guard's). Not a person, a country nor a place of the gazetteer (a country's entry holds its
    regions' names); no name of a second entry."""
    names = lexicon.dictionaries.names
    by_entry: dict[int, list[str]] = {}
    organised: set[int] = set()  # entries one of whose names the tagger called an organisation
    for d in drafts:
        if d.country or " " in d.canonical or "PERSON" in (d.label, d.hint) \
                or lexicon.countries.country_of(d.canonical) or lexicon.gazetteer.candidates(d.canonical):
            continue  # a place: a country's entry names its regions and towns too
        entries = names.get(" ".join(actor_tokens(d.canonical)), ())
        if len(entries) == 1 and d.canonical not in by_entry.get(entries[0], ()):
            by_entry.setdefault(entries[0], []).append(d.canonical)
            if d.label == "ORG":
                organised.add(entries[0])
    renamed = {n: found[0] for entry, found in by_entry.items()
               if entry in organised and len({fold_key(n) for n in found}) > 1 for n in found}
    for d in drafts:
        if d.canonical in renamed:
            d.canonical = renamed[d.canonical]


def is_fused_pair(canonical: str, full_names) -> bool:
    """Whether a one-word name is two surnames joined by a hyphen ("Browne-Jorgensen"), each the surname of
    a different person the article names in full (``full_names``: folded surname -> full name, None where
    two people share it), and neither person's surname is the whole: a ticket or a pairing, no name."""
    if " " in canonical or not any(h in canonical for h in _HYPHENS):
        return False
    if fold_key(canonical) in full_names:
        return False  # "Ocasio-Cortez": one person's double surname
    for hyphen in _HYPHENS:
        left, sep, right = canonical.partition(hyphen)
        if sep and left and right:
            one, two = full_names.get(fold_key(left)), full_names.get(fold_key(right))
            return bool(one and two and one != two)
    return False


def is_lone_article(doc, ts: int, te: int) -> bool:
    """Whether ``doc[ts:te]`` is only an article of a name in another language ("Le", "Las"): no name."""
    return te - ts == 1 and doc[ts].is_title and doc[ts].lower_ in _LONE_ARTICLES


def religion_type(name: str, *, lexicon: Lexicon) -> str | None:
    """NORP for a religion of ``data/religions.txt`` ("Islam", typed ORG or GPE by the tagger) or a religious
    group of ``data/religious_groups.txt`` ("Salafi" typed PERSON), PERSON for a name of God of
    ``data/deities.txt`` ("Allah", never the village of that name); else None."""
    folded = fold_key(name)
    if folded in lexicon.word_sets["religions"] or folded in lexicon.word_sets["religious_groups"]:
        return "NORP"
    return "PERSON" if folded in lexicon.word_sets["deities"] else None


def is_name_shaped(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Two or three capitalised words with no head word of a kind of thing, no place and no entry of the
    dictionaries or the knowledge base: a name a person may bear ("Nikki Haley")."""
    words = doc[ts:te]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    heads, nouns = lexicon.tables["name_heads"], lexicon.tables["context_nouns"]
    if any(t.lower_ in heads or t.lower_ in nouns for t in words):
        return False
    name = words.text
    return not (_known(name, lexicon) or lexicon.gazetteer.candidates(name))


def person_after_title_of(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]``, tagged ``label`` (an organisation, a place), is a person's name (two or three
    capitalised words with no head word, no place, no entry) right after "<title> to/of (the)
    <body>", the body tagged as a name: "Former US Ambassador to the United Nations Nikki Haley"."""
    if label not in _MISTAKEN_PERSON_TYPES or ts < 3 or doc[ts - 1].ent_type_ not in _BODY_TYPES:
        return False
    if doc[ts].ent_iob_ != "B" or doc[ts - 1].lower_ in _DETERMINERS:
        return False  # "the chair of the Congressional Black Caucus": one name, its "the" tagged with it
    if not (is_personal_name(doc[ts:te].text, lexicon=lexicon) or is_name_shaped(doc, ts, te, lexicon=lexicon)):
        return False
    start = ts - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # the first word of the body's name
    if start > 0 and doc[start - 1].lower_ in _DETERMINERS:
        start -= 1
    if start < 2 or doc[start - 1].lower_ not in _TITLE_PREPOSITIONS:
        return False
    titles = lexicon.word_sets["titles"]
    prep = start - 1
    return any(prep - width >= 0 and fold_key(doc[prep - width:prep].text) in titles
               for width in range(1, _TITLE_REACH + 1))
