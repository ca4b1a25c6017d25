"""A speech given is its speaker's statement: "Biden delivered a speech in Delaware" is 010.

CAMEO's Make public statement (010) covers speeches, addresses and remarks; the dictionary's verbs
of speaking (ADDRESS, SPEAK) carry it, and "addressed the assembly" is typed so through the verb. A
speech named as the object of a verb of performing it ("gave a speech", "delivered his acceptance
speech", "made a public speech", "gave the keynote address", "delivered remarks", "read a statement")
had no event: GIVE, DELIVER and MAKE have senses of their own (aid, a shipment, a deal) and no pattern
of a speech, so the relation was left untyped. :func:`speech_event` gives a statement (010) to a
relation whose verb is a verb of performing a speech and whose direct object's head is a noun of a
speech given, both of ``data/speech_acts.tsv`` (the table :mod:`extract.edge_performances` reads):
the speaker's statement, whatever the relation's object is ("delivered a speech to Congress": the
statement to Congress).

A speech acted on ("criticised the speech", "cancelled his address") is not performed, and its verb is
none of the table's. A thing given ("gave aid", "delivered vaccines") is no speech noun.

Examples
--------
>>> speech_noun("acceptance speech"), speech_noun("remarks"), speech_noun("aid")
(True, True, False)
"""

from __future__ import annotations

from ..edge_performances import speech_acts
from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Event, Relation

__all__ = ["speech_event", "speech_noun"]

_STATEMENT = "010"
# The children of a verb that are the speech it performs.
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def speech_noun(phrase: str) -> bool:
    """Does ``phrase`` end in a noun of a speech given ("acceptance speech", "press conference", "remarks")?"""
    words = phrase.casefold().split()
    if not words:
        return False
    nouns = speech_acts().nouns
    last = words[-1]
    forms = {last, last.removesuffix("s"), last.removesuffix("es")}  # "remarks", "speeches"
    return not forms.isdisjoint(nouns) or " ".join(words[-2:]) in nouns


def _speech_object(pred):
    """The direct object of ``pred`` whose head is a speech noun (with its compound: "press conference")."""
    for child in pred.children:
        if child.dep_ not in _OBJECT_DEPS:
            continue
        compounds = [c.lower_ for c in child.lefts if c.dep_ == "compound"]
        phrase = " ".join([*compounds[-1:], child.lemma_.lower()])
        if speech_noun(phrase) or speech_noun(child.lower_):
            return child
    return None


def speech_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """A statement (010) if ``pred`` performs a speech ("gave a speech", "delivered remarks"); else None.

    Parameters
    ----------
    relation : Relation
        The relation being typed (its predicate's verb is ``pred``).
    pred : spacy.tokens.Token or None
        The predicate's verb token.
    lexicon : Lexicon
        Gives the CAMEO labels.
    """
    if pred is None or pred.pos_ not in ("VERB", "AUX") or pred.lemma_.lower() not in speech_acts().verbs:
        return None
    if relation.predicate.lemma.casefold() != pred.lemma_.casefold():
        return None  # a light verb's event noun ("made an attack") was read as the predicate
    if _speech_object(pred) is None:
        return None
    return event_for_code(_STATEMENT, lexicon.cameo.labels)
