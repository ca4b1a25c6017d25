"""A verbal attack: a verb that also criticises, between two political actors, is words, not force.

CAMEO files ATTACK, ASSAIL, SLAM and their kin under 190 "Use conventional
military force" and lets patterns of the object ("ATTACK * POLICY") code
the criticism (111 "Criticize or denounce"). News of politics uses them of
words: "Harris attacked Biden during the debates", "Democrats continued to
attack Trump on his taxes", "the Prime Minister assailed the Labour leader
in Parliament". :mod:`extract.events.senses` already reads the verb as
criticism where its object is a plan or a statement, or its reason is words
or conduct; :func:`verbal_attack_event` reads it so where both sides are
political actors and nothing armed or violent is near:

- the event is violence (roots 18-20) of a verb that also criticises
  (``data/criticism_verbs.txt``);
- the subject is a named person, an organisation or a people whose actor
  code has a political role (``data/political_roles.txt``: GOV, LEG, PTY,
  OPP, ELI, JUD) and no armed one (:func:`extract.events.roots.armed_code`,
  nor police ``COP`` or spies ``SPY``);
- the object is a named person, an organisation or a people with an actor
  code of some role (a political one, a business, a medium), neither armed
  nor plain people (``PPL``, ``CVL``), nor a bare country: a state is
  attacked by arms ("attacked Syria" keeps 190); or a plain noun of the press
  whose code is the medium role alone ("Trump attacked the media");
- the verb has no "with" phrase (a weapon: "attacked him with a knife") and
  its sentence counts no dead or wounded (a casualty verb: killed, injured,
  wounded).

:func:`verbal_attack_noun_event` reads an event noun of attack the same way where its target
also has a political role or that of a business or a medium ("Biden's attack on Trump during the
debate" 111; "Erdogan's attack on the Kurds" keeps 190).

Examples
--------
"Senator Warren attacked Michael Bloomberg during the debate" 111;
"Boris Johnson assailed Jeremy Corbyn in Parliament" 111;
"Russian forces attacked Kharkiv" (armed subject, a place) keeps 190;
"a gunman attacked worshippers" (no political subject) keeps 18x.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .roots import armed_code

__all__ = ["verbal_attack_event", "verbal_attack_noun_event", "political_code", "violence_near"]

_CRITICISE = "111"
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
# Roles that are armed or coercive although no armed role of the Phoenix agents names them.
_FORCE_ROLES = frozenset({"COP", "SPY"})
_PRIVATE_ROLES = frozenset({"PPL", "CVL"})
# Roles of a target an event noun of attack names as words: a business, a medium.
_SPOKEN_ROLES = frozenset({"BUS", "MNC", "MED"})
_MEDIUM_ROLE = "MED"
# Lemmas of a sentence's dead or wounded: an attack that harms is no speech.
_HARM_LEMMAS = frozenset({"kill", "injure", "wound", "die", "shoot", "stab", "hurt"})


def _roles(code: str) -> frozenset[str]:
    """The three-letter parts of an actor code after its country or prefix ("USAGOV" -> {GOV})."""
    rest = code[3:] if len(code) > 3 else code
    return frozenset(rest[i : i + 3] for i in range(0, len(rest), 3))


def political_code(code: str | None, lexicon: Lexicon) -> bool:
    """Is ``code`` a political actor's: a political role, no armed or coercive one?

    >>> from extract.lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> political_code("USAGOV", lex), political_code("PTY", lex), political_code("SYRMIL", lex)
    (True, True, False)
    >>> political_code("USA", lex), political_code(None, lex)
    (False, False)
    """
    if not code or armed_code(code):
        return False
    roles = _roles(code)
    political = {role.casefold() for role in roles} & lexicon.word_sets["political_roles"]
    return bool(political) and not roles & _FORCE_ROLES


def _speech_target(arg: Argument | None, lexicon: Lexicon) -> bool:
    """Is the object an actor of some role, neither armed, coercive nor plain people, nor a bare country?

    A plain noun of the press ("the media", "the news media", coded with the medium role) is one too.
    """
    code = arg.actor_code if arg is not None else None
    if code and arg.type == "CONCEPT" and _roles(code) == {_MEDIUM_ROLE}:
        return True  # "Trump attacked the media": words aimed at the press
    if not code or arg.type not in _ACTOR_TYPES or armed_code(code) or code in lexicon.countries.by_alpha3:
        return False
    return not _roles(code) & (_FORCE_ROLES | _PRIVATE_ROLES)


def violence_near(pred) -> bool:
    """Has the verb a "with" phrase, or its sentence a verb of the dead or wounded?"""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in pred.children):
        return True
    return any(t.lemma_.lower() in _HARM_LEMMAS and t.pos_ == "VERB" for t in pred.sent)


def verbal_attack_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                        lexicon: Lexicon) -> Event | None:
    """111 for violence of a verb that also criticises between political actors (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``criticism_verbs``, ``political_roles``).

    Returns
    -------
    Event or None
    """
    if event is None or event.root not in _VIOLENCE_ROOTS or pred is None or subject is None:
        return event
    if pred.lemma_.lower() not in lexicon.word_sets["criticism_verbs"]:
        return event
    if subject.type not in _ACTOR_TYPES or not political_code(subject.actor_code, lexicon):
        return event
    if not _speech_target(obj, lexicon) or violence_near(pred):
        return event
    try:
        return event_for_code(_CRITICISE, lexicon.cameo.labels)
    except EventMapError:
        return event


def verbal_attack_noun_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                             lexicon: Lexicon) -> Event | None:
    """The event noun's reading of :func:`verbal_attack_event` ("Biden's attack on Trump during the
    debate" 111), where the target also has a political role or one of a business or a medium: an
    ethnic or a bare people's code is no speech target here ("Erdogan's attack on the Kurds")."""
    if pred is None or pred.pos_ != "NOUN" or obj is None or not obj.actor_code:
        return event
    if not (political_code(obj.actor_code, lexicon) or _roles(obj.actor_code) & _SPOKEN_ROLES):
        return event
    return verbal_attack_event(event, pred, subject, obj, lexicon)
