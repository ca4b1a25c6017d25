"""The parties inside a verb's event-noun object as the verb's targets: "Egypt mediated a ceasefire between Israel
and Hamas", "Russia welcomed the agreement between Armenia and Azerbaijan", "Iran rejected an offer of talks with
the United States".

The CAMEO verb patterns write the target of a mediation inside its object: "MEDIATE * BETWEEN [045]", "BROKER *
TALKS WITH + [045]", "BROKER * % &CEASEFIRE [045]"; a mediator mediates between each party. A verb that answers
a deed (approves 05, criticises 11 or rejects 12, as :mod:`.proposals` reads them) whose object is a mutual
event noun of ``data/mutual_events.tsv`` with its pair ("the agreement between Armenia and Azerbaijan") answers
each party; a host of talks hosts them "between" their parties ("Norway hosted talks between the Colombian
government and the ELN": "HOSTED * BETWEEN + [045]", the TALK pattern; its "with" partner is a guest, not a party,
and is left to the verb); one whose object is a proposal noun (``data/proposal_nouns.txt``) "of" or "for" such a noun with
its partner ("an offer of talks with the United States", "REJECT * &PROPOSAL [120]") answers that partner.
:func:`noun_partners` gives those actors as the verb's targets (the target rules, :mod:`.targets`, ask it);
the noun becomes the relation's complement and the verb keeps its own event. A topic ("talks on Syria"), a
place ("the ceasefire in Idlib"), an offer's recipient ("an offer of help to flood victims") or an offer with
no partner named ("rejected the offer") gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..lexicon import Lexicon
from ..syntax import prepositional_objects
from .partners import mutual_frames

__all__ = ["noun_partners"]

# CAMEO event code of mediation (045): its target is each party between which it mediates.
_MEDIATE = "045"
# CAMEO event code of hosting (043): a host of talks is a party to them only through their "between" pair.
_HOST = "043"
# CAMEO roots of an answer to a deed or a proposal: approve (05), disapprove (11), reject (12).
_ANSWER_ROOTS = frozenset({"05", "11", "12"})
# The prepositions that join a proposal noun to the event it proposes: "an offer of talks", "a proposal for talks".
_PROPOSED = ("of", "for")


def _pair(noun, lexicon: Lexicon, is_actor: Callable, *, partner: bool) -> list:
    """The actors of a mutual noun's "between" pair, or with ``partner`` of its "with" phrase too."""
    frames = mutual_frames(noun.lower_, kind="noun", lexicon=lexicon)
    preps = [p for p in ("between", "with") if p in frames and (p == "between" or partner)]
    return [p for p in prepositional_objects(noun, preps) if is_actor(p)]


def noun_partners(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The parties of the event noun a mediating or answering verb takes as its object, in order.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> noun_partners(None, "write", [], lambda t: True, get_lexicon())
    []
    """
    event = lexicon.cameo.event_of(" ".join(lemma.lower().split()))
    if event is None or not (event.code in (_MEDIATE, _HOST) or event.root in _ANSWER_ROOTS):
        return []
    proposals = lexicon.word_sets["proposal_nouns"]
    out = []
    for obj in objects:
        if obj.head != verb or obj.pos_ != "NOUN" or is_actor(obj):
            continue
        if event.code == _MEDIATE:
            found = _pair(obj, lexicon, is_actor, partner=True)  # "brokered talks with the Taliban"
        elif event.code == _HOST:
            found = _pair(obj, lexicon, is_actor, partner=False)  # "hosted talks between Colombia and the ELN"
        elif obj.lower_ in proposals:
            found = [t for n in prepositional_objects(obj, _PROPOSED) if not is_actor(n)
                     for t in _pair(n, lexicon, is_actor, partner=True)]
        else:
            found = _pair(obj, lexicon, is_actor, partner=False)
        out.extend(t for t in found if t not in out)
    return out
