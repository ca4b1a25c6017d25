"""Who can be the source of a CAMEO event: an actor, or an event that stands for its actor.

A CAMEO event is something an actor does to another: a fire that injured a
man, a constitution that banned a sale or the night's incidents that
injured officers are no events, whatever the verb (issue 11: "a relation
between concepts/amounts is not a CAMEO event"). :func:`can_act` tells
whether a relation's subject can be an event's source:

- an argument with an actor code, or a person, organisation, country or
  group (``PERSON``, ``ORG``, ``GPE``, ``NORP``, ``ACTOR``);
- a personal pronoun ("he", "they", "who");
- a common noun for people or bodies (the Phoenix agent nouns, and the
  lexicon's agent, actor, relational and class nouns: "a man",
  "authorities", "his allies", "a coalition", "the jury", "the office");
- an event noun of the hand map ("the bombing killed five", "the attack
  injured twelve"): the attack stands for the attackers.

Everything else (things, documents, amounts, places that are no country)
gives no source, and the relation gets no event type.

Cooperation is done *with* someone: a diplomatic or material cooperation
(050, 057 and root 06 but 061, :func:`needs_partner`) needs a partner
(:func:`has_partner`): an object that can act or an acting possessor, an
event noun ("signed an agreement", "organised talks"), or an acting partner
after "with", "to", "for" or "between". Praise, endorsement and the other
verbal acts of root 05 ("lauded the plan") take things as objects.
"Signed an executive order", "served a life sentence" and "instituted a
policy" are no cooperation.
"""

from __future__ import annotations

from ..actors.counterparts import is_counterpart_noun
from ..lexicon import Lexicon
from ..relations.event_noun_senses import event_sense_holds
from ..syntax import char_span
from ..types import Argument

__all__ = ["ACTING_TYPES", "can_act", "has_partner", "needs_partner", "token_can_act"]

#: Entity types that can act.
ACTING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "ACTOR"})

_PERSONAL_PRONOUNS = frozenset({
    "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who", "whom", "whoever",
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "both", "each", "all",
    "others", "some", "many", "several", "few",
})
# Cooperation that needs a partner: diplomatic cooperation and agreements (050, 057), material cooperation (06).
_PARTNER_CODES = frozenset({"050", "057"})
_PARTNER_ROOTS = frozenset({"06"})
_ECONOMIC = frozenset({"061"})
_PARTNER_PREPS = frozenset({"with", "to", "for", "between", "among"})
_PERSON_WORD_SETS = ("agent_nouns", "actor_nouns", "relational_nouns", "body_nouns")


def _acting_noun(token, lexicon: Lexicon) -> bool:
    words = lexicon.word_sets
    for form in {token.lower_, token.lemma_.lower()}:
        if any(form in words[name] for name in _PERSON_WORD_SETS) or form in lexicon.tables["class_nouns"]:
            return True
        if form in lexicon.actors.roles or lexicon.dictionaries.agent_codes(form):
            return True
        if form in lexicon.cameo.hand:
            return True  # "the bombing killed five": the event stands for its actor
    if is_counterpart_noun(token, lexicon):
        return True  # "met his Iraqi counterpart", "her opposite number" (extract/actors/counterparts.py)
    compound = " ".join(t.lemma_.lower() for t in token.children if t.dep_ == "compound" and t.i < token.i)
    return bool(compound) and f"{compound} {token.lemma_.lower()}" in lexicon.cameo.hand


def can_act(doc, arg: Argument, lexicon: Lexicon) -> bool:
    """Whether ``arg`` (a relation's subject) can be the source of an event.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document the argument's offsets point into.
    arg : Argument
        The argument, with its actor code filled.
    lexicon : Lexicon
        The tables (agent nouns, the hand event map).
    """
    if arg.actor_code or arg.type in ACTING_TYPES:
        return True
    span = char_span(doc, arg.start, arg.end)
    if span is None:
        return True  # no span to read: keep the verb's reading
    return token_can_act(span.root, lexicon)


def token_can_act(head, lexicon: Lexicon) -> bool:
    """Whether the phrase headed by token ``head`` can act (as :func:`can_act`, on the parse alone)."""
    if head.pos_ == "PRON" or head.lower_ in _PERSONAL_PRONOUNS:
        return head.lower_ in _PERSONAL_PRONOUNS
    if head.ent_type_ in ACTING_TYPES:
        return True
    # "members of Congress", "a group of men": the head or the noun its "of" phrase counts
    if _acting_noun(head, lexicon):
        return True
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ in ACTING_TYPES or _acting_noun(obj, lexicon)):
                    return True
    return False


def needs_partner(code: str) -> bool:
    """Is a CAMEO code a cooperation that needs a partner (050, 057, 06x but economic 061)?

    Economic cooperation is coded on what is bought, funded or licensed
    ("Hungary licensed Czech technology"), so 061 needs no partner.
    """
    if code[:3] in _ECONOMIC:
        return False
    return code[:3] in _PARTNER_CODES or code[:2] in _PARTNER_ROOTS


def _names_event(token, lexicon: Lexicon) -> bool:
    """Is the noun an event of the hand map or a nominalisation ("agreement", "talks", "summit")?"""
    if not event_sense_holds(token, is_actor=lambda t: t.ent_type_ in ACTING_TYPES or _acting_noun(t, lexicon),
                             lexicon=lexicon):
        return False  # "received medical treatment": care, no event
    return any(form in lexicon.cameo.hand or form in lexicon.tables["nominalisations"]
               for form in (token.lower_, token.lemma_.lower()))


def has_partner(doc, pred, obj: Argument, lexicon: Lexicon) -> bool:
    """Does a cooperation verb have a partner: an acting or event object, or an acting
    "with"/"to"/"for"/"between" phrase of the verb ("agreed with Airbus")?

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    pred : spacy.tokens.Token or None
        The predicate's token (None: nothing to read, the answer is yes).
    obj : Argument
        The relation's object, with its actor code filled.
    lexicon : Lexicon
        The tables.
    """
    if pred is None or can_act(doc, obj, lexicon):
        return True
    span = char_span(doc, obj.start, obj.end)
    if span is not None and (_names_event(span.root, lexicon) or any(
            child.dep_ == "poss" and token_can_act(child, lexicon) for child in span.root.children)):
        return True  # "signed an agreement", "lauded Blankenship's ability"
    return any(
        prep.dep_ in ("prep", "dative") and prep.lower_ in _PARTNER_PREPS and token_can_act(pobj, lexicon)
        for prep in pred.children
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )
