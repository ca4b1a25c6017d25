"""The understood subject of a clause with none of its own, for the object pronouns of that clause.

An object pronoun ("him", "her") never refers to the subject of its own clause (that would be
"himself", "herself"). A participle, an infinitive or a second conjunct with no subject of its
own has an understood one, the subject of the verb it hangs on: in "Trump lashed out at Bowser,
accusing her of ...", "Erdogan criticised Macron and called him a disgrace", the doer of accusing,
calling is Trump, Erdogan, and "her", "him" are someone else; the nearest other person (the main
clause's object) is left as the antecedent.

Infinitives do not climb: under a verb with an object the infinitive is the object's ("X asked Y to
call him": Y calls), and under one with none ("her husband attempted to disfigure her") the person
left is too often a name the tagger misread. Only the understood subject itself (with its
conjuncts and appositions) is excluded, not the words of its phrase: in "her husband attempted to
disfigure her", "her" may still be the possessive's person.
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["understood_subject", "understood_subject_verbs"]

# How a clause with no subject hangs on the verb whose subject it shares.
_SHARING_DEPS = frozenset({"advcl", "conj"})
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# How many clauses up an understood subject is looked for.
_DEPTH = 3


def understood_subject_verbs(verb) -> list:
    """The verbs whose subject is ``verb``'s (``verb`` first), climbing from a clause with no subject.

    A clause shares its head's subject when it has no subject of its own (nor a passive one) and is
    a trailing or leading participle (``advcl`` in -ing or -ed) or a conjunct.
    """
    found = [verb]
    for _ in range(_DEPTH):
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or verb.dep_ not in _SHARING_DEPS:
            break
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
            break  # a clause with its own subject ("saying he would ...")
        if verb.dep_ == "advcl" and verb.tag_ not in _PARTICIPLE_TAGS:
            break
        found.append(head)
        verb = head
    return found


def understood_subject(verb, other) -> bool:
    """Is token ``other`` the understood subject of ``verb`` (a subject of a verb it shares one with, its
    conjuncts or an apposition to it), ``verb`` having no subject of its own?"""
    for clause in understood_subject_verbs(verb)[1:]:
        for c in clause.children:
            if c.dep_ in NOMINAL_SUBJECT_DEPS and (
                    other.i == c.i or other in c.conjuncts or (other.dep_ == "appos" and other.head.i == c.i)):
                return True
    return False
