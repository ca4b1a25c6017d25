"""What the words around a name say it is: the noun it modifies, a person noun beside it, a model number.

The tagger's commonest confusions are settled by the sentence, not by the
name: "the Kaufland chain" is a company, "Jeeyapuram forest" a place,
"Caloundra coach Geoff Ingram" names a team (``data/team_nouns.txt``),
"actress Stormy Daniels" and "Dominic Hare, chief executive of the palace"
people, and "the Mack truck", "a Humvee military car" or "a Boeing 737"
name a product, not an actor. The nouns and what they say are data
(``data/context_nouns.tsv``); a Latin binomial ("Acropora millepora",
"A. millepora") names a taxon, not an entity.

The rules read the dependency parse only near the name (its head and its
appositions); :func:`context_type` is called by :mod:`extract.entities`
for each mention it keeps.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span

from .dash_appositions import dash_apposition_type
from .facility_names import names_facility
from .adjective_bodies import adjective_body
from .called_kinds import called_kind
from .origin_places import introduces_name
from .located_places import located_type, placed_after_noun
from .model_years import model_name
from .species_names import species_name
from .defined_kinds import authored_work, defined_kind
from .kind_cues import kind_cue
from .family_plurals import destination_type, family_plural
from .list_kinds import list_kind_cue
from .match_sides import match_side
from .type_cues import type_cue
from .product_cues import product_cue
from .surname_shapes import surname_cue
from .name_cues import name_cue
from .doccache import cache_of, doc_ents, doc_span
from .lexicon import Lexicon
from .lexicon.cameo_actors import actor_tokens
from .lexicon.derived import derived
from .lexicon.normalise import fold_key

__all__ = ["PRODUCT", "ContextType", "context_evidence", "context_type", "dictionary_type", "is_given_name", "is_people_word",
           "is_personal_name", "is_taxon", "knowledge_type", "names_team", "names_work", "opposes_team"]

#: The type :func:`context_type` gives a name used only as a product's make or model.
PRODUCT = "PRODUCT"
#: How far after the name the noun it modifies may stand ("Costa Sur power plant").
_HEAD_REACH = 2
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
#: "Boeing 737", "Airbus A320": a model number of three characters or more that is no year.
_MODEL = re.compile(r"(?:[A-Z]{0,2}\d{3,}[A-Za-z]{0,3})$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
#: A Latin binomial: "Acropora millepora", "A. millepora", "Ebola virus"; a genus alone is left alone.
_TAXON = re.compile(
    r"^(?:[A-Z][a-z]{2,}|[A-Z]\.)\s[a-z]{3,}(?:a|ae|us|um|is|i|ii|es|ensis|ica|ora|ata|ina|oides)$"
)
#: A one-word genus or higher taxon by its Greek or Latin ending ("Archaeopteryx", "Streptococcus", "Hominidae").
_GENUS = re.compile(
    r"^[A-Z][a-z]{3,}(?:saurus|sauria|pteryx|ceratops|therium|pithecus|cetus|mimus|nychus|gnathus|raptor|bacter"
    r"|bacterium|coccus|idae|aceae|formes|algae)$"
)
#: Lower-case name particles: "Ludwig van", "Osama bin" are names, never a species.
#: A first word shared by this many people of the knowledge base is a given name.
_GIVEN_NAME_PEOPLE = 2
#: A given name that is also a place this big (or a country, a province) proves nothing ("Virginia").
_PROMINENT = 100_000
#: Offices held of a town or a state only: "the mayor of X" makes X a place.
_PLACE_OFFICES = frozenset({"mayor", "mayors", "governor", "governors", "mayoress", "burgomaster"})
#: Prepositions of place: "in", "near"; "at" is left out ("at Blenheim" is a palace, "at Smith's").
_LOCATIVE = frozenset({"in", "near", "outside"})
#: Nouns that hold a place: "a military base in X", "a school near X".
_PLACE_HOLDERS = frozenset({"base", "school", "hospital", "camp", "village", "town", "city", "area", "home", "house",
                            "attack", "bombing", "explosion", "blast", "protest", "rally", "clash", "clashes"})
#: "said on X", "announced via X": where a statement is made.
_MEDIUM_PREPOSITIONS = frozenset({"on", "via"})
#: Verbs of saying and publishing whose "on X" is where, not what about ("reported on X" is about X).
_POSTING = frozenset({"say", "tweet", "write", "announce", "declare", "state", "confirm", "add", "post", "publish",
                      "share", "broadcast", "stream", "upload", "livestream"})
#: An organisation's Phoenix code: a sector prefix, or a medium, rebel group or party (after a country).
_ORG_CODE = re.compile(r"^(?:(?:MNC|NGO|IGO)[A-Z]*|(?:[A-Z]{3})?(?:MED|REB|PTY)[A-Z]*)$")
_PARTICLES = frozenset({"van", "von", "der", "den", "bin", "ibn", "al", "el", "de", "da", "di", "del", "della", "dos",
                        "das", "du", "la", "le", "ter", "ten", "zu", "y"})


def is_taxon(text: str) -> bool:
    """Whether ``text`` is a Latin binomial (a species, a virus) or a one-word genus or higher taxon by its
    ending ("Archaeopteryx", "Macroalgae"), which is no named entity here.

    Examples
    --------
    >>> is_taxon("Acropora millepora"), is_taxon("A. millepora"), is_taxon("Ludwig van Beethoven")
    (True, True, False)
    >>> is_taxon("Caudipteryx"), is_taxon("Streptococcus"), is_taxon("London"), is_taxon("Raptor")
    (True, True, False, False)
    """
    text = " ".join(text.split())
    if _GENUS.match(text):
        return True
    return bool(_TAXON.match(text)) and text.split()[1] not in _PARTICLES


#: Words that open people's labels in the knowledge base and are no given name.
_NO_GIVEN_NAMES = frozenset({"the"})


@functools.lru_cache(maxsize=8)
def _given_names(lexicon: Lexicon) -> frozenset[str]:
    """First words of two people or more of the knowledge base ("Paul", "Dominic"), none a known place's name
    ("Virginia", "Charlotte"), and the given names of the Phoenix dictionaries' people (``data/given_names.txt``:
    "Luis", "Jamal"). Kept in the lexicon's disk cache (:mod:`extract.lexicon.derived`)."""
    return derived(lexicon, "given_names", _build_given_names, source=__file__)


def _build_given_names(lexicon: Lexicon) -> frozenset[str]:
    counts = Counter(label.split()[0] for label in lexicon.knowledge.labels("PERSON")
                     if len(label.split()) >= 2 and label.split()[0].isalpha())
    # "Al", "El", "Le" are articles as often as names ("Al Jazeera")
    titles = lexicon.word_sets["titles"]
    # nor an article or a title that opens a stage name ("The Edge", "Queen Latifah")
    known = frozenset(fold_key(name) for name, n in counts.items()
                      if n >= _GIVEN_NAME_PEOPLE and len(name) > 2 and not _known_place(name, lexicon)
                      and name.casefold() not in _NO_GIVEN_NAMES and fold_key(name) not in titles)
    return known | frozenset(fold_key(name) for name in lexicon.words["given_names"])  # the dictionaries' people


def dictionary_type(name: str, *, lexicon: Lexicon) -> str | None:
    """ORG when the Phoenix actor dictionaries list ``name`` whole as an organisation only, else None.

    An organisation is an entry whose codes are all undated and all organisational: a company, a non-governmental or intergovernmental body (``MNC...``,
    ``NGO...``, ``IGO...``), a news medium, a rebel group or a party (``MED``, ``...REB``, ``...PTY``).
    People hold dated offices in these files, or codes of their group (Osama bin Laden's is al-Qaeda's);
    a name that reads as a person's never counts ("Glenn Greenwald" is listed as a medium).

    Examples
    --------
    ``dictionary_type("Reuters")`` and ``dictionary_type("Boko Haram")`` are ORG;
    ``dictionary_type("Vladimir Putin")`` is None.
    """
    tables = lexicon.dictionaries
    entries = tables.names.get(" ".join(actor_tokens(name)), ())
    if not entries or len(name) < 3 or is_personal_name(name, lexicon=lexicon):
        return None
    for entry in entries:
        for code, start, end in tables.spans[entry]:
            if start is not None or end is not None or not _ORG_CODE.match(code):
                return None
    return "ORG"


#: The types a knowledge-base label fixes before coreference: what "it" and "the agency" may refer to.
_KNOWLEDGE_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"})


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def knowledge_type(name: str, *, lexicon: Lexicon, label: str = "") -> str | None:
    """The type of the one knowledge-base entry whose own label (two words or more, no acronym) is ``name``,
    or None: "Soviet Union" is a (former) country whatever the tagger said, as :mod:`extract.linking` would
    find later; known before coreference, so "the agency" is not resolved to it. An alias never counts
    ("Notre Dame" is also a university's), nor a person's name. Where the tagger's ``label`` and the entry
    both say place, only the entry's GPE counts (its LOC is coarse: "Northern Ireland")."""
    if len(name.split()) < 2 or name.isupper():
        return None
    entries = [entry for entry, alias in lexicon.knowledge.lookup(name) if alias is None]
    if len(entries) != 1 or fold_key(entries[0].label) != fold_key(name):
        return None
    kind = entries[0].type
    if kind in _PLACE_TYPES and label in _PLACE_TYPES and kind != "GPE":
        return None  # a place either way, and the entry's LOC or FAC is coarse ("Northern Ireland" LOC)
    return kind if kind in _KNOWLEDGE_TYPES else None


@functools.lru_cache(maxsize=8)
def _wide_given_names(lexicon: Lexicon) -> frozenset[str]:
    """:func:`_given_names` and the given names of one well-known person (``data/given_names_wide.txt``:
    "Elijah", "Magnus"), read only where the whole name reads as a person's (:func:`is_personal_name`).
    Kept in the lexicon's disk cache (:mod:`extract.lexicon.derived`)."""
    return derived(lexicon, "wide_given_names", _build_wide_given_names, source=__file__)


def _build_wide_given_names(lexicon: Lexicon) -> frozenset[str]:
    return _given_names(lexicon) | frozenset(fold_key(name) for name in lexicon.words["given_names_wide"])


def is_given_name(word: str, *, lexicon: Lexicon) -> bool:
    """Whether ``word`` starts the names of two people or more of the knowledge base and is no known
    place ("Robert", not "Virginia"): "Robert Plant" is a person though a plant is a facility."""
    return fold_key(word) in _given_names(lexicon)


def _known_place(name: str, lexicon: Lexicon) -> bool:
    return any(c.kind != "city" or c.population >= _PROMINENT for c in lexicon.gazetteer.candidates(name))


@functools.lru_cache(maxsize=8)
def _faith_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(fold_key(w) for name in ("religions", "religious_groups") for w in lexicon.words[name])


@functools.lru_cache(maxsize=8)
def _people_words(lexicon: Lexicon) -> frozenset[str]:
    return _faith_words(lexicon) | frozenset(fold_key(w) for w in lexicon.words["people_words"])


def _faith_word(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` names a faith or its people (``data/religions.txt``, ``data/religious_groups.txt``:
    "Catholic", "Sunni"): "Roman Catholic" is no person's name though "Roman" is a given name. A nationality
    word is left alone: it is a surname too ("Bill English", "Dawn French")."""
    return fold_key(word) in _faith_words(lexicon)


def is_people_word(word: str, *, lexicon: Lexicon) -> bool:
    """Whether ``word`` alone names a faith, its people or a people (:func:`_faith_word`, and
    ``data/people_words.txt``: "Christian", "Jewish", "Kurds"): such a word written alone is never a
    surname to join to a person ("Muslim" of "Salih Muslim", "Christian" of "Fletcher Christian")."""
    return fold_key(word) in _people_words(lexicon)


def is_personal_name(name: str, *, lexicon: Lexicon) -> bool:
    """Whether ``name`` reads as a person's: two or three capitalised words, the first a given name of the
    knowledge base's people, the last no word that names a kind of thing ("Paul Rivera", not "Paul Allen
    Foundation" nor "Charlotte Hornets"), the whole no place and no other entry of the knowledge base."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    given = _wide_given_names(lexicon)  # "Elijah Cummings": the rest of the name is checked below
    if fold_key(words[0]) not in given and fold_key(words[0].split("-")[0]) not in given:
        return False  # "Nils-Erik Haagenrud", "Jean-Claude Juncker": the first part is a given name
    last = words[-1].casefold()
    if last in lexicon.tables["name_heads"] or last in lexicon.tables["context_nouns"] or _faith_word(
            words[-1], lexicon):
        return False
    if lexicon.gazetteer.candidates(name) or _known_place(words[-1], lexicon):
        return False  # a surname may be a small town's name ("Rivera"), not a big place's
    return all(entry.type == "PERSON" for entry, _ in lexicon.knowledge.lookup(name))


#: Words that bring in examples of a plural class noun: "stores like Biedronka", "websites including YouTube".
_EXAMPLE_WORDS = frozenset({"like", "including"})


def _kind_named(span, lexicon: Lexicon) -> str | None:
    """The type of the plural class noun a name is an example of: "stores like Biedronka", "broadcasters such
    as RT and Al Jazeera", "websites including YouTube" (a noun of ``data/context_nouns.tsv``), or None; never a name that starts with a
    given name."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or not (prep.lower_ in _EXAMPLE_WORDS or prep.lower_ == "as" and prep.i > 0
                                   and prep.doc[prep.i - 1].lower_ == "such"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None  # a kind is plural: "leaders of his party such as Bernie Sanders" names no party
    if is_given_name(span[0].text, lexicon=lexicon):
        return None  # "big bands, such as Les Brown and His Band of Renown": a person first
    row = lexicon.tables["context_nouns"].get(noun.lemma_.casefold()) or lexicon.tables["context_nouns"].get(
        noun.lower_)
    return row[0] if row else None


def _noun_type(token, lexicon: Lexicon, *, plural: bool = False) -> str | None:
    """The type ``context_nouns.tsv`` gives a noun: its own form, a compound's ("oil field": oilfield) and,
    with ``plural``, a plural's singular (a class noun before names: "store chains Woolworths and Coles")."""
    table = lexicon.tables["context_nouns"]
    row = table.get(token.text.casefold())
    if row is None and plural and token.tag_ == "NNS":
        row = table.get(token.lemma_.casefold())  # "the store chains Woolworths and Coles"
    if row is None and token.pos_ == "NOUN":
        compound = token.doc[token.i - 1] if token.i > 0 else None
        if compound is not None and compound.dep_ == "compound" and compound.head == token and compound.is_lower:
            row = table.get(compound.lower_ + token.lower_)  # "the Johan Sverdrup oil field": an oilfield
    return row[0] if row else None


def _first_conjunct_kind(doc, span, lexicon: Lexicon) -> str | None:
    """The type of the plural noun of ``context_nouns.tsv`` bound to the first of coordinated names, for a
    later one: "store chains Woolworths and Coles", "the carmakers Toyota and Honda" (Coles, Honda)."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is span.root:
        return None
    before = first.left_edge.i - 1
    if before < 0:
        return None
    noun = doc[before]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not (first.head == noun or noun.head == first):
        return None
    kind = _noun_type(noun, lexicon, plural=True)
    return kind if kind != PRODUCT else None


def _modified_noun(span, te: int):
    """The common noun the name modifies right after it ("Kaufland" -> "chain"), or None."""
    root = span.root
    if root.dep_ not in _MODIFIER_DEPS:
        return None
    head = root.head
    if head.pos_ == "NOUN" and te <= head.i < te + _HEAD_REACH:
        return head
    doc = span.doc
    if te < len(doc) and doc[te].pos_ == "NOUN" and doc[te].head == head:
        return doc[te]  # "the Kaufland chain and property developer ...": the two share a head
    end = _conjuncts_end(root, te)
    if end > te and head.pos_ == "NOUN" and head.tag_ == "NNS" and end <= head.i < end + _HEAD_REACH:
        return head  # "the Karish and Tanin fields": a plural noun the coordinated names share
    return None


def _conjuncts_end(root, te: int) -> int:
    """The end of the proper names coordinated right after the name ("Karish and Tanin"), or ``te``."""
    end = te
    for child in root.children:
        if child.dep_ != "conj" or child.i < te or child.pos_ != "PROPN":
            continue
        gap = root.doc[end:child.left_edge.i]
        if any(t.dep_ not in ("cc", "punct") for t in gap):
            break
        end = child.i + 1
    return end


def _model_number(doc, span, te: int) -> bool:
    """Whether a model number follows the name and shares its head ("a Boeing 737 Max")."""
    if te >= len(doc):
        return False
    number, root = doc[te], span.root
    if not _MODEL.match(number.text) or _YEAR.match(number.text):
        return False
    return number.head == root.head or root.head == number or number.head == root


#: Verbs whose object, a name, is what is made: "Kimberly-Clark, which makes Kleenex Toilet Tissue".
_MAKING_VERBS = frozenset({"make", "manufacture", "produce", "brew", "bottle"})
#: A complement of "make" that turns the object into a participant: "made Trump angry", "made Apple a giant".
_MAKE_COMPLEMENTS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr", "dative", "advcl"})


def _made_thing(span) -> bool:
    """Whether the name is the plain object of a verb of making ("which makes Kleenex Toilet Tissue", "the
    company produces Lumo"): a product or a brand, no actor; not with a complement ("made Trump angry") nor
    in the passive of something else."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in _MAKING_VERBS or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in _MAKE_COMPLEMENTS for c in verb.children)


def _model_of(span, lexicon: Lexicon) -> bool:
    """Whether the name, with "a" or "an" before it, is in apposition to a product noun: "the propeller
    plane, a Beechcraft Sierra, was flying" names a model, no actor."""
    root, doc = span.root, span.doc
    if root.dep_ != "appos" or span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an"):
        return False
    return root.head.pos_ == "NOUN" and root.head.i < span.start and _noun_type(root.head, lexicon) == PRODUCT


def _speaker_of_body(span, lexicon: Lexicon) -> bool:
    """Whether a two- or three-word name the tagger took for an organisation speaks for one: "Trond Vikse of
    Hordaland Fire and Rescue said", the subject of a verb of saying with "of" and an organisation's name
    after it. Not a name with a head word or a class noun ("Bank", "Agency"), nor one the knowledge base or
    the Phoenix dictionaries know."""
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words) or span.root.dep_ != "nsubj":
        return False
    if span.root.head.lemma_ not in lexicon.tables["speech_verbs"]:
        return False
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.ent_type_ != "ORG":
        return False
    if any(t.lower_ in lexicon.tables["name_heads"] or t.lower_ in lexicon.tables["context_nouns"] for t in words):
        return False
    return not lexicon.knowledge.lookup(span.text) and dictionary_type(span.text, lexicon=lexicon) is None


#: How many other people a list must name before a name in it the tagger took for a body is read as a person.
_LISTED_PEOPLE = 2


_LIST_GLUE = frozenset({",", "and", "or"})


class _Bounds:
    """The token bounds of a tagged name, without its Span."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _ent_bounds(doc) -> dict[tuple[int, int], int]:
    """(start, end) of each of the Doc's tagged names -> its position in ``doc.ents``, read once per Doc."""
    memo = cache_of(doc).memo("ent_bounds")
    found = memo.get(None)
    if found is None:
        found = memo[None] = {(e.start, e.end): i for i, e in enumerate(doc_ents(doc))}
    return found


def _listed_beside(span) -> list:
    """The tagged names listed with ``span`` as the page writes a list ("A, B, and C"): names before and after
    it with only commas, "and" or "or" between (the parse often breaks such lists)."""
    doc = span.doc
    bounds = _ent_bounds(doc)
    at = bounds.get((span.start, span.end))
    if at is None:
        return []

    def glued(left, right) -> bool:
        between = doc_span(doc, left.end, right.start)
        return 0 < len(between) <= 2 and all(t.lower_ in _LIST_GLUE for t in between)

    order = tuple(bounds)
    if not (at > 0 and glued(_Bounds(*order[at - 1]), span)
            or at + 1 < len(order) and glued(span, _Bounds(*order[at + 1]))):
        return []  # no name beside it: the Doc's entity spans are not built
    ents = [_Bounds(*b) for b in order]  # the list is found by bounds: a Span is built only for its names

    found = []
    i = at
    while i > 0 and glued(ents[i - 1], ents[i]):
        i -= 1
        found.append(i)
    i = at
    while i + 1 < len(ents) and glued(ents[i], ents[i + 1]):
        i += 1
        found.append(i)
    labels = _ent_labels(doc)
    return [Span(doc, order[i][0], order[i][1], label=labels[i]) for i in found]


def _ent_labels(doc) -> list[int]:
    """The label of each of the Doc's tagged names, in the order of ``doc.ents``, read once per Doc."""
    memo = cache_of(doc).memo("ent_labels")
    found = memo.get(None)
    if found is None:
        found = memo[None] = [e.label for e in doc_ents(doc)]
    return found


def _listed_with_people(span, lexicon: Lexicon) -> bool:
    """Whether a two- or three-word name the tagger took for an organisation or a place stands in a list of
    names all tagged as people, two or more ("including Alessandro Serradimigni, Joe Estevez, and Manuel
    Giusti"): a person too. Not a name with a head word or a class noun, nor one the knowledge base, the
    Phoenix dictionaries or the gazetteer know."""
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 3 or len(words) != len(span) or not all(t.is_title for t in words):
        return False
    others = _listed_beside(span)
    if len(others) < _LISTED_PEOPLE or not all(e.label_ == "PERSON" for e in others):
        return False
    if any(t.lower_ in lexicon.tables["name_heads"] or t.lower_ in lexicon.tables["context_nouns"]
           or lexicon.countries.country_of(t.text) for t in words):
        return False  # "American Samoans" beside people: a people, not a person
    return not (lexicon.knowledge.lookup(span.text) or dictionary_type(span.text, lexicon=lexicon)
                or lexicon.gazetteer.candidates(span.text) or lexicon.countries.country_of(span.text))


def _ends_in_model(span) -> bool:
    """Whether the name ends in a model or serial number: "Airbus A300s", "Boeing 737" tagged whole (a product,
    or a flight, which is no actor either)."""
    last = span[-1].text
    return len(span) > 1 and bool(_MODEL.match(last)) and not _YEAR.match(last) and any(c.isalpha() for c in span[0].text)


def _noun_beside(doc, span, ts: int, te: int, lexicon: Lexicon) -> str | None:
    """The type of a noun of ``context_nouns.tsv`` before the name and bound to it ("MP Tanya Davies",
    "a spokesperson, Morgan Ortagus", "her organisation: Faithless Hijabi", "the retailer Biedronka"), or in apposition after it ("Dominic Hare,
    chief executive of ...", "Biedronka, a discount chain"); a person noun first. A product noun never counts
    here ("the jet Air Force One" names the aircraft, which is no actor either way)."""
    root = span.root
    found = []
    before = ts - 1
    if before >= 0 and doc[before].text in (",", ":") and root.dep_ == "appos":
        before -= 1  # "a spokesperson, Morgan Ortagus"; "her organisation: Faithless Hijabi"
    if before >= 0:
        noun = doc[before]
        bound = ts <= noun.head.i < te or (root.dep_ == "appos" and root.head == noun)
        if bound and noun.pos_ in ("NOUN", "PROPN"):
            kind = _noun_type(noun, lexicon, plural=True)
            found.append(kind if kind == "PERSON" or noun.pos_ == "NOUN" else None)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= te:
            kind = _noun_type(child, lexicon)
            # a name in apposition ("Harris, the American Independent Party's ...") says nothing of another
            found.append(kind if kind == "PERSON" or child.pos_ == "NOUN" else None)
    if not found and root.dep_ == "conj":
        found.append(_first_conjunct_kind(doc, span, lexicon))
    kinds = [k for k in found if k and k != PRODUCT]
    return "PERSON" if "PERSON" in kinds else (kinds[0] if kinds else None)


def names_work(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether a noun of ``data/title_nouns.txt`` or ``data/vessel_nouns.txt`` stands right before the name
    and is bound to it: "the mockumentary Mister America", "talk show Morning Joe", "the research ship X"
    (the tagger often reads the noun as an adjective), or right after it where the parser hung the name on the
    verb ("on television program Morning Joe"): a work or a ship, no actor. Not a name before the noun ("the
    Netflix series": the maker)."""
    root = doc_span(doc, ts, te).root
    if _titled_after(doc, root, te, lexicon) or authored_work(doc, ts, te, lexicon=lexicon):
        return True  # "The Atheist Muslim by Ali Rizvi" (extract.defined_kinds)
    if ts == 0 or not doc[ts - 1].is_lower:
        return False
    word = doc[ts - 1].lower_
    if word not in lexicon.word_sets["title_nouns"] and word not in lexicon.word_sets["vessel_nouns"]:
        return False
    noun = doc[ts - 1]
    # "the sitcom Kim's Convenience": the tagger's name is the title's possessive first word
    title = root.head
    owned = root.dep_ == "poss" and title.i >= te and (noun.head == title or title.dep_ == "appos" and (
        title.head == noun or title.i == te + 1 and title.pos_ == "PROPN"))
    # "on television program Morning Joe": the parser hung the title on the verb as an adverb of its own
    stranded = root.dep_ == "npadvmod" and noun.dep_ == "pobj"
    return ts <= noun.head.i < te or (root.dep_ == "appos" and root.head == noun) or owned or stranded


def _titled_after(doc, root, te: int, lexicon: Lexicon) -> bool:
    """Whether a noun of ``data/title_nouns.txt`` is in apposition after the name: "Suits, a Toronto-shot
    legal series", "Morning Joe, the talk show" (the name's own head word, not a modifier's)."""
    for child in root.children:
        if child.dep_ == "appos" and child.i >= te and child.pos_ == "NOUN" and child.lower_ in (
                lexicon.word_sets["title_nouns"]):
            return True
    return False


def _office_of_place(span, lexicon: Lexicon) -> bool:
    """Whether the name is the place of an office only a town or a state has: "the mayor of X", "governor of X"
    (:data:`_PLACE_OFFICES`); no person holds such an office of a person."""
    root = span.root
    preposition = root.head
    # one word right after "of": "the mayor of London Sadiq Khan", "mayor of Koszalin Piotr Jedlinski" name the mayor
    return len(span) == 1 and root.dep_ == "pobj" and preposition.lower_ == "of" and (
        preposition.head.lower_ in _PLACE_OFFICES and preposition.i == span.start - 1) and not (
        is_given_name(span.text, lexicon=lexicon))


def _lived_in(span, lexicon: Lexicon) -> bool:
    """Whether the name is where something happens: "occurred in X", "a base near X", "in nearby X"."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _LOCATIVE:
        return False
    governor = preposition.head
    return governor.pos_ in ("VERB", "AUX") or governor.lower_ in _PLACE_HOLDERS or (
        governor.lower_ in lexicon.word_sets["place_nouns"])


@dataclass(frozen=True, slots=True)
class ContextType:
    """What the sentence says a name is: ``type`` (an entity type or :data:`PRODUCT`) and whether it is
    ``strong`` evidence, bound to the name itself (a noun beside it, a model number, "said on X"), or only
    a reading of one mention (the noun it modifies, "in X"), which the tagger's labels may outvote."""

    type: str
    strong: bool


def context_evidence(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> ContextType | None:
    """The type the sentence gives the name ``doc[ts:te]`` and how strongly, or None.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed Doc.
    ts, te : int
        The name's token range.
    lexicon : Lexicon
        Its ``context_nouns`` table is read.
    label : str
        The tagger's label: a name it took for a person or a people is a
        place where the sentence puts something in it ("a bomb exploded in
        Guayanilla").

    Returns
    -------
    ContextType or None
        An entity type (PERSON, ORG, GPE, LOC, FAC, EVENT), :data:`PRODUCT` for a
        name used only as a product's make or model here, or None when the
        context says nothing.
    """
    span = doc_span(doc, ts, te)
    if _model_number(doc, span, te) or _ends_in_model(span) or _made_thing(span) or _model_of(span, lexicon) \
            or model_name(doc, ts, te, lexicon=lexicon, label=label):
        return ContextType(PRODUCT, True)  # "a Falcon 9 rocket", "a 2005 Opel Zafira" (extract.model_years)
    beside = _noun_beside(doc, span, ts, te, lexicon)
    if beside == "PERSON":
        return ContextType("PERSON", True)
    if names_team(doc, ts, te, lexicon=lexicon, label=label) or match_side(doc, ts, te, lexicon=lexicon, label=label):
        return ContextType("ORG", True)  # "Caloundra coach X", "Wigan lost 2-0 to Barnsley" (extract.match_sides)
    cue = product_cue(doc, ts, te, lexicon=lexicon, label=label) \
        or name_cue(doc, ts, te, lexicon=lexicon, label=label) or kind_cue(doc, ts, te, lexicon=lexicon, label=label) \
        or type_cue(doc, ts, te, lexicon=lexicon, label=label) \
        or surname_cue(doc, ts, te, lexicon=lexicon, label=label) \
        or dash_apposition_type(doc, ts, te, lexicon=lexicon) \
        or list_kind_cue(doc, ts, te, lexicon=lexicon, label=label) \
        or called_kind(doc, ts, te, lexicon=lexicon) \
        or defined_kind(doc, ts, te, lexicon=lexicon, label=label) \
        or (PRODUCT if species_name(doc, ts, te, lexicon=lexicon) else None) \
        or ("ORG" if adjective_body(doc, ts, te, lexicon=lexicon, label=label) else None)
    # "the spacecraft Perseverance" (extract.product_cues); "Ulf Danielsson" (extract.surname_shapes);
    # "X — a video platform"; "the towns hit were X, Y"; "a drug called X"; "X is an organisation", "Newsweek,
    # Politico, Mediaite and TMZ" (extract.defined_kinds); "Magellanic penguins" (a species);
    # "Belarusian KGB" (the body)
    if cue:
        return ContextType(cue, True)  # "Mozilla's shares", "Kama Melly QC", "Leeds beat Bristol 3-0" (extract.kind_cues)
    head = _modified_noun(span, te)
    if head is not None and introduces_name(head):
        head = None  # "the Florida company Ridgeback": the company is the name after the noun (wave 21)
    if head is not None and label == "NORP" and all(t.pos_ == "ADJ" for t in span) \
            and _noun_type(head, lexicon) == "ORG":
        head = None  # "the Jewish organization", "a Christian charity": a people's adjective, no body's name
    if head is not None:
        kind = _noun_type(head, lexicon)
        if kind == PRODUCT:
            return ContextType(PRODUCT, True)  # "the Mack truck": this mention names a make
        if kind == "FAC" and names_facility(doc, span, head, lexicon=lexicon, label=label):
            return ContextType("FAC", True)  # "the Grasberg mine": the mine's own name (extract.facility_names)
        if kind != "PERSON":  # "the Apple CEO": Apple is no person
            # "the Kaufland chain"; but "the Mumbai airport" is the city's: one mention's reading.
            # No person or body names a natural feature: "the Kilauea volcano" tagged one is the volcano.
            return ContextType(kind, kind == "LOC" and label in ("PERSON", "ORG")) if kind else None
    if beside:
        return ContextType(beside, True)  # "the retailer Biedronka", "Biedronka, a discount chain"
    kind = _kind_named(span, lexicon)
    if kind and kind not in ("PERSON", PRODUCT):
        return ContextType(kind, True)  # "discount stores like Biedronka", "broadcasters such as RT"
    if family_plural(doc, ts, te, lexicon=lexicon, label=label):
        return ContextType("ORG", True)  # "Joe Biden ... the Bidens": the family (extract.family_plurals)
    located = located_type(doc, ts, te, lexicon=lexicon, label=label)
    if located:
        return ContextType(located, True)  # "a river in Borneo", "the Idku-based firm" (extract.located_places)
    if label == "PERSON" and _office_of_place(span, lexicon):
        return ContextType("GPE", True)  # "the mayor of Yartsevo": the town; the mayor is someone else
    destination = destination_type(doc, ts, te, lexicon=lexicon, label=label)
    if destination:
        return ContextType(destination, False)  # "travelling to Walt Disney World" (extract.family_plurals)
    if label in ("PERSON", "NORP") and _lived_in(span, lexicon) \
            or placed_after_noun(doc, ts, te, lexicon=lexicon, label=label):
        return ContextType("GPE", False)  # "exploded in X"; "a block of flats in X" (extract.located_places)
    if label in ("ORG", "GPE") and _listed_with_people(span, lexicon):
        return ContextType("PERSON", True)  # "alumni including Alessandro Serradimigni, Joe Estevez, and ..."
    if label == "ORG" and _speaker_of_body(span, lexicon):
        return ContextType("PERSON", True)  # "Trond Vikse of Hordaland Fire and Rescue said"
    if label == "PERSON" and _medium(span, lexicon):
        return ContextType("ORG", True)  # no one is said on a person
    return None


#: Verbs of a match between two sides: "Caloundra defeated Maroochydore".
_MATCH_VERBS = frozenset({"defeat", "beat", "face", "play", "host", "edge", "thrash", "trounce", "overcome", "draw",
                          "tie", "meet", "outplay", "upset"})
#: "against Noosa", "versus Uni": the other side of a match.
_MATCH_PREPOSITIONS = frozenset({"against", "versus", "vs", "vs."})
#: A result noun and the preposition before its other side: "a win over Maroochydore", "a loss to Noosa".
_RESULT_PREPOSITIONS = {"over": frozenset({"win", "victory", "triumph"}), "to": frozenset({"loss", "defeat"})}
#: A word that may come between a team's name and its role noun: "Maroochydore assistant coach X".
_ROLE_MODIFIERS = frozenset({"assistant", "head", "interim", "caretaker", "senior", "defensive", "offensive",
                             "bowling", "batting", "backs", "forwards", "goalkeeping", "star", "veteran"})


def opposes_team(doc, ts: int, te: int, teams) -> bool:
    """Whether the name ``doc[ts:te]`` is the other side of a match in an article that names teams: the
    object of "against" or "versus" (or of "over" after a win, "to" after a loss), or a subject or object
    of a match verb (``_MATCH_VERBS``) whose other side is a token of one of ``teams`` (token indices of
    names known to be teams)."""
    root = doc[ts:te].root
    if root.dep_ == "pobj" and root.head.lower_ in _MATCH_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and root.head.head.lemma_ in _RESULT_PREPOSITIONS.get(root.head.lower_, ()):
        return True
    verb = root.head
    if root.dep_ not in ("nsubj", "dobj") or verb.lemma_ not in _MATCH_VERBS:
        return False
    return any(child.i in teams for child in verb.children if child.dep_ in ("nsubj", "dobj") and child.i != root.i)


def names_team(doc, ts: int, te: int, *, lexicon: Lexicon, label: str) -> bool:
    """Whether the name modifies a player's or coach's role noun (``data/team_nouns.txt``) that comes right
    after it (or after one of ``_ROLE_MODIFIERS``: "assistant coach"), a name after that ("Caloundra coach
    Geoff Ingram", "Arsenal striker Bukayo Saka"; the parser often reads "coach" as a verb there). A name
    the tagger took for a person counts only when it is one or two words and reads as no person's name (not
    "Mark Smith, coach ...")."""
    span = doc_span(doc, ts, te)
    if te + 2 < len(doc) and doc[te].lower_ in _ROLE_MODIFIERS and doc[te].is_lower:
        te += 1  # "Maroochydore assistant coach Ben Radmall"
    if te + 1 >= len(doc) or not doc[te].is_lower or doc[te].lower_ not in lexicon.word_sets["team_nouns"]:
        return False
    if not doc[te + 1].is_title or doc[te + 1].pos_ != "PROPN" or lexicon.countries.country_of(span.text):
        return False  # "England captain Harry Kane": a country's team is left to the country
    if label != "PERSON":
        return True
    return len(span) <= 2 and not is_given_name(span[0].text, lexicon=lexicon) and not is_personal_name(
        span.text, lexicon=lexicon)


def context_type(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """The type :func:`context_evidence` gives the name ``doc[ts:te]``, or None."""
    found = context_evidence(doc, ts, te, lexicon=lexicon, label=label)
    return found.type if found else None


def _medium(span, lexicon: Lexicon) -> bool:
    """Whether a one-word name is where something is said or posted: "said on Twitter", "wrote on
    Facebook", "announced via YouTube" (a person is spoken to, not spoken on)."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ not in _MEDIUM_PREPOSITIONS:
        return False
    verb = root.head.head
    return verb.pos_ == "VERB" and verb.lemma_ in _POSTING and not is_given_name(span.text, lexicon=lexicon)
