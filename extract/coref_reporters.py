"""The reporter of its own act: "X said it/they/he did Y", the pronoun is X.

"The army said it had killed 12 militants", "Police said they arrested three men", "the ministry said it
had summoned the ambassador": the subject of a verb of saying (``data/speech_verbs.tsv``, the verbs whose
subject is the source of a claim) is what the subject pronoun of its reported clause stands for, when the
pronoun agrees with it in number and kind (:func:`self_reporter`):

- "it": a name of an organisation or a place, or a singular noun for a body of ``data/reporting_bodies.txt``
  ("the army", "the ministry", "the company"); never a noun for one person;
- "they": a name of an organisation or a people, or a plural noun for people or bodies (an agent noun, a
  role of the actor dictionaries, a person or body noun: "rebels", "authorities"), or a collective of
  ``data/collective_plurals.txt`` ("police", "staff");
- "he"/"she": a person's name, or a singular noun for one person whose gender (``data/gendered_words.tsv``)
  is not the other.

The reading is left alone (None) whenever it is not the only one: an empty "it" ("said it was raining", "said
it would be difficult": :func:`extract.coref_expletive.is_expletive`), a copula or raising verb in the clause
("said it was a provocation"), a verb of saying with a conjoined subject, and any rival: a noun or pronoun that
agrees with the pronoun between the reporter and it ("told the villagers they must leave"), or as a subject or
object earlier in the sentence or in the sentence before ("Three men were arrested. Police said they had robbed
a bank": the men). A nested report takes its own nearest reporter ("the ministry said the rebels claimed they
had ...": the rebels). A speaker noun that does not agree speaks for the body it names, which may ("a
spokesman for the army said it", "a police spokesman said they": :func:`_spoken_for`).
:mod:`extract.relations.self_reports` makes the reporter the clause's subject.
"""

from __future__ import annotations

import functools

from .coref_expletive import is_expletive
from .coref_persons import gendered_words, person_words

__all__ = ["self_reporter"]

_PRONOUNS = frozenset({"it", "they", "he", "she"})
_GENDER = {"he": "m", "she": "f"}
# Verbs of accusing take an object and a charge, not a reported act of their subject's.
_NOT_REPORTING = frozenset({"accuse", "charge", "blame", "allege"})
# A clause whose verb is one of these says what the pronoun is, not what it did ("said it was a provocation").
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound", "feel"})
# Where a noun in the sentence before, or before the reporter, is a rival: a subject or an object.
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_NAMED_KINDS = {"it": frozenset({"ORG", "GPE"}), "they": frozenset({"ORG", "NORP"}),
                "he": frozenset({"PERSON"}), "she": frozenset({"PERSON"})}


@functools.lru_cache(maxsize=8)
def _reporting_verbs(lexicon) -> frozenset[str]:
    return frozenset(lexicon.keys_where("speech_verbs", "claim", "yes")) - _NOT_REPORTING


def _agrees(tok, pronoun: str, named, lexicon) -> bool:
    """Does ``tok`` (a noun, a name or a pronoun) agree with ``pronoun`` in number and kind?

    ``named(i)`` is the type of the named entity at token i, or None."""
    if tok.pos_ == "PRON":
        return tok.lower_ == pronoun
    kind = named(tok.i)
    if kind is not None:
        return kind in _NAMED_KINDS[pronoun]
    if tok.pos_ != "NOUN":
        return False
    words = lexicon.word_sets
    lemma, lower = tok.lemma_.lower(), tok.lower_
    persons = person_words(lexicon)
    plural = tok.tag_ in ("NNS", "NNPS")
    if pronoun == "it":
        return not plural and lemma in words["reporting_bodies"] and lemma not in persons
    if pronoun == "they":
        if lower in words["collective_plurals"]:
            return True
        return plural and (lemma in words["agent_nouns"] or lemma in persons or lemma in words["body_nouns"]
                           or lower in words["body_nouns"] or lexicon.dictionaries.agent_role(lemma) is not None
                           or lexicon.dictionaries.agent_role(lower) is not None)
    if plural or lemma not in persons:
        return False
    gender = gendered_words().get(lower) or gendered_words().get(lemma)
    return gender is None or gender == _GENDER[pronoun]


def _rival(pronoun, reporter, named, lexicon) -> bool:
    """Is another noun or pronoun than ``reporter`` as good an antecedent of ``pronoun``?"""
    lower = pronoun.lower_
    sent = pronoun.sent
    own = range(reporter.left_edge.i, reporter.right_edge.i + 1)
    for tok in pronoun.doc[sent.start : pronoun.i]:
        if tok.i in own or tok.i == pronoun.i:
            continue
        if tok.i > reporter.i and _agrees(tok, lower, named, lexicon):
            return True  # "the army told the villagers they must leave"
        if tok.i < reporter.i and tok.dep_ in _RIVAL_DEPS and _agrees(tok, lower, named, lexicon):
            return True
    if sent.start == 0:
        return False
    before = pronoun.doc[sent.start - 1].sent
    lemma = reporter.lemma_.lower()
    return any(tok.dep_ in _RIVAL_DEPS and tok.lemma_.lower() != lemma and _agrees(tok, lower, named, lexicon)
               for tok in before)  # "Three men were arrested. Police said they had robbed a bank"


def self_reporter(pronoun, named, lexicon):
    """The reporter the subject pronoun of a reported clause stands for, or None.

    Parameters
    ----------
    pronoun : spacy.tokens.Token
        A pronoun ("it", "they", "he", "she").
    named : callable
        ``named(i)``: the type of the named entity token i is in, or None.
    lexicon : extract.lexicon.Lexicon
        The tables to read (verbs of saying, body and person nouns, agent roles).

    Returns
    -------
    spacy.tokens.Token or None
        The head of the subject of the verb of saying whose reported clause has ``pronoun`` as its active
        subject, when the two agree and nothing else does ("The army said it had killed 12 militants":
        "army"); None otherwise.
    """
    lower = pronoun.lower_
    if lower not in _PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() in _COPULAS \
            or verb.lemma_.lower() in lexicon.word_sets["raising_verbs"] or is_expletive(pronoun):
        return None
    say = verb.head
    if say.pos_ != "VERB" or say.lemma_.lower() not in _reporting_verbs(lexicon):
        return None
    subjects = [c for c in say.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    reporter = subjects[0]
    if reporter.i > pronoun.i or reporter.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("conj", "cc") for c in reporter.children):
        return None  # "Police and soldiers said they": two reporters
    speaker = reporter
    if not _agrees(reporter, lower, named, lexicon):
        reporter = _spoken_for(reporter, lower, named, lexicon)
        if reporter is None:
            return None
    if _rival(pronoun, speaker, named, lexicon):
        return None
    return reporter


def _spoken_for(speaker, pronoun: str, named, lexicon):
    """The body a speaker noun of ``data/speaker_nouns.txt`` speaks for, when it agrees with ``pronoun``: its
    "for" or "of" object ("a spokesman for the army said it"), else a noun before it ("an army spokesman",
    "a police spokeswoman said they"); or None."""
    if speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in lexicon.word_sets["speaker_nouns"] \
            and speaker.lower_ not in lexicon.word_sets["speaker_nouns"]:
        return None
    bodies = [obj for prep in speaker.rights if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
              for obj in prep.children if obj.dep_ == "pobj"]
    bodies += [c for c in speaker.lefts if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]
    found = [b for b in bodies if _agrees(_name_head(b, named), pronoun, named, lexicon)]
    return _name_head(found[0], named) if len(found) == 1 else None


def _name_head(tok, named):
    """The last word of the name ``tok`` is in, when it modifies a noun inside the name ("Thames" of "Thames
    Valley Police"), else ``tok``."""
    while tok.dep_ == "compound" and named(tok.i) is not None and named(tok.head.i) is not None \
            and tok.head.i == tok.i + 1:
        tok = tok.head
    return tok
