"""Pronouns inside a quotation that take a person the attribution gives.

:mod:`.speakers` gives a quotation's "I" and "we" its one *named* speaker. Two more readings
follow from the attribution alone, as a reader takes them:

- a speaker described, not named ('"We have arrested three suspects," a Ghanaian police
  spokesman said'): the quotation's first person is the speaker's noun phrase, read, coded and
  judged as that noun is (the actor layer codes "a Ghanaian police spokesman" GHACOP), with the
  pronoun kept in ``resolved_from``. "I" and "me" need one person (a singular noun of
  ``person_nouns``/``speaker_nouns``); "we" and "us" a body ("the ministry") or one who speaks
  for a body (a code of :data:`~extract.relations.speakers.BODY_ROLES`), or several people;
  the phrase must have an actor code with a role;
- a person the speaker speaks of ('Biden said of Putin: "He invaded Ukraine"', "Asked about
  Merkel, the minister said: '...'"): "he" or "she" in the quotation is that person, given by a
  verb and preposition of ``data/speech_topics.tsv`` outside the quotation, when the article
  never gives that person the other gender and the quotation names no other person.

The pronouns and their person, number and gender are ``data/quote_pronouns.tsv``. Precision
first: two speakers, a speaker named beside a described one, a quotation nested in another or
with no verb of saying, and two persons spoken of leave the pronoun unresolved.
"""

from __future__ import annotations

from ..actors.codes import actor_code
from ..coref_persons import gendered_words, person_words, pronoun_gender
from ..doccache import span_text
from ..lexicon import Lexicon
from .quotation_cues import names_a_thing
from .speakers import body_role, quotation_runs, speaking_subjects

__all__ = ["described_code", "described_speaker", "quote_pronoun", "spoken_of"]

_TABLE = "quote_pronouns"
_FIRST, _THIRD = "1", "3"
_SINGLE_QUOTES = frozenset({"'", "\u2018", "\u2019"})
_SINGULAR_TAGS = frozenset({"NN"})
_PLURAL_TAGS = frozenset({"NNS"})


def quote_pronoun(tok, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """``(person, number, gender)`` of ``tok`` if it is a pronoun of ``data/quote_pronouns.tsv``, else None."""
    if tok.pos_ != "PRON":
        return None
    row = lexicon.tables[_TABLE].get(tok.lower_)
    if row is None:
        return None
    person, number, *rest = row
    return person, number, (rest[0] if rest else "")


def _quotation_of(doc, tok):
    """The quotation run of ``tok`` if it is one a speaker may hold: not a title, not nested in another."""
    runs = quotation_runs(doc)
    run = runs.get(tok.i)
    if run is None or names_a_thing(doc, run, runs):
        return None, runs
    # a single quote mark at either end: a quotation within the quotation, another's words
    for i in (run[0] - 1, run[1] + 1):
        if 0 <= i < len(doc) and doc[i].text in _SINGLE_QUOTES:
            return None, runs
    return run, runs


def _attributed(doc, tok, index, lexicon: Lexicon, person: str) -> tuple:
    """``(pronoun row, run, runs, speakers)`` for an unresolved pronoun ``tok`` of ``person`` in a quotation
    a speaker may hold (:func:`~extract.relations.speakers.speaking_subjects`); no speakers otherwise."""
    found = quote_pronoun(tok, lexicon)
    if found is None or found[0] != person or index.reference_at(tok.i) is not None:
        return found, None, None, []
    run, runs = _quotation_of(doc, tok)
    return found, run, runs, (speaking_subjects(doc, run, runs, index, lexicon) if run is not None else [])


def described_speaker(doc, tok, index, lexicon: Lexicon):
    """The head noun of the one described speaker whose quotation holds the first-person ``tok``, or None.

    The quotation's sentences name exactly one speaker, a common noun that no name stands for or
    beside ("a Ghanaian police spokesman", not "police spokesman Kofi Mensah"); its phrase has an
    actor code with a role, and agrees with the pronoun's number.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    tok : spacy.tokens.Token
        A token of ``doc``; only a first-person pronoun of ``data/quote_pronouns.tsv`` is read.
    index : EntityIndex
        The document's mentions and references.
    lexicon : Lexicon
        Its speech verbs, person nouns and actor tables.
    """
    found, run, runs, subjects = _attributed(doc, tok, index, lexicon, _FIRST)
    if len(subjects) != 1:
        return None  # none, or two speakers: whose "we" it is the text does not say
    noun = subjects[0][0]
    if noun.pos_ != "NOUN" or index.mention_at(noun.i) is not None or index.reference_at(noun.i) is not None:
        return None
    if any(index.mention_at(c.i) is not None for c in noun.children if c.dep_ in ("appos", "compound")):
        return None  # a name beside the noun: the named speaker's reading, or none
    code = described_code(noun, lexicon)
    if not code or lexicon.countries.by_alpha3.get(code) is not None:
        return None  # no actor, or a country alone: the phrase names no one who acts
    person = noun.lemma_.lower() in person_words(lexicon) or noun.lower_ in person_words(lexicon)
    if found[1] == "singular":
        return noun if person and noun.tag_ in _SINGULAR_TAGS else None
    if noun.tag_ in _PLURAL_TAGS:
        return noun
    return noun if not person or body_role(code, lexicon) else None


def described_code(noun, lexicon: Lexicon) -> str | None:
    """The actor code of a described speaker's phrase, up to its head ``noun`` ("a Ghanaian police spokesman")."""
    return actor_code(span_text(noun.doc, noun.left_edge.i, noun.i + 1), type="CONCEPT", agent=True, lexicon=lexicon)


def spoken_of(doc, tok, index, lexicon: Lexicon) -> str | None:
    """The key of the person a quotation's "he" or "she" ``tok`` stands for, or None.

    The quotation's sentences hold a verb of ``data/speech_topics.tsv`` outside the quotations with
    one of its prepositions before a named person ("said of Putin", "asked about Merkel"), and one
    speaker; the quotation names no person before the pronoun, and the article never gives that person
    the other gender (by a title, a gendered word or a pronoun coreference resolved).
    """
    found, run, runs, speakers = _attributed(doc, tok, index, lexicon, _THIRD)
    if len({s.i for s, _ in speakers}) != 1:
        return None  # no verb of saying, or two speakers
    keys = _topics(doc, run, runs, index, lexicon)
    if len(keys) != 1:
        return None
    key = keys.pop()
    if key in _keys_of(speakers[0][0], index):
        return None  # the speaker speaks of themself as "I", not "he"
    if any(_may_be_person(doc[i], index) for i in range(run[0], tok.i)):
        return None  # a person named in the quotation before the pronoun may be its referent
    return key if _gender_agrees(doc, key, found[2], index) else None


def _topics(doc, run, runs, index, lexicon: Lexicon) -> set[str]:
    """The persons the quotation's sentences name after a verb and preposition of ``data/speech_topics.tsv``."""
    table = lexicon.tables["speech_topics"]
    lo, hi = doc[run[0]].sent.start, doc[run[1]].sent.end
    keys = set()
    for prep in doc[lo:hi]:
        if prep.i in runs or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        row = table.get(prep.head.lemma_.lower())
        if row is None or prep.lower_ not in row[0].split():
            continue
        # "of Putin and Xi": each conjunct; a thing or an unnamed person spoken of is a rival all the same
        keys |= {_person_key(pobj.i, index) or "" for c in prep.children if c.dep_ == "pobj"
                 for pobj in (c, *c.conjuncts)}
    return set() if "" in keys else keys


def _keys_of(tok, index) -> tuple[str, ...]:
    mention = index.mention_at(tok.i)
    if mention is not None:
        return (mention.key,)
    ref = index.reference_at(tok.i)
    return ref.keys if ref is not None else ()


def _person_key(i: int, index) -> str | None:
    mention = index.mention_at(i)
    if mention is None:
        return None
    entity = index.get(mention.key)
    return mention.key if entity is not None and entity.type == "PERSON" else None


def _may_be_person(tok, index) -> bool:
    """Is ``tok`` part of a person's name, or of a name the article types as nothing?"""
    if _person_key(tok.i, index) is not None or tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and index.mention_at(tok.i) is None


def _gender_agrees(doc, key: str, gender: str, index) -> bool:
    """Does the article never give ``key``'s person the gender other than ``gender``?"""
    words = gendered_words()
    given = set()
    for ref in index.references:  # the pronouns coreference resolved to the person
        if ref.kind == "pronoun" and ref.keys == (key,) and pronoun_gender(ref.text) is not None:
            given.add(pronoun_gender(ref.text))
    for mention in index.mentions:
        if mention.key == key and mention.token_start > 0:
            word = words.get(doc[mention.token_start - 1].lower_.rstrip("."))
            if word is not None:
                given.add(word)
    return not given or given == {gender}
