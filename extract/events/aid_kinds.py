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

"Pakistan received $6 billion from the IMF" (the IMF's, read by :class:`extract.relations.aid_amounts.ReceivedAidRules`)
is coded the same way: the source in the verb's "from" phrase, the target its subject.

Only an event of cooperation or aid (roots 06, 07) or none is refined, and only when the relation's object is
the actor of the "to" phrase: "sold $3 billion of arms" (061, not a verb of giving) and "sent 3,000 troops to
Mali" (counted actors are no amount) keep theirs.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.aid_amounts import aid_code, aid_words, amounts_given, giver_phrases, is_amount, recipient_phrases
from ..types import Argument, Event

__all__ = ["aid_kind"]

_REFINED_ROOTS = frozenset({"06", "07"})


def _within(arg: Argument, toks) -> bool:
    return any(t.left_edge.idx <= arg.start < t.right_edge.idx + len(t.right_edge.text) for t in toks)


def aid_kind(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
             lexicon: Lexicon) -> Event | None:
    """The aid event of a verb of giving an amount to ``obj`` ("donated $10 million to Ukraine": 071), or of
    receiving one from ``subject`` ("received $6 billion from the IMF"), else ``event`` unchanged."""
    if pred is None or obj is None or subject is None or (event is not None and event.root not in _REFINED_ROOTS):
        return event
    if pred.pos_ == "VERB" and pred.lemma_.lower() in aid_words()["receiving"]:
        amounts = [c for c in pred.children if c.dep_ in ("dobj", "obj") and is_amount(c)]
        takers = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
        fits = amounts and _within(subject, giver_phrases(pred)) and _within(obj, takers)
    else:
        amounts = amounts_given(pred, pred.lemma_)
        fits = amounts and _within(obj, recipient_phrases(pred, amounts))
    if not fits:
        return event
    code = aid_code(pred, amounts)
    if code is None or (event is not None and event.code == code):
        return event
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return event
