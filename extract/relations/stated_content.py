"""Statements by content: what a verb of saying's clause says of an actor, read as praise, blame or accusation.

"Damodar Naik said D'Souza had been an 'iconic' leader of the party" is
praise (CAMEO 051) of D'Souza, "Arnel dela Vega said the Abu Sayyaf Group
are the suspected perpetrators" an accusation (112) of the group, "Smith
said the minister was corrupt" criticism (111): an event coder codes such a
statement by what it says, not by the verb (a plain "X said ..." is no
event). :func:`stated_content` reads the content off the parse; the reader
emits (speaker, verb, the clause's subject) through
:class:`StatedContentRules`, and :mod:`extract.events.content` gives the
relation its CAMEO code.

The verb is one of ``data/content_verbs.txt`` (say, claim, state, tell,
write, tweet, add, note, declare, insist ...), not negated, with one
complement clause (``ccomp``, also a quotation before the verb: '"He was a
hero," Smith said', and a quotation after it that the parser made the
verb's head: 'Affleck tweeted, "Mendez was a hero."'). The clause says something of its active subject (one
``nsubj``; not "I", "we" or "you": a speaker speaking of himself or his
listener codes nothing), when it is:

- a copula (be, become, remain) whose predicate evaluates by
  ``data/evaluative_words.tsv``, read as :mod:`.evaluations` reads a name
  (the head words first, then their "of" nouns, then their modifiers):
  praise (051) or criticism (111) of the subject. A subject that is no
  actor speaks of its possessor ("said his death was a tragedy", "said
  Biden's plan was brilliant", "said the rebels' attack was cowardly"):
  praise, criticism or sorrow (018) about the possessor; the possessor of
  a harm ("Nabil's murder is unacceptable") suffered it and is only
  mourned, never blamed or praised. Sorrow is never
  about the subject itself: with an actor subject a word of grief says how
  the subject feels ("the family was heartbroken"), not the speaker's
  sympathy;
- a copula whose predicate accuses (``data/accusing_words.txt``: "the
  suspected perpetrators", "guilty", "complicit"; "responsible for" and
  "behind" only with an incident or a harm after them, "responsible for the
  attack"): an accusation (112);
- any verb whose "due to", "because of", "through" or "by" phrase is a noun
  of deceit or wrongdoing of the evaluative table ("Biden only won due to
  voter fraud"): an accusation (112).

A negated clause ("said he was not corrupt", "said he never was a hero"), a
negated predicate ("no hero"), a condition or question ("said if X was
guilty", "asked whether") and a negated verb of saying ("did not say he was
corrupt") give nothing. The speaker must be an actor and no news medium
("the paper said ...": the article's sourcing); the subject must be an
actor, or a thing of an actor's, so "said the plan was brilliant" gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon
from .evaluations import Characterisation, evaluation
from .output import _BASE, _PREP_OBJECT_PENALTY
from .reports import news_medium

__all__ = ["CONTENT_VALUES", "OWNER_VALUES", "StatedContent", "StatedContentRules", "spoken_of", "stated_content"]

#: What a stated content may be: the evaluations of :mod:`.evaluations`, and an accusation.
CONTENT_VALUES = ("criticism", "sorrow", "praise", "accusation")
#: The values a clause may give the possessor of its subject ("said Biden's plan was brilliant").
OWNER_VALUES = frozenset({"criticism", "sorrow", "praise"})

_COPULAS = frozenset({"be", "become", "remain"})
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})
_CONDITIONS = frozenset({"if", "whether", "unless"})
# A speaker speaking of himself or to his listener: no actor apart from the speaker.
_PERSONAL = frozenset({"i", "me", "we", "us", "you"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "hardly", "nobody", "none"})
# Prepositions of a cause or a means ("won due to voter fraud", "came to power through fraud").
_CAUSE_PREPS = frozenset({"due", "because", "through", "by", "via"})
# Accusing words that accuse only of a harm after them ("responsible for the attack", "behind the bombing").
_BOUND_ACCUSERS = {"responsible": ("for",), "behind": ()}
# The CAMEO roots of a harm: threaten, coerce, assault, fight, mass violence (not protest or posture).
_HARM_ROOTS = frozenset({"13", "17", "18", "19", "20"})


@dataclass(frozen=True, slots=True)
class StatedContent:
    """What a verb of saying's clause says of an actor.

    Attributes
    ----------
    clause : spacy.tokens.Token
        The head of the complement clause ("been").
    subject : spacy.tokens.Token
        Its subject ("D'Souza").
    value : str
        One of :data:`CONTENT_VALUES`.
    harm : bool
        Does the subject name a harm ("Nabil's murder"), whose possessor suffers it?
    """

    clause: object
    subject: object
    value: str
    harm: bool = False


def _negated(tok) -> bool:
    """Is ``tok`` negated by a child ("not", "never") or a negating determiner ("no hero")?"""
    return any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in _NEGATIONS) for c in tok.children)


def _harm(noun, lexicon: Lexicon, *, faults: bool = True) -> bool:
    """Does ``noun`` name an incident or a harm ("the attack", "the bombing", "the deaths"), or with
    ``faults`` a wrong done ("the crime", ``data/fault_nouns.txt``)? The possessor of a harm suffers
    it ("his death"); the possessor of a fault did it ("his mistake")."""
    forms = (noun.lower_, noun.lemma_.lower())
    words = lexicon.word_sets
    if any(f in words["incident_nouns"] or (faults and f in words["fault_nouns"])
           or f in lexicon.tables["casualty_nouns"] for f in forms):
        return True
    verbs = lexicon.tables["nominalisations"].get(noun.lower_)
    for form in (*forms, *(verbs[:1] if verbs else ())):
        event = lexicon.cameo.event_of(form)
        if event is not None and event.root in _HARM_ROOTS:
            return True
    return False


def _harm_after(word, preps, lexicon: Lexicon) -> bool:
    """Has ``word`` a harm in its prepositional phrase ("responsible for the attack"), or, for "behind",
    as its own object ("behind the bombing")?"""
    if not preps:
        objects = [c for c in word.children if c.dep_ == "pobj"]
    else:
        objects = [g for p in word.children if p.dep_ == "prep" and p.lower_ in preps
                   for g in p.children if g.dep_ == "pobj"]
    return any(_harm(m, lexicon) for g in objects for m in (g, *g.conjuncts))


def _accuses(predicate, lexicon: Lexicon) -> bool:
    """Does a copula's predicate accuse its subject ("the suspected perpetrators", "responsible for the attack")?"""
    accusing = lexicon.word_sets["accusing_words"]
    for word in (predicate, *predicate.conjuncts):
        if _negated(word):
            return False
        lemma = word.lemma_.lower()
        if word.lower_ not in accusing and lemma not in accusing:
            continue
        preps = _BOUND_ACCUSERS.get(word.lower_, _BOUND_ACCUSERS.get(lemma))
        if preps is None or _harm_after(word, preps, lexicon):
            return True
    return False


def _caused_by_wrong(clause, lexicon: Lexicon) -> bool:
    """Does the clause's verb have a cause or means that is a wrong ("won due to voter fraud")?"""
    table = lexicon.tables["evaluative_words"]
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CAUSE_PREPS:
            continue
        # "due to" and "because of" hang their noun on the second word
        heads = [prep, *(c for c in prep.children if c.dep_ in ("pcomp", "prep"))]
        nouns = [g for h in heads for g in h.children if g.dep_ == "pobj"]
        for noun in nouns:
            row = table.get(noun.lower_) or table.get(noun.lemma_.lower())
            if row is not None and row[0] == "criticism" and noun.pos_ == "NOUN" and not _negated(noun):
                return True
    return False


def _copula_value(clause, subject, lexicon: Lexicon) -> str | None:
    predicates = [c for c in clause.children if c.dep_ in _PREDICATE_DEPS]
    behind = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"]
    if not predicates and len(behind) == 1:  # "was behind the bombing"
        return "accusation" if _harm_after(behind[0], (), lexicon) else None
    if len(predicates) != 1:
        return None
    predicate = predicates[0]
    if predicate.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if _accuses(predicate, lexicon):
        return "accusation"
    return evaluation(Characterisation((subject,), (predicate,), predicate.text), lexicon)


def _quotation_head(verb) -> bool:
    """Is ``verb`` a verb of saying before a quotation that the parser made its head ('Affleck
    tweeted, "Mendez was a hero."': "tweeted" a ccomp of "was")? So it is when an opening quotation
    mark stands between the verb and the head's first word after it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    after = [t for t in head.lefts if t.i > verb.right_edge.i]
    first = min((t.left_edge.i for t in after if not t.is_punct), default=head.i)
    between = verb.doc[verb.right_edge.i + 1 : first]
    return any(t.is_quote for t in between) and all(t.is_punct for t in between)


def stated_content(verb, lexicon: Lexicon) -> StatedContent | None:
    """What the complement clause of a verb of ``data/content_verbs.txt`` says of its subject, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb of saying ("said").
    lexicon : Lexicon
        ``content_verbs``, ``accusing_words`` and the evaluative table.

    Returns
    -------
    StatedContent or None
        The clause, its subject and what it says of it; None for no such verb, no clause, a neutral,
        negated or conditional clause, or a subject that is the speaker or the listener.
    """
    if not hasattr(verb, "children") or verb.lemma_.lower() not in lexicon.word_sets["content_verbs"]:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses and _quotation_head(verb):
        clauses = [verb.head]  # 'Affleck tweeted, "Mendez was a hero."', the quotation read as the head
    if len(clauses) != 1:
        return None
    clause = clauses[0]
    if _negated(clause) or any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in clause.children):
        return None
    if any(_negated(c) for c in clause.children if c.dep_ in ("aux", "auxpass")):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].lower_ in _PERSONAL:
        return None
    subject = subjects[0]
    if subject.pos_ not in ("NOUN", "PROPN", "PRON") or _negated(subject):
        return None
    if clause.lemma_.lower() in _COPULAS:
        value = _copula_value(clause, subject, lexicon)
    else:
        value = "accusation" if _caused_by_wrong(clause, lexicon) else None
    if value is None:
        return None
    return StatedContent(clause, subject, value, _harm(subject, lexicon, faults=False))


def spoken_of(content: StatedContent, token) -> bool:
    """Is ``token`` whom the content speaks of: its subject (not for sorrow: "the family was heartbroken"
    is the family's grief, not the speaker's sympathy), or, for an evaluation, the subject's
    possessor ("said his death was a tragedy", "said Biden's plan was brilliant"); the possessor of
    a harm suffered it, so it is only mourned ("Nabil's murder is unacceptable" blames no Nabil)?"""
    subject = content.subject
    for owner in (c for c in subject.children if c.dep_ == "poss"):
        if owner.left_edge.i <= token.i <= owner.right_edge.i:  # a harm's possessor suffers it: only mourned
            return content.value in OWNER_VALUES and (content.value == "sorrow" or not content.harm)
    return subject.left_edge.i <= token.i <= subject.right_edge.i and content.value != "sorrow"


class StatedContentRules:
    """(speaker, verb, the actor the clause speaks of) for a statement coded by its content.

    Expects ``doc``, ``lexicon``, the argument, subject, target, clause and output rules on the reader.
    """

    def unmarked_list(self, tok) -> bool:
        """Is ``tok`` coordinated with no coordinator ("said University of California, San Diego's
        chancellor, Pradeep Khosla")? The parser misreads one speaker's descriptions as a list."""
        members = self.members(tok)
        return len(members) > 1 and not any(c.dep_ == "cc" for m in members for c in m.children)

    def stated_content_relation(self, verb) -> None:
        """Emit (speaker, verb, subject) of "X said Y was a hero" and its kin (:func:`stated_content`)."""
        content = stated_content(verb, self.lexicon)
        if content is None:
            return
        spoken = [content.subject]
        if not self.is_actor(content.subject):
            spoken = [c for c in content.subject.children if c.dep_ == "poss" and self.is_actor(c)]
        spoken = [tok for tok in spoken if spoken_of(content, tok)]
        if not spoken:
            return
        sub_tokens, how = self.subjects(verb)
        if not how.startswith("active") or not sub_tokens:
            return
        if any(news_medium(s, self.lexicon) or not self.is_actor(s) or self.unmarked_list(s) for s in sub_tokens):
            return
        speakers, _nominal = self.subject_arguments(sub_tokens)
        predicate = self.predicate(verb, verb.lemma_.lower())
        clause = content.clause
        complement = self.doc[clause.left_edge.i : clause.right_edge.i + 1].text
        for target in (a for tok in spoken for a in self.arguments(tok)):
            for speaker in speakers:
                self.emit(speaker, predicate, target, verb, negated=False, complement=complement,
                          confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=True)
