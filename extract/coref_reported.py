"""A reported "it"/"they" that may be the thing the report is about, not the reporter (issue 12, precision first).

"A strong earthquake struck Turkey. The US Geological Survey reported it was of 7.0 magnitude": the
subject pronoun of a clause reported by a named subject is bound to that reporter by
:mod:`extract.coref_subjects` ("UNICEF said it would ..."). Where the reported clause says no act of its
own (a copula, a passive, or a verb with no object: "it was of 7.0 magnitude", "they were sacrificed",
"it sank") and a common noun of the pronoun's number stands before the reporter as a subject (in the
pronoun's sentence or the one before: "the earthquake", "Millions of mummified ibis birds"), that
noun may be what the pronoun is: :func:`reported_topic` tells the resolver to leave it unresolved.
A noun for a person is no rival of "it"; a noun a name already stands for is no rival at all; a copula
calling its subject an actor ("North Korea claimed it was one of the few countries ...") keeps the reporter.
"""

from __future__ import annotations

from .coref_event_it import _actor_nouns
from .coref_persons import person_words
from .coref_plural import counter_of
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["reported_topic", "says_no_act"]

# Dependents that make a reported clause an act of its subject's on something ("it would sue the firm").
_OBJECT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "agent"})
# Where a rival noun stands: the subject of its clause.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _actor_attribute(verb, lexicon) -> bool:
    """Whether a copula says its subject is an actor ("it was one of the few countries", "it is the only
    company"): a noun for an actor, or one counted out of such nouns, as its complement."""
    for noun in verb.children:
        if noun.dep_ != "attr":
            continue
        part = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        inner = next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None
        words = {noun.lemma_.casefold(), inner.lemma_.casefold() if inner is not None else ""}
        return bool(words & _actor_nouns(lexicon))
    return False


def says_no_act(tok, lexicon) -> bool:
    """Whether the clause of the subject pronoun ``tok`` gives its subject no act on anything: a
    passive ("they were sacrificed"), a copula ("it was of 7.0 magnitude"), not one calling it an actor
    ("it was one of the few countries"), or a verb with no object ("it sank")."""
    verb = tok.head
    if tok.dep_ == "nsubjpass":
        return True
    if verb.lemma_ == "be":
        return not _actor_attribute(verb, lexicon)
    return verb.pos_ == "VERB" and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)


def reported_topic(res, tok, reporter, plural: bool) -> bool:
    """Whether the subject pronoun ``tok`` of a clause reported by the named subject ``reporter``
    may stand for an earlier common-noun subject rather than the reporter.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (``doc``, ``token_mention``, ``resolved``, ``lexicon``, ``_common_agrees``).
    tok : spacy.tokens.Token
        The pronoun, a subject.
    reporter : spacy.tokens.Token
        The head of the reporting clause's subject, a name.
    plural : bool
        Whether the pronoun is plural.
    """
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS or tok.head.dep_ != "ccomp" or tok.head.head.i != reporter.head.i:
        return False
    if not says_no_act(tok, res.lexicon):
        return False
    doc = res.doc
    here = tok.sent
    first = doc[here.start - 1].sent.start if here.start > 0 else here.start
    persons = person_words(res.lexicon)
    for t in doc[first : reporter.i]:
        if t.pos_ != "NOUN" or t.dep_ not in _SUBJECT_DEPS or res.token_mention[t.i] >= 0 or t.i in res.resolved:
            continue
        noun = t
        if plural and t.dep_ in _SUBJECT_DEPS:
            counted = next((c.children for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in counted or () if c.dep_ == "pobj" and counter_of(c) is t), None)
            noun = inner if inner is not None else t  # "Millions of mummified ibis birds"
        if not plural and noun.lemma_.casefold() in persons:
            continue
        if res._common_agrees(noun, plural):
            return True
    return False
