"""A gunman's shooting: unconventional violence (CAMEO 180), not fighting with small arms (193).

The event map reads "shooting" and "gunfire" as fighting with small arms and light weapons (193), an
act of armed forces; :mod:`extract.events.attack_anaphora` gives "the attack" the code of the
shooting told before. News of a shooting at a shop, a school or a party tells the crime of one
gunman: "a gunman shot shoppers at a Walmart store ... six Mexican nationals were killed in the
attack", "four of whom were injured in the shooting". The codebook files it under unconventional
violence (180), as the events gold codes "a mass shooting in Christchurch". :func:`lone_shooting_event`
(asked by :func:`extract.events.senses.refine_event`) recodes a 193, and the generic force (190) of
a shooting or an attack with no doer coded ("the shooting of three teachers"), when:

- its source is no armed or coercive actor: unspecified, a plain noun with no actor code (the
  attack itself: "the shooting injured four"), or one whose code has no armed role, no police
  (``COP``) and no spies (``SPY``);
- its sentence names no armed or police force (``data/force_nouns.txt``: "shot dead by police",
  "soldiers were killed in the shooting" keep 193) but as the source of the report ("police said",
  "according to police");
- the article, up to the end of its sentence, names the shooter as one person or the shooting as a
  crime (``data/lone_shooter_words.txt``: a singular "gunman" or "shooter"; "a mass shooting", "a
  school shooting"), or a shooting at a place of civilian life (``data/civilian_sites.txt``,
  ``data/occasion_nouns.txt``, ``data/leisure_venues.txt``: "a shooting at a graduation party", "at a
  Walmart store"). "Gunmen", plural, are often an armed group, and name no lone shooter.

Examples
--------
>>> _SMALL_ARMS, _UNCONVENTIONAL
('193', '180')
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import prepositional_objects
from ..types import Argument, Event
from .roots import armed_code

__all__ = ["lone_shooting_event"]

_SMALL_ARMS = "193"
_GENERIC_FORCE = "190"
# Predicates whose generic force (190) with no doer is the shooting itself ("the shooting of three
# teachers", "killed in the attack").
_SHOOTING_LEMMAS = frozenset({"shoot", "shooting", "gunfire", "attack"})
_UNCONVENTIONAL = "180"
_FORCE_ROLES = frozenset({"COP", "SPY"})
_SHOOTING_NOUNS = frozenset({"shooting"})
_SINGULAR = "NN"
_SITE_PREPS = frozenset({"at", "in"})
_SAY_VERBS = frozenset({"say", "tell", "state", "announce", "add"})


def _coercive(arg: Argument | None) -> bool:
    """Is the argument an armed, police or intelligence actor?"""
    code = (arg.actor_code or "") if arg is not None else ""
    if not code:
        return False
    rest = code[3:] if len(code) > 3 else code
    return armed_code(code) or any(rest[i : i + 3] in _FORCE_ROLES for i in range(0, len(rest), 3))


def _source_only(tok, lexicon: Lexicon) -> bool:
    """Is the force noun only the source of the report ("police said", "according to police")?"""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAY_VERBS | lexicon.word_sets["report_verbs"]:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _forces_in(sent, lexicon: Lexicon) -> bool:
    """Does the sentence name an armed or police force ("shot dead by police", "two soldiers")?"""
    forces = lexicon.word_sets["force_nouns"]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in forces and not _source_only(t, lexicon)
               for t in sent)


def _lone_shooter_told(doc, end: int, lexicon: Lexicon) -> bool:
    """Does the article, before token ``end``, name one gunman or a mass or school shooting?"""
    words = lexicon.word_sets["lone_shooter_words"]
    for tok in doc[:end]:
        lemma = tok.lemma_.lower()
        if tok.tag_ == _SINGULAR and lemma in words and lemma not in _SHOOTING_NOUNS:
            if tok.dep_ != "compound" and tok.head.lemma_.lower() not in _SHOOTING_NOUNS:
                return True  # "a gunman", "the shooter"
        if lemma in _SHOOTING_NOUNS and any(
                c.dep_ in ("compound", "amod") and c.lower_ in words for c in tok.children):
            return True  # "a mass shooting", "the school shooting"
        if lemma in _SHOOTING_NOUNS and any(_civilian_site(p, lexicon) for p in prepositional_objects(tok, _SITE_PREPS)):
            return True  # "a shooting at a graduation party", "the shooting at a Walmart store"
    return False


def _civilian_site(tok, lexicon: Lexicon) -> bool:
    """Is the noun a place of civilian life, an occasion or a place of leisure ("a party", "a store")?"""
    sites = (lexicon.word_sets["civilian_sites"] | lexicon.word_sets["occasion_nouns"]
             | lexicon.word_sets["leisure_venues"])
    return tok.lemma_.lower() in sites or tok.lower_ in sites


def lone_shooting_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                        lexicon: Lexicon) -> Event | None:
    """180 for the small-arms fighting of a lone gunman's shooting (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's or noun's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``lone_shooter_words``, ``force_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None:
        return event
    doerless = subject is None or not subject.actor_code
    if not (event.code == _SMALL_ARMS or event.code == _GENERIC_FORCE and doerless
            and pred.lemma_.lower() in _SHOOTING_LEMMAS):
        return event
    if _coercive(subject) or _forces_in(pred.sent, lexicon):
        return event
    if not _lone_shooter_told(pred.doc, pred.sent.end, lexicon):
        return event
    try:
        return event_for_code(_UNCONVENTIONAL, lexicon.cameo.labels)
    except EventMapError:
        return event
