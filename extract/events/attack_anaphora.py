""""The attack" that names an attack told before: its event is that attack's, not generic force.

A report names its attack once by its kind ("a car bomb was rammed into a military base", "a
suicide bombing", "drone strikes hit the oil facilities") and then calls it "the attack": "the attack
had killed twelve", "six were killed in the attack". Read alone, "attack" and the verbs of killing give
CAMEO's generic force (190); the coder codes the attack the article told, a bombing (183) or an aerial
strike (195). :func:`anaphoric_attack_event` (asked by :func:`extract.events.senses.refine_event`)
recodes a 190 when:

- the relation's attack is a definite noun of attack whose own event is the generic 190 (a word of
  ``data/attack_nouns.txt``: attack, assault, raid; with "the", "this", "that" or a possessive): the
  predicate itself (the noun of an agentless report, "were killed in the attack") or the head of the
  verb's subject ("the attack killed twelve");
- an earlier noun of the article (before that word) names an attack of a specific kind: a word or
  compound of ``data/attack_nouns.txt`` or of the event map ("car bomb", "bombing", "air strike")
  whose event is violence (roots 18-20) other than 190. The nearest such noun gives the code.

"An attack" (indefinite) is a new one, and a specific noun ("the bombing") keeps its own event.

Examples
--------
>>> sorted(_DEFINITE)
['that', 'the', 'these', 'this', 'those']
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event
from .things import argument_head

__all__ = ["anaphoric_attack_event"]

_GENERIC_FORCE = "190"
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _noun_event(tok, lexicon: Lexicon) -> Event | None:
    """The event of a noun, read with its compound modifier first ("car bomb", then "bomb")."""
    event_of = lexicon.cameo.event_of
    compound = " ".join(t.lemma_.lower() for t in tok.children if t.dep_ == "compound" and t.i < tok.i)
    lemma = tok.lemma_.lower()
    return (event_of(f"{compound} {lemma}") if compound else None) or event_of(lemma)


def _generic_anaphor(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a definite noun of attack whose own event is the generic use of force?"""
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.word_sets["attack_nouns"]:
        return False
    if any(c.dep_ == "compound" for c in tok.children):
        return False  # "a suicide attack", "rocket attack": a kind of its own
    event = _noun_event(tok, lexicon)
    definite = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children)
    return definite and event is not None and event.code == _GENERIC_FORCE


def _told_attack(doc, before: int, lexicon: Lexicon) -> Event | None:
    """The event of the nearest noun before token ``before`` naming an attack of a specific kind."""
    for tok in reversed(doc[:before]):
        if tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        event = _noun_event(tok, lexicon)
        if event is not None and event.root in _VIOLENCE_ROOTS and event.code != _GENERIC_FORCE:
            return event
    return None


def anaphoric_attack_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                           lexicon: Lexicon) -> Event | None:
    """``event``, or the event of the attack told before where "the attack" names it.

    Parameters
    ----------
    event : Event or None
        The event the predicate's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token (a verb or an event noun).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``attack_nouns`` and the event map).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or event.code != _GENERIC_FORCE:
        return event
    if pred.pos_ == "NOUN":
        anaphor = pred
    else:
        anaphor = argument_head(pred.doc, subject) if subject is not None and subject.text.strip() else None
    if not _generic_anaphor(anaphor, lexicon):
        return event
    return _told_attack(pred.doc, anaphor.i, lexicon) or event
