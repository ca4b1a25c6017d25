"""The patient of a fronted passive participle with an agent: "Criticised by the EU, Poland defended the
law", "After being condemned by the Security Council, North Korea fired another missile".

A passive participle set off before its clause, with a "by" agent and no subject of its own, is said of
the clause's subject (its understood subject): the subject is who the agent acted on. The parse hangs
the participle on the clause's verb as an ``advcl`` ("Criticised by X, Y ..."), or as the ``pcomp`` of a
preposition of time ("After being condemned by X, Y ..."). :func:`fronted_patients` gives that subject
(active "Poland defended", or passive "the law was passed") when the participle ends before it at a
comma, and the verb is a CAMEO verb (of the event map or the verb patterns: "Unremarked by the notice,
YouTube ..." names no event); the verb rules read (agent, verb, subject). A participle after its clause's subject is read by
:meth:`extract.relations.undergoers.UndergoerRules.agent_gerund_patients` and the ``acl`` rules.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["fronted_patients"]

# Prepositions of time before a passive gerund: "After being condemned by X, Y ...".
_TIME_PREPS = frozenset({"after", "before", "upon", "since", "following"})
# Children of a participle that give it a clause of its own.
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark"})


def fronted_patients(verb, lexicon: Lexicon) -> list:
    """The subjects of the clause a fronted passive participle with a "by" agent is said of, else []."""
    kids = list(verb.children)
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in kids) or any(c.dep_ in _OWN_SUBJECT_DEPS for c in kids):
        return []
    if not _cameo_verb(verb.lemma_.lower(), lexicon):
        return []  # "Unremarked by the notice, YouTube allows ...": a state, no event
    if verb.dep_ == "advcl":
        clause = verb.head
    elif (verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in _TIME_PREPS
          and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids)):
        clause = verb.head.head
    else:
        return []
    doc = verb.doc
    phrase = verb if verb.dep_ == "advcl" else verb.head
    end = phrase.right_edge.i
    if clause.pos_ not in ("VERB", "AUX") or clause.i <= end or end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    if phrase.left_edge.i != clause.left_edge.i:
        return []  # the participle must open its clause ("On Monday, after being ...": left alone)
    return [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > end]


def _cameo_verb(lemma: str, lexicon: Lexicon) -> bool:
    cameo = lexicon.cameo
    return cameo.event_of(lemma) is not None or (cameo.patterns is not None and cameo.patterns.entry(lemma) is not None)
