"""Types a name's own sentence settles where the tagger guessed from the name's look: towns typed as people,
parties in a table of seats, works after their noun and "The", people whose given name is a town's.

The tagger types an unseen name by its shape; the words around it often say what it is:

- **a town before its region**: a name the tagger took for a person or a people, right before a comma and
  a country's or a first-level region's name that ends the phrase ("Manay, Davao Oriental,", "Florence,
  Alabama."), and known to the gazetteer as a place: GPE (:func:`town_before_region`);
- **a town after a preposition of place**: a name the tagger took for a person, right after "in", "near", "at",
  "from", "to" and the like (:data:`_PLACE_PREPOSITIONS`), whose object it is, that the gazetteer knows as a
  place, no knowledge-base entry calls otherwise, and that reads as no one's name here: not a given name, no
  known person's surname, not the last word of a person the article names ("in Bangalore", "in Manay");
- **a party in a table of seats**: a name before a dash, a colon or a bracket and a number of seats
  ("Sinn Féin - 7 seats", "Labour: 202 seats"): ORG, as "won 37 seats" is read by :mod:`extract.kind_cues`;
- **a work whose title begins with "The"**: a name after a capitalised "The" after a lower-case noun of
  ``data/title_nouns.txt`` ("her novel The Testaments", "the film The Irishman"): a work, no actor (the tagger
  leaves "The" out of the name, so :func:`extract.entity_context.names_work` does not see the noun);
- **a person of the knowledge base**: a name of two words or more the tagger took for a place or a body that
  is the own label of the knowledge base's people only, no place of the gazetteer and no organisation of the
  actor dictionaries ("Savannah Guthrie" GPE, "Michael Jordan" ORG): PERSON, unless a noun beside the name
  says otherwise ("John Lewis, the department store chain");
- **a person by an age**: a name of two to four capitalised words the tagger took for a place or a body, right
  before a comma and an age ("Kama Melly, 45, said", "Tanya Davies, aged 52,"), no place, no entry of another
  kind and no body's head word: PERSON (no town nor firm is written with an age between commas);
- **a person by what befalls the subject**: a name of two or three capitalised words the tagger took for a
  place or a body, the subject of a verb only a person does (``data/person_verbs.txt``: "testified",
  "resigned", "died") or the passive subject of one only a person undergoes (``data/person_passives.txt``
  and the victims' verbs of ``data/harm_verbs.tsv``: "was born", "was stabbed", "was arrested"), no place,
  no entry of another kind, no body's head word: PERSON;
- **a person whose given name is a town's**: two capitalised words the tagger took for a place or a body,
  the first a town of the gazetteer, the last a surname of the knowledge base's people and no place, the whole
  no entry of the gazetteer or the knowledge base ("Savannah Guthrie" if the knowledge base lacked her): PERSON.

:func:`type_cue` is called by :func:`extract.entity_context.context_evidence`; every rule reads only the
tokens around the name and the parse at its root.
"""

from __future__ import annotations

import functools

from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .doccache import doc_ents, doc_span

__all__ = ["NO_ACTOR", "person_reading", "type_cue", "town_before_region"]

#: What :func:`type_cue` says of a work's title: no actor (as :data:`extract.entity_context.PRODUCT`).
NO_ACTOR = "PRODUCT"
#: A town's name is short: "Ciudad Juárez", "Chippewa Falls", "Tuna el-Gebel".
_TOWN_WORDS = 3
#: Prepositions of place and of a journey's ends ("in X", "from Mysore to X"): a person after one is read out by a given
#: name, a surname or a person named in the article.
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around", "at", "from", "to", "into",
                                 "towards", "toward"})
#: What may end the region after a town: "Florence, Alabama, police said", "in Manay, Davao Oriental."
_REGION_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})
#: How many words a region's name may have ("Davao Oriental", "New South Wales").
_REGION_WORDS = 3
#: Marks between a party and its seats in a results table.
_SEAT_MARKS = frozenset({"-", "\u2013", "\u2014", ":", "("})
_SEAT_NOUNS = frozenset({"seat", "seats", "mps", "members"})
#: A party's name is short enough to stand in a table: "Democratic Unionist Party", "Plaid Cymru".
_PARTY_WORDS = 5
#: The oldest age a person is given: "Ada Roe, 112,".
_OLDEST = 119
#: What may follow an age: "X, 45, said", "X, 45." or "X, 45 and Y, 50".
_AGE_ENDS = frozenset({",", ".", ";", ")", "and"})
#: Types the tagger gives a person whose given name is a town's ("Savannah Guthrie" GPE).
_MISTAKEN_PERSON = frozenset({"GPE", "ORG", "LOC", "FAC"})


def _title_words(span) -> bool:
    return all(t.is_title or t.text in ("-", "el", "de", "la", "del") for t in span) and span[0].is_title


def _region_after(doc, i: int, lexicon: Lexicon) -> int | None:
    """The end of a country's or a first-level region's name starting at ``i`` that ends its phrase, or None."""
    for width in range(min(_REGION_WORDS, len(doc) - i), 0, -1):
        region = doc[i:i + width]
        if not all(t.is_title for t in region):
            continue
        end = i + width
        if end < len(doc) and doc[end].text not in _REGION_ENDS:
            continue
        text = region.text
        if lexicon.countries.country_of(text) or any(c.kind == "admin1" for c in lexicon.gazetteer.candidates(text)):
            return end
    return None


def person_reading(text: str, lexicon: Lexicon, doc) -> bool:
    """Whether ``text`` may be someone's name here: a given name, a personal name, a person of the knowledge
    base, a known person's surname, or the last word of a person the article names."""
    from .entity_context import is_given_name, is_personal_name

    words = text.split()
    if is_given_name(words[0], lexicon=lexicon) or is_personal_name(text, lexicon=lexicon):
        return True
    if any(entry.type == "PERSON" for entry, _ in lexicon.knowledge.lookup(text)):
        return True
    if len(words) == 1 and fold_key(text) in _surnames(lexicon):
        return True
    folded = fold_key(words[-1])
    return any(e.label_ == "PERSON" and len(e) > 1 and fold_key(e[-1].text) == folded and e.text != text
               for e in doc_ents(doc))


def town_before_region(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is a town before its region: a comma and a country's or first-level
    region's name that ends the phrase follow, and the gazetteer knows the name as a place ("Manay, Davao
    Oriental"); never a name that may be someone's (runners listed with their countries: "Kipchoge, Kenya")."""
    span = doc_span(doc, ts, te)
    if not 0 < te - ts <= _TOWN_WORDS or te + 1 >= len(doc) or doc[te].text != "," or not _title_words(span):
        return False
    if _region_after(doc, te + 1, lexicon) is None:
        return False
    text = span.text
    if lexicon.countries.country_of(text) or not lexicon.gazetteer.candidates(text):
        return False
    return not person_reading(text, lexicon, doc)


def _located_town(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name is the object of a preposition of place and a place of the gazetteer that no
    knowledge-base entry calls otherwise and that reads as no one's name here ("in Bangalore")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _PLACE_PREPOSITIONS or root.head.i != span.start - 1:
        return False
    if not _title_words(span) or len(span) > _TOWN_WORDS:
        return False
    text = span.text
    if not lexicon.gazetteer.candidates(text):
        return False
    if any(entry.type not in ("GPE", "LOC") for entry, _ in lexicon.knowledge.lookup(text)):
        return False
    return not person_reading(text, lexicon, doc)


def _party_seats(doc, span) -> bool:
    """Whether a dash, a colon or a bracket, a number and a noun of seats follow the name: "Sinn Féin - 7 seats"."""
    te = span.end
    if len(span) > _PARTY_WORDS or te + 2 >= len(doc) or doc[te].text not in _SEAT_MARKS:
        return False
    return doc[te + 1].like_num and doc[te + 2].lower_ in _SEAT_NOUNS


def _the_titled_work(doc, ts: int, lexicon: Lexicon) -> bool:
    """Whether "The" and a lower-case noun of ``data/title_nouns.txt`` stand right before the name: "her novel
    The Testaments" (the tagger left "The" out of the title)."""
    if ts < 2 or doc[ts - 1].text != "The":
        return False
    noun = doc[ts - 2]
    return noun.is_lower and noun.lower_ in lexicon.word_sets["title_nouns"]


def _town_given_name(span, lexicon: Lexicon) -> bool:
    """Whether the name is a person's whose given name is a town's: two capitalised words, the first a town of
    the gazetteer, the last a surname of the knowledge base's people and no place, the whole no place and no
    entry ("Savannah Guthrie")."""
    words = span.text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    first, last = words
    if lexicon.countries.country_of(first) or not any(c.kind == "city" for c in lexicon.gazetteer.candidates(first)):
        return False
    if fold_key(last) not in _surnames(lexicon) or lexicon.gazetteer.candidates(last) or (
            lexicon.countries.country_of(last)):
        return False
    folded = last.casefold()
    if folded in lexicon.tables["name_heads"] or folded in lexicon.tables["context_nouns"]:
        return False
    text = span.text
    return not (lexicon.gazetteer.candidates(text) or lexicon.knowledge.lookup(text)
                or lexicon.dictionaries.actor_codes(text))


def _known_person(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name (two words or more) is the own label of the knowledge base's people only, no place of
    the gazetteer, no organisation of the actor dictionaries, and no noun beside it names another kind."""
    from .entity_context import _noun_beside, dictionary_type

    text = span.text
    if len(text.split()) < 2 or text.isupper():
        return False
    entries = [entry for entry, alias in lexicon.knowledge.lookup(text) if alias is None]
    if not entries or any(entry.type != "PERSON" or fold_key(entry.label) != fold_key(text) for entry in entries):
        return False
    if lexicon.gazetteer.candidates(text) or dictionary_type(text, lexicon=lexicon):
        return False
    beside = _noun_beside(doc, span, span.start, span.end, lexicon)
    return beside in (None, "PERSON")


def _no_other_kind(span, lexicon: Lexicon) -> bool:
    """Whether a name of two or three capitalised words is no place, no entry of another kind than a person's,
    no organisation of the actor dictionaries and ends in no body's head word."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                           for w in words):
        return False
    return _reads_as_person(span.text, words, lexicon)


def _person_subject(span, lexicon: Lexicon) -> bool:
    """Whether the name is the subject of a verb only a person does ("X testified") or the passive subject of
    one only a person undergoes ("X was stabbed")."""
    root = span.root
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.casefold()
    if root.dep_ == "nsubj":
        return lemma in lexicon.word_sets["person_verbs"]
    if root.dep_ == "nsubjpass":
        return lemma in lexicon.word_sets["person_passives"] or lemma in _victim_verbs(lexicon)
    return False


@functools.lru_cache(maxsize=4)
def _victim_verbs(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.keys_where("harm_verbs", "victims", "yes")


def _aged(doc, span, lexicon: Lexicon) -> bool:
    """Whether a comma and an age follow a name of two to four capitalised words that is no place, no entry of
    another kind and ends in no body's head word: "Kama Melly, 45, said", "Tanya Davies, aged 52,"."""
    te = span.end
    words = span.text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or te + 2 >= len(doc):
        return False
    if doc[te].text != ",":
        return False
    i = te + 1
    if doc[i].lower_ == "aged":
        i += 1
    if i + 1 >= len(doc) or not doc[i].text.isdigit() or not 0 < int(doc[i].text) <= _OLDEST:
        return False
    if doc[i + 1].lower_ not in _AGE_ENDS:
        return False
    return _reads_as_person(span.text, words, lexicon)


def _reads_as_person(text: str, words: list[str], lexicon: Lexicon) -> bool:
    """Whether a name ends in no body's head word, is no country, place, or entry of the actor dictionaries,
    and every knowledge-base entry of it is a person's."""
    from .entity_context import dictionary_type

    last = words[-1].casefold()
    if last in lexicon.tables["name_heads"] or last in lexicon.tables["context_nouns"]:
        return False
    if lexicon.countries.country_of(text) or lexicon.gazetteer.candidates(text) or dictionary_type(text, lexicon=lexicon):
        return False
    return all(entry.type == "PERSON" for entry, _ in lexicon.knowledge.lookup(text))


@functools.lru_cache(maxsize=4)
def _surnames(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the knowledge base's people, folded ("guthrie" of Woody Guthrie)."""
    return frozenset(fold_key(label.split()[-1]) for label in lexicon.knowledge.labels("PERSON") if " " in label)


def type_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """GPE, ORG, PERSON or :data:`NO_ACTOR` where the name's sentence says so (see the module), else None."""
    span = doc_span(doc, ts, te)
    if label in ("PERSON", "NORP") and town_before_region(doc, ts, te, lexicon=lexicon):
        return "GPE"  # "Manay, Davao Oriental"
    if label == "PERSON" and _located_town(doc, span, lexicon):
        return "GPE"  # "in Bangalore"
    if label != "GPE" and _party_seats(doc, span) and not lexicon.countries.country_of(span.text):
        return "ORG"  # "Sinn Féin - 7 seats"
    if _the_titled_work(doc, ts, lexicon):
        return NO_ACTOR  # "her novel The Testaments"
    if label in _MISTAKEN_PERSON | {"NORP"} and _aged(doc, span, lexicon):
        return "PERSON"  # "Kama Melly, 45, said"
    if label in _MISTAKEN_PERSON and _person_subject(span, lexicon) and _no_other_kind(span, lexicon):
        return "PERSON"  # "Paris Hilton testified", "Jane Doe was stabbed"
    if label in _MISTAKEN_PERSON and (_known_person(doc, span, lexicon) or _town_given_name(span, lexicon)):
        return "PERSON"  # "Savannah Guthrie"
    return None
