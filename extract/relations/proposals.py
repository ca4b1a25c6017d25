"""The proposer as the target: "Serbia rebuffed the EU's demands", "Chile rejected an offer from Bolivia",
"rights groups criticised China's treatment of the Uighurs".

A verb that answers a proposal, a deed or words (rejects, dismisses, criticises, welcomes or praises
them) with a noun of ``data/proposal_nouns.txt``, ``data/deed_nouns.txt`` (decision, policy, treatment,
efforts, remarks) or ``data/conduct_nouns.txt`` (conduct, actions, role) as its object is done to the
actor who made or did it: its possessor, or the actor in "from" or "by" on the noun ("* + DECISION
[111]" ATTACK). The CAMEO verb patterns write the target so ("* + DEMAND
FOR AUTONOMY [1234]" REJECT, "* REQUEST FROM + TO EXTRADITE [1213]" REJECT). :func:`proposal_owners`
gives that actor as the verb's target (the target rules, :mod:`.targets`, ask it); the proposal
becomes the relation's complement. Only verbs whose CAMEO event answers one (``_ANSWER_ROOTS``:
disapprove 11, reject 12, approve 05) count: "Russia submitted Iran's request" names no answer, and
"the EU's demands" of a verb of saying stay the object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["proposal_owners"]

# CAMEO roots of an answer to a proposal: approve (05), disapprove (11), reject (12).
_ANSWER_ROOTS = frozenset({"05", "11", "12"})


def proposal_owners(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors who made the proposals ``verb`` answers ("rejected Kosovo's demand" -> Kosovo)."""
    sets = lexicon.word_sets
    nouns = sets["proposal_nouns"] | sets["deed_nouns"] | sets["conduct_nouns"]
    proposals = [o for o in objects if o.pos_ == "NOUN" and o.lower_ in nouns]
    if not proposals:
        return []
    event = lexicon.cameo.event_of(" ".join(lemma.lower().split()))
    if event is None or event.root not in _ANSWER_ROOTS:
        return []
    out = []
    for noun in proposals:
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                   for p in c.children if p.dep_ == "pobj"]
        out.extend(o for o in owners if is_actor(o) and o not in out)
    return out
