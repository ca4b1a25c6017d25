"""A verbal act said in the first person is done by saying it: "your candidacy, which I endorse".

:mod:`extract.events.senses` reads a relative clause in the simple present as a standing state, no
event ("the foundation, which provides support", "Hamas, which controls Gaza"). A speaker's own verbal
act in the first person is the exception: "your candidacy, which I endorse", "the decision, which we
welcome", "the attack, which we condemn" perform the endorsement, the welcome, the condemnation as the
words are said (a performative). :func:`performed` tells the two apart: the clause's subject is "I" or
"we" and the event is verbal (CAMEO's verbal cooperation or verbal conflict). A material act in the
first person ("the region, which we control") stays a state.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["the", "candidacy", ",", "which", "I", "endorse"],
...           heads=[1, 1, 1, 5, 5, 1], deps=["det", "ROOT", "punct", "dobj", "nsubj", "relcl"])
>>> performed(doc[5], "verbal cooperation")
True
>>> performed(doc[5], "material conflict")
False
"""

from __future__ import annotations

__all__ = ["performed"]

# The speaker's own pronouns as a clause's subject.
_FIRST_PERSON = frozenset({"i", "we"})
_VERBAL = "verbal"
_SUBJECT_DEPS = frozenset({"nsubj"})


def performed(pred, quad_class: str | None) -> bool:
    """Is ``pred`` a verbal act (``quad_class`` "verbal ...") whose subject is "I" or "we"?"""
    if not quad_class or not quad_class.startswith(_VERBAL):
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.text.lower() in _FIRST_PERSON for c in pred.children)
