"""Appeals and demands with a passive mandative clause: "The European Union requested that the sanctions be lifted".

CAMEO codes the verb's own event: REQUEST, ASK and URGE are appeals (020), DEMAND a demand (100).
With an active mandative clause the one asked is the clause's subject ("demanded that Ukraine
withdraw its troops": :mod:`.mandative_clauses`). With a passive one ("that the sanctions be
lifted", "that the killers be punished", "that the case be investigated by an independent body")
the clause names what is to be done and to whom, not who is asked: the verb is a one-place event,
(subject, verb, unspecified), read by :mod:`.implicit` like "Iran announced that ...".

A passive mandative clause is a clausal complement after the verb whose one auxiliary is a bare
passive "be" (:func:`passive_mandative`): "would be held" (a modal), "were arrested" (finite) and
"to be freed" (an infinitive) are not. The verb's own CAMEO event (the map's, by its lemma) must be
an appeal (02) or a demand (10): "said that the talks would be held", "ruled that the law be
suspended" and "warned that roads may be closed" give nothing here. A verb with an object is read by
the object rules (the one-place blockers of :mod:`.implicit`).
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["asked_clause", "passive_mandative"]

#: CAMEO roots of appeals (02) and demands (10).
_ASKING_ROOTS = frozenset({"02", "10"})


def passive_mandative(clause) -> bool:
    """Is ``clause`` a clausal complement in the passive mandative form ("that the sanctions be lifted"):
    a bare "be" as its only auxiliary?"""
    if clause.dep_ != "ccomp":
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return (len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].lower_ == "be"
            and auxiliaries[0].tag_ == "VB")


def asked_clause(verb, phrase: str, lexicon: Lexicon) -> bool:
    """Is ``verb`` (predicate phrase ``phrase``) an appeal or a demand with a passive mandative clause
    after it ("requested that the sanctions be lifted")?"""
    event = lexicon.cameo.event_of(phrase)
    if event is None or event.root not in _ASKING_ROOTS:
        return False
    return any(c.i > verb.i and passive_mandative(c) for c in verb.children)
