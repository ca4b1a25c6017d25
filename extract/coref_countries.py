"""Which country "the country" / "the nation" is: one named as an actor or a place in its own right, not one
named only to locate a town, to say who made a thing, or as one of a list.

A country name does not always stand for itself in its sentence. Four uses name it in passing
(:func:`passing_country`):

- a locator after a smaller place: "people from cities within Russia as well as from Aktobe, Kazakhstan. Six
  of the country's eight federal districts ..." (the country of the town, set off by a comma as in a dateline);
- the maker or backer of a thing, before a hyphen and a participle: "the Afghan forces, whose US-built armoured
  vehicle was used ... the conflict within the nation" (Afghanistan);
- the owner of a diplomatic post or envoy (``data/embassy_nouns.txt``, ``data/envoy_nouns.txt``): "U.S.
  diplomats hid in the Canadian embassy ... smuggled them out of the country" (Iran, named the sentence before);
- one member of a list of names (:func:`extract.coref_name_heads.listed_with_kind`): "the prime ministers of
  Belgium, Luxembourg, Spain, and France".

:func:`country_antecedent` ranks the countries as :mod:`extract.coref` ranks a class description's candidates
(this sentence first, a subject first, then the nearest), and when its choice is named only in passing, takes
the best country named in its own right within :data:`_OWN_WINDOW` sentences (or as far back as the passing
one) instead ("Aktobe, Kazakhstan" gives way to "within Russia"). With none, the passing one stays: "born in
Kutama, Zimbabwe, when the country was a British colony" is Zimbabwe.

An earlier "the country" resolved to one country is no description the article gave of it: a country named
in its own right since then is the nearer antecedent ("expel United States troops from the country. ... The
coalition came to Iraq to fight ISIS after the group took over a third of the country": Iraq), as
:func:`newer_country` finds.
"""

from __future__ import annotations

from .coref_name_heads import listed_with_kind

__all__ = ["country_antecedent", "newer_country", "passing_country"]

#: How many sentences back a country named in its own right may be to outrank one named in passing (at least).
_OWN_WINDOW = 2
#: Singular descriptions of a country.
_COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Entity types of the smaller places a country locates ("Aktobe, Kazakhstan").
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _is_country(res, mention) -> bool:
    entity = res.entities[mention.key]
    return entity.type == "GPE" and res.lexicon.countries.country_of(entity.label) is not None


def _locator(res, mention, root) -> bool:
    """"Aktobe, Kazakhstan": the country in apposition after a place that is no country."""
    if root.dep_ not in ("appos", "npadvmod") or root.head.i >= mention.token_start:
        return False
    place = root.head
    if mention.token_start < 2 or res.doc[mention.token_start - 1].text != "," or place.i != mention.token_start - 2:
        return False
    m = res.token_mention[place.i]
    if m < 0:  # a town the entities leave out, tagged as a place
        return place.pos_ == "PROPN" and place.ent_type_ in _PLACE_TYPES
    return res.entities[res.mentions[m].key].type in _PLACE_TYPES and not _is_country(res, res.mentions[m])


def _maker(res, mention, root) -> bool:
    """"the Afghan forces, whose US-built armoured vehicle": the country before a hyphen and a participle that
    only says where a thing was made or who backs it."""
    doc, end = res.doc, mention.token_end
    if end + 1 >= len(doc) or doc[end].text != "-" or root.head.i != end + 1:
        return False
    return doc[end + 1].tag_ == "VBN" and doc[end + 1].dep_ == "amod"


def passing_country(res, mention) -> bool:
    """Whether the country ``mention`` is named only in passing: a locator, a maker, a list member.

    ``res`` is the article's resolver (its Doc, mentions, token mentions, entities and lexicon are read).
    """
    root = res.doc[mention.token_start : mention.token_end].root
    return (
        _locator(res, mention, root) or _maker(res, mention, root) or _post_owner(res, root)
        or listed_with_kind(res, mention)
    )


def _post_owner(res, root) -> bool:
    """"fled to the Canadian embassy", "U.S. diplomats fled": the country that owns a diplomatic post
    (``data/embassy_nouns.txt``) or envoy (``data/envoy_nouns.txt``), who stand in another country."""
    if root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    words = res.lexicon.word_sets
    head = root.head.lower_
    return head in words.get("embassy_nouns", frozenset()) or head in words.get("envoy_nouns", frozenset())


def country_antecedent(res, tok, window: int):
    """The mention "the country" ``tok`` refers to among the countries named within ``window`` sentences, or None.

    The best-ranked country (:meth:`ranked_with_score`); when it is named only in passing
    (:func:`passing_country`), the best one named in its own right within :data:`_OWN_WINDOW` sentences, or
    as far back as the passing one.
    """
    def accept(m) -> bool:
        return _is_country(res, m)

    found = res.ranked(tok.i, accept, window)
    if found is None or not passing_country(res, found):
        return found
    reach = max(_OWN_WINDOW, res.sent_of[tok.i] - res.sent_of[found.token_start])  # as far back as the passing one
    own = res.ranked(tok.i, lambda m: accept(m) and not passing_country(res, m), reach)
    return own if own is not None else found


def newer_country(res, tok, position: int, key: str, window: int):
    """The mention of a country named after the earlier description at ``position`` (resolved to ``key``) that
    "the country" ``tok`` refers to instead, or None (the description stands).

    Only a description the resolver itself resolved (a common noun, no name) gives way; a country named since
    then, as :func:`country_antecedent` ranks them, is the antecedent.
    """
    if tok.lemma_.casefold() not in _COUNTRY_NOUNS or res.token_mention[position] >= 0 \
            or position not in res.resolved or res.doc[position].lemma_.casefold() not in _COUNTRY_NOUNS:
        return None
    found = country_antecedent(res, tok, window)
    if found is None or found.key == key or found.token_start <= position:
        return None
    return found
