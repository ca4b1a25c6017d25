"""Event verbs the parse loses: misread subordinate clauses, verdicts, agentless praise and framed passives.

- A **subordinate clause read as a conjunct**: the parser often takes "after"
  (or "before", "since", "until") for a preposition and the subordinate
  clause's subject for its object, and then hangs the clause's verb on the
  main verb as a conjunct with no "and": "An individual has been arrested
  after Paweł Adamowicz, mayor of Gdańsk, was stabbed last night". The verb's
  subject (or, passive, its patient) is that object, not the main clause's
  subject: ``subordinate_subject``.
- A **verdict**: "two officers were found guilty of raping a tourist", "the
  court found him guilty of murder", "pleaded guilty to killing": the one
  found guilty did the act the "of"/"to" gerund names
  (``verdict_accused``); the passive verdict itself has no agent named, and
  its event comes from the verb's CAMEO pattern ("FOUND ... GUILTY" 173).
- An **agentless passive whose event the verb's frame gives**, not its bare
  lemma: a placement verb with the state it puts someone in ("was placed
  under surveillance", "was held in prison"), a verb with a subject noun the
  hand map pairs it with ("the sentence was commuted": done to the sentence's
  possessor); the event coder decides (``framed_event``), and only a material
  event or criticism, rejection or threat (as for other agentless passives)
  with a patient that is an actor counts. The verb patterns alone are no
  ground: "schools were closed" (by a storm) is no sanction.
- An **agentless passive of approval** (a closed class of CAMEO 051 and 056
  verbs: "was praised", "was hailed a national hero", "was endorsed"): done to
  a named or counted actor; a thing praised is no event between actors, and
  "was allied with", "was valued at" are no approval.

- A **passive conjunct with an agent** and no subject of its own: the first
  conjunct's subject underwent it ("protesters gathered and were dispersed by
  police" -> (police, disperse, protesters)); the infinitive after a passive
  verb of compulsion is the compelled one's ("Kenya was forced to expel X").
- An **infinitive after a verb of using** ("she used Instagram to thank
  supporters"): its subject is the user's, the object being the instrument
  (:meth:`LostVerbRules.instrument_user`), where after another verb with an
  object ("urged Iran to") the object would be.

As for every agentless passive, the doer is the one ``concept:unspecified``
(:mod:`extract.relations.implicit`): the relation keeps its event type in
the extraction and is no graph edge.
"""

from __future__ import annotations

from ..doccache import doc_words
from ..syntax import AUX_DEPS, PASSIVE_SUBJECT_DEPS

__all__ = ["LostVerbRules"]

# Prepositions the parser takes for a subordinator's: "after X was stabbed" read as "after X".
_SUBORDINATING_PREPS = frozenset({"after", "before", "since", "until", "till"})
# Tokens that may stand between the subordinate subject and its verb: auxiliaries, negation, adverbs.
_BETWEEN_DEPS = AUX_DEPS | {"advmod"}
# How the parser hangs a subordinate clause it lost: a conjunct with no "and", a clause with no subject,
# a relative clause with no relative word.
_MISREAD_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl"})
# Children that give a clause a subject or a subordinator of its own.
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass", "mark"})
# Relative and interrogative words.
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Adjectives of a verdict: "found guilty of", "pleaded guilty to", "held liable for".
_VERDICT_ADJECTIVES = frozenset({"guilty", "liable", "culpable"})
# Prepositions that name the act a verdict is about.
_VERDICT_PREPS = frozenset({"of", "to", "for"})
# Complement deps a verdict adjective takes.
_VERDICT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp", "attr", "dobj"})
# Verbs of approval (CAMEO 051, 056) whose agentless passive is done to the one it names ("was praised",
# "was hailed a hero"); "was valued at", "was recognised as", "was allied with", "was honoured with an
# award" and "was inspired" say what the subject is or has, and are left out.
_APPROVAL_VERBS = frozenset({"praise", "hail", "laud", "commend", "acclaim", "applaud", "endorse", "congratulate",
                             "compliment", "extol", "salute", "thank", "forgive"})
# Verbs of compulsion whose passive's infinitive was done by the one compelled ("was forced to resign").
_COMPULSION_VERBS = frozenset({"force", "compel", "oblige", "obligate"})
_RELATIVE_WORDS = frozenset({"who", "whom", "that", "which"})
# Pronouns that stand for no one.
_NO_ONE = frozenset({"it", "this", "that", "there", "which", "what"})
# Verbs of using: their infinitive is done by their subject through their object ("used Instagram to thank").
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize"})
# Causatives: "used his influence to have X fired" names the firing, not a having.
_CAUSATIVE_VERBS = frozenset({"have", "get", "make", "let"})
# Verbal conflict: the roots an agentless passive may report, with material events.
_CONFLICT_ROOTS = frozenset({"11", "12", "13"})
# A passive verb with one of these says something of its subject, not an event done to it.
_STATEMENT_DEPS = frozenset({"xcomp", "ccomp", "csubjpass", "agent"})


class LostVerbRules:
    """Subjects and patients of verbs the parse hangs in the wrong place.

    Expects ``doc``, ``lexicon``, ``raising`` and the implicit rules
    (``passive_patients``, ``patient_like``) and undergoer rules
    (``reduced_patients``) on the reader; comes before :class:`ImplicitRules`
    among the reader's bases, as it widens its ``patient_like``.
    """

    def patient_like(self, tok) -> bool:
        """:meth:`ImplicitRules.patient_like`, and a noun whose modifiers and head make a role of the
        actor dictionaries, as a whole: "political prisoners", "opposition leaders" (the head alone,
        "prisoners", "leaders", names no role)."""
        if super().patient_like(tok):
            return True
        if tok.pos_ != "NOUN":
            return False
        words = [t for t in tok.lefts if t.dep_ in ("amod", "compound") and t.i >= tok.i - 2]
        if not words or words[-1].i != tok.i - 1 or any(b.i + 1 != a.i for b, a in zip(words, words[1:])):
            return False  # only modifiers right before the noun, with nothing between
        agents = self.lexicon.dictionaries
        before = " ".join(t.lower_ for t in words)
        return any(agents.agent_role(f"{before} {noun}") is not None for noun in (tok.lemma_.lower(), tok.lower_))

    def subordinate_prep(self, verb):
        """The "after" (or "before", "since", "until") the parser took for a preposition when it lost the
        subordinate clause of ``verb``, or None.

        "X has been arrested after Y, mayor of Z, was stabbed": the parser hangs
        "stabbed" on the main verb as a conjunct with no "and" or a clause with no
        subject (or, as a relative clause with no relative word, on a noun of the
        main clause), and Y on "after". The verb has no subject, relative word or
        subordinator of its own but an auxiliary (a finite clause), and no
        coordinator stands between the preposition and it.
        """
        if verb.dep_ not in _MISREAD_CLAUSE_DEPS or verb.head.i >= verb.i or any(
                c.dep_ in _OWN_SUBJECT_DEPS or c.tag_ in _WH_TAGS for c in verb.children):
            return None
        if not any(c.dep_ in AUX_DEPS and c.i < verb.i for c in verb.children):
            return None
        clause = verb.head if verb.dep_ != "relcl" else next(
            (a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return None
        doc = self.doc
        for prep in clause.children:
            if (prep.dep_ == "prep" and prep.lower_ in _SUBORDINATING_PREPS and clause.i < prep.i < verb.i
                    and any(o.dep_ == "pobj" for o in prep.children)
                    and not any(t.dep_ == "cc" and t.head.i in (clause.i, verb.i) for t in doc[prep.i : verb.i])):
                return prep
        return None

    def subordinate_subject(self, verb):
        """The subject of a subordinate clause the parser lost (:meth:`subordinate_prep`): the
        preposition's object, where only auxiliaries, negation, adverbs and commas stand between its
        phrase and the verb; else None."""
        prep = self.subordinate_prep(verb)
        if prep is None:
            return None
        doc = self.doc
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i < verb.i and all(
                    t.text == "," or (t.head.i == verb.i and t.dep_ in _BETWEEN_DEPS)
                    for t in doc[obj.right_edge.i + 1 : verb.i]):
                return obj
        return None

    def instrument_user(self, verb):
        """The verb of using whose subject does what its infinitive says ("she used Instagram to thank
        supporters", "the army employed drones to strike X": the user acts through the thing used), or
        None. The object is an instrument, not the infinitive's subject as in "urged Iran to"."""
        head = verb.head
        if (verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and head.i < verb.i
                and head.lemma_.lower() in _INSTRUMENT_VERBS and verb.lemma_.lower() not in _CAUSATIVE_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(c.dep_ in ("dobj", "obj") and c.i < verb.i for c in head.children)):
            return head
        return None

    def forced_subject(self, verb) -> list:
        """The subject of an infinitive after a passive verb of compulsion: the one compelled ("Kenya was
        forced to expel two diplomats" -> [Kenya]), or []. Only verbs whose infinitive was done ("was
        forced", "was compelled"); "was asked to", "was urged to" leave it undone."""
        head = verb.head
        if (verb.dep_ != "xcomp" or verb.tag_ != "VB" or head.lemma_.lower() not in _COMPULSION_VERBS
                or not any(c.dep_ == "auxpass" for c in head.children)):
            return []
        found = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if found and head.dep_ == "relcl" and found[0].lower_ in _RELATIVE_WORDS:
            found = [head.head]
        return found

    def conjunct_patients(self, verb) -> list:
        """The patients of a passive conjunct with an agent and no subject of its own: the first
        conjunct's subject ("protesters gathered in Minsk and were dispersed by police" -> [protesters],
        "police tried to arrest X but were attacked by the crowd" -> [police]), or []."""
        kids = list(verb.children)
        if (verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in kids) or not any(
                c.dep_ == "agent" for c in kids) or any(c.dep_ in _OWN_SUBJECT_DEPS for c in kids)
                or self.subordinate_prep(verb) is not None):
            return []
        clause = verb.head
        while clause.dep_ == "conj" and not any(c.dep_ in _OWN_SUBJECT_DEPS for c in clause.children):
            clause = clause.head
        found = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found and clause.dep_ == "relcl" and found[0].lower_ in _RELATIVE_WORDS:
            found = [clause.head]
        return [p for p in found if p.lower_ not in _NO_ONE and not self.swallowed_clause(p, clause)]

    def lost_clause(self, verb) -> bool:
        """Has ``verb`` a subject or object only these rules find ("after Y was stabbed", "found X guilty")?"""
        return self.subordinate_subject(verb) is not None or bool(self.verdict_objects(verb))

    def lost_objects(self, verb, *, kind: str) -> list:
        """The patients of a passive with an agent that has no subject of its own: a lost subordinate
        clause's ("after Y was attacked by Z" -> [Y]) or a conjunct's ("gathered and were dispersed by
        police" -> the first conjunct's subject), or []."""
        if kind != "passive":
            return []
        lost = self.subordinate_subject(verb)
        return [lost] if lost is not None else self.conjunct_patients(verb)

    def verdict_accused(self, verb) -> list:
        """Who a verdict found to have done the act of ``verb``, a gerund after its "of"/"to"/"for"
        ("were found guilty of raping", "found him guilty of killing", "pleaded guilty to murdering"),
        or []. Not with a negation ("found not guilty of").
        """
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in _VERDICT_PREPS:
            return []
        verdict = prep.head
        adjective = prep.head if prep.head.lower_ in _VERDICT_ADJECTIVES else None
        if adjective is not None:
            verdict = adjective.head
        else:
            adjective = next((c for c in verdict.children
                              if c.dep_ in _VERDICT_DEPS and c.lower_ in _VERDICT_ADJECTIVES), None)
        if adjective is None or verdict.pos_ not in ("VERB", "AUX") or self.negated(verdict) or any(
                c.dep_ == "neg" for c in adjective.children):
            return []
        found = [c for c in adjective.children if c.dep_ == "nsubj"]  # "found X guilty": a small clause
        found = found or [c for c in verdict.children if c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("dobj", "obj")]
        if not found and verdict.lemma_.lower() != "find":
            found = [c for c in verdict.children if c.dep_ == "nsubj"]  # "X pleaded guilty to killing"
        if found and verdict.dep_ == "relcl" and found[0].lower_ in _RELATIVE_WORDS:
            found = [verdict.head]
        return found

    def verdict_phrase(self, verb, phrase: str) -> str:
        """``phrase`` with the verdict adjective its verb takes where the lexicon gives the two an event
        ("were found guilty", "found X guilty" -> "find guilty"); not "found not guilty"."""
        if _VERDICT_ADJECTIVES.isdisjoint(doc_words(verb.doc)):
            return phrase  # no verdict adjective in the whole Doc: no Token made for the verb's children
        for child in verb.children:
            if (child.dep_ in _VERDICT_DEPS and child.lower_ in _VERDICT_ADJECTIVES and child.i > verb.i
                    and not any(c.dep_ == "neg" for c in child.children)
                    and self.lexicon.cameo.event_of(f"{phrase} {child.lower_}") is not None):
                return f"{phrase} {child.lower_}"
        return phrase

    def verdict_objects(self, verb) -> list:
        """Whom an active verdict names in its small clause ("found X guilty of"), or []."""
        lemma = verb.lemma_.lower()
        if self.verdict_phrase(verb, lemma) == lemma:
            return []
        return [g for c in verb.children if c.lower_ in _VERDICT_ADJECTIVES for g in c.children if g.dep_ == "nsubj"]

    def framed_event(self, verb):
        """The event the event coder gives ``verb`` in its frame when its lemma has none of its own, or
        None: a placement verb with the state it puts its subject in ("placed under surveillance", "held
        in prison") or a row of the verb with its subject noun ("the sentence was commuted")."""
        from ..events.coding import verb_sense  # the event coder's own patterns; imported late: events reads relations

        lemma = verb.lemma_.lower()
        if self.lexicon.cameo.event_of(lemma) is not None:
            return None
        if lemma not in self.lexicon.word_sets["placement_verbs"] and not any(
                c.dep_ in PASSIVE_SUBJECT_DEPS and self.sanction_row(lemma, c) for c in verb.children):
            return None  # the verb patterns alone ("schools were closed") code too freely with no agent
        event = verb_sense(lemma, verb, None, self.lexicon)
        return event if getattr(event, "quad_class", None) else None

    def lost_patients(self, verb) -> list:
        """The patients of an agentless passive the other rules leave: a subordinate clause read as a
        conjunct ("after Y was stabbed" -> [Y]), a passive whose event its frame gives ("X was placed
        under surveillance", "X was found guilty") and one of approval ("X was praised"), or []."""
        kids = list(verb.children)
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids) or any(
                c.dep_ in _STATEMENT_DEPS and c.lower_ not in _VERDICT_ADJECTIVES for c in kids) \
                or verb.lemma_.lower() in self.raising:
            return []
        subordinate = self.subordinate_subject(verb)
        lemma = verb.lemma_.lower()
        event = self.lexicon.cameo.event_of(lemma)
        if event is None:
            event = self.lexicon.cameo.event_of(self.verdict_phrase(verb, lemma)) or self.framed_event(verb)
        elif subordinate is None and lemma not in _APPROVAL_VERBS:
            return []  # a full agentless passive of its own: :meth:`ImplicitRules.passive_patients`
        if event is None or not (event.quad_class.startswith("material") or event.root in _CONFLICT_ROOTS
                                 or lemma in _APPROVAL_VERBS):
            return []
        patients = [subordinate] if subordinate is not None else [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if patients and verb.dep_ == "relcl" and patients[0].lower_ in _RELATIVE_WORDS:
            patients = [verb.head]
        patients = [p for p in patients if p.lower_ not in _NO_ONE
                    and not self.swallowed_clause(p, verb)]
        return [p for p in patients if self.patient_like(p)] or [
            o for p in patients if self.sanction_row(lemma, p) for o in p.children
            if o.dep_ == "poss" and self.patient_like(o)]

    def sanction_row(self, lemma: str, noun) -> bool:
        """Does the lexicon give the verb with ``noun`` as its object an event of its own ("commute
        sentence", "lift ban")? Then the noun's possessor underwent it: "Sirhan's death sentence was
        commuted" is done to Sirhan."""
        cameo = self.lexicon.cameo
        return cameo.event_of(f"{lemma} {noun.lemma_.lower()}") is not None or \
            cameo.event_of(f"{lemma} {noun.lower_}") is not None

    def undergone(self, verb) -> list:
        """The patients of a verb with no agent: a full or reduced agentless passive, or one the parse
        lost. A subordinate clause read as a conjunct climbs to no other clause's subject."""
        if self.subordinate_prep(verb) is not None:
            return self.lost_patients(verb)  # the lost clause's own subject, or none
        return self.passive_patients(verb) or self.reduced_patients(verb) or self.lost_patients(verb)
