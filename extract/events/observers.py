"""Watching, studying and interviewing: verbs read as events between actors that are none.

A CAMEO event is an act of one actor towards another. Some verbs whose
CAMEO default is an act are, in news, the work of people who watch, study
or report: a journalist who "caught up with" a scientist, a team that
"started observing the system", an eyewitness who "saw the crash". :func:`observer_event` (asked by
:func:`extract.events.senses.refine_event` once the arguments are coded)
reads them so. Each rule is keyed on grammar, the CAMEO codes, closed
word classes and the news media the lexicon knows, never on names:

- **An interview is no seizure**: the events gold codes an interview
  with a news medium as a consultation (040), either way ("Wikinews spoke
  to X", "with Wikinews, X discussed"); coercion (17) whose source is a news
  medium (an actor code of the media role ``MED``, a name of a known news
  medium, ``data/known_organisations.tsv``, or a name whose first or last
  word is a news medium's, ``data/media_words.txt``: "BBC Sport") and whose
  object can act is such an interview ("Wikinews caught up with him"), else
  none: a newspaper coerces no one.
- **Seeing is no saying**: CAMEO codes see, watch, observe, witness and
  view as statements (010) for "sees the move as a threat"; a verb of
  perception read off its default alone with no "as" phrase and no clause
  of what is seen ("witnessed the collision", "observing the system",
  "saw the movie") states nothing.
- **Research is no inquiry**: CAMEO 09 investigates crimes, abuses and
  conflicts, the work of states, courts, the police and watchdogs; an
  investigation read off the verb alone ("explore", "monitor", "study")
  whose object is no actor and whose source has no code of such a body (no
  code, or only a school, a business, a hospital, plain people) is
  research ("we are now exploring the kinetics", "the institute that
  monitored the trial").
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..news_media import medium_name
from ..quality import media_names
from ..types import Argument, Event
from .participants import can_act, token_can_act
from .things import _default_only, argument_head

__all__ = ["news_medium", "observer_event"]

_STATEMENT_ROOT = "01"
_COERCE_ROOT = "17"
_CONSULT = "040"
_INVESTIGATE_ROOT = "09"
_MEDIA_ROLE = "MED"
# Verbs of perception (a closed class) that CAMEO codes as statements for their "X as Y" sense.
_PERCEPTION = frozenset({"see", "watch", "observe", "witness", "view", "notice", "spot", "glimpse", "sight"})
# What a clause of perception ("saw that", "watched them leave", "viewed it as") hangs on.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})
# Roles of no state, court, police, armed body or watchdog: a school, a business, a hospital, plain people.
_RESEARCH_ROLES = frozenset({"EDU", "BUS", "HLH", "MED", "SCI", "PPL", "CVL"})


def news_medium(arg: Argument | None, lexicon: Lexicon) -> bool:
    """Is the argument a news medium: a code of the media role, a known medium's name, or a name whose
    first or last word is a medium's ("BBC Sport", "Star of Mysore" is none)?

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> news_medium(Argument("org:wikinews", "Wikinews", "ORG", "Wikinews", 0, 8), get_lexicon())
    True
    >>> news_medium(Argument("person:x", "Ann Lee", "PERSON", "Ann Lee", 0, 7), get_lexicon())
    False
    """
    if arg is None:
        return False
    code = arg.actor_code or ""
    if code.endswith(_MEDIA_ROLE) and len(code) % 3 == 0:
        return True
    label = arg.label if isinstance(arg.label, str) else ""
    words = label.casefold().split()
    if not words or arg.type not in ("ORG", "ACTOR"):
        return bool(words) and label.casefold() in media_names()
    names = media_names()
    return (label.casefold() in names or words[0] in names or words[-1] in lexicon.word_sets["media_words"]
            or medium_name(label, lexicon))


def _perceived(pred) -> bool:
    """Is the verb one of perception with no "as" phrase and no clause of what is seen ("witnessed the crash")?"""
    if pred.lemma_.lower() not in _PERCEPTION:
        return False
    return not any(c.dep_ in _CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in pred.children)


def _research(doc, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the source no state, court, police or watchdog and the object no actor?"""
    code = (subject.actor_code or "") if subject is not None else ""
    roles = {code[i : i + 3] for i in range(3 if len(code) > 3 else 0, len(code), 3)}  # the roles after a country
    if not roles <= _RESEARCH_ROLES:
        return False
    if subject is not None and subject.type in ("GPE", "NORP"):
        return False
    head = argument_head(doc, obj)
    if head is None:
        return False
    return not (obj.actor_code or obj.type in ("PERSON", "ORG", "GPE", "NORP", "ACTOR") or token_can_act(head, lexicon))


def observer_event(event: Event, pred, subject: Argument | None, obj: Argument | None,
                   lexicon: Lexicon) -> Event | None:
    """``event``, a statement or None where the verb watches, studies or interviews (the module docstring).

    Parameters
    ----------
    event : Event
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``media_words``, the hand map).

    Returns
    -------
    Event or None
    """
    root = event.root
    if root == _COERCE_ROOT and news_medium(subject, lexicon):
        # "Wikinews caught up with him": an interview, which the events gold codes as a consultation
        interview = obj is not None and can_act(pred.doc, obj, lexicon)
        return event_for_code(_CONSULT, lexicon.cameo.labels) if interview else None
    if root == _STATEMENT_ROOT and _perceived(pred) and _default_only(pred, lexicon):
        return None  # "witnessed the collision", "started observing the system"
    if root == _INVESTIGATE_ROOT and _default_only(pred, lexicon) and _research(pred.doc, subject, obj, lexicon):
        return None  # "we are now exploring the kinetics"
    return event
