"""Types a name's own shape settles where the tagger guessed otherwise: a family name's ending, a town of the
article's country.

- **a family name's ending**: a name of two capitalised words the tagger took for a body or a place, whose
  last word ends in a family name's ending of ``data/surname_endings.txt`` ("-sson", "-ski", "-wicz",
  "-escu", "-opoulos", "-yan", "-enko", "-shvili", "-oglu", "-ez") and whose first word is no place and no
  body's word: PERSON ("Ulf Danielsson", "Jan Kowalski"). Never a name the tables know (a place, a country,
  a people, an entry of the knowledge base or the actor dictionaries), nor one with a word they know as
  no person ("Tesco Polska": a company, Poland's own name), a last word that is a place or a people
  ("Lake Geneva", "Royal Canadian"), a last word that is a common noun of English ("Orthodox Christian",
  "Manchester Guardian"), nor a name a noun beside it or a body's noun of its sentence
  calls a body ("Kowalski Nowak, the company", "Jankowski Gorski said the company ...");
- **a town of the article's country**: a one-word name the tagger took for a person whose every place of
  the gazetteer is a town of a country the article names ("Jolo" in a story that names the Philippines),
  that reads as no one's name here (:func:`extract.type_cues.person_reading`), is no entry of the knowledge
  base of another kind, neither speaks nor does what only people do, modifies no noun ("Waterloo
  station"), is coordinated with no person ("sons Stanislaus and Christopher") and is no word of a longer
  name of the article ("Mahan" of "Mahan Air"): GPE.

:func:`surname_cue` is called by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

import functools

from .doccache import doc_ents, doc_span
from .lexicon import Lexicon
from .pipeline import noun_words

__all__ = ["family_ending", "surname_cue"]

#: The tagger's labels a person's name with a family name's ending is mistaken for.
_MISTAKEN = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: How many letters a family name has beyond its ending at least ("Kowalski", not "Ski").
_STEM = 3
#: Determiners before a body's noun that refers back to the name: "the company", "its firm".
_DEFINITE = frozenset({"the", "this", "that", "its"})
#: The smallest town this rule names a place from its country alone.
_TOWN_POPULATION = 5000


@functools.lru_cache(maxsize=4)
def _endings(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({e.casefold() for e in lexicon.words["surname_endings"]}, key=len, reverse=True))


def family_ending(word: str, endings) -> bool:
    """Whether ``word`` ends in one of ``endings`` with a stem of three letters or more.

    Examples
    --------
    >>> family_ending("Danielsson", ("sson",)), family_ending("Ski", ("ski",))
    (True, False)
    """
    folded = word.casefold()
    return any(folded.endswith(e) and len(folded) - len(e) >= _STEM for e in endings)


def _place_or_people(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a country, a people, a region, or a place of the gazetteer."""
    folded = word.casefold()
    if lexicon.countries.country_of(word) or folded in lexicon.countries.demonyms:
        return True
    return bool(lexicon.gazetteer.candidates(word))


def _first_word_place(word: str, lexicon: Lexicon) -> bool:
    """Whether the first word names a place rather than a given name: a country, a people, a region, or a
    major place of the gazetteer that is no given name ("Paris" may be Paris Hilton's)."""
    from .entity_context import is_given_name

    if lexicon.countries.country_of(word) or word.casefold() in lexicon.countries.demonyms:
        return True
    places = lexicon.gazetteer.candidates(word)
    if any(c.kind != "city" for c in places):
        return True
    return bool(places) and not is_given_name(word, lexicon=lexicon)


def _body_word(word: str, lexicon: Lexicon) -> bool:
    folded = word.casefold()
    return folded in lexicon.tables["name_heads"] or folded in lexicon.tables["context_nouns"]


def _body_noun_in_sentence(span, lexicon: Lexicon) -> bool:
    """Whether the name's sentence speaks of a body by its noun after a determiner: "said the company"."""
    nouns = lexicon.tables["context_nouns"]
    for tok in span.sent:
        row = nouns.get(tok.lower_) if tok.is_lower and tok.pos_ == "NOUN" else None
        if row and row[0] == "ORG" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _DEFINITE:
            return True
    return False


def _family_name(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name is "Given Surname" with a family name's ending and nothing says otherwise."""
    from .entity_context import _noun_beside, dictionary_type

    words = span.text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    first, last = words
    if not family_ending(last, _endings(lexicon)):
        return False
    nouns = noun_words(doc.vocab)
    if nouns is not None and last.casefold() in nouns:
        return False  # "Orthodox Christian", "Manchester Guardian": a word of English, no family name
    if _body_word(first, lexicon) or _body_word(last, lexicon) or _first_word_place(first, lexicon) \
            or _place_or_people(last, lexicon):
        return False
    for text in (first, last, span.text):  # "Tesco Polska": a known company, Poland's own name
        if dictionary_type(text, lexicon=lexicon) or any(
                entry.type != "PERSON" for entry, _ in lexicon.knowledge.lookup(text)):
            return False
    if lexicon.gazetteer.candidates(span.text):
        return False
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end:
        return False  # "the Kowalski Nowak plant": a name before a noun
    if _noun_beside(doc, span, span.start, span.end, lexicon) not in (None, "PERSON"):
        return False  # "Kowalski Nowak, the company"
    return not _body_noun_in_sentence(span, lexicon)


def _acts_as_person(span, lexicon: Lexicon) -> bool:
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = root.head.lemma_.casefold()
    return lemma in lexicon.tables["speech_verbs"] or lemma in lexicon.word_sets["person_verbs"]


def _home_town(doc, span, lexicon: Lexicon) -> bool:
    """Whether a one-word name is a town of a country the article names, read as no one's name here."""
    from .actors.localities import article_countries  # (the actor layer reads entity_context)
    from .type_cues import person_reading

    text = span.text
    if len(span) != 1 or not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    countries = article_countries(doc, lexicon)
    places = lexicon.gazetteer.candidates(text)
    if not places or lexicon.countries.country_of(text) or not all(
            c.kind == "city" and (c.population or 0) >= _TOWN_POPULATION and c.country in countries
            for c in places):
        return False  # "Waterloo" has towns in four countries; "Chin" is also a region of Myanmar
    if any(entry.type not in ("GPE", "LOC") for entry, _ in lexicon.knowledge.lookup(text)):
        return False
    root = span.root
    if _acts_as_person(span, lexicon) or root.dep_ == "poss" or (
            root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end):
        return False  # "Waterloo station": the noun after it says what it is
    if _with_people(root, lexicon) or _in_longer_name(doc, span, lexicon):
        return False
    return not person_reading(text, lexicon, doc)


def _with_people(root, lexicon: Lexicon) -> bool:
    """Whether the name is coordinated with a name that reads as a person's: "two sons, Stanislaus and
    Christopher" (not "Mysore, Mandya, Chikmagalur": towns the tagger took for people)."""
    from .type_cues import person_reading

    ends = [root.head] if root.dep_ == "conj" else []
    ends += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" and person_reading(t.text, lexicon, t.doc) for t in ends)


def _in_longer_name(doc, span, lexicon: Lexicon) -> bool:
    """Whether the word is a word of a longer name of the article, the short form of a person or a body:
    "Mahan" of "Mahan Air"; not of a building's or a place's name ("the Jolo Cathedral")."""
    word, heads = span.text, lexicon.tables["name_heads"]
    for e in doc_ents(doc):
        if len(e) < 2 or not any(t.text == word for t in e):
            continue
        head = heads.get(e[-1].lower_)
        if not (head and head[0] in ("FAC", "GPE", "LOC", "-")):
            return True
    return False


def surname_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """PERSON for a name with a family name's ending the tagger took for a body or a place, GPE for a town of
    the article's country it took for a person (see the module), else None."""
    span = doc_span(doc, ts, te)
    if label in _MISTAKEN and _family_name(doc, span, lexicon):
        return "PERSON"  # "selection committee member Ulf Danielsson"
    if label == "PERSON" and _home_town(doc, span, lexicon):
        return "GPE"  # "Jolo" in a story of the Philippines
    return None
