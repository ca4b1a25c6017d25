"""Senses of an event that its object, its complement or its participants decide, after coding.

CAMEO codes an act, not a verb: several verbs code one root only when the
act has the participants or the object its codebook entry names. This module
refines an event once the relation's arguments have their actor codes
(:func:`object_sense_event`, called by
:func:`extract.events.senses.refine_event`). Each rule is keyed on grammar
and closed word classes (``extract/data``) written from the codebook
definitions and verb patterns, never on names:

- **A refused comment** (CAMEO 011 "Decline comment"; the verb patterns
  "REFUSE * TO COMMENT", "REFUSE * TO CONFIRM", "DECLINE * TO_CLARIFY",
  "DECLINE * PREDICT"): "refuse" or "decline" with an infinitive of a verb
  of comment (``data/comment_verbs.txt``: "refused to answer whether they
  would support Court packing", "declined to comment") is 011, not a
  rejection (12).
- **A question asked is no appeal** (the verb pattern "ASK * WHETHER ...
  SAID [010]"): "ask" or "inquire" with a clause of "if", "whether" or a
  wh-word and no infinitive ("asked him if he had any ideas") is a
  statement, 010; "asked him to resign" and "asked for help" stay appeals.
- **A government holds no protest** (14 "Protest" is dissent against
  authority): a rally held by a government actor ("Trump did minimal
  preparation, holding rallies instead") is no protest: no event.
- **Force posture needs a force** (15 "Exhibit force posture": mobilise,
  raise alert, deploy; 087 "De-escalate military engagement": truce,
  demobilise, retreat): kept where either argument has an armed or police
  actor code, the subject is a state or a government (a bare country code or
  ``GOV``), or the subject or object is a noun of forces or weapons
  (``data/force_nouns.txt``, ``data/weapon_nouns.txt``); otherwise no event
  ("Red Hat is working on programmes for users who cannot deploy CentOS
  Stream", "I call up many people daily"). A de-escalation (087) with no
  force is the plain yield its root names, 080 ("the party withdrew from
  using the princess as their candidate").
- **Questions**: a verb heading a sentence that ends in a question mark
  ("Does the organisation help Muslim men who are skeptical of their
  faith?") asserts nothing: no event.
- **A standing stance** (02 appeal, 05 endorse, 10 demand are acts toward
  an actor): a verb of stance (``data/stance_verbs.txt``: advocate,
  support, favour, need) in the simple present or the present perfect whose
  object is no actor ("The party advocates states' rights", "she has
  supported LGBT rights", "Red Hat needs a stable Fedora") says what
  someone holds: no event. The past ("supported the bill on Monday") stays.
- **Endangered, not threatened** (13 "Threaten" is an actor's threat to
  another): a threat in the passive with no agent whose subject is a thing
  ("the police officers' lives were seriously threatened") is a danger: no
  event.
- **Information is no goods** (06 material cooperation, 07 aid, 08 yield:
  goods, money, persons, forces): such an event whose thing given, provided
  or released is information (``data/information_nouns.txt``: "provided
  Wikinews with the text of a message", "death tolls provided by officials
  to journalists") is told, not given: no event.
- **Addressing a problem** (ADDRESS is 010, a speech to an audience): with a
  problem for its object (``data/problem_nouns.txt``: "initiatives to
  address concerns about rising prices", "address the shortage") it is
  dealing with the problem: no event. "Addressed the allegations",
  "addressed the nation" stay.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .participants import token_can_act
from .roots import armed_code
from .things import argument_head
from ..doccache import token_sentence

__all__ = ["object_sense_event"]

_DECLINE_COMMENT = "011"
_REFUSING = frozenset({"refuse", "decline"})
_POSTURE_ROOT = "15"
_APPEAL_ROOT = "02"
_STATEMENT = "010"
_ASKING = frozenset({"ask", "inquire", "enquire"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_PROTEST_ROOT = "14"
_HOLDING = frozenset({"hold", "stage", "organise", "organize", "host"})
_RALLIES = frozenset({"rally", "rallies"})
_DEESCALATE = "087"
_YIELD = "080"
_THREATEN_ROOT = "13"
_STANCE_ROOTS = frozenset({"02", "05", "10"})
_PRESENT = frozenset({"VBZ", "VBP"})
_GOODS_ROOTS = frozenset({"06", "07", "08"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
_ACTING_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "ACTOR"})
_THING_DEPS = frozenset({"dobj", "nsubjpass"})


def object_sense_event(event: Event | None, pred, subject: Argument, obj: Argument | None,
                       lexicon: Lexicon) -> Event | None:
    """``event``, another event or None, by the rules of the module docstring.

    Parameters
    ----------
    event : Event or None
        The event so far.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``comment_verbs``, ``force_nouns``, ``weapon_nouns``,
        ``information_nouns``, ``problem_nouns``, ``stance_verbs``).
    """
    if event is None or pred is None or pred.pos_ not in ("VERB", "AUX", "NOUN"):
        return event
    words = lexicon.word_sets
    lemma = pred.lemma_.lower()
    if pred.pos_ != "NOUN" and lemma in _REFUSING and _comment_complement(pred, words["comment_verbs"]):
        return _event(_DECLINE_COMMENT, lexicon)
    if event.root == _APPEAL_ROOT and lemma in _ASKING and pred.pos_ == "VERB" and _asks_a_question(pred):
        return _event(_STATEMENT, lexicon)
    if event.root == _PROTEST_ROOT and _government_rally(pred, subject, obj):
        return None
    if (event.root == _POSTURE_ROOT or event.code.startswith(_DEESCALATE)) and not _has_force(
            pred, subject, obj, lexicon):
        return None if event.root == _POSTURE_ROOT else _event(_YIELD, lexicon)
    if pred.pos_ != "NOUN" and _question(pred):
        return None
    if event.root in _STANCE_ROOTS and lemma in words["stance_verbs"] and _standing_stance(pred, obj, lexicon):
        return None
    if event.root == _THREATEN_ROOT and _endangered(pred, lexicon):
        return None
    if event.root in _GOODS_ROOTS and _gives_information(pred, obj, lexicon):
        return None
    if lemma == "address" and pred.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words["problem_nouns"] for c in pred.children):
        return None
    return event


def _event(code: str, lexicon: Lexicon) -> Event | None:
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def _question(pred) -> bool:
    """Is the verb the head (or a conjoined head) of a sentence that ends in a question mark?"""
    head = pred.head if pred.dep_ == "conj" else pred
    if head.dep_ != "ROOT":
        return False
    tokens = [t for t in token_sentence(head) if not t.is_space and t.text not in ('"', "'", "\u201d", "\u2019", ")")]
    return bool(tokens) and tokens[-1].text == "?"


def _standing_stance(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the verb in the simple present or the present perfect (active), its object no actor?"""
    if pred.pos_ != "VERB" or (obj is not None and (obj.actor_code or obj.type in _ACTING_TYPES)):
        return False
    head = argument_head(pred.doc, obj) if obj is not None else None
    if head is not None and (head.pos_ in ("PRON", "PROPN") or token_can_act(head, lexicon)):
        return False
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if pred.tag_ in _PRESENT:
        return not auxes
    return (pred.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "aux"
            and auxes[0].lemma_.lower() == "have" and auxes[0].tag_ in _PRESENT)


def _endangered(pred, lexicon: Lexicon) -> bool:
    """Is the verb passive with no agent, its subject a thing ("lives were threatened")?"""
    if pred.pos_ == "NOUN" or any(c.dep_ == "agent" for c in pred.children):
        return False
    subjects = [c for c in pred.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return False
    return all(_is_thing(s, lexicon) for s in subjects)


def _is_thing(token, lexicon: Lexicon) -> bool:
    """Is the noun a thing: a common noun that names no actor, person or force?"""
    return (token.pos_ == "NOUN" and not token.ent_type_ and not token_can_act(token, lexicon)
            and not _forces(token, lexicon))


def _infinitive(token) -> bool:
    """Is the token an open complement in the base form or with "to" ("asked him to resign")?"""
    return token.dep_ == "xcomp" and (token.tag_ == "VB" or any(a.lower_ == "to" for a in token.children))


def _asks_a_question(pred) -> bool:
    """Has the verb a clause of "if", "whether" or a wh-word, or an "about" phrase ("asked Raghu about the
    workers"), and no infinitive or "for" phrase? A finite verb the parser hung as a complement ("asked X how
    ... the lake found through radar mapping") is no infinitive."""
    if any(_infinitive(c) or (c.dep_ == "prep" and c.lower_ == "for") for c in pred.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in pred.children):
        return True
    for clause in pred.children:
        if clause.dep_ not in ("ccomp", "advcl"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children):
            return True
        first = clause.doc[clause.left_edge.i]
        if first.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    return False


def _government_rally(pred, subject: Argument, obj: Argument | None) -> bool:
    """Is the event a rally held by a government actor ("the president held rallies")?"""
    code = (subject.actor_code or "").upper() if subject is not None else ""
    if "GOV" not in {code[i : i + 3] for i in range(3, len(code), 3)}:
        return False
    if pred.pos_ == "NOUN":
        return pred.lemma_.lower() in _RALLIES
    heads = [c for c in pred.children if c.dep_ == "dobj"] + [argument_head(pred.doc, obj)]
    return pred.lemma_.lower() in _HOLDING and any(
        h is not None and h.lemma_.lower() in _RALLIES for h in heads)


def _comment_complement(pred, comment_verbs: frozenset[str]) -> bool:
    """Has the verb an infinitive of a verb of comment ("refused to answer")?"""
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in comment_verbs
               for c in pred.children)


def _forces(token, lexicon: Lexicon) -> bool:
    """Is the token (or a noun compounded with it) a noun of forces or weapons?"""
    if token is None:
        return False
    words = lexicon.word_sets
    nouns = words["force_nouns"] | words["weapon_nouns"]
    tokens = [token, *(c for c in token.children if c.dep_ in ("compound", "conj"))]
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in tokens)


def _state(code: str | None, lexicon: Lexicon) -> bool:
    """Is the actor code a state's: a bare country, or a government, military, police or intelligence body?"""
    if not code:
        return False
    if len(code) == 3:
        return code.upper() in lexicon.countries.by_alpha3
    return any(code[i : i + 3].upper() in _STATE_ROLES for i in range(3, len(code), 3))


def _has_force(pred, subject: Argument, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Does a force take part: an armed or police actor, a state, or a noun of forces or weapons?"""
    codes = [subject.actor_code if subject is not None else None, obj.actor_code if obj is not None else None]
    if any(armed_code(c) or (c and "COP" in c.upper()) for c in codes):
        return True
    if _state(codes[0], lexicon):
        return True
    doc = pred.doc
    heads = [argument_head(doc, subject), argument_head(doc, obj) if obj is not None else None]
    heads += [c for c in pred.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(_forces(h, lexicon) for h in heads)


def _gives_information(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the thing given, provided or released information: the verb's direct object or passive
    subject, its "with" object ("provided Wikinews with the text"), the noun a participle describes
    ("death tolls provided by officials") or the relation's object?"""
    info = lexicon.word_sets["information_nouns"]
    things = [c for c in pred.children if c.dep_ in _THING_DEPS]
    things += [o for p in pred.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    if pred.dep_ == "acl" and pred.tag_ == "VBN":
        things.append(pred.head)
    if obj is not None:
        things.append(argument_head(pred.doc, obj))
    return any(t is not None and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in info for t in things)
