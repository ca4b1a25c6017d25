"""The sense of an event once its arguments are known: what the object is, and who acts.

:func:`extract.events.coding.verb_sense` reads a verb's sense off its frame
words with the CAMEO verb patterns. Some senses need more than words: the
kind of thing the object is, and the kind of actor the subject is. This
module refines an event after the arguments have their actor codes
(:func:`refine_event`, called once per relation by
:mod:`extract.events.annotate`). Each rule is keyed on grammar, closed word
classes (``extract/data``) and the CAMEO codebook's own definitions, never
on names:

- **Force against words** (the codebook's 111 "Criticize or denounce"
  covers "attacked the plan"): a verb of violence (roots 18-20) whose
  direct object is a plan, decision, process or statement
  (``data/discourse_objects.txt``) and that no verb pattern fits is no use
  of force. A verb that also criticises (``data/criticism_verbs.txt``:
  attack, assail, blast, slam) gives 111; any other gives no event
  ("Republicans attacked the impeachment inquiry" 111; "abused their
  emergency measures": none). Such a verb with a reason that is words or
  conduct ("attacked Trump for the tweet", "for accumulating wealth")
  criticises too.
- **A natural force is no target**: conflict (roots 10-20) whose object is
  a storm, an earthquake or a disease (``data/natural_forces.txt``:
  "ministers have challenged corona", "fought the virus") is aimed at no
  actor: no event.
- **Violence by one person** (CAMEO 18 ASSAULT is "unconventional violence
  that does not require high levels of military organisation", 19 FIGHT
  "conventional force, typically by organised armed groups"): the generic
  use of force (190) whose subject is a person (a named person, or a
  singular person noun, ``data/person_nouns.txt``) whose actor code is
  none, a bare country or plain people, civilians or criminals ("a gunman",
  coded as unaligned armed forces, is one person; a soldier, a minister or
  a candidate is not) is a physical assault, 182 ("a man attacked a group with a
  knife", "one man struck him", "a gunman shot shoppers"). Soldiers,
  gunmen, the police or an unnamed doer keep 190; protesters' violence is
  145 in :mod:`extract.events.coding`, before this.
- **Undergoers**: a verb whose subject undergoes the event
  (``data/undergoer_verbs.txt``: die, perish) is no event unless a CAMEO
  pattern of the verb fits ("died in clashes between ...");
  "X died at the hospital" is no use of force.
- **Care, not coercion**: an event whose verb takes someone to a hospital
  (``data/care_places.txt``: "was evacuated to a hospital", "airlifted to
  hospital") is a medical transfer, no event, unless it is violence (18-20).
- **Standing states**: a relative clause in the simple present ("the
  foundation, which provides support for families", "events where four
  people are killed") says what holds or what a word means, not an event;
  so does violence (18-20) in the simple present, active or passive, in a
  clause of its own ("they harm people", "they're abused even more", "the
  party matches the President's party"): a habit or a state. News tells
  what happened in the past, perfect or progressive ("has shelled", "are
  shelling" stay).
- **Standing power**: a verb of standing power or comparison that CAMEO
  files under force or cooperation ("dominate" 190, "rule", "govern" 060,
  "match") with a direct object and no fitting pattern says what holds ("a
  former member dominated the group", "ruled the country for 30 years").
- **Retreat from an aim**: a military de-escalation (087) whose "from"
  phrase is an aim, plan or position ("retreated from a previous goal of
  ousting Assad") is a change of policy, none.
- **Accidents** (PETRARCH codes "* (IN ACCIDENT)" as no event): violence
  (18-20) whose verb has a "when", "as" or "after" clause with a verb of an
  accident (``data/accident_verbs.txt``: "seven were killed when a bomber
  crashed") is no attack; "killed in a crash" is caught before, by the cause
  nouns of ``data/non_event_causes.txt``.
- **Halting one's own operation**: CAMEO 16 "Reduce relations" reduces
  relations with someone; stopping a search or rescue of one's own
  (``data/operation_nouns.txt``: "called off its search") is none.
- **Arriving at a site**: a consultation (04x) whose object is the named
  place after "at" ("officers arrived at the Walmart") and has no code of a state,
  political or armed body (only a business, civilians, people, or none) is
  no visit; "arrived in Beijing", "arrived at the White House" stay.
- **Cooperation with a thing**: material or diplomatic cooperation that
  needs a partner (:func:`extract.events.participants.needs_partner`) whose
  object is a facility or a natural place with no actor code ("a bridge
  administered by the Port Authority") and no acting "with"/"to" phrase has
  no partner, whatever the named-entity tagger said of the name's words.
- **Inverted reporting clauses**: a finite verb of saying with no subject of its
  own that follows a comma or a quote and has a person as its object ("...,
  argued the government's lawyer") names its speaker there; the relation
  reads it the wrong way round, so it is no event.
- **An investigation is of something**: an investigation (09) whose relation
  has no object ("where they were being monitored by the health
  authorities", the people lost to the relative clause) names nothing
  investigated.
- **Consultation needs an actor**: a consultation (04x) where one side is a
  noun of anyone at all (people, a man, members, passers-by) ("people approached Khan", "members of the public
  confronted him") and neither side has an actor code but plain people
  (``PPL``, ``CVL``, no country) is a private
  encounter, not an event between actors.
- **Research is no inquiry**: an investigation (09) whose type the object
  noun gave through a verb that carries its object's event ("released a new
  study", "began this study") and whose object is research (a study, a
  survey, a paper) with no "into" phrase is a work of science, not CAMEO's
  investigation of a crime or an abuse ("launched a study into the
  shooting" stays).
- **A warning to take shelter**: a threat (13) whose verb is "warn" or
  "caution", whose object is plain people (people, residents, the public;
  no actor code but ``PPL``/``CVL``) and that tells them to stay, keep away
  or take shelter ("police warned people to stay inside") is safety advice,
  no threat.
- **Places taken** (:mod:`extract.events.territory`, asked first, for
  verbs and event nouns): a seizure or arrest of a place is occupation of
  territory, 192 ("captured Idlib").
- **Kinds, settings, campaigns, provisions** (:mod:`extract.events.kinds`,
  asked next, for verbs and event nouns): "cases involving sanctions",
  "addressed at meetings by X", "held a campaign rally", "launched its
  crewed mission", two uncoded persons meeting, "officers are equipped
  with" are none.
- **The forces sent** (:mod:`extract.events.borrowed_patterns`): aid whose
  object is the forces a verb of giving or deploying sends, coded with no
  country or body ("sent troops", ``MIL``), is no aid to them: none.
- **Sport and games** (:mod:`extract.events.domains`, asked right after
  the natural forces): a contest, a score or a player's contract read as
  force, coercion or an agreement ("captured the championship", "beat
  Chelsea 3-1", "signed with a club") is no event.
- **Observers** (:mod:`extract.events.observers`): an interview read as a
  consultation ("discussed the findings with Wikinews" is a statement),
  perception read as a statement ("witnessed the collision"), research read
  as an investigation ("we are exploring the kinetics").
- **One person killed, the attack told before** (:mod:`extract.events.lone_victims`,
  :mod:`extract.events.attack_anaphora`, for verbs and event nouns): generic force (190) against one
  named person with no doer named is assault (180, 186: "was murdered"); "the attack" takes the
  event of the specific attack the article named before ("a car bomb ... the attack killed" 183).
- **Things for actors** (:mod:`extract.events.things`, last): a natural
  force as the source (asked first), blame laid on a thing, an intent,
  coercion or a rally read off the verb alone whose object is a thing, the
  release of a made work.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from .struck_deals import struck_deal_event
from ..types import Argument, Event
from .coding import frame_words
from .borrowed_patterns import given_thing_event
from .dealings import dealing_event
from .disputes import dispute_event
from .kinds import kind_event
from .state_boycotts import state_boycott
from .domains import domain_event
from .figures import figurative_event
from .object_senses import object_sense_event
from .observers import observer_event
from .participants import needs_partner, token_can_act
from .performatives import performed
from .things import _default_only
from .things import argument_head as _head
from .things import natural_force, thing_event
from .territory import territory_event
from .uses import use_event
from .verbal_attacks import verbal_attack_event, verbal_attack_noun_event
from .business_partners import business_partner_event
from .generic_present import habitual_act
from .granted_denials import granted_denial_event
from .releases import release_event
from .banned_things import banned_thing_event
from .resignations import resignation_event
from .swearing_in import sworn_in_event
from .suggested_claims import suggested_claim_event
from .law_contents import law_content_event
from .everyday_senses import everyday_event
from .lone_victims import lone_victim_event
from .repressed_protests import repressed_protest_event
from .mass_destruction import mass_destruction_event
from .attack_anaphora import anaphoric_attack_event
from .lone_shootings import lone_shooting_event
from .clientele import clientele_event
from .belief_objects import belief_object_event
from .business_rivals import business_rival_event
from .objections import objection_event
from .consult_topics import consult_topic_event
from .campaign_rallies import campaign_rally_event
from ..relations.ended_events import ended_measure

__all__ = ["refine_event"]

_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
_CRITICISE = "111"
_ASSAULT = "182"
_GENERIC_FORCE = "190"
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# Verbal and material conflict (CAMEO roots 10-20): done to an actor.
_CONFLICT_ROOTS = frozenset({f"{root}" for root in range(10, 21)})
_CONSULT_ROOT = "04"
_PRIVATE_ROLES = frozenset({"PPL", "CVL"})
# Nouns of anyone at all (a closed class): "people approached him", "members of the public confronted him".
_PLAIN_PEOPLE = frozenset({
    "people", "person", "man", "men", "woman", "women", "member", "members", "passer", "passers", "passer-by",
    "passers-by", "passerby", "passersby", "bystander", "bystanders", "crowd", "someone", "stranger", "strangers",
})
# An armed role one person may have alone: the agents file codes "gunman" as unaligned armed forces.
_LONE_ROLES = frozenset({"UAF"})


def _event(code: str, lexicon: Lexicon) -> Event | None:
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def _roles(code: str | None) -> frozenset[str]:
    """The three-letter parts of an actor code ("KENCOP" -> KEN, COP)."""
    if not code:
        return frozenset()
    return frozenset(code[i : i + 3] for i in range(0, len(code), 3))


def _words(token) -> tuple[str, str]:
    return token.lower_, token.lemma_.lower()


def _in(token, words: frozenset[str]) -> bool:
    return token is not None and any(w in words for w in _words(token))


def _fits_pattern(lemma: str, pred, lexicon: Lexicon) -> bool:
    """Does a CAMEO verb pattern of the verb fit its frame (so its code was chosen by the object)?"""
    patterns = lexicon.cameo.patterns
    if patterns is None or patterns.entry(lemma) is None:
        return False
    return patterns.code_for(lemma, *frame_words(pred))[0]


def _against_words(event: Event, pred, lexicon: Lexicon):
    """111 or None when a verb of force has a plan, decision or statement as its object; else ``event``."""
    lemma = pred.lemma_.lower()
    objects = [c for c in pred.children if c.dep_ in _OBJECT_DEPS]
    discourse = lexicon.word_sets["discourse_objects"]
    criticises = lemma in lexicon.word_sets["criticism_verbs"]
    if criticises and objects and _for_words(pred, discourse | lexicon.word_sets["statement_nouns"]):
        return _event(_CRITICISE, lexicon)  # "attacked the senator for his remarks"
    if not objects or not all(_in(o, discourse) and not o.ent_type_ for o in objects):
        return event
    if _fits_pattern(lemma, pred, lexicon):
        return event
    return _event(_CRITICISE, lexicon) if criticises else None


_REASON_PREPS = frozenset({"for", "over"})


def _for_words(pred, words: frozenset[str]) -> bool:
    """Has the verb a reason that is words or conduct: "for" or "over" a gerund or a statement
    noun ("for the tweet", "over his remarks", "for accumulating wealth"), "on" a gerund?"""
    for prep in pred.children:
        if prep.dep_ != "prep" or prep.lower_ not in _REASON_PREPS | {"on"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return True
            if obj.dep_ == "pobj" and prep.lower_ in _REASON_PREPS and _in(obj, words):
                return True
    return False


def _one_person(doc, subject: Argument, lexicon: Lexicon) -> bool:
    """Is the subject a person who acts for no armed body ("a man", "Sirhan", not "a soldier")?"""
    head = _head(doc, subject)
    one = head is not None and head.tag_ == "NN" and _in(head, lexicon.word_sets["person_nouns"])
    code = subject.actor_code or ""
    roles = _roles(code) - ({code[:3]} if len(code) == 3 else set())  # a bare country: a national
    if not roles <= _PRIVATE_ROLES | _LONE_ROLES | {"CRM"}:
        return False  # a soldier, police, a minister or a candidate: not the violence of a private person
    if roles & _LONE_ROLES and not one:
        return False  # "a gunman" (unaligned armed, UAF) is one person; "gunmen", "a militia" are not
    return subject.type == "PERSON" or one


def _to_care(pred, lexicon: Lexicon) -> bool:
    """Does the verb (or a verb conjoined with it) take someone to a hospital ("evacuated to a hospital")?"""
    care = lexicon.word_sets["care_places"]
    verbs = [pred, *(c for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(_reaches(prep, verb) for verb in verbs for prep in verb.subtree
               if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
               and any(o.dep_ == "pobj" and _in(o, care) for o in prep.children))


_PHRASE_DEPS = frozenset({"prep", "pobj", "appos", "npadvmod", "compound"})


def _reaches(prep, verb) -> bool:
    """Is the preposition the verb's, directly or through the phrases of its other prepositions
    ("evacuated from the capital, Nukualofa, to a hospital", parsed on the capital)?"""
    token = prep
    for _ in range(8):
        if token.head.i == verb.i:
            return True
        if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _private(code: str | None) -> bool:
    """Is an actor code absent, or only plain people with no country (``PPL``, ``CVL``)?"""
    return not code or _roles(code) <= _PRIVATE_ROLES


def _private_encounter(doc, subject: Argument, obj: Argument) -> bool:
    """Is neither side coded (or only as plain people) and one a noun of anyone ("people approached Khan")?"""
    if obj is None or not (_private(subject.actor_code) and _private(obj.actor_code)):
        return False
    return any(arg.type == "CONCEPT" and _in(_head(doc, arg), _PLAIN_PEOPLE) for arg in (subject, obj))


def refine_event(event: Event | None, pred, subject: Argument, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """The event of a relation once its arguments are coded: the rules of the module docstring.

    Parameters
    ----------
    event : Event or None
        The event the verb patterns and the event map gave.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``discourse_objects``, ``criticism_verbs``,
        ``care_places``, ``undergoer_verbs``, ``person_nouns``).

    Returns
    -------
    Event or None
        ``event``, another event, or None (no event).
    """
    event = struck_deal_event(event, pred, lexicon)  # "struck a deal with the government": 050 (struck_deals.py)
    event = territory_event(event, pred, obj, lexicon)  # "captured Idlib": 192 (extract/events/territory.py)
    event = kind_event(event, pred, subject, obj, lexicon)  # "cases involving sanctions": none (extract/events/kinds.py)
    event = object_sense_event(event, pred, subject, obj, lexicon)  # "refused to answer" 011 (object_senses.py)
    event = state_boycott(event, pred, subject, obj, lexicon)  # "Egypt boycotted Qatar": 163 (extract/events/state_boycotts.py)
    event = dispute_event(event, pred, subject, obj, lexicon)  # "clashed with the president": none (disputes.py)
    event = given_thing_event(event, pred, obj, lexicon)  # "sent troops": no aid to the troops (borrowed_patterns.py)
    event = business_partner_event(event, pred, subject, obj, lexicon)  # "collaborating with NASA": 061 (business_partners.py)
    event = release_event(event, pred, subject, obj, lexicon)  # "released from the hospital": none (releases.py)
    event = banned_thing_event(event, pred, subject, obj, lexicon)  # "outlawed the death penalty": none (banned_things.py)
    event = resignation_event(event, pred, subject, obj, lexicon)  # "resigned to become ...": none (resignations.py)
    event = sworn_in_event(event, pred, subject, obj, lexicon)  # "was sworn into office": none (swearing_in.py)
    event = suggested_claim_event(event, pred, subject, obj, lexicon)  # "suggested that it could ...": 010 (suggested_claims.py)
    event = law_content_event(event, pred, subject, obj, lexicon)  # "passed a law banning X": none (law_contents.py)
    event = everyday_event(event, pred, subject, obj, lexicon)  # "searched the building": none (everyday_senses.py)
    event = lone_victim_event(event, pred, subject, obj, lexicon)  # "X was murdered": 180 (lone_victims.py)
    event = repressed_protest_event(event, pred, subject, obj, lexicon)  # "soldiers fired on protesters": 175
    event = mass_destruction_event(event, pred, subject, obj, lexicon)  # "used chemical weapons": 204
    event = anaphoric_attack_event(event, pred, subject, obj, lexicon)  # "the attack killed": the bombing told (attack_anaphora.py)
    event = lone_shooting_event(event, pred, subject, obj, lexicon)  # a gunman's "shooting": 180 (lone_shootings.py)
    event = clientele_event(event, pred, subject, obj, lexicon)  # "provided support for customers": none (clientele.py)
    event = _ended(event, pred, lexicon)  # "lifted sanctions on Iran": the sanctions' noun is no 163 (relations/ended_events.py)
    event = belief_object_event(event, pred, obj, lexicon)  # "an attack on Christianity": none (belief_objects.py)
    event = business_rival_event(event, pred, subject, obj, lexicon)  # "Apple crushed its rivals": none (business_rivals.py)
    event = objection_event(event, pred, subject, lexicon)  # "protested that ...": 110 (objections.py)
    event = verbal_attack_noun_event(event, pred, subject, obj, lexicon)  # "Biden's attack on Trump": 111 (verbal_attacks.py)
    event = consult_topic_event(event, pred, obj, lexicon)  # "discussed the economy": no 04 with it (consult_topics.py)
    event = campaign_rally_event(event, pred, subject, lexicon)  # "held a campaign rally": none (campaign_rallies.py)
    if event is None or pred is None or pred.pos_ not in ("VERB", "AUX"):
        return event
    doc = pred.doc
    if natural_force(doc, subject, lexicon):
        return None  # "Typhoon Haiyan killed over 6,000 people": no actor (extract/events/things.py)
    if event.root in _CONFLICT_ROOTS and obj is not None and natural_force(doc, obj, lexicon):
        return None  # "challenged the coronavirus", "declared war on the virus": no actor is the target
    if domain_event(event, pred, subject, obj, lexicon) is None:
        return None  # "captured the championship": a sporting contest (extract/events/domains.py)
    if figurative_event(event, pred, subject, obj, lexicon) is None:
        return None  # "grabbed three seats", "invaded the market": a figure (extract/events/figures.py)
    if dealing_event(event, pred, subject, obj, lexicon) is None:
        return None  # "abused their power", "hosted a panel": no event (extract/events/dealings.py)
    lemma = pred.lemma_.lower()
    if lemma in lexicon.word_sets["undergoer_verbs"] and not _fits_pattern(lemma, pred, lexicon):
        return None  # "died at the medical centre": the subject undergoes; no conflict is named
    if event.root in _VIOLENCE_ROOTS:
        event = _against_words(event, pred, lexicon)
        event = verbal_attack_event(event, pred, subject, obj, lexicon)  # "attacked Biden in the debate": 111 (verbal_attacks.py)
        if event is None or event.root not in _VIOLENCE_ROOTS:
            return event
    if event.code == _GENERIC_FORCE and subject is not None and _one_person(doc, subject, lexicon):
        return _event(_ASSAULT, lexicon) or event
    if event.root not in _VIOLENCE_ROOTS and _to_care(pred, lexicon):
        return None
    if event.root == _CONSULT_ROOT and subject is not None and _private_encounter(doc, subject, obj):
        return None
    # "your candidacy, which I endorse": the speaker's act, done as it is said (extract/events/performatives.py)
    if (_standing(pred) and not performed(pred, event.root) or habitual_act(event, pred)
            or _holds_power(pred, lexicon)):
        return None
    if event.code.startswith(_DEESCALATE) and _from_aim(pred, lexicon):
        return None
    if _misread(event, pred, obj, lexicon):
        return None
    if _advice(event, pred, obj, lexicon) or use_event(event, pred, subject, obj, lexicon) is None:
        return None  # extract/events/uses.py: habits, help with a task, regarding
    event = observer_event(event, pred, subject, obj, lexicon)  # interviews, perception, research
    event = event and thing_event(event, pred, subject, obj, lexicon)
    return granted_denial_event(event, pred, subject, obj, lexicon)  # "denied funding": 120 (granted_denials.py)


# Measures that can be ended: demands, threats, protests, reduced relations, coercion (CAMEO roots 10-17).
# Violence (18-20) that is ended or called to an end ("an end to the bombing") went on until then.
_MEASURE_ROOTS = frozenset({f"{root}" for root in range(10, 18)})


def _ended(event: Event | None, pred, lexicon: Lexicon) -> Event | None:
    """None for a measure's noun (roots 10-17) a verb or a noun of ending does away with ("lifted
    sanctions on Iran", "revoked the ban": :func:`extract.relations.ended_events.ended_measure`)."""
    if event is not None and pred is not None and event.root in _MEASURE_ROOTS and ended_measure(pred, lexicon):
        return None
    return event


def _misread(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event one of the misreadings of the module docstring: harm in an accident, an
    investigation of nothing, a halted operation of one's own, an arrival at a site, cooperation
    with a thing, an inverted speaker?"""
    if event.root in _VIOLENCE_ROOTS and _after_accident(pred, lexicon):
        return True
    head = _head(pred.doc, obj) if obj is not None else None
    if event.root == _INVESTIGATE_ROOT and head is None:
        return True  # "where they were being monitored by the health authorities": nothing investigated
    if event.root == _REDUCE_ROOT and head is not None and _operation(head, lexicon):
        return True
    if event.root == _CONSULT_ROOT and head is not None and _at_site(pred, head, obj):
        return True
    if needs_partner(event.code) and head is not None and _thing_without_partner(pred, obj, lexicon):
        return True
    return head is not None and _inverted_speaker(pred, head, lexicon)


_INVESTIGATE_ROOT = "09"


_ACCIDENT_MARKS = frozenset({"when", "as", "after"})


def _after_accident(pred, lexicon: Lexicon) -> bool:
    """Has the verb (or the verb whose participle it is) a "when", "as" or "after" clause whose verb
    is an accident's ("when a bomber crashed", ``data/accident_verbs.txt``)?"""
    accident = lexicon.word_sets["accident_verbs"]
    return any(_in(clause, accident) and any(m.dep_ in ("mark", "advmod") and m.lower_ in _ACCIDENT_MARKS
                                             for m in clause.children)
               for verb in ((pred, pred.head) if pred.dep_ == "conj" else (pred,)) for clause in _time_clauses(verb))


def _time_clauses(verb):
    """The verb's adverbial clauses, and the clauses of its time words ("killed yesterday, when a
    bomber crashed", parsed as a relative clause of "yesterday"; "on Monday, when ...")."""
    for child in verb.children:
        if child.dep_ == "advcl":
            yield child
        times = [child] if child.dep_ == "npadvmod" else (
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [])
        for time in times:
            yield from (c for c in time.children if c.dep_ in ("relcl", "advcl"))


_REDUCE_ROOT = "16"


def _operation(head, lexicon: Lexicon) -> bool:
    """Is the object a search or rescue of the actor's own ("its search", "the rescue operation")?"""
    operations = lexicon.word_sets["operation_nouns"]
    return _in(head, operations) or any(
        c.dep_ in ("compound", "amod") and _in(c, operations) for c in head.children)


# Roles of no state, political or armed body: a store, a school, a hospital, people.
_SITE_ROLES = frozenset({"BUS", "CVL", "PPL", "EDU", "MED", "HLH"})
_SITE_TYPES = frozenset({"ORG", "FAC", "LOC"})


def _at_site(pred, head, obj: Argument) -> bool:
    """Is the object the place after the verb's "at" and no state, political or armed body?"""
    if obj.type not in _SITE_TYPES or not (head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.i == pred.i):
        return False  # a named site; "talking to NBC at the moment" is no arrival
    code = obj.actor_code or ""
    return _roles(code[3:] if len(code) > 3 else code) <= _SITE_ROLES  # "USABUS": the role after the country


_THING_TYPES = frozenset({"FAC", "LOC"})


def _thing_without_partner(pred, obj: Argument, lexicon: Lexicon) -> bool:
    """Is the object a facility or natural place with no actor code, and no acting "with", "to",
    "for", "between" or "among" phrase on the verb ("a bridge administered by the Port Authority")?"""
    if obj.type not in _THING_TYPES or obj.actor_code:
        return False
    return not any(prep.dep_ in ("prep", "dative") and prep.lower_ in _PARTNER_PREPS and token_can_act(pobj, lexicon)
                   for prep in pred.children for pobj in prep.children if pobj.dep_ == "pobj")


_PARTNER_PREPS = frozenset({"with", "to", "for", "between", "among"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_INVERSION_MARKS = frozenset({",", "\"", "''", "”", "’"})


def _inverted_speaker(pred, head, lexicon: Lexicon) -> bool:
    """Is the object the speaker of an inverted reporting clause ("..., argued the government's
    lawyer"): a verb of saying with no subject of its own, after a comma or a quote, whose direct
    object is a named person or a person noun?"""
    if pred.lemma_.lower() not in lexicon.tables["speech_verbs"] or pred.i == 0 or pred.tag_ not in _FINITE:
        return False  # "..., accusing the president of ...": a participle's object is its target
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        return False
    if head.dep_ == "appos":
        head = head.head  # "argued the government's lawyer, Richard Keen"
    if pred.doc[pred.i - 1].text not in _INVERSION_MARKS or head.dep_ not in ("dobj", "obj") or head.head.i != pred.i:
        return False
    people = lexicon.word_sets["person_nouns"] | lexicon.word_sets["speaker_nouns"]
    return head.ent_type_ == "PERSON" or _in(head, people) or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


_PRESENT = frozenset({"VBZ", "VBP"})


def _standing(pred) -> bool:
    """Is the verb a relative clause in the simple present ("the foundation, which provides support",
    "events where four people are killed", "Hamas, which controls Gaza"): a standing or generic
    state, not an event that happened?"""
    if pred.dep_ != "relcl":
        return False
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if pred.tag_ in _PRESENT:
        return not auxes
    return pred.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in _PRESENT


# Verbs of standing power or comparison (a closed class) that CAMEO files under force or cooperation
# ("DOMINATE" under DESTROY 190, "RULE" and "GOVERN" 060): with a direct object and no fitting
# pattern they say what holds ("dominated the group", "ruled the country for 30 years").
_POWER_STATES = frozenset({"dominate", "overshadow", "match", "rule", "govern"})


def _holds_power(pred, lexicon: Lexicon) -> bool:
    """Is the verb one of standing power or comparison with a direct object, read off its default alone?"""
    if pred.lemma_.lower() not in _POWER_STATES or not any(c.dep_ in ("dobj", "obj") for c in pred.children):
        return False
    return _default_only(pred, lexicon)


_DEESCALATE = "087"
# What one retreats from when it is an aim, not a place (beside the discourse objects: plans, policies).
_AIMS = frozenset({"goal", "goals", "aim", "aims", "position", "positions", "stance", "commitment", "commitments",
                   "promise", "promises", "pledge", "pledges", "demand", "demands", "objective", "objectives"})


def _from_aim(pred, lexicon: Lexicon) -> bool:
    """Has the verb a "from" phrase whose noun is an aim, plan or position ("retreated from a previous goal of
    ousting Assad", "backed away from its plan"): a change of policy, no military de-escalation?"""
    aims = _AIMS | lexicon.word_sets["discourse_objects"]
    return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
        o.dep_ == "pobj" and _in(o, aims) for o in prep.children) for prep in pred.children)


# Nouns of research (a closed class): what a scientist begins, publishes or releases.
_RESEARCH_NOUNS = frozenset({
    "study", "studies", "research", "survey", "surveys", "paper", "papers",
})
# Verbs a warning to take shelter or keep safe asks for ("warned people to stay inside").
_SHELTER_VERBS = frozenset({
    "stay", "remain", "keep", "shelter", "avoid", "close", "seek", "evacuate", "leave", "boil", "wear", "move",
})
_WARNING_VERBS = frozenset({"warn", "caution"})
# Plain people as the addressees of public advice (a closed class beside _PLAIN_PEOPLE).
_PUBLIC = _PLAIN_PEOPLE | frozenset({
    "resident", "residents", "public", "citizen", "citizens", "local", "locals", "motorist", "motorists",
    "traveller", "travellers", "traveler", "travelers", "visitor", "visitors", "tourist", "tourists", "everyone",
})
_THREATEN_ROOT = "13"


def _advice(event: Event, pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the event research read as an inquiry ("released a new study") or a warning to plain people
    to take shelter read as a threat ("warned people to stay inside")?"""
    head = _head(pred.doc, obj) if obj is not None else None
    if head is None:
        return False
    lemma = pred.lemma_.lower()
    if event.root == _INVESTIGATE_ROOT:
        carries = lexicon.keys_where("light_verbs", "reads", "event", "both")
        return (lemma in carries and _in(head, _RESEARCH_NOUNS)
                and not any(c.dep_ == "prep" and c.lower_ == "into" for c in (*head.children, *pred.children)))
    if event.root != _THREATEN_ROOT or lemma not in _WARNING_VERBS:
        return False
    if not _private(obj.actor_code) or not _in(head, _PUBLIC):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and _in(c, _SHELTER_VERBS) for c in pred.children)
