"""Event nouns whose sides the clause around them names, or that name one side only.

An event coder reads an event off a noun as off a verb ("the killing of X",
"drone strikes on Y", "condemnation came from Z"). :mod:`.nominal` reads a
noun's own agent and target; these rules read the frames it leaves:

- **Voiced by a clause.** A verbal conflict noun (criticism, condemnation
  ...) that the clause says came from someone, or an utterance noun whose
  "of" phrase is any verbal event noun ("statements of condemnation",
  "messages of support"): it is the subject of a verb of arriving
  (``_ARRIVAL_VERBS``: "came from X", "poured in from X"), or the object of
  a verb of drawing a response (``_RESPONSE_VERBS``: "drew criticism from
  X"). The "from" phrase is the source; the target is the drawing verb's
  subject where it is an actor ("the minister faced criticism from
  lawmakers"), else the one unnamed concept. Plain "support from X" is
  left out: it may be money, not words.
- **Struck by an event.** The passive subject of a verb whose "by" phrase
  is a material conflict noun ("the convoy was hit by an airstrike"), or of
  a harm verb whose "in" phrase is one ("three soldiers were killed in a
  Taliban attack"), is the target of that noun; its source is the noun's
  own agent ("Taliban", "US", "by X"), else the unnamed concept.
- **One side named.** A material conflict noun with an actor agent in a
  "by" phrase, a light participle or an actor modifier and no target ("an
  attack by the Taliban") gives (agent, event, unspecified); a possessor
  alone is no agent ("Jamal's killing" is done to him), nor is the lone
  agent of a one-place event ("a strike by teachers"). One with no agent
  and an actor target after "on", "against" or "targeting" (a thing an
  actor modifier owns counts: "strikes on Saudi oil facilities"), or a coded
  actor in its "of" phrase ("drone strikes on Houthi rebels", "the
  shooting of protesters") gives (unspecified, event, target); a noun with
  a direction ("an invasion of X into Y") has its mover in "of".
- **Opened by a verb.** The object of a verb of starting or carrying out
  ("French prosecutors opened an investigation into Renault", "began its
  probe into X") is the subject's act against its "into"/"on"/"against"
  phrase, where no verb rule related the verb.

A labour strike is no use of force: "strike" whose agent is a plain group
with a role that does not use force (workers, teachers, doctors: not a
military, police, rebels or a government, ``_FORCE_ROLES``) gives no event.
Only actors take part: a named person, organisation or country, or a
noun the actor tables code; nothing is guessed where the grammar gives
neither side.
"""

from __future__ import annotations

from ..coref_person_groups import counted_antecedent
from ..syntax import passive_agents, prepositional_objects
from ..types import Argument
from .output import _BASE

__all__ = ["EventNounRules", "labour_group"]

# Verbs whose subject arrives from somewhere: "condemnation came from X", "messages poured in from X".
_ARRIVAL_VERBS = frozenset({"come", "pour", "flood", "flow", "arrive", "stream"})
# Verbs whose subject draws a response from someone: "drew criticism from X", "received support from X".
_RESPONSE_VERBS = frozenset({"draw", "receive", "attract", "face", "earn", "win", "garner", "get"})
# Nouns of something said whose "of" phrase names what kind of act it is: "statements of condemnation".
_UTTERANCE_NOUNS = frozenset({"statement", "message", "expression", "word", "note", "letter", "call", "voice"})
# Event classes a voiced noun may have (verbal), and those a struck or one-sided noun must have.
_VERBAL_CONFLICT = "verbal conflict"
_VERBAL = frozenset({_VERBAL_CONFLICT, "verbal cooperation"})
_MATERIAL_CONFLICT = "material conflict"
# Prepositions that name the target of a one-sided conflict noun besides "of".
_TARGET_PREPS = ("on", "against", "targeting", "upon")
# Verbs of starting or carrying out whose object event noun is their subject's act: "opened a probe into X".
_OPENING_VERBS = frozenset({"open", "initiate", "begin", "start", "launch", "conduct", "carry out", "mount", "stage",
                            "wage", "resume", "step up", "intensify", "escalate", "perform", "undertake"})
# The CAMEO root of an inquiry: its noun's "of" phrase is the one looked into ("an investigation of Ford").
_INQUIRY_ROOT = "09"
# Verbs of bringing or imposing whose passive subject event noun is done to its target: "charges were filed
# against X", "sanctions were imposed on X", "an embargo was slapped on X".
_IMPOSING_VERBS = frozenset({"file", "bring", "lodge", "lay", "level", "impose", "slap", "press"})
# Verbs of holding whose passive subject is a protest (CAMEO 14) against its "against" phrase: "protests were
# held against the government" ("a meeting was held on Iran" is about Iran, none).
_HOLDING_VERBS = frozenset({"hold", "organise", "organize"})
_PROTEST_ROOT = "14"
# The CAMEO code of praise: "received praise" is words, as criticism is (support may be money).
_PRAISE = "051"
# Prepositions on an opening verb that name its object event's target ("on" there is mostly a time).
_VERB_TARGET_PREPS = ("into", "against", "targeting")
# Prepositions of a direction: an event noun with one has a mover, not a patient, in its "of" phrase.
_DIRECTIONS = ("into", "to", "toward", "towards")
# The verb lemma of a strike, and the agent roles that strike with force (others strike as labour).
_STRIKE = "strike"
_FORCE_ROLES = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "GOV", "COP", "SPY"})
# Words of organised labour the agent dictionary gives no role.
_LABOUR_WORDS = frozenset({"union", "staff", "worker", "employee", "workforce"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
# Confidence of a relation with one unnamed side.
_ONE_SIDED = _BASE["nominal"] - (_BASE["active"] - _BASE["implicit"])


class EventNounRules:
    """Event nouns read through their clause, or with one side named.

    Expects ``doc``, ``index``, ``lexicon``, the argument, clause, target
    (``is_actor``), implicit (``unspecified``), nominal and output rules on
    the reader.
    """

    def event_class(self, lemma: str) -> str | None:
        """The CAMEO quad class of an event noun's verb lemma, or None."""
        event = self.lexicon.cameo.event_of(lemma)
        return event.quad_class if event is not None else None

    def actor_arguments(self, tokens, *, owned: bool = False) -> list[Argument]:
        """The arguments of ``tokens`` that are actors: named, or a noun the actor tables code.

        With ``owned``, a thing a country or actor modifier owns counts too ("strikes on Saudi oil
        facilities", "an attack on an Israeli bus"): an event coder codes the target by its owner.
        """
        out = []
        for tok in tokens:
            for member in self.members(tok):
                group = counted_antecedent(member, self.lexicon)  # "Two officers ... Both": the officers
                for arg in self.arguments(member):
                    if (not arg.is_concept or arg.actor_code or self.is_actor(group or member)
                            or owned and self.owner_modified(member)):
                        out.append(arg)
        return out

    def owner_modified(self, tok) -> bool:
        """Has the noun ``tok`` a modifier that names an actor ("Saudi", "Israel's"), not a stance or a place?"""
        for child in tok.children:
            if child.dep_ in _MODIFIER_DEPS and child.i < tok.i:
                mention = self.index.mention_at(child.i)
                if mention is not None and mention.token_end <= tok.i and self.actor_modifier(mention):
                    return True
        return False

    def emit_noun(self, source, predicate, target, noun, *, negated: bool, confidence: float) -> None:
        """Emit (source, noun's event, target) unless the sentence already states that event.

        A verb rule read it when a relation's predicate spans the noun ("carried out strikes
        against X") or one of the sentence joins the same two sides with an event of the same
        CAMEO root ("X were killed in a Taliban attack": the killing already has the attack's agent).
        """
        _sentence, start = self.sentence_of(noun.i)
        event = self.lexicon.cameo.event_of(predicate.lemma)
        for rel in self.out:
            if rel.predicate.start < predicate.start and noun.idx < rel.predicate.end:
                return  # a light verb's phrase ends with the noun
            if rel.sentence_start != start or (rel.subject.key, rel.object.key) != (source.key, target.key):
                continue
            other = self.lexicon.cameo.event_of(rel.predicate.lemma)
            if other is not None and event is not None and other.root == event.root:
                return
        self.emit(source, predicate, target, noun, negated=negated, confidence=confidence, allow_concepts=True)

    def labour_strike(self, noun, lemma: str, agents) -> bool:
        """Is a strike's agent a plain group that does not use force ("a strike by workers", "teachers'
        strike")? Then it is a labour strike, no force. A named agent or an armed or state role
        ("a US strike", "strikes by Russian jets") keeps the strike.
        """
        if lemma != _STRIKE:
            return False
        # the agents, and a possessor or modifier the agent rules left out as no actor ("teachers' strike")
        words = list(agents) + [c for c in noun.children if c.dep_ in _MODIFIER_DEPS and c.i < noun.i]
        return labour_group([t for t in words if self.index.mention_at(t.i) is None], self.lexicon)

    def labour_noun(self, noun, lemma: str) -> bool:
        """Is ``noun`` a labour strike by its own agents or by who joins it ("teachers took part in a strike")?"""
        if lemma != _STRIKE:
            return False
        agents = [m for a in self.nominal_agents(noun) for m in self.members(a)]
        verb, passive = self.joining_verb(noun)
        if verb is not None:
            agents += [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "nsubj")]
        return self.labour_strike(noun, lemma, [m for a in agents for m in self.members(a)])

    def voiced_by_clause(self, noun, lemma: str) -> bool:
        """(X, event, target) of "condemnation came from X", "drew criticism from X"; returns whether read."""
        quad = self.event_class(lemma)
        if quad not in _VERBAL:
            return False
        head, tok = noun.head, noun
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _UTTERANCE_NOUNS:
            tok = head.head  # "statements of condemnation came from X"
        elif quad != _VERBAL_CONFLICT and not self.praise_noun(lemma):
            return False  # "received support from X" may be money; "messages of support" are words
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma_verb = verb.lemma_.lower()
        if tok.dep_ in ("nsubj", "nsubjpass") and lemma_verb in _ARRIVAL_VERBS:
            targets = []
        elif tok.dep_ in ("dobj", "obj") and lemma_verb in _RESPONSE_VERBS:
            targets = self.actor_arguments([c for c in verb.children if c.dep_ == "nsubj"])
        else:
            return False
        froms = prepositional_objects(verb, ("from",)) + prepositional_objects(tok, ("from",)) + [
            p for prt in verb.children if prt.dep_ in ("prt", "advmod") and prt.lower_ == "in"
            for p in prepositional_objects(prt, ("from",))]  # "from" on the verb, the noun or "in"
        sources = self.actor_arguments(froms)
        if not sources and (froms or not targets):
            return False  # "drew criticism from the press" (no actor), "criticism came" (no one)
        if not sources and any(c.dep_ == "poss" for c in tok.children):
            return False  # "won her lawsuit": the possessor's own act, no response drawn from others
        predicate = self.noun_predicate(noun, lemma)
        negated = self.negated(verb)
        confidence = _BASE["nominal"] if targets and sources else _ONE_SIDED
        sources = sources or [self.unspecified(noun)]  # "he received criticism for the move": unnamed critics
        for source in sources:
            for target in targets or [self.unspecified(noun)]:
                self.emit_noun(source, predicate, target, noun, negated=negated, confidence=confidence)
        return True

    def praise_noun(self, lemma: str) -> bool:
        """Is ``lemma`` a noun of praise (CAMEO 051: "received praise", "won plaudits")? Words, not money."""
        event = self.lexicon.cameo.event_of(lemma)
        return event is not None and event.code == _PRAISE

    def struck_by(self, noun, lemma: str) -> bool:
        """(agent, event, X) of "X was hit by an airstrike", "X were killed in a Taliban attack"; returns whether read."""
        if self.event_class(lemma) != _MATERIAL_CONFLICT or noun.dep_ != "pobj":
            return False
        prep, verb = noun.head, noun.head.head
        if verb.pos_ != "VERB":
            return False
        if prep.dep_ == "agent":
            pass  # "was hit by an airstrike"
        elif not (prep.lower_ == "in" and verb.lemma_.lower() in self.harms and verb.tag_ == "VBN"):
            return False
        targets = self.actor_arguments([c for c in verb.children if c.dep_ == "nsubjpass"])
        if not targets:
            return False
        agent_tokens = [m for a in self.nominal_agents(noun) for m in self.members(a)]
        if self.labour_strike(noun, lemma, agent_tokens):
            return True
        sources = self.actor_arguments(agent_tokens)
        confidence = _BASE["nominal"] if sources else _ONE_SIDED
        predicate = self.noun_predicate(noun, lemma)
        negated = self.negated(verb)
        for source in sources or [self.unspecified(noun)]:
            for target in targets:
                self.emit_noun(source, predicate, target, noun, negated=negated, confidence=confidence)
        return True

    def opened_event(self, noun, lemma: str) -> bool:
        """(subject, event, X) of "opened an investigation into X", "began its probe into X"; returns whether read.

        The noun is the direct object of a verb of starting or carrying out
        (``_OPENING_VERBS``) and names its target after "into", "on",
        "against" or "targeting"; the verb's active subject acts. Nothing is
        read where a verb rule already related the verb.
        """
        verb = noun.head
        if noun.dep_ == "nsubjpass":
            return self.opened_passive(noun, lemma)
        if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or self.event_class(lemma) is None:
            return False
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        phrase = verb.lemma_.lower() if prt is None else f"{verb.lemma_.lower()} {prt}"
        if phrase not in _OPENING_VERBS or any(r.predicate.start == verb.idx for r in self.out):
            return False
        sub_tokens, how = self.subjects(verb)
        if how.split("+")[0] != "active":
            return False
        subjects, _nominal = self.subject_arguments(sub_tokens)
        # "into" on the noun may name a thing looked into; other phrases, and any the parser hung on
        # the verb ("opened an investigation into Renault"), only an actor ("launched an attack on Monday")
        into = prepositional_objects(noun, ("into",))
        against = prepositional_objects(noun, _TARGET_PREPS) + prepositional_objects(verb, _VERB_TARGET_PREPS)
        event = self.lexicon.cameo.event_of(lemma)
        if event is not None and event.root == _INQUIRY_ROOT:  # "an investigation of Ford": an actor only
            against += prepositional_objects(noun, ("of",))
        # "a probe into Trump's financial affairs": into Trump (extract/relations/conduct.py)
        into, against = [self.conduct_owner(t) for t in into], [self.conduct_owner(t) for t in against]
        target_tokens = into + against
        targets = [a for t in into for m in self.members(t) for a in self.arguments(m)]
        targets += self.actor_arguments(against)
        if not subjects or not targets:
            return False
        if not (any(self.is_actor(t) for t in sub_tokens) or any(self.is_actor(t) for t in target_tokens)):
            return False  # at least one side is an actor
        predicate = self.noun_predicate(noun, lemma)
        negated = self.negated(verb)
        for subject in subjects:
            for target in targets:
                self.emit_noun(subject, predicate, target, noun, negated=negated, confidence=_BASE["light"])
        return True

    def opened_passive(self, noun, lemma: str) -> bool:
        """(unspecified, event, X) of "sanctions were imposed on X", "a probe was opened into X", "protests were
        held against X"; returns whether read.

        The noun is the passive subject, with no "by" phrase, of a verb of
        starting, carrying out, bringing or imposing (``_OPENING_VERBS``,
        ``_IMPOSING_VERBS``), and its target, an actor, is in an
        "against"/"on"/"into"/"targeting" phrase of the verb or the noun; the
        one unnamed concept acts. A thing looked into ("an inquiry was opened
        into the crash") is no target.
        """
        verb = noun.head
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or self.event_class(lemma) is None:
            return False
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        phrase = verb.lemma_.lower() if prt is None else f"{verb.lemma_.lower()} {prt}"
        event = self.lexicon.cameo.event_of(lemma)
        held = phrase in _HOLDING_VERBS and event is not None and event.root == _PROTEST_ROOT
        if phrase not in _OPENING_VERBS and phrase not in _IMPOSING_VERBS and not held:
            return False
        if passive_agents(verb) or (held and not any(c.dep_ == "auxpass" for c in verb.children)):
            return False  # "imposed on X by the EU": the verb's own relation names both sides
        preps = ("against",) if held else _TARGET_PREPS + _VERB_TARGET_PREPS
        targets = self.actor_arguments(prepositional_objects(noun, preps) + prepositional_objects(verb, preps))
        if not targets:
            return False
        predicate = self.noun_predicate(noun, lemma)
        negated = self.negated(verb)
        for target in targets:
            self.emit_noun(self.unspecified(noun), predicate, target, noun, negated=negated, confidence=_ONE_SIDED)
        return True

    def one_sided_event(self, noun, lemma: str, agents, objects) -> None:
        """(agent, event, unspecified) of "an attack by the Taliban"; (unspecified, event, X) of "strikes on X".

        Only for a material conflict noun; a noun that is a clause's subject
        gives its agents to the clause's verb instead ("an attack by X killed Y").
        """
        if self.event_class(lemma) != _MATERIAL_CONFLICT or self.labour_strike(noun, lemma, agents):
            return
        # a one-place event's "of" phrase or lone agent may be who acts alone ("a strike by teachers")
        one_place = lemma in self.lexicon.word_sets["one_place_events"]
        predicate = self.noun_predicate(noun, lemma)
        if agents and not objects:
            if one_place or noun.dep_ in ("nsubj", "nsubjpass"):
                return
            # a possessor alone may be the victim ("Jamal's killing"), not the agent
            for source in self.actor_arguments([a for a in agents if not _possessor(a)]):
                self.emit_noun(source, predicate, self.unspecified(noun), noun, negated=False, confidence=_ONE_SIDED)
            return
        if agents:
            return
        targets = self.actor_arguments(prepositional_objects(noun, _TARGET_PREPS), owned=True)
        if not one_place and not prepositional_objects(noun, _DIRECTIONS):
            # "the shooting of protesters"; not "an invasion of X into Y", whose "of" moves
            targets += [a for a in self.actor_arguments(prepositional_objects(noun, ("of",)))
                        if a.is_concept]  # a named one is one_sided_noun's
        for target in targets:
            self.emit_noun(self.unspecified(noun), predicate, target, noun, negated=False, confidence=_ONE_SIDED)


def labour_group(tokens, lexicon) -> bool:
    """Is one of ``tokens`` (no named actor) a plain group that strikes as labour, not with force
    ("workers", "teachers", "the union"): a word of ``_LABOUR_WORDS`` or an agent noun whose role is
    not among ``_FORCE_ROLES``?"""
    for tok in tokens:
        lower = tok.lemma_.lower()
        role = lexicon.dictionaries.agent_role(lower)
        if lower in _LABOUR_WORDS or (role is not None and role not in _FORCE_ROLES):
            return True
    return False


def _possessor(tok) -> bool:
    """Is ``tok`` (or the first of its conjuncts) a possessor ("Jamal's", "Iran and Iraq's")?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss"
