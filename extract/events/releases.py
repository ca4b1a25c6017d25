"""What is released is a person or property held: a discharge, a publication or a product is no release.

CAMEO's 084 "Return, release" (0841 persons, 0842 property) yields what
one actor held of another's: prisoners, hostages, detainees, a seized
tanker, frozen funds. The verb RELEASE is wider, and
:mod:`extract.events.things` and :mod:`extract.events.object_senses`
already leave no event for a made work or information released.
:func:`release_event` leaves none for three more:

- **A discharge**: the verb has a "from" phrase of a care place
  (``data/care_places.txt``: "Trump was released from the hospital", "was
  released from hospital after a fall"); "released from prison" stays.
- **A publication**: the verb has an adverb of making public
  (``data/publishing_adverbs.txt``: "obtained the messages and released
  them publicly", "released it online").
- **A product**: the released thing is a product, by its name alone: a
  name with a version number ("released RHL 8", "Windows 11", "iOS 14"), a
  name that begins with its maker's ("Red Hat released Red Hat Enterprise
  Linux"), a software name (``data/software_names.txt``) or a name the
  tagger calls a product or a work.

Examples
--------
"was released from the hospital on Sunday" none; "released them publicly"
none; "Microsoft released Windows 11" none; "the rebels released two aid
workers" keeps 084.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event
from .things import argument_head

__all__ = ["release_event"]

_RELEASE = "084"
_PRODUCT_TYPES = frozenset({"PRODUCT", "WORK_OF_ART"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _discharged(pred, lexicon: Lexicon) -> bool:
    """Has the verb a "from" phrase whose object is a care place ("released from the hospital")?"""
    care = lexicon.word_sets["care_places"]
    return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
        o.dep_ == "pobj" and (o.lower_ in care or o.lemma_.lower() in care) for o in prep.children)
        for prep in pred.children)


def _published(pred, lexicon: Lexicon) -> bool:
    """Has the verb an adverb of making public ("released them publicly")?"""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.word_sets["publishing_adverbs"] for c in pred.children)


def _name_tokens(head):
    """The tokens of a proper name headed by ``head`` (its compounds, the head)."""
    return [t for t in head.subtree if t.i <= head.i and (t.dep_ == "compound" or t.i == head.i)]


def _product(pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is the released thing a product by its name: a version number, its maker's name first, a software
    name, a product or work of the tagger?"""
    heads = [c for c in pred.children if c.dep_ in _OBJECT_DEPS]
    head = argument_head(pred.doc, obj) if obj is not None else None
    if head is not None:
        heads.append(head)
    software = lexicon.word_sets["software_names"]
    maker = (subject.text or "").casefold().strip() if subject is not None and subject.type == "ORG" else ""
    for h in heads:
        if h.pos_ != "PROPN":
            continue
        if h.ent_type_ in _PRODUCT_TYPES or h.lower_ in software:
            return True
        if any(c.dep_ == "nummod" and c.like_num and c.i > h.i for c in h.children):
            return True  # "RHL 8", "Windows 11"
        name = " ".join(t.text for t in _name_tokens(h)).casefold()
        if maker and name != maker and name.startswith(maker + " "):
            return True  # "Red Hat released Red Hat Enterprise Linux"
    return False


def release_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                  lexicon: Lexicon) -> Event | None:
    """None for a release (084) that is a discharge, a publication or a product (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments.
    lexicon : Lexicon
        The tables (word lists ``care_places``, ``publishing_adverbs``, ``software_names``).

    Returns
    -------
    Event or None
    """
    if event is None or not event.code.startswith(_RELEASE) or pred is None or pred.pos_ != "VERB":
        return event
    if _discharged(pred, lexicon) or _published(pred, lexicon) or _product(pred, subject, obj, lexicon):
        return None
    return event
