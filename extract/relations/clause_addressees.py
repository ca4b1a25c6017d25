"""The addressee of an appeal the parser read as a clause's subject: "The mayor implored the federal
government to send more troops".

English has no infinitive clause with a subject of its own after a verb of appealing: in "implored X to
send", X is the verb's object, the one appealed to, and the infinitive what is asked. The parser at times
makes X the subject (``nsubj``) of the infinitive, hung on the verb as a ``ccomp``, and the verb had no
object and no relation. :func:`clause_addressees` gives X back as the verb's object when the verb is
one of object control (``data/control_verbs.txt``: the one asked is the one to act) whose own CAMEO event
is an appeal (02: implore, beg, urge, ask) or a demand (10: press), it has no direct object, and the clause is a bare infinitive with "to" and no marker ("for X to ..." is read by
:mod:`.appeal_clauses`). The verb objects rules (:mod:`.verb_objects`) ask it.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import DIRECT_OBJECT_DEPS

__all__ = ["clause_addressees"]

_ROOTS = frozenset({"02", "10"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def clause_addressees(verb, lexicon: Lexicon) -> list:
    """The subjects the parser gave an infinitive after a verb of appealing ("implored X to ..."), else []."""
    kids = list(verb.children)
    if any(c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ == "dative" for c in kids):
        return []
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.word_sets["control_verbs"]:
        return []  # "recommended Baker to be his replacement": Baker is recommended, not appealed to
    event = lexicon.cameo.event_of(lemma)
    if event is None or event.root not in _ROOTS:
        return []
    out = []
    for clause in kids:
        if clause.dep_ not in _CLAUSE_DEPS or clause.tag_ != "VB" or clause.i < verb.i:
            continue
        parts = list(clause.children)
        to = next((c for c in parts if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or any(c.dep_ == "mark" for c in parts):
            continue
        out.extend(c for c in parts if c.dep_ == "nsubj" and verb.i < c.i < to.i)
    return out
