"""Event roots that only the coded arguments can restore: the use of force against an armed actor.

:mod:`extract.lexicon.cameo_verbs` withholds the default of an *ambiguous*
verb (most of its own CAMEO patterns code another kind of event, or no
event) where no pattern fits: "fought the fire", "fought corruption",
"fought cancer for years" are no use of force. But the same verb whose
object (or target after "against"/"with") is an armed actor, coded so by
the Phoenix dictionaries or an agent noun (a military, rebels,
insurgents, separatists, unaligned armed forces, a militarised group:
``MIL``, ``REB``, ``INS``, ``SEP``, ``UAF``, ``IMG``), is the fight the
verb's default names: "Kurdish forces fought ISIS" 190, "the rebels
fought government forces" 190.

The rule is keyed on the dictionary alone:

- the verb's CAMEO default is a use of force (roots 18-20);
- its own patterns code material conflict, and at least as often as
  verbal conflict (``FIGHT``: 10 to 3; not ``DEFEAT``, whose patterns
  defeat proposals and candidates, nor ``BLAST``, mostly criticism), and it
  is no verb that also criticises (``data/criticism_verbs.txt``: "blasted
  the Taliban" is words, not an attack);
- no pattern fits the verb's frame (a fitting pattern, ``[---]`` or not,
  keeps its code);
- the relation's subject has an actor code (an event coder codes a dyad:
  "ISIS has been defeated", with no one named, is no event of this rule);
- the relation's object has an armed actor code, and is the actor itself,
  not a thing of its (a plain noun phrase must head with a noun that can
  act: "government forces", not "the rebels' propaganda", whose code is
  its owner's).

:func:`armed_target_event` is called by :mod:`extract.events.annotate`
once the arguments have their codes, before
:func:`extract.events.senses.refine_event`.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import char_span
from ..types import Argument, Event
from .coding import _object_words, frame_words
from .participants import token_can_act

__all__ = ["ARMED_ROLES", "armed_code", "armed_target_event"]

#: CAMEO role codes of armed actors (Phoenix agents and armed groups).
ARMED_ROLES = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
# An international militarised group ("IMGMUSISI": ISIS) is armed by its prefix.
_ARMED_PREFIXES = ("IMG",)
_ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Indices of VerbEntry.senses: the verb's own patterns coding verbal and material conflict.
_VERBAL_CONFLICT, _MATERIAL_CONFLICT = 2, 3


def armed_code(code: str | None) -> bool:
    """Is ``code`` an armed actor's: a role of :data:`ARMED_ROLES` after the country, or a militarised group?

    Examples
    --------
    >>> armed_code("SYRMIL"), armed_code("IMGMUSISI"), armed_code("REB"), armed_code("USAGOV")
    (True, True, True, False)
    >>> armed_code("COP"), armed_code(None)
    (False, False)
    """
    if not code:
        return False
    code = code.upper()
    if code.startswith(_ARMED_PREFIXES):
        return True
    # the roles follow a country (three letters), an organisation prefix or nothing ("REB")
    rest = code[6:] if code.startswith(_ORGANISATION_PREFIXES) else code if code[:3] in ARMED_ROLES else code[3:]
    return any(rest[i : i + 3] in ARMED_ROLES for i in range(0, len(rest), 3))


def armed_target_event(pred, subject: Argument, obj: Argument, lexicon: Lexicon) -> Event | None:
    """The default use of force of an ambiguous verb of fighting whose object is an armed actor, or None.

    Parameters
    ----------
    pred : spacy.tokens.Token
        The relation's predicate token (a verb).
    subject, obj : Argument
        The relation's subject and object, with their actor codes.
    lexicon : Lexicon
        The CAMEO tables (``lexicon.cameo.patterns``).
    """
    patterns = lexicon.cameo.patterns
    if pred is None or patterns is None or pred.pos_ != "VERB" or not subject.actor_code or not armed_code(obj.actor_code):
        return None
    lemma = pred.lemma_.lower()
    entry = patterns.entry(lemma)
    if entry is None or entry.default is None or entry.default[:2] not in _FORCE_ROOTS:
        return None
    if not patterns.withholds(lemma) or lemma in lexicon.word_sets["criticism_verbs"]:
        return None
    if not entry.senses[_MATERIAL_CONFLICT] or entry.senses[_MATERIAL_CONFLICT] < entry.senses[_VERBAL_CONFLICT]:
        return None  # "defeated the motion", "blasted the plan": the verb's own patterns say words
    if obj.type == "CONCEPT":
        span = char_span(pred.doc, obj.start, obj.end)
        if span is None or not token_can_act(span.root, lexicon):
            return None  # "fought the rebels' propaganda": the code is the owner's
    words, heads = frame_words(pred)
    if patterns.code_for(lemma, words, heads, objects=_object_words(pred))[0]:
        return None  # a pattern fits ("fought the violence" [---]): its code stood
    try:
        return event_for_code(entry.default, lexicon.cameo.labels)
    except EventMapError:
        return None
