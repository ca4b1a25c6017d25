"""Clauses that set a deadline, hang bare under another verb or have a "for" subject: not asserted.

Three shapes of English grammar that :mod:`extract.events.modality` reads:

- a deadline: "has until October 28 to release its plans", "was given until
  Friday to leave", "have 30 days to respond". The infinitive is what is
  owed by the deadline, not what was done: intended (obligated). The
  governor is a form of "have" or "give" with an "until"/"by" phrase, or
  with an object that is a span of time ("30 days", "two weeks");
- a bare infinitive clause ("could help Germany reassure its allies",
  "would let the company sell"): a clause in the bare form with no
  auxiliary, no "to" and no subordinator cannot be finite, so it is no
  report of its own and takes the modality of the verb it hangs on.
"""

from __future__ import annotations

__all__ = ["DEADLINE_CUE", "FOR_TO_CUE", "bare_complement", "deadline_governor", "deadline_infinitive", "for_infinitive"]

#: The cue word a deadline's infinitive carries.
DEADLINE_CUE = "has until"
#: The cue of an infinitive with a "for" subject.
FOR_TO_CUE = "for to"

_DEADLINE_VERBS = frozenset({"have", "give"})
_DEADLINE_PREPS = frozenset({"until", "till", "by"})
# Units of a span of time: a closed class ("have 30 days to respond").
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year"})
_AUX_DEPS = frozenset({"aux", "auxpass"})


def _span_of_time(token) -> bool:
    """Is ``token`` a counted span of time ("30 days", "two weeks", "a month")?"""
    return token.lemma_.lower() in _TIME_UNITS and any(
        c.dep_ in ("nummod", "det") for c in token.children)


def deadline_governor(head, token) -> bool:
    """Does ``head`` give ``token`` (its infinitive) a deadline?

    ``head`` is a form of "have" or "give" with an "until", "till" or "by"
    phrase before the infinitive ("has until October 28 to release"), or
    an object that is a span of time ("has 30 days to respond"; the parser
    may hang the infinitive on that object).
    """
    if head.lemma_.lower() not in _DEADLINE_VERBS or head.pos_ not in ("VERB", "AUX") or head.i == token.i:
        return False
    for child in head.children:
        if child.i > token.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _DEADLINE_PREPS and any(
                g.dep_ == "pobj" for g in child.children):
            return True
        if child.dep_ in ("dobj", "obj", "dative") and _span_of_time(child):
            return True
    return False


def deadline_infinitive(token) -> bool:
    """Is ``token`` an infinitive under a deadline ("has until Friday to leave", "has 30 days to respond")?

    The parser may make "has" an auxiliary of the infinitive, with "until" on it ("has until
    October 28 to release": has/aux, until/prep of has); that reads the same.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ == "aux" and deadline_governor(c, token) for c in token.children):
        return True
    head = token.head
    if token.dep_ in ("acl", "relcl") and _span_of_time(head) and head.dep_ in ("dobj", "obj"):
        head = head.head  # "has 30 days to respond": the parser hangs the infinitive on the days
    return token.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp") and deadline_governor(head, token)


def bare_complement(token) -> bool:
    """Is ``token`` a bare infinitive clause under a verb ("could help Germany reassure its
    allies"): the base form, no auxiliary, no "to", no subordinator, no quotation between?"""
    if token.dep_ != "ccomp" or token.tag_ != "VB" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _AUX_DEPS or c.dep_ == "mark" for c in token.children):
        return False
    low, high = sorted((token.i, token.head.i))
    return not any(t.is_punct for t in token.doc[low:high])



def for_infinitive(token) -> bool:
    """Is ``token`` an infinitive with its own subject after "for" ("for Russia to withdraw")?"""
    children = list(token.children)
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children))
