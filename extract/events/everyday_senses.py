"""Everyday senses of verbs CAMEO files under political events: searching, collaborating, capturing,
recognising.

The CAMEO verb dictionary gives each verb the sense it has in political news. Four verbs recur in
news in another sense, which the arguments tell apart (:func:`everyday_event`, asked by
:func:`extract.events.senses.refine_event`):

- **A search is of a place or for someone** (CAMEO's SEARCH [090] reads "investigate"): a search
  (``data/search_verbs.txt``: search, scour, comb; verb or noun) is an investigation only when the one
  searched (the direct object, the passive subject, the "of" phrase of the noun) is a person or an
  acting body, or a thing of one ("police searched the suspect", "had her home searched", "a search of
  McArthur's van", as the events gold codes them; a search noun a light verb carries is read alike,
  "conducted searches of the sea"). A search of a place or a thing of no one ("searched
  the apartment block", "searched the rubble") and a search or rescue with no one searched ("ships are
  searching for the crew") is no event.
- **Artists and private persons work together** (COLLABORATE [050], "engage in diplomatic
  cooperation", is between political actors): a verb of working together
  (``data/partnership_verbs.txt``) with both sides persons or plain nouns with no role code (no code,
  or a country's alone) is no event ("he collaborated with Bob Dylan", "collaborated with artists");
  a state, a body or a business on either side keeps the event (a business's is 061,
  :mod:`extract.events.business_partners`).
- **Private persons meet** (CONSULT [04] is between political actors): a consultation whose two
  sides are named persons with no role code (no code, or a country's alone) is an encounter of private
  lives, no event ("he met future guitarist Jerry Garcia in his teens", "Garcia invited him to
  collaborate"); a news medium (:func:`extract.events.observers.news_medium`: "Wikinews discussed with
  X", an interview), an official or any coded side keeps it.
- **A private person moves to a place** (YIELD [08] is a concession to an adversary): a yielding read
  off the verb alone ("retreat", "withdraw") whose subject is a named person with no role code and
  whose verb has a "to" phrase naming a place (a country, a region, a site) is a move, no event
  ("Hunter retreated to New Mexico"); "surrendered to police" (no place) and coded sides stay.
- **Capturing animals and pictures is no seizure**: a seizure or an arrest (17) of "capture" or
  "catch" whose object is an animal (``data/animal_nouns.txt``, ``data/creature_nouns.txt``) or a scene
  (``data/scene_nouns.txt``: "captured the moment"), or whose subject is a recording
  (``data/recording_nouns.txt``: "CCTV captured their arrival"), is no event.
- **One is recognised in a place, not the place**: an event of a verb of recognising or honouring
  (``data/recognition_verbs.txt``) whose target is the object of an "in", "at", "during" or "on"
  phrase of the verb ("the disease was first recognized in Wuhan", "she was recognised in the New
  Year Honours") has the wrong target and no event; so has one whose target is a thing, no actor and
  no one ("the disease was first recognized by the WHO": identified).

Each rule leaves the event alone where its words are absent.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import word_forms
from ..types import Argument, Event
from .participants import ACTING_TYPES, token_can_act
from .observers import news_medium
from .things import _default_only, argument_head

__all__ = ["everyday_event"]

_INVESTIGATE_ROOT = "09"
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06"})
_SEIZE_ROOT = "17"
_CONSULT_ROOT = "04"
_YIELD_ROOT = "08"
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_CAPTURE_VERBS = frozenset({"capture", "catch"})
_PLACE_PREPS = frozenset({"in", "at", "during", "on"})
_SEARCHED_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
_CAUSATIVE_VERBS = frozenset({"have", "get"})
_PRIVATE_TYPES = frozenset({"PERSON", "CONCEPT", None})


def _bare(code: str | None, lexicon: Lexicon) -> bool:
    """Is ``code`` none or a country's alone (no role, no organisation)?"""
    return not code or (len(code) == 3 and lexicon.countries.by_alpha3.get(code) is not None)


def _searched_nobody(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the predicate a search whose searched one is no person or acting body (or is absent)?"""
    searches = lexicon.word_sets["search_verbs"]
    if word_forms(pred).isdisjoint(searches):
        # "conducted emergency searches of the Java Sea": the search noun a light verb carries
        pred = next((c for c in pred.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                     and not word_forms(c).isdisjoint(searches)), None)
        if pred is None:
            return False
    if pred.pos_ == "NOUN":
        searched = [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
    else:
        # "had her home searched": the participle's subject is the thing searched
        causative = pred.dep_ in ("ccomp", "xcomp") and pred.head.lemma_.lower() in _CAUSATIVE_VERBS
        deps = _SEARCHED_DEPS | ({"nsubj"} if pred.tag_ == "VBN" or causative else set())
        searched = [c for c in pred.children if c.dep_ in deps]
        searched += [t for c in searched for t in c.conjuncts]
    head = argument_head(pred.doc, obj)
    coded = obj is not None and (bool(obj.actor_code) or obj.type in ACTING_TYPES)
    return not any(_someone(t, lexicon) or _owned(t, lexicon) or (coded and head is not None and t.i == head.i)
                   for t in searched)


def _owned(tok, lexicon: Lexicon) -> bool:
    """Is the thing someone's ("her home", "the suspect's van", "the house of the suspect")? Searching a
    person's property investigates the person."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(_someone(o, lexicon) for o in owners)


def _someone(tok, lexicon: Lexicon) -> bool:
    """Does the word itself (not an "of" phrase on it: "the house of the suspect") name someone?"""
    if tok.pos_ == "PRON":
        return token_can_act(tok, lexicon)
    return tok.ent_type_ in ACTING_TYPES or bool(word_forms(tok) & (
        lexicon.word_sets["person_nouns"] | lexicon.word_sets["actor_nouns"] | lexicon.word_sets["agent_nouns"]))


def _private_partners(subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Are both sides persons or plain nouns with no role code?"""
    return all(arg is not None and arg.type in _PRIVATE_TYPES and _bare(arg.actor_code, lexicon)
               for arg in (subject, obj))


def _private_persons(subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Are both sides named persons with no role code?"""
    return all(arg is not None and arg.type == "PERSON" and _bare(arg.actor_code, lexicon)
               and not news_medium(arg, lexicon) for arg in (subject, obj))


def _moved_home(pred, subject: Argument | None, lexicon: Lexicon) -> bool:
    """Is the subject a named person with no role code going "to" a place, the verb read off its default?"""
    if subject is None or subject.type != "PERSON" or not _bare(subject.actor_code, lexicon):
        return False
    places = [pobj for prep in pred.children if prep.dep_ == "prep" and prep.lower_ == "to"
              for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_ENTITIES]
    return bool(places) and _default_only(pred, lexicon)


def _captured_no_one(pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is "capture"/"catch" said of an animal or a scene, or by a recording?"""
    if pred.lemma_.lower() not in _CAPTURE_VERBS:
        return False
    doc = pred.doc
    taken = [c for c in pred.children if c.dep_ in _SEARCHED_DEPS]
    head = argument_head(doc, obj)
    if head is not None:
        taken.append(head)
    animals = lexicon.word_sets["animal_nouns"] | lexicon.word_sets["creature_nouns"]
    if any(word_forms(t) & (animals | lexicon.word_sets["scene_nouns"]) for t in taken):
        return True
    doer = argument_head(doc, subject)
    doers = [c for c in pred.children if c.dep_ == "nsubj"] + ([doer] if doer is not None else [])
    return any(word_forms(t) & lexicon.word_sets["recording_nouns"] for t in doers)


def _recognised_at(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the target of a verb of recognising the object of a preposition of place or occasion on it?"""
    if pred.lemma_.lower() not in lexicon.word_sets["recognition_verbs"]:
        return False
    head = argument_head(pred.doc, obj)
    if head is None:
        return False
    if not (obj.actor_code or obj.type in ACTING_TYPES or _someone(head, lexicon)):
        return True  # "the disease was first recognized": a thing identified, no one honoured
    return head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS and head.head.head.i == pred.i


def everyday_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                   lexicon: Lexicon) -> Event | None:
    """``event``, or None where the verb has one of the everyday senses of the module docstring.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token (a verb or an event noun).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``search_verbs``, ``partnership_verbs``, ``animal_nouns``,
        ``creature_nouns``, ``scene_nouns``, ``recording_nouns``, ``recognition_verbs``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None:
        return event
    if event.root == _INVESTIGATE_ROOT and _searched_nobody(pred, obj, lexicon):
        return None
    if (event.root in _COOPERATION_ROOTS and pred.lemma_.lower() in lexicon.word_sets["partnership_verbs"]
            and _private_partners(subject, obj, lexicon)):
        return None
    if event.root == _CONSULT_ROOT and _private_persons(subject, obj, lexicon):
        return None
    if event.root == _YIELD_ROOT and _moved_home(pred, subject, lexicon):
        return None
    if event.root == _SEIZE_ROOT and _captured_no_one(pred, subject, obj, lexicon):
        return None
    if _recognised_at(pred, obj, lexicon):
        return None
    return event
