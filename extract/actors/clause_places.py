"""A local role's own clause puts it where it acts: "residents living in Caracas" ``VENCVL``.

Event coders give police, courts, protesters, residents and local authorities the country they act in.
:func:`.localities.local_countries` reads a place in the noun phrase itself ("police in Nairobi",
source ``in``); news as often puts it in a participle or relative clause on the noun: "residents living
in Caracas", "demonstrators who gathered in Santiago", "protesters marching in Lagos", "civilians
trapped in Aleppo". The place after "in" on that clause's verb is where the role is, and its country
(a country's name, or a city or region of one reading) is the role's, with source ``place`` (the
confidence of an event's place, below a place written in the mention: the clause is further from the
noun). The same holds for the verb the role is the subject of, where the sentence says the event
happened: "Police arrested twelve men in Lagos", "In Kampala, a judge freed the activists"
(:func:`verb_place_countries`); so a later "the police" takes it by coreference. Only local roles read it: soldiers, ministers or rebels "stationed in Mali" may be foreign. A
verb of origin or of a past stay (``data/origin_participles.txt``: "judges trained in London",
"opposition figures exiled in Paris") says nothing of where the role acts now and gives nothing; so
does an outsider word on the noun (``data/outsider_words.txt``: "tourists stranded in Bali"). The
article's main country is never read.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["clause_place_countries", "verb_place_countries"]

_CLAUSE_DEPS = frozenset({"acl", "relcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WHERE = "in"
_SOURCE = "place"
_ORIGIN_VERBS = "origin_participles"
_OUTSIDERS = "outsider_words"
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def clause_place_countries(head, *, local: bool, lexicon: Lexicon) -> list[tuple[str, str]]:
    """[(alpha-3 country, ``"place"``)] of the place of a clause on the agent noun ``head``, or [].

    Parameters
    ----------
    head : spacy.tokens.Token
        The agent noun ("residents").
    local : bool
        Whether its role acts where it is (police, courts, protesters, civilians, authorities).
    lexicon : Lexicon
        The tables.
    """
    if not local or _outsider(head, lexicon):
        return []
    found = set()
    for verb in head.children:
        if verb.dep_ in _CLAUSE_DEPS:
            found |= _verb_places(verb, lexicon)
    return [(found.pop(), _SOURCE)] if len(found) == 1 else []


def verb_place_countries(head, *, local: bool, lexicon: Lexicon) -> list[tuple[str, str]]:
    """[(alpha-3 country, ``"place"``)] of the place of the verb the agent noun ``head`` is the subject of, or [].

    "Police arrested twelve men in Lagos", "In Kampala, a judge freed the activists": the verb's own
    "in" phrase, before or after it, names where the local role acts. Outsider words and verbs of
    origin give nothing, as for :func:`clause_place_countries`, and so does an owner: "its engineers met
    regulators in Brussels" are the company's, not Belgian.
    """
    if head.dep_ not in _SUBJECT_DEPS or not local or _outsider(head, lexicon):
        return []
    found = _verb_places(head.head, lexicon)
    return [(found.pop(), _SOURCE)] if len(found) == 1 else []


def _outsider(head, lexicon: Lexicon) -> bool:
    """An outsider word on the noun, or an owner ("its engineers", "Nokia's staff"): the owner, not the
    place, says whose they are (a country owner is read from the mention itself, before this module)."""
    words = lexicon.word_sets[_OUTSIDERS]
    return (head.lower_ in words
            or any(c.lower_ in words or c.dep_ == "poss" for c in head.children if c.i < head.i))


def _verb_places(verb, lexicon: Lexicon) -> set[str]:
    """The countries of the places in the "in" phrases of ``verb`` (a verb of origin: none)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon.word_sets[_ORIGIN_VERBS]:
        return set()
    from .localities import _country_name, locality_country  # (localities calls this module)
    from .mentions import _name_tokens

    found = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != _WHERE:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.ent_type_ not in _PLACE_LABELS:
                continue
            name = _name_tokens(pobj)
            country = _country_name(name, lexicon) or locality_country(name, lexicon=lexicon)
            if country:
                found.add(country)
    return found
