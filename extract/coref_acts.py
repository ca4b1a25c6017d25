"""Agreement in kind and number that rules an antecedent out: an act's "it", a "they all", and the lone country.

An act: "EFF said it was a disappointing and counterproductive move", "It is a big mistake", "It was a blow to
the government": a subject "it" whose copula ("be", "become", "remain", "seem") has as complement a noun of an
act, step or outcome (``data/deed_nouns.txt`` and ``data/act_nouns.txt``) is what was done or what happened,
and no organisation, country or person named before is it (:func:`act_complement`). A complement that names a
kind of actor ("It is the largest company") is no act noun and decides nothing.

A floating quantifier: "requested GitHub ... they all be made inaccessible", "they both denied", "each of them":
"they"/"them" with "all", "both" or "each" beside it, or under "all of", "both of", "each of", is several
referents, never one organisation or country that a plural pronoun may otherwise stand for
(:func:`several_referents`).

The lone country: "the country" or "the nation" further back than the description window of
:mod:`extract.coref` is the one country the article has named before it, when it has named exactly one
("the first state in the United States ... In the country overall, women hold ..."); with two or more,
nothing (:func:`lone_country`).

A name below its pronoun: "How has it evolved since IBM acquired Red Hat?" -- a subject "it"/"they" is not a
name its own clause goes on to name after it (a pronoun does not stand for a name it commands; a writer who
meant the same body would have named it first and used the pronoun after): :func:`named_below`.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["act_complement", "lone_country", "named_below", "several_referents"]

#: Copulas whose complement says what their subject is.
_LINKING_VERBS = frozenset({"be", "become", "remain", "seem"})
_COMPLEMENT_DEPS = frozenset({"attr", "oprd"})
#: Quantifiers that make a plural pronoun several referents.
_FLOATING = frozenset({"all", "both", "each"})
_PLURAL_PRONOUNS = frozenset({"they", "them"})
#: Singular descriptions of a country.
_COUNTRY_NOUNS = frozenset({"country", "nation"})
#: At most this many mentions are read back for the lone country (a very long text leaves it unresolved).
_MAX_MENTIONS = 2000
#: Tokens after a subject pronoun read for a name below it, and steps up from that name to the clause's verb.
_BELOW_TOKENS = 60
_BELOW_STEPS = 12


@lru_cache(maxsize=8)
def _act_nouns(lexicon) -> frozenset[str]:
    own = frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "act_nouns.txt"))
    return own | lexicon.word_sets.get("deed_nouns", frozenset())


def act_complement(tok, lexicon) -> bool:
    """Whether the subject "it" ``tok`` is an act by its complement ("it was a disappointing move")."""
    if tok.lower_ != "it" or tok.dep_ not in NOMINAL_SUBJECT_DEPS or tok.head.lemma_ not in _LINKING_VERBS:
        return False
    nouns = _act_nouns(lexicon)
    for noun in tok.head.children:
        if noun.dep_ in _COMPLEMENT_DEPS and noun.pos_ == "NOUN" and noun.i > tok.i:
            return noun.lemma_.casefold() in nouns or noun.lower_ in nouns
    return False


def several_referents(tok) -> bool:
    """Whether "they"/"them" ``tok`` has a floating quantifier: "they all", "them both", "each of them"."""
    if tok.lower_ not in _PLURAL_PRONOUNS:
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc):
        after = doc[tok.i + 1]
        if after.lower_ in _FLOATING and after.head.i in (tok.i, tok.head.i):
            return True
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _FLOATING and of.head.i < tok.i


def lone_country(res, tok):
    """The mention of the only country the article named before "the country" ``tok``, or None.

    ``res`` is the article's resolver: its mentions (in order), entities and lexicon are read; the scan stops
    at ``tok``, at a second country and after :data:`_MAX_MENTIONS` mentions (then None).
    """
    if tok.lemma_.casefold() not in _COUNTRY_NOUNS or tok.tag_ != "NN":
        return None
    entities, countries = res.entities, res.lexicon.countries
    found = None
    for n, mention in enumerate(res.mentions):
        if mention.token_end > tok.i:
            break
        if n >= _MAX_MENTIONS:
            return None
        entity = entities[mention.key]
        if entity.type != "GPE" or countries.country_of(entity.label) is None:
            continue
        if found is not None and found.key != mention.key:
            return None
        found = mention
    return found


def named_below(res, tok, keys) -> bool:
    """Whether the subject pronoun ``tok``'s own clause names one of ``keys`` after it ("it evolved since IBM
    acquired Red Hat"). Reads at most :data:`_BELOW_TOKENS` tokens of the sentence after the pronoun."""
    if not keys or tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb, doc, token_mention, mentions = tok.head, res.doc, res.token_mention, res.mentions
    end = min(tok.sent.end, tok.i + 1 + _BELOW_TOKENS)
    for j in range(tok.i + 1, end):
        m = token_mention[j]
        if m < 0 or mentions[m].key not in keys:
            continue
        node = doc[j]
        for _ in range(_BELOW_STEPS):
            if node.i == verb.i:
                return True
            if node.head.i == node.i:
                break
            node = node.head
    return False
