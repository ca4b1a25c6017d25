"""The owner of an event noun in "represented X in her lawsuit against Y": the verb's object X.

A verb of acting for someone (``data/client_verbs.txt``: represent, defend, advise, assist,
support ...) with a named direct object and an "in" phrase whose event noun a third-person
possessive owns: the possessive is the object's, the nearest name it agrees with, not the
subject's, which coreference tends to pick ("Lawyer Roberta Kaplan represented E. Jean Carroll in
her lawsuit against Donald Trump" is Carroll's lawsuit). Only when the noun names its patient in a
phrase of its own and has no "by" phrase; the object must be one named actor of a type the pronoun
may stand for, and coreference must have resolved the possessive to the subject or the object, or
to nothing. Asked by :meth:`extract.relations.noun_roles.NounRoleRules.nominal_agents`.
"""

from __future__ import annotations

from ..syntax import prepositional_objects
from .pronoun_agents import PATIENT_PREPS, RIVAL_TYPES

__all__ = ["client_owner"]


def client_owner(noun, pronoun, index, lexicon):
    """The object token that possessive ``pronoun`` of event noun ``noun`` stands for, or None.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun, the object of "in".
    pronoun : spacy.tokens.Token
        A ``poss`` child of the noun.
    index : EntityIndex
        The document's entities and mentions.
    lexicon : Lexicon
        Gives ``client_verbs``.
    """
    if pronoun.dep_ != "poss" or pronoun.lower_ not in RIVAL_TYPES:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_sets["client_verbs"]:
        return None
    if not prepositional_objects(noun, PATIENT_PREPS) or prepositional_objects(noun, ("by",)):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
        return None
    mention = index.mention_at(objects[0].i)
    if mention is None or mention.key not in index or index[mention.key].type not in RIVAL_TYPES[pronoun.lower_]:
        return None
    ref = index.reference_at(pronoun.i)
    if ref is not None and not set(ref.keys) <= {mention.key} | _subject_keys(verb, index):
        return None  # resolved to a third name: its reading is not the subject-for-object slip
    return objects[0]


def _subject_keys(verb, index) -> set[str]:
    """The entity keys of ``verb``'s subjects."""
    found = (index.mention_at(c.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return {m.key for m in found if m is not None}
