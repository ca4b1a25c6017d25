"""A verb's CAMEO sense from its frame: the verb pattern dictionary matched on the parse.

"took a decision" is not a seizure and "took control of the town" is
one (192); "defended his title" is no military protection. The verb
pattern dictionary (:mod:`extract.lexicon.cameo_verbs`) keys many verbs
on their particle, object and prepositions. :func:`frame_words` reads
those words off the parse, and :func:`verb_sense` matches them. The frame
is the verb's phrase, as PETRARCH matches a pattern within it: a participle
used as a preposition ("according to", "following the talks") opens an
adjunct and adds nothing ("according" is no "accord" of CAMEO's &TREATY),
a preposition is its text (no lemma), and the frame ends before a clause
coordinated after the verb (a word parsed past it belongs to that clause):

- a naming verb with an object predicate or an "as" phrase ("called the
  deal lousy", "described the attacks as a dastardly act",
  ``data/naming_verbs.txt``) gives the event of a pattern fitted on those
  words alone ("CALL * + DICTATOR" 111), else the event of the name's
  evaluation (:mod:`extract.events.statements`: "lousy" 111, "a decent man"
  051), else no event;
- a prepositional verb of the hand map (``data/events.tsv``: "call on",
  "call for") whose preposition the verb governs gives the hand map's event;
- a placement verb (``data/placement_verbs.txt``) with an event noun of the
  hand map after under, into, in or on gives the noun's event ("placed X
  under house arrest" 173, "put them on trial");
- a verb and the head of its object with a row of their own in the hand map
  (``data/events.tsv``: "sign decree" with no event: a signed decree, law
  or order is no demand; "fire person": a person or a title as the object
  of "fired" is dismissed, not shot; the object may be a passive subject,
  "was dismissed", or the noun of a participle, "a rally organised by")
  give that row, a row with a preposition ("bring case against" 115) only
  when that preposition is on the object or after it on the verb ("brought a
  case of wine" is no lawsuit); so does a verb of speaking with a named person, organisation
  or title after "to" (``speak to person`` 040: SPEAK and TALK are in CAMEO's
  CONFER synset; "spoke to reporters" keeps the statement default);
- a verb of conveying whose object is an expressive act ("sent his
  condolences" 018, "offered an apology" 055;
  :func:`extract.events.statements.expressive_event`) gives that act;
- a control verb's infinitive adds its verb, objects and prepositions to the
  frame: CAMEO keys "ORDER * + REMAIN IN &DETENTION [173]" on what is demanded;
- a verb of gathering (``data/assembly_verbs.txt``, from CAMEO's ASSEMBLE
  synset, and march) whose subject is protesters (``data/protest_agents.txt``,
  also "thousands of protesters") is a demonstration, 141, as the synset's
  own patterns code it ("DEMONSTRATORS * RESIGN [1411]"), unless a pattern
  other than a consultation fits ("marched in support of X" 053);
- a verb of fighting (``data/riot_verbs.txt``) whose subject is protesters is a
  violent protest, 145, as CAMEO's source-keyed patterns code it ("PROTESTERS * WITH +
  [145:175]  # CLASH", "DEMONSTRATOR * + [145]  # STORM"); a crowd's gathering with a cue of
  protest is 141 and protesters who block a way 144 (:mod:`extract.events.protest_crowds`);
- where none of the verb's own patterns fits, a pattern CAMEO keys on an
  armed source, or an aid pattern the verbs of giving share, gives its code
  (:mod:`extract.events.borrowed_patterns`: "troops entered Syria" 192,
  "delivered vaccines to Samoa" 073); a shared aid pattern of a kind also
  refines a fitted pattern of plain aid ("provided military aid" 072, not 070);
- a pattern that fits gives its code, or no event (``[---]``); a verb that
  performs what it states (``data/performative_verbs.txt``: "declared a
  curfew" 1723, "charged him with fraud" 173) keeps the material patterns
  a verb that reports does not ("reported an attack" is a statement);
  but a pattern
  that fits through a "from" phrase alone on a verb with a direct object
  ("withdrew the US from the treaty") gives no event: its object is what
  is moved, not the target the relation would make of it;
- else a verb of calling whose object cannot act ("called the election
  for Biden") gives no event, and so does any verb whose default is a
  consultation (not a visit) with only such objects and no partner after
  "with" or "to" ("heard the news", "met the deadline");
- else an *ambiguous* verb (most of its own patterns code another kind of
  event) whose default is a material event or verbal conflict gives no event;
- else the caller's default stands.
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.acknowledgements import acknowledgement_event
from ..relations.hyphen_words import hyphen_word
from ..syntax import is_mandative
from ..types import Event
from .borrowed_patterns import borrowed_event
from .low_attachments import low_prepositions
from .participants import token_can_act
from .participation import participation_event
from .phrasal_senses import phrasal_event
from .protest_crowds import crowd_demonstration, filled_streets, protest_obstruction
from .statements import expressive_event, statement_event

__all__ = ["NO_SENSE", "described_statement", "frame_words", "verb_sense"]

#: What :func:`verb_sense` returns when the patterns say nothing: keep the default.
NO_SENSE = object()

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "obj"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "det", "poss", "neg"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
# The subjects of a verb: a preposition before them is fronted, no part of a pattern.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Relative words: a fronted phrase that holds one ("in which") belongs to the clause's frame.
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _add(words: set[str], token) -> None:
    words.add(token.lower_)
    words.add(token.lemma_.lower())


def _noun_words(words: set[str], heads: set[str], head, *, depth: int = 1) -> None:
    """A noun phrase's head, its modifiers, and (``depth`` levels) its prepositions and their objects.

    A head that ends a hyphenated word is that word too: the parser splits "sit-in" into "sit", "-" and
    a head "in", and CAMEO writes it whole ("* SIT-IN [141]  # STAGE").
    """
    _add(words, head)
    _add(heads, head)
    for whole in {hyphen_word(head), hyphen_word(head, lemma=True)} - {None}:
        words.add(whole)
        heads.add(whole)
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS:
            _add(words, child)
        elif depth and child.dep_ == "prep":
            _add(words, child)
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    _noun_words(words, heads, obj, depth=depth - 1)


def _clause_end(pred) -> int:
    """Where the verb's phrase ends: before the first clause coordinated after it ("gave a few masks,
    but we are not supposed to use them after ... [3-4 hours]"): a pattern is matched within the verb
    phrase, and a dependent parsed past a coordinated clause belongs to that clause, not to the verb."""
    return min((c.left_edge.i - 1 for c in pred.children
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > pred.i), default=len(pred.doc))


def _declared_period(pred, child) -> bool:
    """Is ``child`` a period the parser hung on the verb as an adverb, whose "of" phrase is the
    verb's object ("declared tomorrow a day of mourning": DECLARE * MOURNING [017])?"""
    return (child.dep_ == "npadvmod" and child.pos_ == "NOUN" and child.i > pred.i
            and not any(c.dep_ in _OBJECT_DEPS for c in pred.children)
            and any(c.dep_ in ("det", "nummod") for c in child.children)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children))


def frame_words(pred, *, preps: bool = True) -> tuple[frozenset[str], frozenset[str]]:
    """(all words, head words) of a verb's frame, lower-case texts and lemmas.

    The frame is the verb's particle, objects, prepositions and their
    objects, with the objects' modifiers: "took control of the town" ->
    control, of, the, town; "took part in the protest" -> part, in, the,
    protest; "was taken into custody" -> into, custody (and the subject
    of the passive). The heads leave out the modifiers and the prepositions
of the objects (not the verb's own: "spoke with").
    """
    words: set[str] = set()
    heads: set[str] = set()
    if pred.dep_ in ("acl", "relcl") and pred.tag_ == "VBN" and pred.head.pos_ in ("NOUN", "PROPN"):
        _noun_words(words, heads, pred.head, depth=0)  # "a lawsuit filed by Texas": the noun is the object
    subject_at = min((c.i for c in pred.children if c.dep_ in _SUBJECT_DEPS), default=-1)
    closed_at = _clause_end(pred)
    for child in pred.children:
        dep = child.dep_
        if child.i > closed_at:
            continue  # past a coordinated clause: a misattached word of another clause
        if dep == "prt":
            _add(words, child)
            _add(heads, child)
        elif dep in _OBJECT_DEPS or _declared_period(pred, child):
            _noun_words(words, heads, child)
        elif dep in _PREP_DEPS:
            if not preps:
                if dep == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    _noun_words(words, heads, child)  # "gave Israel 48 hours": an object, no phrase
                continue
            if child.i < subject_at and not any(t.tag_ in _WH_TAGS for t in child.subtree):
                continue  # a phrase fronted before the subject ("In so ruling, the court ...") is no part of the frame
            if child.pos_ == "VERB":
                continue  # a participle as preposition ("according to", "including"): no "accord", no pattern word
            words.add(child.lower_)  # a preposition is its text: no lemma
            if dep != "agent":
                # a preposition of the verb itself ("spoke with"); a passive's "by" introduces the
                # source, never the target of a pattern such as "ATTACK * BY + [141]"
                heads.add(child.lower_)
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    _noun_words(words, heads, obj, depth=0)
        elif dep == "xcomp":
            _add(words, child)
            _add(heads, child)
            words.update(t.lower_ for t in child.children if t.dep_ == "aux")
    return frozenset(words), frozenset(heads)


def _demanded_words(pred, words: frozenset[str], lexicon: Lexicon) -> frozenset[str]:
    """``words`` with those of the infinitive a control verb demands ("ordered him to remain in
    custody": remain, in, custody): CAMEO keys "ORDER * + REMAIN IN &DETENTION [173]" and
    "ORDER * DIPLOMAT TO LEAVE + [161]" on the complement's verb, objects and prepositions.
    A clause ("warned that ...") is what is said, not demanded, and adds nothing, unless it is a
    mandative subjunctive ("ordered that X remain in custody")."""
    if pred.lemma_.lower() not in lexicon.word_sets["control_verbs"]:
        return words
    more: set[str] = set()
    for child in pred.children:
        if child.dep_ == "xcomp" or is_mandative(child):
            _add(more, child)
            for grand in child.children:
                if grand.dep_ in _OBJECT_DEPS or grand.dep_ == "prt":
                    _noun_words(more, set(), grand, depth=0)
                elif grand.dep_ == "prep":
                    _add(more, grand)
                    for obj in grand.children:
                        if obj.dep_ == "pobj":
                            _noun_words(more, set(), obj, depth=0)
    return words | more


def _characterisation(pred) -> tuple[frozenset[str], frozenset[str]]:
    """(words, heads) of what a naming verb says its object (or its passive subject: "was
    described as knife-obsessed") is: the object predicate ("called the deal lousy") or the "as" phrase, on the verb or on its object as the parser attaches
    it ("described the attacks as a dastardly act"). The words are the predicate's head with
    its modifiers ("as" too); the heads its head words. Both empty if there is none."""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    if not objects and any(c.dep_ == "auxpass" for c in pred.children):
        objects = [c for c in pred.children if c.dep_ == "nsubjpass"]  # "was described as X by the police"
    named = [c for c in pred.children if c.dep_ == "oprd"]
    if not objects and len(named) > 1:
        objects, named = named[:1], named[1:]  # "called Trump a national embarrassment", parsed as two predicates
    if not objects:
        return frozenset(), frozenset()
    words: set[str] = set()
    for head in (pred, *objects):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                named += [g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")]
                words.add("as")
    heads: set[str] = set()
    for token in named:
        _noun_words(words, heads, token, depth=0)
    return (frozenset(words), frozenset(heads)) if named else (frozenset(), frozenset())


def _characterised(lemma: str, named: tuple[frozenset[str], frozenset[str]], lexicon: Lexicon) -> Event | None:
    """The event of a verb pattern fitted on the characterisation alone ("CALL * + DICTATOR [111]",
    "DESCRIBE * AS PROVOCATION [110]"), or None: the sense (praise or criticism) is in those words."""
    patterns = lexicon.cameo.patterns
    if patterns is None:
        return None
    fits, code = patterns.code_for(lemma, *named)
    try:
        return event_for_code(code, lexicon.cameo.labels) if fits and code else None
    except EventMapError:
        return None


def described_statement(pred, lexicon: Lexicon) -> bool:
    """Is ``pred`` a verb of naming whose statement (010) is read off the verb alone: an active verb
    of ``data/naming_verbs.txt`` whose own event is a statement, with a characterisation that no
    pattern or evaluative word codes (:func:`_described`)? Its speaker must be an official or a body
    (:mod:`extract.events.characterised_statements`)."""
    lemma = pred.lemma_.lower()
    if lemma not in lexicon.word_sets["naming_verbs"] or _described(lemma, pred, lexicon) is None:
        return False
    named = _characterisation(pred)
    return bool(named[0]) and _characterised(lemma, named, lexicon) is None and statement_event(pred, lexicon) is None


def _described(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """The verb's own event when it is a statement (root 01: "describe", "characterize") in the active
    voice, or None: a characterisation no pattern or evaluative word codes is still the speaker's
    statement ("Trump characterized the call as 'perfectly fine and routine'" 010); "called the deal X"
    is no call, and a passive ("Amman, who was described as 'knife-obsessed' by the police") describes
    its subject more than it reports a statement."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children):
        return None
    event = lexicon.cameo.event_of(lemma)
    return event if event is not None and event.root == _STATEMENT_ROOT else None


def _calls_a_thing(pred, entry, lexicon: Lexicon) -> bool:
    """Does a verb of calling (its default a consultation) have an object that cannot act
    ("called the election for Biden": no telephone call)?"""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    consults = entry.default is not None and entry.default[:2] == _CONSULT_ROOT
    return bool(objects) and consults and not any(token_can_act(obj, lexicon) for obj in objects)


def _consults_a_thing(pred, entry, lexicon: Lexicon) -> bool:
    """Does a verb whose default is a consultation other than a visit have only objects that cannot
    act, and no partner after "with" or "to" ("heard the news", "met the deadline": no one is
    consulted; "discussed the budget with Merkel" has a partner)? A visit's object is a place."""
    if entry.default is None or entry.default[:3] in _VISIT_CODES:
        return False
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    # a mediator's parties: "brokered a deal between A and B" ("MEDIATE * BETWEEN [045]")
    preps = _PARTNER_PREPS | {"between"} if entry.default[:3] == _MEDIATE_CODE else _PARTNER_PREPS
    if any(c.dep_ == "prep" and c.lower_ in preps for head in (pred, *objects) for c in head.children):
        return False  # "discussed the budget with Merkel": the parser may hang the partner on the object
    return _calls_a_thing(pred, entry, lexicon)


_CONSULT_ROOT = "04"
_STATEMENT_ROOT = "01"
_VISIT_CODES = frozenset({"042", "043"})
_PARTNER_PREPS = frozenset({"with", "to"})
_MEDIATE_CODE = "045"


def _prepositional_event(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """The hand map's event of a prepositional verb ("call on", "call for") whose preposition the verb has."""
    if pred is None or " " in lemma or any(c.dep_ in ("dobj", "obj", "oprd") for c in pred.children):
        return None  # "called the election for Biden", "called Nevada for Biden" are no appeals
    hand = lexicon.cameo.hand
    for child in pred.children:
        if child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            found = hand.get(f"{lemma} {child.lower_}")
            if found is not None:
                return found
    return None


_PLACEMENT_PREPS = frozenset({"under", "into", "in", "on"})


def _placement_event(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """The hand map's event of the state a placement verb puts someone in ("placed X under house arrest")."""
    if pred is None or lemma not in lexicon.word_sets["placement_verbs"]:
        return None
    hand = lexicon.cameo.hand
    for child in pred.children:
        if child.dep_ != "prep" or child.lower_ not in _PLACEMENT_PREPS:
            continue
        for noun in child.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound")
                found = (hand.get(f"{compound} {noun.lemma_.lower()}") if compound else None) or hand.get(noun.lemma_.lower())
                if found is not None:
                    return found
    return None


_MISSING = object()
_OBJECT_OF_ROW = frozenset({"dobj", "obj", "nsubjpass"})


def _object_row(lemma: str, pred, lexicon: Lexicon):
    """The hand map's row of the verb with its object's head ("sign decree"), or :data:`_MISSING`.

    A row may key on the object's compound or adjective ("issue executive order": no demand).
    The subject of a passive verb is its object ("the decree was signed",
    "the minister was dismissed"), and so is the noun a past participle
    modifies ("a rally organised by the party").
    """
    if pred is None or " " in lemma:
        return _MISSING
    events = lexicon.cameo.events
    objects = [c for c in pred.children if c.dep_ in _OBJECT_OF_ROW]
    if pred.dep_ in ("acl", "relcl") and pred.tag_ == "VBN" and pred.head.pos_ in ("NOUN", "PROPN"):
        objects.append(pred.head)
    for child in objects:
        if child.pos_ in ("NOUN", "PROPN"):
            compound = " ".join(t.lemma_.lower() for t in child.lefts if t.dep_ == "compound")
            # "issued an executive order": a row may key on an adjective of the object as on a compound
            described = tuple(f"{lemma} {t.lower_} " for t in child.lefts if t.dep_ == "amod")
            # "brought a case against Chile": a row keyed on the noun's preposition, on the noun or after it
            preps = tuple(dict.fromkeys(p.lower_ for p in (*child.children, *(c for c in pred.children if c.i > child.i))
                                        if p.dep_ == "prep" and any(o.dep_ == "pobj" for o in p.children)))
            for noun in dict.fromkeys((child.lemma_.lower(), child.lower_)):  # "data": the lemma may be "datum"
                keys = tuple(f"{lemma} {noun} {p}" for p in preps)
                named = ((f"{lemma} {compound} {noun}",) if compound else ()) + tuple(f"{d}{noun}" for d in described)
                for key in keys + named + (f"{lemma} {noun}",):
                    if key in events:
                        return events[key]
        if (_person(child, lexicon) or _person_noun(child, lexicon)) and f"{lemma} person" in events:
            return events[f"{lemma} person"]  # "fired his vice president", "sacked Comey": no force
        if f"{lemma} force" in events and child.lemma_.lower() in lexicon.word_sets["force_nouns"]:
            return events[f"{lemma} force"]  # "massed troops on the border", "massed tanks": a mobilisation
    return _MISSING


_ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _addressee_row(lemma: str, pred, lexicon: Lexicon):
    """The hand map's row of a verb of speaking with a named addressee after "to" ("spoke to the
    minister", "talked to Reuters": ``speak to person``), or :data:`_MISSING` ("spoke to reporters")."""
    if pred is None or " " in lemma or f"{lemma} to person" not in lexicon.cameo.events:
        return _MISSING
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ in _ADDRESSEE_ENTITIES or _person(obj, lexicon)):
                    return lexicon.cameo.events[f"{lemma} to person"]
    return _MISSING


_DEMONSTRATE = "141"


def _subject_heads(pred, counting: frozenset[str]):
    """The heads of a verb's subject, through a coordinated verb's first conjunct and a counting
    word's "of" ("thousands of protesters", ``data/quantifier_nouns.txt``, or a number)."""
    verb = pred
    while (verb.dep_ == "conj" or _subject_control(verb)) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "rioters started to loot": the subject of "started"
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        yield subject
        if subject.lower_ in counting or subject.pos_ == "NUM":
            for prep in subject.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    yield from (g for g in prep.children if g.dep_ == "pobj")


def _subject_control(verb) -> bool:
    """Is ``verb`` the infinitive of a verb with no object, whose subject it shares ("rioters started to loot")?"""
    return verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "obj", "iobj") for c in verb.head.children)


def _demonstration(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """141 for a verb of gathering whose subject is protesters ("protesters gathered outside the
    parliament", ``data/assembly_verbs.txt``, ``data/protest_agents.txt``), else None."""
    if pred is None or lemma not in lexicon.word_sets["assembly_verbs"]:
        return None
    # "thousands of people gathered outside the parliament with slogans" (extract/events/protest_crowds.py)
    return _protesters_event(pred, _DEMONSTRATE, lexicon) or crowd_demonstration(lemma, pred, lexicon)


def _protesters_event(pred, code: str, lexicon: Lexicon, *, alone: bool = False) -> Event | None:
    """The event of ``code`` if the verb's subject is protesters (``data/protest_agents.txt``,
    also "thousands of protesters"), else None; ``alone``: not coordinated with another subject."""
    protesters = lexicon.word_sets["protest_agents"]
    for head in _subject_heads(pred, lexicon.word_sets["quantifier_nouns"]):
        if alone and any(c.dep_ == "conj" for c in head.children):
            return None
        if head.lemma_.lower() in protesters or head.lower_ in protesters:
            try:
                return event_for_code(code, lexicon.cameo.labels)
            except EventMapError:
                return None
    return None


_RIOT = "145"


def _violent_protest(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """145 for a verb of fighting whose subject is protesters ("protesters clashed with police",
    ``data/riot_verbs.txt``: CAMEO's "PROTESTERS * WITH + [145:175]  # CLASH"), else None; not for
    protesters coordinated with others ("protesters and police clashed": CAMEO's "POLICE AND
    PROTESTER * [175:145]", one code each)."""
    if pred is None or lemma not in lexicon.word_sets["riot_verbs"]:
        return None
    return _protesters_event(pred, _RIOT, lexicon, alone=True)


def _person(token, lexicon: Lexicon) -> bool:
    """Is ``token`` a named person or a title ("the vice president")?"""
    if token.ent_type_ == "PERSON":
        return True
    titles = lexicon.word_sets["titles"]
    compound = " ".join(t.lower_ for t in token.lefts if t.dep_ == "compound")
    return token.pos_ == "NOUN" and (token.lower_ in titles or f"{compound} {token.lower_}".strip() in titles)


def _person_noun(token, lexicon: Lexicon) -> bool:
    """Is ``token`` a common noun for a person or a plural title ("suspended two officers", "fired the
    employee", "sacked three ministers")?"""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lexicon.word_sets["person_nouns"] or lemma in lexicon.word_sets["titles"])


def _moved_object(lemma: str, pred, words: frozenset[str], heads: frozenset[str], lexicon: Lexicon, how: dict) -> bool:
    """Does the fitted pattern need a "from" phrase and not the verb's direct object
    ("withdrew the US from the treaty": the pattern is "withdraw from treaty")? ``how`` are
    :meth:`~extract.lexicon.cameo_verbs.VerbPatterns.code_for`'s options for the verb."""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    if not objects or "from" not in heads:
        return False
    patterns = lexicon.cameo.patterns
    dropped = {w for obj in objects for t in obj.subtree for w in (t.lower_, t.lemma_.lower())} - {"from"}
    without_object = patterns.code_for(lemma, words - dropped, heads - dropped, acts=how["acts"])
    without_from = patterns.code_for(lemma, words - {"from"}, heads - {"from"}, **how)
    return without_object == patterns.code_for(lemma, words, heads, **how) and not without_from[0]


def _object_words(pred) -> set[str]:
    """The words of the verb's direct object up to its head: what comes before a preposition of the verb."""
    return {w for c in pred.children if c.dep_ in ("dobj", "obj", "oprd") for t in c.subtree if t.i <= c.i
            for w in (t.lower_, t.lemma_.lower())}


def _complements(pred, words: frozenset[str]) -> frozenset[str] | None:
    """The frame's words outside the verb's own prepositional phrases (its objects, particle,
    complements and what a control verb demands), or None if the verb has no object.

    A pattern's words before its first preposition ("GIVE * + HOURS [139]") name the verb's
    object: with an object of its own, a noun of an adjunct does not fill them ("gave masks to
    residents within hours" sets no deadline; "gave Israel 48 hours" does). A verb with no object
    may have its prepositional object stand for one ("entered into an agreement", "* &TREATY").
    """
    if not any(c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP" for c in pred.children):
        return None
    return frame_words(pred, preps=False)[0] | (words - frame_words(pred)[0])


def _performs(lemma: str, lexicon: Lexicon) -> bool:
    """Does the verb perform what it states ("declared a curfew", ``data/performative_verbs.txt``)?"""
    return lemma in lexicon.word_sets["performative_verbs"]


def verb_sense(lemma: str, pred, default: Event | None, lexicon: Lexicon):
    """The event of verb ``lemma`` in the frame of ``pred`` where a verb pattern fits it.

    Returns
    -------
    Event, None or NO_SENSE
        The fitted pattern's event; None if a ``[---]`` pattern fits, or no
        pattern fits an ambiguous verb whose ``default`` is a material event or verbal conflict;
        :data:`NO_SENSE` if the patterns say nothing (keep ``default``).
        With ``default`` None, only a fitted pattern gives an answer.
    """
    if pred is None:
        return _verb_sense(lemma, pred, default, lexicon)
    # asked for one verb again and again (its event, then whether the verb alone gave it): read once per Doc
    answers = cache_of(pred.doc).memo("verb_sense")
    key = (lemma, pred.i, default.code if default is not None else None, id(lexicon))
    found = answers.get(key, _MISSING)
    if found is _MISSING:
        found = answers[key] = _verb_sense(lemma, pred, default, lexicon)
    return found


def _verb_sense(lemma: str, pred, default: Event | None, lexicon: Lexicon):
    """:func:`verb_sense`, not memoised."""
    if pred is not None and lemma in lexicon.word_sets["naming_verbs"]:
        named = _characterisation(pred)
        evaluated = statement_event(pred, lexicon)  # "called Biden a decent man" 051, by the name's words
        if named[0]:  # "called the deal lousy": a characterisation, not a call; "called him a dictator" 111
            return _characterised(lemma, named, lexicon) or evaluated or _described(lemma, pred, lexicon)
        if evaluated is not None:
            return evaluated
    acknowledged = acknowledgement_event(lemma, pred, lexicon)
    if acknowledged is not None:
        return acknowledged  # "admitted his guilt", "pleaded guilty" 015 (extract/relations/acknowledgements.py)
    partaking, joined = participation_event(pred, lexicon)
    if partaking:
        return joined  # "took part in the protest": the protest's event (extract/events/participation.py)
    prepositional = (_prepositional_event(lemma, pred, lexicon) or _placement_event(lemma, pred, lexicon)
                     or _violent_protest(lemma, pred, lexicon) or protest_obstruction(lemma, pred, lexicon)
                     or filled_streets(lemma, pred, lexicon))
    if prepositional is not None:
        return prepositional  # "called on Iran to ...": an appeal; "placed X under house arrest"
    row = _object_row(lemma, pred, lexicon)
    if row is _MISSING:
        row = _addressee_row(lemma, pred, lexicon)  # "spoke to the minister": a consultation
    if row is not _MISSING:
        return row  # "signed a decree": no demand
    expressed = expressive_event(lemma, pred, lexicon)
    if expressed is not None:
        return expressed  # "sent his condolences" 018, "offered an apology" 055
    patterns = lexicon.cameo.patterns
    if patterns is None or pred is None or pred.pos_ not in ("VERB", "AUX") or patterns.entry(lemma) is None:
        return NO_SENSE
    words, heads = frame_words(pred)
    for prep in low_prepositions(pred, patterns.entry(lemma), lexicon):  # "charged X in the shooting with murder"
        low_words, low_heads = {prep.lower_}, {prep.lower_}
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                _noun_words(low_words, low_heads, obj, depth=0)
        words, heads = words | low_words, heads | low_heads
    phrasal = phrasal_event(lemma, pred, words, heads, lexicon)
    if phrasal is not None:
        return phrasal  # "reached out to X": the row of "reach out" (040), not the particle's pattern (phrasal_senses.py)
    words = _demanded_words(pred, words, lexicon)
    if pred.lemma_.lower() in lexicon.word_sets["control_verbs"]:
        # a mandative clause heads the frame as an infinitive does ("ordered the accused remain in custody")
        heads = heads | {w for c in pred.children if is_mandative(c) for w in (c.lower_, c.lemma_.lower())}
    complements = _complements(pred, words)
    how = {
        "acts": _performs(lemma, lexicon),
        "complements": complements,  # "gave masks ... within hours" is no "GIVE * + HOURS"
        "objects": _object_words(pred),
        "bound": {w for w in heads if f"{lemma} {w}" in lexicon.cameo.hand},  # "call for": no object between
    }
    fits, code = patterns.code_for(lemma, words, heads, **how)
    if not fits or (code is not None and code[:2] == _CONSULT_ROOT):
        demonstration = _demonstration(lemma, pred, lexicon)
        if demonstration is not None:  # protesters gathering; "marched in support of X" (053) is no protest
            return demonstration
    borrowed = borrowed_event(lemma, pred, words, heads, how, lexicon, fitted=code if fits else NO_SENSE)
    if borrowed is not None:
        return borrowed  # "troops entered Syria" 192, "delivered vaccines to Samoa" 073 (extract/events/borrowed_patterns.py)
    if fits:
        if code is None or _moved_object(lemma, pred, words, heads, lexicon, how):
            return None
        try:
            return event_for_code(code, lexicon.cameo.labels)
        except EventMapError:  # a code the table does not label: keep the default
            return NO_SENSE
    if lemma in lexicon.word_sets["naming_verbs"] and _calls_a_thing(pred, patterns.entry(lemma), lexicon):
        return None  # "called the election for Biden"
    if _consults_a_thing(pred, patterns.entry(lemma), lexicon):
        return None  # "heard the news"
    if default is not None and patterns.withholds(lemma, default.code):
        return None
    return NO_SENSE
