"""Who owns a noun a possessive pronoun owns: "his government", "its army", "our troops" in a quotation.

A noun phrase whose possessor is a pronoun ("Morrison said his government would ...") is the
pronoun's antecedent's: the actor layer gives an agent noun there the owner's country
(:mod:`extract.actors.possessors`). The owner is

- for "his", "her", "its" and "their": the one entity coreference resolved the pronoun to
  (:mod:`extract.coref`; a pronoun resolved to two entities, or to none, owns nothing here);
- for "our" and "my" inside a quotation: the quotation's one speaker
  (:func:`extract.relations.speakers.quotation_speaker`), as "we" of the same quotation is.

The relation layer records the owner of each noun it builds an argument of, in the Doc's cache,
so the event fields read it without a second entity index (:func:`recorded_possessor`).

"The country's president", "the nation's army" (a word of ``data/other_country_words.txt`` after
"the") stand for a country named before: the owner is the entity coreference resolved the noun to
when it is a country, else the one country the nearest earlier sentence naming a country names by
name (a nationality word is another noun's, not a country named; two countries there give none).
A word that is also the name of a country's divisions ("the state's governor" in a story about
Texas: ``data/division_nouns.tsv``) gives none when that country's divisions bear it.
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from .speakers import FIRST_PERSON_POSSESSIVES, quotation_speaker

__all__ = ["THIRD_PERSON_POSSESSIVES", "Possessor", "country_noun_owner", "record_possessor", "recorded_possessor"]

#: Possessive pronouns coreference resolves.
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_MEMO = "pronoun_possessors"
_COUNTRY_WORDS = "other_country_words"
_PLACE_LABELS = frozenset({"GPE", "LOC"})

#: (entity key, entity type, the entity's actor code or None) of a noun's owner.
Possessor = tuple


def record_possessor(doc, tok, index, lexicon: Lexicon) -> None:
    """Note in the Doc's cache the entity owning noun ``tok`` through a possessive pronoun, if any.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    tok : spacy.tokens.Token
        The head noun of an argument.
    index : EntityIndex
        The document's entities, mentions and references.
    lexicon : Lexicon
        The tables (the verbs of saying that name a quotation's speaker).
    """
    memo = cache_of(doc).memo(_MEMO)
    if tok.i in memo:
        return
    memo[tok.i] = _possessor(doc, tok, index, lexicon)


def recorded_possessor(doc, i: int) -> Possessor | None:
    """(key, type, actor code) of the entity :func:`record_possessor` found owning token ``i``, or None."""
    return cache_of(doc).memo(_MEMO).get(i)


def _possessor(doc, tok, index, lexicon: Lexicon) -> Possessor | None:
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) == 1 and poss[0].pos_ == "NOUN":
        entity = country_noun_owner(poss[0], index, lexicon)
        return (entity.key, entity.type, entity.actor_code) if entity is not None else None
    if len(poss) != 1 or poss[0].pos_ != "PRON":
        return None
    pronoun = poss[0]
    key = None
    if pronoun.lower_ in THIRD_PERSON_POSSESSIVES:
        ref = index.reference_at(pronoun.i)
        key = ref.keys[0] if ref is not None and len(ref.keys) == 1 else None
    elif pronoun.lower_ in FIRST_PERSON_POSSESSIVES:
        key = quotation_speaker(doc, pronoun, index, lexicon)
    if key is None or key not in index:
        return None
    entity = index[key]
    return (entity.key, entity.type, entity.actor_code)


def country_noun_owner(noun, index, lexicon: Lexicon):
    """The country entity "the country", "the nation" (``noun``, a possessor) stands for, or None.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The possessor noun ("country" of "the country's president"), with "the".
    index : EntityIndex
        The document's entities, mentions and references.
    lexicon : Lexicon
        The tables (the words, the countries, the divisions' nouns).

    Returns
    -------
    Entity or None
        The country coreference resolved the noun to, else the one country named by name in the nearest
        earlier sentence that names one; None for two countries there, none, or a word that names the
        country's own divisions ("the state" of a US story).
    """
    if noun.lower_ not in lexicon.word_sets[_COUNTRY_WORDS] or noun.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    named, entity = _earlier_country(noun, index, lexicon)
    ref = index.reference_at(noun.i)
    if ref is not None and len(ref.keys) == 1 and ref.keys[0] in index:
        resolved = index[ref.keys[0]]
        if _country_of(resolved.label, lexicon) is None or named and (entity is None or entity.key != resolved.key):
            return None  # coreference chose a division ("the state": Ohio) or another than the text names
        entity = resolved
    if entity is None:
        return None
    row = lexicon.tables["division_nouns"].get(noun.lower_)
    if row and _country_of(entity.label, lexicon) in row[0].split():
        return None  # "Texas ... the state's governor": a US story's "state" is a state
    return entity


def _country_of(name: str, lexicon: Lexicon) -> str | None:
    """The alpha-2 code of the country ``name`` is the name of (not a nationality word), or None."""
    countries = lexicon.countries
    label = countries.country_of(name)
    country = countries.by_label.get(label) if label is not None else None
    if country is None or name.casefold() not in {n.casefold() for n in (country.label, *country.names)}:
        return None
    return country.alpha2


def _earlier_country(noun, index, lexicon: Lexicon):
    """(whether a country is named before ``noun``, the one country entity named by name in the nearest
    sentence up to ``noun`` that names one, or None when it names two)."""
    doc = noun.doc
    sent = noun.sent
    while True:
        found, named = {}, set()
        for ent in sent.ents:
            country = _country_of(ent.text.removeprefix("the "), lexicon) if ent.start < noun.i else None
            if country is None:
                continue
            named.add(country)  # a country's name the tagger gave another label ("Togo" a person) counts too
            entity = index.entity_at(ent.start) if ent.label_ in _PLACE_LABELS else None
            if entity is not None:
                found[entity.key] = entity
        if named:
            return True, next(iter(found.values())) if len(found) == 1 and len(named) == 1 else None
        if sent.start == 0:
            return False, None
        sent = doc[sent.start - 1].sent
