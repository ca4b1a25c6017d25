"""Cooperation with a business is economic: a company's partner works with it for goods or money.

CAMEO's 05 "Engage in diplomatic cooperation" is between political
actors: governments, parties, organisations of states. The verb
dictionary codes COLLABORATE, and AGREE with a partner, as 050, whoever
the partners are. With a business on either side ("The Boeing airframe
company is collaborating with NASA on spacecraft", "Hungary agreed with
Airbus to open a helicopter parts factory as a joint venture") the
cooperation is a deal of goods, services or money: 061 "Cooperate
economically", as the events gold codes the joint venture.
:func:`business_partner_event` turns 050 into 061 where:

- the verb is one of working together (``data/partnership_verbs.txt``:
  collaborate, cooperate, agree, partner, team up, ally);
- one side is a business: an organisation or a person whose actor code
  has the business role ``BUS`` or the multinational prefix ``MNC``
  (Toyota, ``MNCJPN``), or a noun phrase so coded whose head is an agent noun of a
  business in the CAMEO agents dictionary ("The Boeing airframe
  company", ``MNCUSA``; not "the nationalization");
- the other side has an actor code (a state, a body, a business).

A concept coded as a business ("agreed with the nationalization of the
Federal Reserve") is no partner: no change.

Examples
--------
"The software company Oracle is collaborating with the Pentagon" 061;
"France is cooperating with Germany" keeps its code.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .things import argument_head

__all__ = ["business_partner_event", "business_code"]

_DIPLOMATIC = "050"
_ECONOMIC = "061"
_PARTNER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BUSINESS_ROLE = "BUS"
_BUSINESS_PREFIX = "MNC"


def business_code(code: str | None) -> bool:
    """Is ``code`` a business's: the role ``BUS`` after its country, or the prefix ``MNC``?

    >>> business_code("USABUS"), business_code("MNCJPN"), business_code("BUS"), business_code("USAGOV")
    (True, True, True, False)
    """
    if not code:
        return False
    return code.startswith(_BUSINESS_PREFIX) or any(
        code[i : i + 3] == _BUSINESS_ROLE for i in range(0, len(code), 3))


def _business(doc, arg: Argument | None, lexicon: Lexicon) -> bool:
    """Is the argument a business: a name, or a noun phrase headed by a business's agent noun ("the company")?"""
    if arg is None or not business_code(arg.actor_code):
        return False
    if arg.type in _PARTNER_TYPES - {"GPE"}:
        return True
    head = argument_head(doc, arg)
    return head is not None and any(_BUSINESS_ROLE in code for form in (head.lower_, head.lemma_.lower())
                                    for code in lexicon.dictionaries.agent_codes(form))


def _actor(arg: Argument | None) -> bool:
    return arg is not None and bool(arg.actor_code)


def business_partner_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                           lexicon: Lexicon) -> Event | None:
    """061 for diplomatic cooperation (050) of a verb of working together with a business side; else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``partnership_verbs``).

    Returns
    -------
    Event or None
    """
    if event is None or event.code != _DIPLOMATIC or pred is None:
        return event
    if pred.lemma_.lower() not in lexicon.word_sets["partnership_verbs"]:
        return event
    if not (_actor(subject) and _actor(obj)) or not (
            _business(pred.doc, subject, lexicon) or _business(pred.doc, obj, lexicon)):
        return event
    try:
        return event_for_code(_ECONOMIC, lexicon.cameo.labels)
    except EventMapError:
        return event
