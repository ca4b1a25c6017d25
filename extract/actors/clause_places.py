"""A local role's own clause puts it where it acts: "residents living in Caracas" ``VENCVL``.

Event coders give police, courts, protesters, residents and local authorities the country they act in.
:func:`.localities.local_countries` reads a place in the noun phrase itself ("police in Nairobi",
source ``in``); news as often puts it in a participle or relative clause on the noun: "residents living
in Caracas", "demonstrators who gathered in Santiago", "protesters marching in Lagos", "civilians
trapped in Aleppo". The place after "in" on that clause's verb is where the role is, and its country
(a country's name, or a city or region of one reading) is the role's, with source ``place`` (the
confidence of an event's place, below a place written in the mention: the clause is further from the
noun). Only local roles read it: soldiers, ministers or rebels "stationed in Mali" may be foreign. A
verb of origin or of a past stay (``data/origin_participles.txt``: "judges trained in London",
"opposition figures exiled in Paris") says nothing of where the role acts now and gives nothing; so
does an outsider word on the noun (``data/outsider_words.txt``: "tourists stranded in Bali"). The
article's main country is never read.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["clause_place_countries"]

_CLAUSE_DEPS = frozenset({"acl", "relcl"})
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
    if not local or head.lower_ in lexicon.word_sets[_OUTSIDERS]:
        return []
    if any(c.lower_ in lexicon.word_sets[_OUTSIDERS] for c in head.children if c.i < head.i):
        return []
    from .localities import _country_name, locality_country  # (localities calls this module)
    from .mentions import _name_tokens

    found = set()
    for verb in head.children:
        if verb.dep_ not in _CLAUSE_DEPS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in lexicon.word_sets[_ORIGIN_VERBS]:
            continue
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
    return [(found.pop(), _SOURCE)] if len(found) == 1 else []
