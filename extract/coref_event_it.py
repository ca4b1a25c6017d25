"""An "it" that is an event: "It was the fourth launch this month", "It was the largest protest so far".

A copula (or "mark", "become", "represent") whose complement is an event noun (a nominalisation of
``data/nominalisations.tsv``, an attack, incident, contest or occasion noun) or a common noun ranked by an
ordinal ("the fourth launch", "the first time") says what the pronoun's event was, not what an organisation
or country is: such an "it" is left unresolved, unless what it would refer to is itself an event or a name
ending in the noun ("the Gibraltar Chess Tournament ... It was a really good tournament"; the resolver checks
that with :func:`names_event`), whatever the article named
before ("North Korea fired two missiles. It was the fourth launch this month"). A superlative alone ranks
anything ("it's not the cleanest way") and decides nothing. A complement
that names a kind of actor or place ("It is the largest company in Japan", "It became the first country to
...": a class, place, body or agent noun, a person) still describes the name, and the other rules decide.
"""

from __future__ import annotations

import functools

from .coref_persons import person_words
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["event_complement", "names_event"]

#: Verbs whose subject "it" is what their complement says it is.
_LINKING_VERBS = frozenset({"be", "become", "mark", "represent"})
_COMPLEMENT_DEPS = frozenset({"attr", "dobj", "oprd"})
#: Ranking words not tagged as ordinals.
_RANK_WORDS = frozenset({"first", "second", "third", "last", "latest", "next"})
#: Word lists of nouns that name an event.
_EVENT_LISTS = ("attack_nouns", "incident_nouns", "contest_nouns", "one_place_events", "occasion_nouns")
_EVENT_TABLES = ("nominalisations", "mutual_events")
#: Word lists of nouns that describe an actor or a place ("company", "country", "town", "member").
_ACTOR_LISTS = ("place_nouns", "area_nouns", "body_nouns", "agent_nouns", "actor_nouns", "company_nouns")


@functools.lru_cache(maxsize=8)
def _event_nouns(lexicon) -> frozenset[str]:
    words = set()
    for name in _EVENT_LISTS:
        words |= lexicon.word_sets.get(name, frozenset())
    for name in _EVENT_TABLES:
        words |= set(lexicon.tables.get(name, {}))
    return frozenset(words - _actor_nouns(lexicon))


@functools.lru_cache(maxsize=8)
def _actor_nouns(lexicon) -> frozenset[str]:
    words = set(person_words(lexicon)) | set(lexicon.tables["class_nouns"])
    for name in _ACTOR_LISTS:
        words |= lexicon.word_sets.get(name, frozenset())
    return frozenset(words)


def _ranked(noun) -> bool:
    return any(
        c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.lower_ in _RANK_WORDS)
        for c in noun.lefts
    )


def event_complement(tok, lexicon):
    """The complement that makes the subject "it" ``tok`` an event ("the fourth launch"), or None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The pronoun "it".
    lexicon : extract.lexicon.Lexicon
        The word lists.
    """
    if tok.lower_ != "it" or tok.dep_ not in NOMINAL_SUBJECT_DEPS or tok.head.lemma_ not in _LINKING_VERBS:
        return None
    for noun in tok.head.children:
        if noun.dep_ not in _COMPLEMENT_DEPS or noun.pos_ != "NOUN" or noun.i < tok.i:
            continue
        lemma = noun.lemma_.casefold()
        if lemma in _actor_nouns(lexicon) or lexicon.dictionaries.agent_codes(lemma):
            return None
        return noun if _ranked(noun) or lemma in _event_nouns(lexicon) else None
    return None


def names_event(label: str, noun) -> bool:
    """Whether a name is of the event the complement says ("Gibraltar Chess Tournament" ... "a good
    tournament"): its last word is the complement's noun."""
    words = label.casefold().split()
    return bool(words) and words[-1] in (noun.lemma_.casefold(), noun.lower_)
