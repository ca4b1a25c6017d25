"""Help for a business's clientele is customer service, no cooperation between actors.

CAMEO's cooperation (intent 03, verbal 05, material 06, aid 07) is done by an actor to an actor. A
company's or a service's dealings with the people it serves read the same verbs: "the company
provided support for customers affected by the outage" (051 off "support"), "Microsoft offered
support to users of older versions" (030), "Amazon promised customers faster delivery" (030),
"Verizon apologized to customers" (055). :func:`clientele_event` (asked by
:func:`extract.events.senses.refine_event`) drops such an event when:

- its root is one of cooperation (03, 05, 06, 07);
- the one it is done to is a plain noun of a clientele (``data/clientele_nouns.txt``: customers,
  users, passengers, subscribers ...) with no name and no actor code: the relation's object, the
  verb's second object, or the object of a "to", "for" or "with" phrase of the verb or of its object
  noun ("support for customers", "refunds to passengers");
- no actor is named among the ones it is done to (a name, a coded noun, "the government").

"The United Nations provided aid to refugees" and "the government provided support for farmers"
name no clientele and keep their events.

Examples
--------
>>> sorted(_COOPERATION_ROOTS)
['03', '05', '06', '07']
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import prepositional_objects
from ..types import Argument, Event
from .participants import token_can_act
from .things import argument_head

__all__ = ["clientele_event"]

_COOPERATION_ROOTS = frozenset({"03", "05", "06", "07"})
_RECIPIENT_PREPS = frozenset({"to", "for", "with"})
_SECOND_OBJECTS = frozenset({"dative", "dobj", "obj"})


def _recipients(pred, obj: Argument | None) -> list:
    """The tokens the act is done to: the object's head, the verb's objects and its "to"/"for"/"with" phrases."""
    doc = pred.doc
    head = argument_head(doc, obj)
    found = [head] if head is not None else []
    for child in pred.children:
        if child.dep_ in _SECOND_OBJECTS:
            # "offered support to users": the parser may make the "to" itself the dative
            found += [p for p in child.children if p.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
    found += prepositional_objects(pred, _RECIPIENT_PREPS)
    if head is not None:
        found += prepositional_objects(head, _RECIPIENT_PREPS)
    return list(dict.fromkeys(found))


def _clientele(tok, lexicon: Lexicon) -> bool:
    """Is the token a plain noun of a clientele ("customers", "users"), with no name in it?"""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    nouns = lexicon.word_sets["clientele_nouns"]
    lemma = tok.lemma_.lower()
    compound = next((c for c in tok.children if c.dep_ == "compound"), None)
    return lemma in nouns or (compound is not None and f"{compound.lemma_.lower()} {lemma}" in nouns)


def clientele_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                    lexicon: Lexicon) -> Event | None:
    """None for cooperation done to a business's clientele (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``clientele_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or event.root not in _COOPERATION_ROOTS:
        return event
    if obj is not None and obj.actor_code and obj.type != "CONCEPT":
        return event  # a named actor is the one it is done to
    recipients = _recipients(pred, obj)
    clients = [t for t in recipients if _clientele(t, lexicon)]
    if not clients:
        return event
    others = [t for t in recipients if t not in clients and t.pos_ in ("NOUN", "PROPN", "PRON")]
    if any(t.ent_type_ or (t.pos_ != "PRON" and token_can_act(t, lexicon)) for t in others):
        return event  # "offered help to customers and the government": an actor is named too
    return None
