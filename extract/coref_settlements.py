""""The city", "the town", "the village": a settlement the article named.

"Protests continued in Minsk on Sunday. Police said 200 people were detained in the city": "the city" is
Minsk. A singular description whose noun is one of ``data/settlement_nouns.txt`` (no other modifier, no
"of ..." or clause after it: not "the old city", "the city council", "the city of Grodno", "the town where
...") refers to

1. the one settlement named in its sentence or the two before (two there leave it unresolved);
2. with none there, the one place the article itself described by that noun, however far back
   ("Magnitogorsk, a city in the Ural region of Russia" ... "a minibus exploded in the city");
3. with none described, the one settlement the article named before it (a second one, anywhere before,
   leaves it unresolved).

A settlement is a name the gazetteer holds as a city, and as no country or first-level division of
another country ("Hong Kong", "Aleppo"; not "Montana", a US state that is a Bulgarian town too, nor
"Jordan"); a country only when it is a city-state (a city of its name holds half its people: "Singapore",
not "Mexico", whose capital the gazetteer also calls so); unless a major city, no place the knowledge
base describes as a state, province ... (``data/division_kinds.txt``: "Oregon", though the gazetteer
knows a town of Oregon, Ohio). It is taken only when typed GPE and not a modifier ("pro-Beijing
candidates"); a name of another type counts as a rival only in a place's position ("Nottingham" mistagged
as a person still leaves "the city" after "in Leicester and Nottingham" unresolved; "Ivan was flown to
Moscow" does not). The class alone never picks a place: with no settlement named, or with the noun used just before
for a place no name is said to be ("It is a remote desert town ... the town"), the description stays
unresolved.

Examples
--------
>>> from extract.entities import entities_of
>>> from extract.pipeline import load_pipeline
>>> text = "Protests continued in Minsk on Sunday. Police said 200 people were detained in the city."
>>> [r.keys for r in entities_of(load_pipeline()(text)).references if r.text == "the city"]  # doctest: +SKIP
[('minsk',)]
"""

from __future__ import annotations

from .lexicon.normalise import fold_place
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["settlement_description", "is_settlement"]

# How many sentences back a settlement is "near": its own and the two before.
_WINDOW = 2
# Dependencies of a name that only modifies a noun ("pro-Beijing candidates", "Moscow-based").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Prepositions before a place: a name of another type after one still competes as a settlement.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "outside", "across", "through", "around", "into"})
# How many mentions before the description are read at most (a long article's scan stays cheap).
_MAX_MENTIONS = 2000


def _nouns(lexicon) -> frozenset[str]:
    return lexicon.word_sets.get("settlement_nouns", frozenset())


def is_settlement(label: str, lexicon) -> bool:
    """Whether the gazetteer holds ``label`` as a city and as no country or first-level division of another
    country than such a city's ("Hong Kong", "Aleppo"; not "Montana", "Georgia"), and, unless one such city is
    major, the knowledge base describes no place of that name as a division ("Oregon": "state of the United
    States of America", though the gazetteer knows a town of Oregon)."""
    gazetteer = lexicon.gazetteer
    found = gazetteer.candidates(label)
    cities = {c.country for c in found if c.kind == "city"}
    if not cities or not all(c.kind == "city" or c.country in cities for c in found):
        return False
    states = [c for c in found if c.kind == "country"]
    if states:  # a city-state only: "Singapore", "Hong Kong"; not "Mexico" (Mexico City), "Luxembourg"
        name = fold_place(label)
        return any(c.kind == "city" and fold_place(c.name) == name and 2 * c.population >= state.population
                   for c in found for state in states)
    return any(gazetteer.is_major(c) for c in found) or not _described_as_division(label, lexicon)


def _described_as_division(label: str, lexicon) -> bool:
    """Whether an entry of the knowledge base named ``label`` is described as a state, province, country ...
    (``data/division_kinds.txt``) before its first "of" or "in", with no settlement noun there."""
    kinds = lexicon.word_sets.get("division_kinds", frozenset())
    towns = _nouns(lexicon) | {"capital"}
    folded = label.casefold()
    for entry, _alias in lexicon.knowledge.lookup(label):
        if entry.label.casefold() != folded:
            continue
        words = []
        for word in entry.description.casefold().replace(",", " ").split():
            if word in ("of", "in"):
                break
            words.append(word)
        if not towns.intersection(words) and kinds.intersection(words):
            return True
    return False


def _counts(root, kind: str) -> bool:
    """Whether a mention (its root token, its entity's type) names a place the description may take or that
    competes with it: a GPE that is no modifier of a noun ("pro-Beijing candidates"), or a name of another
    type the tagger gave a place's position, after "in", "at", "from" ... or coordinated with one ("in
    Leicester and Nottingham"), not a person who acts ("Ivan was flown to Moscow")."""
    if kind == "GPE":
        return root.dep_ not in _MODIFIER_DEPS
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _bare(tok) -> bool:
    """A lower-case singular noun with "the" alone before it and nothing that says more after it."""
    if tok.tag_ != "NN" or not tok.is_lower or tok.dep_ in ("compound", "nmod", "attr", "appos"):
        return False  # "city officials", "Kemerovo is the city": a modifier or a predicate, no reference
    if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.lefts):
        return False  # "the old city", "the capital city", "this town": another or a new place
    return not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.rights)


def settlement_description(res, tok):
    """The key of the settlement the description ``tok`` (its head noun) refers to, or None.

    Parameters
    ----------
    res : extract.coref._Resolver
        The article's resolver: its mentions and their roots, sentence numbers, entities, descriptors and
        lexicon are read.
    tok : spacy.tokens.Token
        A common noun with "the".

    Returns
    -------
    str or None
        The entity key (rules 1-3 of the module docstring), or None.
    """
    lexicon = res.lexicon
    if tok.lemma_.casefold() not in _nouns(lexicon) or not _bare(tok):
        return None
    here, entities = res.sent_of[tok.i], res.entities
    near: set[str] = set()
    named: set[str] = set()
    verdicts: dict[str, bool] = {}
    for n, (root, mention) in enumerate(res.roots):
        if mention.token_end > tok.i:
            break
        if n >= _MAX_MENTIONS:
            return None
        entity = entities.get(mention.key)
        if entity is None or not _counts(root, entity.type):
            continue
        if mention.key not in verdicts:
            verdicts[mention.key] = is_settlement(entity.label, lexicon)
        if not verdicts[mention.key]:
            continue
        named.add(mention.key)
        if here - res.sent_of[root.i] <= _WINDOW:
            near.add(mention.key)
    if _unnamed_before(res, tok, here):
        return None  # "Rachel ... It is a remote desert town ... the town has no gas stations": that town
    if near:
        return _placed(near, entities)
    noun = tok.lower_
    described = {key for position, key, head, _mods in res.descriptors
                 if position < tok.i and head == noun and key in entities and entities[key].type == "GPE"}
    if described:
        return next(iter(described)) if len(described) == 1 else None
    return _placed(named, entities)


def _unnamed_before(res, tok, here: int) -> bool:
    """Whether the noun of ``tok`` stands before it in its sentence or the two before for a place no name there
    is said to be ("It is a remote desert town", "a village near the border"): not a description of a name
    ("Kemerovo, a city in Siberia", "Kemerovo is a city") nor an earlier description already resolved."""
    doc, token_mention, lemma = res.doc, res.token_mention, tok.lemma_
    i = tok.i - 1
    while i >= 0 and here - res.sent_of[i] <= _WINDOW:
        word = doc[i]
        i -= 1
        if word.lemma_ != lemma or token_mention[word.i] >= 0 or word.i in res.resolved:
            continue
        if word.dep_ == "appos" and token_mention[word.head.i] >= 0:
            continue
        if word.dep_ == "attr" and any(
            c.dep_ in NOMINAL_SUBJECT_DEPS and token_mention[c.i] >= 0 for c in word.head.children
        ):
            continue
        if word.dep_ in ("compound", "nmod", "amod"):
            continue  # "city officials", "town hall": no place of its own
        return True
    return False


def _placed(keys: set[str], entities):
    """The one key of ``keys`` when it is a place (typed GPE), else None."""
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    return key if entities[key].type == "GPE" else None
