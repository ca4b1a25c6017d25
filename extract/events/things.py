"""Events whose arguments are things: a verb's default needs actors on both sides.

A CAMEO event is done by an actor to an actor. A verb coded by its default
(no verb pattern and no row of the hand map fits its frame) reads the event
off the verb alone, whatever its arguments are: "a typhoon killed 20" (190),
"offered a reward" (030), "attributed the rise to higher rates" (112),
"reinforced the hotel" (170), "released a new single" (084). The
codebook's own definitions say which arguments each of these events needs;
:func:`thing_event` (called by :func:`extract.events.senses.refine_event`
once the arguments have their actor codes) drops the event where they are
missing. A *thing* here is an argument with no actor code, of no acting type
(person, organisation, country, group, actor), whose head can name no actor
(:func:`extract.events.participants.token_can_act`) and is no event noun
("talks", "a summit": the event stands for its actors). Each rule is keyed
on grammar, the CAMEO codes and closed word classes:

- **Natural forces** (``data/natural_forces.txt``, :func:`natural_force`,
  asked first of all by ``refine_event``): a storm, an earthquake or a
  disease is no actor, whatever the named-entity tagger calls "Typhoon
  Haiyan" or "Hurricane Maria"; a subject headed by one (or compounded with
  one, or a pronoun standing for one) is the source of no event.
- **Both sides things**: a verb coded by its default alone whose subject
  and object are both things ("a stream containing features") codes nothing;
  an absent subject (an agentless passive) is no thing.
- **Blame laid on a thing**: an accusation (11) whose object is a thing and
  whose "to" or "on" phrase (the party blamed: "blamed the attack on Hamas",
  "attributed the bombing to the rebels") is a thing too is an explanation
  ("attributed the decline to brisk demand", "blamed the crash on icy
  roads"), no accusation.
- **Intent with no partner**: an intent (03, "offer", "seek", "expect") coded
  by the verb's default whose object is a thing, with no acting partner
  (:func:`extract.events.participants.has_partner`: "offered aid to Syria",
  "offered talks") is a commercial offer or a forecast ("offered a $500
  reward", "expects sales of 100 million marks"), no intent to cooperate;
  a verb that commits its speaker by its meaning ("pledged a donation",
  "promised new elections") stays.
- **Coercion of a thing**: coercion not specified (170) coded by the verb's
  default whose object is a thing ("reinforced the hotel", "moderated a
  session") has no one coerced. Seizure of property (171) and bans (172)
  take things and stay; arrests (173) are left as they are.
- **Showing is no rally**: a demonstration (141) read off the verb alone
  whose direct object is a thing ("the model demonstrates a relationship",
  "rallied support") shows or gathers something: a demonstration takes no
  direct object.
- **Plans for what is no cooperation**: an intent (03) whose object is a
  plan or an intention ("announced their plans to oppose the bill", "plans
  to shift their focus") is the intent of the infinitive the noun takes;
  where that verb's own CAMEO event is no cooperation (roots 02-08) or none,
  the intent is none: CAMEO 03 intends to cooperate.
- **Seeking a thing**: an intent read off the verb alone ("sought the
  party's nomination", "seeking back taxes from Mr. Hunt") whose direct
  object is a thing by its head (an owner's code or an "of" phrase does not
  make "the nomination" an actor) and that has no acting partner after
  "with", "to" or "for" is no intent to cooperate.
- **Asking questions is no appeal**: an appeal or request (02) read off the
  verb alone whose direct object is a question, an explanation or a theory
  ("asked questions about the deal", "proposed several explanations for the
  decline") asks for knowledge or offers it: no appeal to an actor
  ("requested documents", "asked the minister" stay).
- **Denying is not always denying responsibility**: a denial of
  responsibility (016) whose object is a thing that is no claim, charge or
  report (``statement_nouns`` and the claims below: "denied the
  allegations", "denied any involvement" stay) and that goes to someone
  (an indirect object, a "to" or "for" phrase) withholds something
  ("denying ballot access for the ticket", "denied him entry"): none.
- **Release of a work**: a return or release (084) whose object is a made
  work (``data/work_nouns.txt``: "released a new single", "released a
  survey") is a publication; "released two hostages" and "released the
  seized tanker" stay. So an investigation (09) of a made work ("studied the
  books", "reviewed the report") reads a text: CAMEO investigates actors,
  crimes and abuses.
- **Force reaching a measure**: a use of force (roots 18-20) read off the
  verb alone whose direct object is a thing headed by a measure or an
  abstract mark (``data/measure_nouns.txt``: "Shell hit record profits",
  "struck a balance") is a figure of speech; "hit a police checkpoint"
  stays.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import char_span, word_forms
from ..types import Argument, Event
from .coding import NO_SENSE, verb_sense
from .participants import ACTING_TYPES, _acting_noun, _names_event, has_partner, token_can_act

__all__ = ["argument_head", "natural_force", "thing_event"]

_ACCUSE_ROOT = "11"
_INTENT_ROOT = "03"
_RELEASE = "084"
_INVESTIGATE_ROOT = "09"
_DEMONSTRATE = "141"
# Coercion of someone, not specified (171 seizes property, 172 bans take things; an arrest's object
# that reads as a thing is more often a person the word lists miss: "an individual was arrested").
_COERCE_CODES = frozenset({"170"})
_BLAME_PREPS = frozenset({"to", "on"})
# Verbs that commit their speaker by their meaning (a closed class of commissive speech acts): what is
# promised is the intent, whoever receives it ("pledged a donation", "promised new elections").
_COMMISSIVE = frozenset({"promise", "pledge", "vow", "swear", "guarantee", "commit", "undertake", "assure"})
_BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})


def argument_head(doc, arg: Argument | None):
    """The syntactic head token of an argument's mention, or None."""
    if arg is None or arg.end <= arg.start:
        return None
    span = char_span(doc, arg.start, arg.end)
    return span.root if span is not None else None


def _thing(doc, arg: Argument | None, lexicon: Lexicon) -> bool:
    """Is the argument a thing: no actor code, no acting type, a head that names no actor, no person
    and no event, and counts no plural ("seven", "two adults", "337 users" may be people)?"""
    if arg is None or arg.actor_code or arg.type in ACTING_TYPES:
        return False
    head = argument_head(doc, arg)
    if head is None or head.pos_ in ("NUM", "PRON"):
        return False
    if head.tag_ == "NNS" and any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in head.children):
        return False  # "two adults", "337 users"; "1989 sales" counts nothing
    people = lexicon.word_sets["person_nouns"] | lexicon.word_sets["speaker_nouns"]
    return not (token_can_act(head, lexicon) or _names_event(head, lexicon) or word_forms(head) & people)


def natural_force(doc, subject: Argument | None, lexicon: Lexicon) -> bool:
    """Is the subject a storm, an earthquake or a disease (its head, the first word of a name it heads,
    or the name a pronoun stands for: "Typhoon Phanfone", "the virus", "it" for "Hurricane Dorian";
    not "the National Hurricane Center", a body)?"""
    head = argument_head(doc, subject)
    if head is None or subject.actor_code or subject.type in _BODY_TYPES:
        return False  # "the National Hurricane Center" is a body
    forces = lexicon.word_sets["natural_forces"]
    first = doc[head.left_edge.i]
    while first.dep_ in ("det", "amod", "nummod") and first.i < head.i:
        first = doc[first.i + 1]  # "the deadly Typhoon Haiyan": the name's first word
    words = word_forms(head) | (word_forms(first) if first.dep_ == "compound" and first.head.i == head.i else set())
    if head.pos_ == "PRON" and subject.label:
        names = subject.label.lower().split()
        words |= {names[0], names[-1]}
    return bool(words & forces)


def _default_only(pred, lexicon: Lexicon) -> bool:
    """Was the event read off the verb alone: no verb pattern and no hand row fits its frame?"""
    return verb_sense(pred.lemma_.lower(), pred, None, lexicon) is NO_SENSE


def _blamed_on_thing(doc, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the object a thing and the verb's "to"/"on" phrase (or its object's) a thing too ("attributed the
    decline to demand", "blamed the delays on heavy snow", parsed on "delays")?"""
    if not _thing(doc, obj, lexicon):
        return False
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]  # the parser may hang the phrase there
    blamed = [pobj for head in (pred, *objects) for prep in head.children
              if prep.dep_ == "prep" and prep.lower_ in _BLAME_PREPS
              for pobj in prep.children if pobj.dep_ == "pobj"]
    return bool(blamed) and not any(token_can_act(t, lexicon) or t.ent_type_ for t in blamed)


def _work(doc, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the object a made work ("a new single", "a survey"), of no actor?"""
    head = argument_head(doc, obj)
    return (head is not None and not obj.actor_code and obj.type not in ACTING_TYPES
            and bool(word_forms(head) & lexicon.word_sets["work_nouns"]))


def _reads_a_work(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the verb's own event an investigation and its direct object a made work, with no "into"
    phrase ("studied the books", "reviewed the report"; "began a study into the shooting" takes its
    event from the noun, and "investigated the film's producer" has a person)?"""
    own = lexicon.cameo.event_of(pred.lemma_.lower())
    if own is None or own.root != _INVESTIGATE_ROOT or not _direct_object(pred, obj):
        return False
    head = argument_head(pred.doc, obj)
    return _work(pred.doc, obj, lexicon) and not any(
        c.dep_ == "prep" and c.lower_ == "into" for c in (*head.children, *pred.children))


def _direct_object(pred, obj: Argument | None) -> bool:
    """Is the relation's object the verb's direct object?"""
    head = argument_head(pred.doc, obj)
    return head is not None and head.dep_ in ("dobj", "obj") and head.head.i == pred.i


def thing_event(event: Event, pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """``event``, or None where its arguments are things (the rules of the module docstring).

    Parameters
    ----------
    event : Event
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``natural_forces`` and ``work_nouns``, the hand map).

    Returns
    -------
    Event or None
    """
    doc = pred.doc
    if event.root == _ACCUSE_ROOT and _blamed_on_thing(doc, pred, obj, lexicon):
        return None  # "attributed the decline to brisk demand"
    if event.code == _RELEASE and _work(doc, obj, lexicon):
        return None  # "released a new single"
    if event.root == _INVESTIGATE_ROOT and _reads_a_work(pred, obj, lexicon):
        return None  # "studied divinity books"
    if event.root == _INTENT_ROOT and _plan_for_no_cooperation(doc, obj, lexicon):
        return None  # "announced their plans to oppose the bill"
    if event.code == _DENY and _withheld(pred, obj, lexicon):
        return None  # "denying ballot access for the ticket"
    if not _default_only(pred, lexicon):
        return event
    if event.root == _INTENT_ROOT and pred.lemma_.lower() not in _COMMISSIVE and _sought_thing(pred, lexicon):
        return None  # "sought the party's nomination"
    if event.root == _APPEAL_ROOT and _asks_knowledge(pred):
        return None  # "asked questions about the deal", "proposed several explanations"
    if _thing(doc, obj, lexicon) and _thing(doc, subject, lexicon):
        return None  # "a stream containing features"
    if (event.root == _INTENT_ROOT and pred.lemma_.lower() not in _COMMISSIVE and _thing(doc, obj, lexicon)
            and not has_partner(doc, pred, obj, lexicon)):
        return None  # "offered a $500 reward for the book's return"
    if event.code == _DEMONSTRATE and _direct_object(pred, obj) and _thing(doc, obj, lexicon):
        return None  # "the model demonstrates a relationship": a demonstration has no direct object
    if event.code[:3] in _COERCE_CODES and _thing(doc, obj, lexicon) and obj.type not in _PLACE_TYPES:
        return None  # "reinforced the hotel"
    if event.root in _FORCE_ROOTS and _measure(pred, obj, lexicon):
        return None  # "Shell hit record profits", "struck a balance": force reaching a measure is a figure
    return event


def _measure(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the direct object a thing headed by a measure or an abstract mark (``data/measure_nouns.txt``)?"""
    if not _direct_object(pred, obj) or not _thing(pred.doc, obj, lexicon):
        return False
    return bool(word_forms(argument_head(pred.doc, obj)) & lexicon.word_sets["measure_nouns"])


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# CAMEO roots of force: assault (18), fight (19), mass violence (20).
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_DENY = "016"
_APPEAL_ROOT = "02"
# Nouns of knowledge and inquiry (a closed class): what one asks or puts forward is no appeal to an actor.
_INQUIRY_NOUNS = frozenset({
    "question", "query", "explanation", "theory", "hypothesis", "answer", "interpretation", "definition",
    "speculation", "guess", "estimate", "prediction", "conjecture",
})
# What a denial of responsibility denies (a closed class beside the statement nouns).
_CLAIMS = frozenset({
    "allegation", "accusation", "charge", "claim", "report", "rumour", "rumor", "responsibility", "involvement",
    "wrongdoing", "guilt", "role", "link", "existence", "knowledge", "participation", "connection", "tie",
    "presence", "story", "liability", "culpability", "complicity", "misconduct", "collusion", "interference",
    "meddling", "speculation", "suggestion", "assertion", "notion", "idea", "fact", "truth", "account",
})
# Nouns of planning (a closed class) whose infinitive says what is intended.
_PLAN_NOUNS = frozenset({"plan", "intention", "intent", "aim", "goal", "bid", "plot", "scheme"})
# CAMEO roots of cooperation (appeals, intents, cooperation, aid, yielding): 02-08.
_COOPERATION_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08"})


def _claim(head, lexicon: Lexicon) -> bool:
    """Is the noun a claim, charge or report, what one denies ("the allegations", "any involvement")?"""
    return head is not None and bool(word_forms(head) & (_CLAIMS | lexicon.word_sets["statement_nouns"]))


def _asks_knowledge(pred) -> bool:
    """Is the verb's one direct object a question, an explanation or a theory ("asked questions",
    "proposed several explanations")?"""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    return len(objects) == 1 and objects[0].lemma_.lower() in _INQUIRY_NOUNS


def _withheld(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the verb's direct object a thing that is no claim, given to someone: an indirect object or a
    "to"/"for" phrase ("denied him entry", "denying ballot access for the ticket")?"""
    head = argument_head(pred.doc, obj)
    if not _direct_object(pred, obj) or not _thing(pred.doc, obj, lexicon) or _claim(head, lexicon):
        return False
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS)
               for c in (*pred.children, *head.children))


_RECIPIENT_PREPS = frozenset({"to", "for"})


def _plan_for_no_cooperation(doc, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the object a plan whose infinitive is no act of cooperation ("plans to oppose the bill")?"""
    head = argument_head(doc, obj)
    if head is None or not word_forms(head) & _PLAN_NOUNS:
        return False
    for verb in head.children:
        if verb.dep_ in ("acl", "xcomp", "relcl") and verb.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            own = lexicon.cameo.event_of(verb.lemma_.lower())
            return own is None or own.root not in _COOPERATION_ROOTS
    return False


def _sought_thing(pred, lexicon: Lexicon) -> bool:
    """Is the verb's direct object a thing by its head alone, with no acting "with"/"to"/"for" partner?"""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1:
        return False
    head = objects[0]
    if head.pos_ != "NOUN" or head.ent_type_ or _acting_noun(head, lexicon) or _names_event(head, lexicon):
        return False
    if word_forms(head) & (lexicon.word_sets["person_nouns"] | lexicon.word_sets["speaker_nouns"]):
        return False
    return not any(prep.dep_ in ("prep", "dative") and prep.lower_ in ("with", "to", "for")
                   and token_can_act(pobj, lexicon)
                   for prep in pred.children for pobj in prep.children if pobj.dep_ == "pobj")
