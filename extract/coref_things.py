"""Things, not actors: a thing told of in the present, and a craft's "it".

"Apple released a phone. It costs $900" (:func:`standing_thing`):

News tells what an actor did in the past tense; what a law, a report, a product or a set of rules is and does
stays in the present ("It requires platforms to filter uploads", "They ban gatherings", "It has three
cameras") or in the conditional of a bill ("It would ban the sale of ..."). So when the subject "it" or
"they" of a sentence's main clause is in the present or takes "would", and the sentence before has the
actor the pronoun would go to as the subject of a past verb whose object is a thing of the pronoun's number
(a law, a treaty, a work, a statement, a proposal, a product, a craft or a weapon, a plan or a set of rules:
``data/standing_thing_nouns.txt`` and the lists of :data:`_THING_LISTS`; "the new copyright law", "a report",
"new rules"; not "condolences" or "sadness", which feature no video), the pronoun is that
thing as much as the actor, and it is left unresolved. A verb of saying in the present ("It says", "It
warns") still belongs to the actor, unless the thing is a text: a report, a statement, a law or a study
(``data/work_nouns.txt``, ``data/statement_nouns.txt``, ``data/law_nouns.txt``,
``data/information_nouns.txt``).

"The Lost 52 Project identifies February 26 as the day it sank" (:func:`craft_subject`): an "it" that is the
subject of a verb of a ship, an aircraft or a vehicle with no object (``data/craft_subject_verbs.txt``:
"sink", "capsize", "crash", "dock") is the craft, never a body or a country named nearby.
"""

from __future__ import annotations

import functools

from .coref_event_it import _actor_nouns
from .doccache import sentence_bounds

__all__ = ["craft_subject", "standing_thing"]

#: Tags of a verb in the present.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: The text nouns a present verb of saying may have for its subject.
_TEXT_LISTS = ("work_nouns", "statement_nouns", "law_nouns", "information_nouns")
#: The word lists of things an object must be in.
_THING_LISTS = (
    "standing_thing_nouns", "law_nouns", "treaty_nouns", "work_nouns", "statement_nouns", "proposal_nouns",
    "product_kinds", "model_nouns", "craft_kinds", "vessel_nouns", "weapon_nouns", "plan_heads", "penalty_nouns",
)
#: Entity types of objects that are no thing ("two days", "$5 million").
_NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: Entity types of names of things ("the iPhone 11", "the Affordable Care Act").
_NAMED_THINGS = frozenset({"PRODUCT", "LAW", "WORK_OF_ART"})


@functools.lru_cache(maxsize=16)
def _words(lexicon, names) -> frozenset[str]:
    return frozenset().union(*(lexicon.word_sets.get(name, frozenset()) for name in names))


def _in_present(verb) -> bool:
    """Whether a clause's verb is in the simple present ("requires", "does not apply") or takes "would";
    not "has warned", "is reopening", "is accused", which tell of an actor as well."""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    return any(
        c.dep_ == "aux" and ((c.tag_ in _PRESENT_TAGS and c.lemma_ == "do") or c.lower_ in ("would", "'d"))
        for c in verb.children
    )


def _says(verb, lexicon) -> bool:
    lemma = verb.lemma_.casefold()
    return lemma in lexicon.tables["speech_verbs"] or lemma in lexicon.word_sets["quotation_verbs"]


def _thing_object(verb, plural: bool, res):
    """The object of ``verb`` that is a thing of the pronoun's number, or None."""
    actors = _actor_nouns(res.lexicon)
    things = _words(res.lexicon, _THING_LISTS)
    for obj in verb.children:
        if obj.dep_ != "dobj" or res.token_mention[obj.i] >= 0 or obj.i in res.resolved:
            continue
        if obj.pos_ == "PROPN" and not plural and obj.ent_type_ in _NAMED_THINGS:
            return obj  # "Apple released the iPhone 11": a product the entities leave out
        if obj.pos_ != "NOUN" or obj.ent_type_ in _NOT_THINGS:
            continue
        if obj.tag_ != ("NNS" if plural else "NN") or obj.lemma_.casefold() in actors:
            continue
        if obj.lemma_.casefold() not in things and obj.lower_ not in things:
            continue
        return obj
    return None


def standing_thing(res, tok, keys) -> bool:
    """Whether the subject "it" or "they" ``tok``, resolved to ``keys``, is in the present while the sentence
    before gives those keys as the subject of a past verb with a thing for its object ("The Senate rejected
    the measure. It would have raised the minimum wage").

    Parameters
    ----------
    res : the resolver of :mod:`extract.coref`
        Its ``doc``, ``mentions``, ``token_mention``, ``resolved`` and ``lexicon`` are read.
    tok : spacy.tokens.Token
        The pronoun.
    keys : list of str
        The entities it would refer to.

    Returns
    -------
    bool
        True when the pronoun may as well be that thing and should stay unresolved.
    """
    if not keys or tok.lower_ not in ("it", "they") or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.dep_ not in ("ROOT", "conj") or not _in_present(verb):
        return False
    doc, token_mention, mentions = res.doc, res.token_mention, res.mentions
    start, _end = sentence_bounds(doc, tok.i)
    if start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in doc[start:tok.i]):
        return False
    before, _ = sentence_bounds(doc, start - 1)
    plural = tok.lower_ == "they"
    wanted = set(keys)
    speaking = _says(verb, res.lexicon)
    texts = _words(res.lexicon, _TEXT_LISTS)
    for past in doc[before:start]:
        if past.pos_ not in ("VERB", "AUX") or past.tag_ != "VBD":
            continue
        subject = next((c for c in past.children if c.dep_ == "nsubj"), None)
        if subject is None and past.dep_ == "conj":
            subject = next((c for c in past.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if token_mention[subject.i] >= 0:
            owner = {mentions[token_mention[subject.i]].key}
        else:
            owner = set(res.resolved.get(subject.i, ()))
        if not owner or not owner <= wanted:
            continue
        thing = _thing_object(past, plural, res)
        if thing is not None and (not speaking or thing.lemma_.casefold() in texts):
            return True
    return False


#: Entity types a craft's "it" is never.
_ACTOR_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def craft_subject(res, tok, keys) -> bool:
    """Whether the subject "it" ``tok``, resolved to actors ``keys``, is the subject of a verb of a craft with
    no object ("the day it sank", "it docked with the station"): a ship or a spacecraft, no body or country.

    Parameters
    ----------
    res : the resolver of :mod:`extract.coref`
        Its ``entities`` and ``lexicon`` are read.
    tok : spacy.tokens.Token
        The pronoun.
    keys : list of str
        The entities it would refer to.
    """
    if not keys or tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return False
    words = res.lexicon.word_sets["craft_subject_verbs"]
    lemma = verb.lemma_.casefold()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if lemma not in words and (particle is None or f"{lemma} {particle}" not in words):
        return False
    return all(res.entities[k].type in _ACTOR_TYPES for k in keys if k in res.entities)
