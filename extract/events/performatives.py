"""A verbal act said in the first person is done by saying it: "your candidacy, which I endorse".

:mod:`extract.events.senses` reads a relative clause in the simple present as a standing state, no
event ("the foundation, which provides support", "Hamas, which controls Gaza"). A speaker's own verbal
act in the first person is the exception: "your candidacy, which I endorse", "the decision, which we
welcome", "the attack, which we condemn" perform the endorsement, the welcome, the condemnation as the
words are said (a performative). :func:`performed` tells the two apart: the clause's subject is "I" or
"we" and the event is an act of stance toward another that words perform: an appeal (02), an endorsement
or other diplomatic cooperation (05), a demand (10), a disapproval (11) or a rejection (12). A material
act ("the region, which we control") and a statement or a meeting ("the words, which I said", "the
standards, which we meet": 01, 04) stay states.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["the", "candidacy", ",", "which", "I", "endorse"],
...           heads=[1, 1, 1, 5, 5, 1], deps=["det", "ROOT", "punct", "dobj", "nsubj", "relcl"])
>>> performed(doc[5], "05")
True
>>> performed(doc[5], "04")
False
"""

from __future__ import annotations

__all__ = ["performed"]

# The speaker's own pronouns as a clause's subject.
_FIRST_PERSON = frozenset({"i", "we"})
# CAMEO roots of an act of stance that saying it performs: appeal, cooperate (endorse), demand, disapprove, reject.
_PERFORMED_ROOTS = frozenset({"02", "05", "10", "11", "12"})
_SUBJECT_DEPS = frozenset({"nsubj"})


def performed(pred, root: str | None) -> bool:
    """Is ``pred`` an act of a CAMEO ``root`` that words perform (02, 05, 10, 11, 12), its subject "I" or "we"?"""
    if root not in _PERFORMED_ROOTS:
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.text.lower() in _FIRST_PERSON for c in pred.children)
