"""The understood subject of a clause with none of its own, for the object pronouns of that clause.

An object pronoun ("him", "her") never refers to the subject of its own clause (that would be
"himself", "herself"). A participle, an infinitive or a second conjunct with no subject of its
own has an understood one, the subject of the verb it hangs on: in "Trump lashed out at Bowser,
accusing her of ...", "Erdogan criticised Macron and called him a disgrace", "China wanted to warn
him", the doer of accusing, calling, warning is Trump, Erdogan, China, and "her", "him" are someone
else; the nearest other person (the main clause's object) is left as the antecedent.

An infinitive under a verb with an object is that object's ("X asked Y to call him": Y calls), so
only an infinitive of a verb with no object climbs.
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["understood_subject_verbs"]

# How a clause with no subject hangs on the verb whose subject it shares.
_SHARING_DEPS = frozenset({"advcl", "conj", "xcomp"})
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
# How many clauses up an understood subject is looked for.
_DEPTH = 3


def understood_subject_verbs(verb) -> list:
    """The verbs whose subject is ``verb``'s (``verb`` first), climbing from a clause with no subject.

    A clause shares its head's subject when it has no subject of its own (nor a passive one) and is
    a trailing or leading participle (``advcl`` in -ing or -ed), a conjunct, or an infinitive
    complement of a verb with no object.
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
        if verb.dep_ == "xcomp" and (verb.tag_ != "VB" or any(c.dep_ in _OBJECT_DEPS for c in head.children)):
            break  # "asked Y to call him": Y's infinitive
        found.append(head)
        verb = head
    return found
