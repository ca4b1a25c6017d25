"""Event words that name a kind, a setting, a judgement or a standing provision: no event as coded.

A CAMEO event is one act of an actor towards another. Some clauses use an
event word for something else; :func:`kind_event` (asked by
:func:`extract.events.senses.refine_event` before its verb rules, for verbs
and event nouns alike) drops their event type. Each rule is keyed on
grammar and closed word classes, never on names:

- **A kind of matter**: a bare event noun (no article, possessive or
  number: a kind, not one act) that is the object of a verb or preposition
  of subject matter (:data:`_TOPIC_VERBS`: "cases involving United Nations
  trade sanctions", "a unit that deals with kidnappings", "a book about
  invasions"), or a conjunct of such an object, names what something is
  about. "Talks about the sanctions" (an article: the sanctions imposed),
  "agreed on sanctions" (a decision) and "involved in demonstrations"
  (taking part) stay.
- **A setting with a borrowed agent**: an event noun (no violence: roots
  01-16) in a prepositional phrase of a passive verb that has no agent of
  its own, whose "by" phrase the parser hung on the noun ("the workers were
  addressed at public meetings by the union leaders"): the "by" phrase is
  the verb's agent and the noun is where the act took place, so the noun's
  relation has no actor of its own. "Was wounded in an attack by the army"
  (violence: the army's attack) stays.
- **A campaign rally is no protest**: CAMEO's 14 PROTEST is collective
  action against a target. A demonstration (14) whose event noun (the
  predicate, or the object of "held", "organised") is compounded with a
  word of electoral campaigning (:data:`_CAMPAIGN_WORDS`: "held his first
  campaign rally", "an election rally") gathers supporters: no event.
  "A rally against the reform" names no campaign and stays.
- **Launching a venture is no mediation**: CAMEO keys "LAUNCH * MISSION"
  to mediation (045) and "LAUNCH * + &PROGRAM" to negotiation (046), for
  diplomatic missions and programmes of talks. A mission or programme
  (:data:`_VENTURE_NOUNS`) with no word of peace or diplomacy on it and no
  party after "between", "with", "to" or "among" ("SpaceX launched its
  first crewed mission", "launched a military development program") is a
  venture of the subject's own: no event. "Launched a peace mission" stays.
- **Dealings between private persons**: an intent, a consultation or
  cooperation (roots 03-05) whose subject and object are both persons with
  no actor code ("he met bassist Jack Bruce", "he collaborated with Fela
  Kuti") is a private encounter; CAMEO codes dealings between political
  actors. A person with a code (a minister, a candidate) on either side,
  and a news medium (an interview), stay.
- **A judgement is no plain statement**: a statement (01) read off the
  verb alone ("cite" is EXPLAIN_VERBAL, 010) whose direct object is an
  actor and that gives a reason of conduct, "for" a gerund ("a report cited
  the senator for forcing the attorney out") judges that actor: praise or
  blame, which the verb does not tell. No event rather than a wrong root.
- **Standing provisions**: material cooperation or aid (roots 06, 07) in
  the simple present passive, in a clause of its own, with no agent ("all
  officers are equipped with less-lethal weapons", "the schools are
  supplied with water") says what holds, not a supply on a day. A past,
  perfect or progressive passive ("were equipped", "are being supplied")
  and one with an agent ("is funded by Iran") stay.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event
from .observers import news_medium
from .participants import ACTING_TYPES, token_can_act
from .things import _default_only, argument_head

__all__ = ["kind_event"]

# Verbs and prepositions of subject matter (a closed class): their object is what something is about.
# "Involved in demonstrations" is taking part, not a topic: only the direct object of "involve" is one.
_TOPIC_VERBS = frozenset({"involve", "concern", "regard"})
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "involving"})
# Verbs whose matter follows one preposition ("deals with", "relates to", "specialises in").
_TOPIC_VERB_PREPS = {"deal": "with", "relate": "to", "specialise": "in", "specialize": "in"}
# Words that make a noun one act or a known set of acts: an article, a possessive, a number.
_DETERMINING = frozenset({"det", "poss", "nummod", "predet"})
_PROTEST_ROOT = "14"
# Words of electoral campaigning (a closed class) that make a rally a candidate's.
_CAMPAIGN_WORDS = frozenset({
    "campaign", "election", "electoral", "reelection", "re-election", "fundraising", "fundraiser", "stump",
})
_VENTURE_CODES = frozenset({"045", "046"})
# The nouns the LAUNCH patterns give mediation or negotiation for alone (a closed class).
_VENTURE_NOUNS = frozenset({"mission", "program", "programme", "scheme", "agenda", "outline", "schema"})
_DIPLOMATIC_WORDS = frozenset({"peace", "diplomatic", "mediation", "negotiating", "humanitarian", "truce"})
_PARTY_PREPS = frozenset({"between", "with", "to", "among"})
_DEALING_ROOTS = frozenset({"03", "04", "05"})
_VIOLENCE_ROOTS = frozenset({"17", "18", "19", "20"})
_STATEMENT_ROOT = "01"
_PROVISION_ROOTS = frozenset({"06", "07"})
_PRESENT = frozenset({"VBZ", "VBP"})


def kind_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
               lexicon: Lexicon) -> Event | None:
    """``event``, or None where the event word names a kind, a setting, a campaign or a standing provision."""
    if event is None or pred is None:
        return event
    if event.root == _PROTEST_ROOT and _campaign(pred if pred.pos_ == "NOUN" else argument_head(pred.doc, obj)):
        return None
    if event.root in _DEALING_ROOTS and _private_persons(subject, obj, lexicon):
        return None
    if event.code in _VENTURE_CODES and _venture(pred, argument_head(pred.doc, obj), lexicon):
        return None
    if pred.pos_ == "NOUN":
        if _kind_of_matter(pred) or (event.root not in _VIOLENCE_ROOTS and _borrowed_agent(pred)):
            return None
        return event
    if pred.pos_ == "VERB" and event.root in _PROVISION_ROOTS and _standing_provision(pred):
        return None
    if pred.pos_ == "VERB" and event.root == _STATEMENT_ROOT and _judged(pred, obj, lexicon):
        return None
    return event


def _judged(verb, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the verb's default alone the statement, its direct object an actor, with "for" a gerund?"""
    head = argument_head(verb.doc, obj)
    if head is None or head.dep_ not in ("dobj", "obj") or head.head.i != verb.i:
        return False
    if not (obj.actor_code or obj.type in ACTING_TYPES or token_can_act(head, lexicon)):
        return False
    if not _default_only(verb, lexicon):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "for" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children) for prep in verb.children)


def _private_persons(subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Are both sides persons with no actor code, and neither a news medium (an interview stays)?"""
    return all(arg is not None and arg.type == "PERSON" and not arg.actor_code and not news_medium(arg, lexicon)
               for arg in (subject, obj))


def _venture(pred, head, lexicon: Lexicon) -> bool:
    """Is the object a mission or programme with no word of diplomacy and no party named with it?"""
    if head is None or head.lemma_.lower() not in _VENTURE_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _DIPLOMATIC_WORDS for c in head.children):
        return False
    return not any(prep.dep_ in ("prep", "dative") and prep.lower_ in _PARTY_PREPS and token_can_act(pobj, lexicon)
                   for word in (pred, head) for prep in word.children for pobj in prep.children
                   if pobj.dep_ == "pobj")


def _campaign(noun) -> bool:
    """Is the noun compounded or modified with a word of electoral campaigning ("campaign rally")?"""
    return noun is not None and any(c.dep_ in ("compound", "amod") and c.lower_ in _CAMPAIGN_WORDS
                                    for c in noun.children)


def _kind_of_matter(noun) -> bool:
    """Is the noun bare and the object of a verb or preposition of subject matter, or a conjunct of one?"""
    if any(c.dep_ in _DETERMINING for c in noun.children):
        return False
    token = noun
    for _ in range(6):  # "sanctions, conflict diamonds and CITES": up the conjuncts to the first
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
        if any(c.dep_ in _DETERMINING for c in token.children):
            return False
    head = token.head
    if token.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        return head.lemma_.lower() in _TOPIC_VERBS
    if token.dep_ == "pobj":
        if head.lower_ in _TOPIC_PREPS:
            return True
        verb = head.head
        return (head.dep_ == "prep" and verb.pos_ == "VERB"
                and _TOPIC_VERB_PREPS.get(verb.lemma_.lower()) == head.lower_)
    return False


def _borrowed_agent(noun) -> bool:
    """Is the noun in a prepositional phrase of an agentless passive verb, with a "by" phrase of its own?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)


def _standing_provision(verb) -> bool:
    """Is the verb a simple present passive with no agent, in a clause of its own ("are equipped with")?"""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(auxes) != 1 or auxes[0].dep_ != "auxpass" or auxes[0].tag_ not in _PRESENT:
        return False
    return not any(c.dep_ == "agent" for c in verb.children)
