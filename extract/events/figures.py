"""Figures of speech: verbs of force and seizure whose object is no actor and no property.

News writes elections, markets and games in the words of war: "the Greens grabbed three seats",
"Labour seized the majority", "Amazon invaded the grocery market", "Liverpool attacked Chelsea's
defence". CAMEO has patterns for the senses of these verbs it codes; where none fits, the verb's
default (seizure 171, arrest 173, assault 18x, force 19x, mass violence 20x) is read off the verb
alone and is a material conflict the sentence does not report ("seized the moment", "hijacked the
debate", "stormed to victory", "hammered home the message"). :func:`figurative_event` (asked by
:func:`extract.events.senses.refine_event` after the sporting contests of
:mod:`extract.events.domains`) drops such an event when:

- the event is material conflict (171, 173 or roots 18-20) and read off the verb alone (no CAMEO
  verb pattern and no hand-map row of ``data/events.tsv`` fits its frame);
- its direct object (or passive subject) has a head of ``data/figurative_objects.txt`` (a prize of an
  election, a ball, a side's defence, an occasion or advantage, a prize of a game, notice or talk:
  never an actor or property), or so has a "to" phrase ("stormed to victory", "shot to fame"), or the
  verb is driven "home" with an object ("hammered home their message"), or the object is a
  problem (``data/problem_nouns.txt``: "attacked the problem", "fought the crisis"); "defence"
  only singular with no modifier of its own ("air defence", "the city's defences" are military);
  or a head of ``data/market_nouns.txt`` (a market as a field of trade) and a business as the
  subject (an actor code of a business, ``BUS``/``MNC``);
- the source is no armed body and no police, by its actor code or its head (``data/force_nouns.txt``:
  their force is force wherever it is used).

A seizure, arrest or occupation (171, 173, 192) with an "in", "at" or "during" phrase naming an
electoral contest (``data/contest_nouns.txt``: "the party captured Georgia in the election") is a win
in it, and so is assault or force read off the verb alone against a named candidate, party or place in
one ("crushed Trump in the primary"); "attacked voters in the election" stays.

Bans (172), expulsions (174) and repression (175) take things and stay; so does every event a
pattern fits ("seized the ballots" of a CAMEO pattern, if one is written).

Examples
--------
>>> _material("171"), _material("172"), _material("190")
(True, False, True)
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import word_forms
from ..types import Argument, Event
from .coding import NO_SENSE, verb_sense
from .things import argument_head

__all__ = ["figurative_event", "MATERIAL_CODES", "MATERIAL_ROOTS"]

#: Codes of seizure and arrest a verb of taking gives by its default.
MATERIAL_CODES = frozenset({"171", "173"})
#: Roots of assault, force and mass violence.
MATERIAL_ROOTS = frozenset({"18", "19", "20"})
# Roles of armed bodies and the police (as extract/events/domains.py).
_ARMED_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP"})
# Roles of businesses in the actor codes.
_BUSINESS_ROLES = frozenset({"BUS", "MNC"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Nouns listed as figures only in the singular with no modifier ("air defence" is military).
_BARE_ONLY = frozenset({"defence", "defense"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Taking: seizure, arrest and occupation ("captured Georgia in the election").
_TAKING = frozenset({"171", "173", "192"})
_CONTEST_PREPS = frozenset({"in", "at", "during"})
# Types of a named candidate, party or place one beats in an election.
_CONTENDER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Entity types of the holders a prize's "of" phrase may name ("the titles of the Smith family").
_HOLDER_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _material(code: str) -> bool:
    return code in MATERIAL_CODES or code[:2] in MATERIAL_ROOTS


def _roles(code: str | None, roles: frozenset[str]) -> bool:
    return bool(code) and any(code[i : i + 3] in roles for i in range(0, len(code), 3))


def _figure(token, business: bool, lexicon: Lexicon) -> bool:
    """Is ``token`` (an object of the verb) a noun that makes the verb a figure?"""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = word_forms(token)
    if forms & lexicon.word_sets["problem_nouns"]:
        return True  # "attacked the problem", "fought the crisis": a problem is dealt with
    if forms & lexicon.word_sets["figurative_objects"]:
        if _held_property(token, lexicon):
            return False  # "seized the land titles of 200 farmers": a right to property
        if token.lower_ in _BARE_ONLY:
            return not any(c.dep_ in _MODIFIER_DEPS for c in token.children)
        return token.lower_ not in {w + "s" for w in _BARE_ONLY}
    return business and bool(forms & lexicon.word_sets["market_nouns"])


def _held_property(token, lexicon: Lexicon) -> bool:
    """Is a prize word a right to property: a noun of ``data/property_modifiers.txt`` before it
    ("land titles") or an "of" phrase naming its holders ("the titles of 200 farmers")?"""
    owners = lexicon.word_sets["property_modifiers"]
    if any(c.dep_ == "compound" and c.lower_ in owners for c in token.children):
        return True
    holders = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for pobj in prep.children if pobj.dep_ == "pobj"]
    return any(h.ent_type_ in _HOLDER_TYPES or word_forms(h) & lexicon.word_sets["person_nouns"]
               for h in holders)


def _force_noun(doc, subject: Argument | None, lexicon: Lexicon) -> bool:
    """Is the subject headed by a noun of armed or police forces (``data/force_nouns.txt``: "the army")?"""
    head = argument_head(doc, subject)
    return head is not None and bool(word_forms(head) & lexicon.word_sets["force_nouns"])


def _in_contest(pred, lexicon: Lexicon) -> bool:
    """Has the verb (or its object) an "in"/"at"/"during" phrase naming an electoral contest?"""
    contests = lexicon.word_sets["contest_nouns"]
    heads = [pred, *(c for c in pred.children if c.dep_ in _OBJECT_DEPS)]
    return any(prep.dep_ == "prep" and prep.lower_ in _CONTEST_PREPS and pobj.dep_ == "pobj"
               and word_forms(pobj) & contests
               for head in heads for prep in head.children for pobj in prep.children)


def figurative_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                     lexicon: Lexicon) -> Event | None:
    """``event``, or None where a verb of force or seizure is a figure (the rules of the module docstring).

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``figurative_objects``, ``property_modifiers``, ``person_nouns``,
        ``problem_nouns``, ``market_nouns`` and
        ``contest_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or not _material(event.code) or pred.pos_ not in ("VERB", "AUX"):
        return event
    code = subject.actor_code if subject is not None else None
    if _roles(code, _ARMED_ROLES) or _force_noun(pred.doc, subject, lexicon):
        return event  # "the army seized the votes": force wherever it is used
    if _in_contest(pred, lexicon):
        if event.code in _TAKING:
            return None  # "captured Georgia in the election": a win
        if obj is not None and obj.type in _CONTENDER_TYPES and _default_only(pred, lexicon):
            return None  # "crushed Trump in the primary"
    business = _roles(code, _BUSINESS_ROLES)
    objects = [c for c in pred.children if c.dep_ in _OBJECT_DEPS] + _outcomes(pred)
    if not any(_figure(o, business, lexicon) for o in objects) and not _driven_home(pred):
        return event
    if not _default_only(pred, lexicon):
        return event  # a pattern or a hand row fits: the verb's sense is coded
    return None


def _outcomes(pred) -> list:
    """The objects of the verb's "to" phrases ("stormed to victory", "shot to fame")."""
    return [pobj for prep in pred.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _driven_home(pred) -> bool:
    """Is the verb "driven home": the adverb "home" and a direct object ("hammered home the message")?"""
    return (any(c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod") for c in pred.children)
            and any(c.dep_ in ("dobj", "obj") for c in pred.children))


def _default_only(pred, lexicon: Lexicon) -> bool:
    """Was the event read off the verb alone: no verb pattern and no hand row fits its frame?"""
    return verb_sense(pred.lemma_.lower(), pred, None, lexicon) is NO_SENSE
