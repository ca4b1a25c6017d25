"""The kind of aid given as an amount: money 071, military 072, humanitarian 073.

"Japan donated $10 million to Ukraine", "India shipped 50,000 tonnes of wheat to Afghanistan", "The United
States sent $400 million in weapons to Ukraine": a verb of giving whose direct object is an amount and whose
target is the actor in its "to" phrase (:mod:`extract.relations.aid_amounts`) provides aid, and the amount says
which. The CAMEO verb patterns key the kind on the thing given: military ("* &MILITARY_ASSISTANCE TO + [072]",
"* + WITH &WEAPON [072]" PROVIDE), humanitarian ("* HUMANITARIAN AID TO + [073]" GRANT, "* MEDICAL EQUIPMENT
[073]" DONATE, "* &FOOD AID [073]"), money ("* &CURRENCY [071]" ALLOCATE, "* MILLIONS TO + [071]" AWARD); the
verbs' own defaults are vaguer (DONATE and CONTRIBUTE 070, LEND 060, SHIP none). :func:`aid_kind` reads the
words of the amount's "of"/"in" phrase and of the verb's "for"/"as" phrase (``data/aid_amounts.tsv``): a
military word gives 072, else a humanitarian one 073, else money (a MONEY amount or a currency) 071. Goods of
no listed kind ("shipped 500 tonnes of coal") keep the verb's own event: trade is no aid.

Only an event of cooperation or aid (roots 06, 07) or none is refined, and only when the relation's object is
the actor of the "to" phrase: "sold $3 billion of arms" (061, not a verb of giving) and "sent 3,000 troops to
Mali" (counted actors are no amount) keep theirs.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.aid_amounts import aid_words, amounts_given, recipient_phrases
from ..types import Argument, Event

__all__ = ["aid_kind"]

_REFINED_ROOTS = frozenset({"06", "07"})
_KIND_PREPS = frozenset({"of", "in"})
_PURPOSE_PREPS = frozenset({"for", "as"})
_CODES = (("military", "072"), ("humanitarian", "073"))


def _phrase_words(heads, preps) -> set[str]:
    return {t.lemma_.lower() for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in preps for t in prep.subtree}


def _kind_code(verb, amounts) -> str | None:
    words = _phrase_words(amounts, _KIND_PREPS) | _phrase_words([verb], _PURPOSE_PREPS)
    words |= {t.lemma_.lower() for a in amounts for t in a.subtree if t.i <= a.i}  # "two million doses"
    kinds = aid_words()
    for kind, code in _CODES:
        if words & kinds[kind]:
            return code
    if any(a.ent_type_ == "MONEY" or a.lemma_.lower() in kinds["money"] for a in amounts):
        return "071"
    return None


def aid_kind(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """The aid event of a verb of giving an amount to ``obj`` ("donated $10 million to Ukraine": 071), else
    ``event`` unchanged."""
    if pred is None or obj is None or (event is not None and event.root not in _REFINED_ROOTS):
        return event
    amounts = amounts_given(pred, pred.lemma_)
    if not amounts or not any(p.idx <= obj.start < p.idx + len(p.text) or
                              p.left_edge.idx <= obj.start < p.right_edge.idx + len(p.right_edge.text)
                              for p in recipient_phrases(pred, amounts)):
        return event
    code = _kind_code(pred, amounts)
    if code is None or (event is not None and event.code == code):
        return event
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return event
