"""A country named as whose people are somewhere is not the place they are in: "the Parliament of Iraq voted
to expel United States troops from the country", "there are about 5000 U.S. troops now in the country",
"Turkish soldiers remain in the country": "the country" after a preposition of place ("in", "from", "out
of", "into", "across") where a noun of the same clause is modified by a country's name or adjective is the
host of those people or things, not the country they belong to, when another country is named in this
sentence or the two before (a host it may be). The owner is then no antecedent of the description
(:func:`owner_not_host`); the other rules may still find none. An acting subject is no such noun ("Italian
police raided homes across the country" is Italy's own).
"""

from __future__ import annotations

__all__ = ["owner_not_host"]

#: Prepositions that place something in, out of or across a country.
_PLACE_PREPS = frozenset({"in", "from", "into", "inside", "within", "across", "throughout", "to", "out"})
#: The nouns of a clause that may be what is placed: object, passive subject, copula complement; not an acting
#: subject ("Italian police raided homes across the country": the police's own country).
_PLACED_DEPS = frozenset({"nsubjpass", "dobj", "attr"})
#: Verbs of being somewhere, whose subject is placed too ("5,000 US troops are in the country").
_STATIVE_VERBS = frozenset({"be", "remain", "stay", "live", "reside"})
#: How many sentences back another country must be named for the owner to give way.
_WINDOW = 2
#: Description heads that name a country.
_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _placed_nouns(prep):
    """The nouns the preposition ``prep`` places: its head noun, or its verb's subject and object nouns."""
    head = prep.head
    if head.lower_ == "out" and head.head is not head:  # "out of the country"
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return [head]
    stative = head.lemma_ in _STATIVE_VERBS
    return [c for c in head.children if (c.dep_ in _PLACED_DEPS or (stative and c.dep_ == "nsubj"))
            and c.pos_ in ("NOUN", "PROPN")]


def owner_not_host(res, keys, head: int) -> bool:
    """Whether the description "the country" at token ``head`` is where a noun of its clause owned by one of
    ``keys`` is ("expel United States troops from the country"): that key is not what it refers to.

    ``res`` is the article's resolver (its Doc, token mentions and mentions are read).
    """
    tok = res.doc[head]
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in _COUNTRY_NOUNS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in _PLACE_PREPS:
        return False
    token_mention, mentions = res.token_mention, res.mentions
    if not _other_country(res, keys, tok):
        return False
    for noun in _placed_nouns(prep):
        for mod in noun.lefts:
            if mod.dep_ not in ("compound", "amod", "nmod", "poss"):
                continue
            m = token_mention[mod.i]
            if m >= 0 and mentions[m].key in keys:
                return True
            if m < 0 and mod.dep_ == "amod":
                country = res.lexicon.countries.country_of(mod.text)
                if country and any(res.entities[k].label.casefold() == country.casefold() for k in keys):
                    return True
    return False


def _other_country(res, keys, tok) -> bool:
    """Whether a country other than ``keys`` is named before ``tok`` in its sentence or the two before."""
    here = res.sent_of[tok.i]
    countries = res.lexicon.countries
    for root, mention in reversed(res.roots):
        if mention.token_end > tok.i:
            continue
        if here - res.sent_of[root.i] > _WINDOW:
            return False
        entity = res.entities[mention.key]
        if mention.key not in keys and entity.type == "GPE" and countries.country_of(entity.label) is not None:
            return True
    return False
