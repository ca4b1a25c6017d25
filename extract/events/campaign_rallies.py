"""A rally that is no demonstration: a campaign's rally, a politician's rally.

The event map reads "rally" as CAMEO 141 ("Demonstrate or rally"), which is a protest: a crowd that
gathers against or for a cause. Two rallies are no protest (no event):

- a rally named by a word of a campaign (``data/campaign_rally_words.txt``: "held a campaign rally",
  "an election rally");
- a rally held by one named person of a government (a PERSON argument whose actor code has the role
  ``GOV``) whose clause names no cue of protest: no "against" phrase and no word of
  ``data/protest_cues.txt`` besides the rally nouns of ``data/rally_nouns.txt`` ("President Trump held
  a rally in Tulsa": the speaker of a political rally, not a demonstrator). An opposition leader's
  rally ("Tsikhanouskaya held a rally in Minsk"), "X held a rally against the government" and "held a
  rally to demand ..." stay 141.

A crowd, a party or a group that holds a rally ("supporters held a rally", "the union staged a rally")
keeps the event. :func:`extract.events.senses.refine_event` asks :func:`campaign_rally_event`.

>>> campaign_rally_event(None, None, None, None) is None
True
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event

__all__ = ["campaign_rally_event"]

_DEMONSTRATE = "141"
_RALLY = "rally"
_GOVERNMENT = "GOV"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "pobj"})
_CLAUSE_STOPS = frozenset({"relcl", "ccomp", "parataxis", "conj", "nsubj", "nsubjpass"})


def _rally_noun(pred):
    """The rally noun of the event: the predicate itself, or its object ("held a rally")."""
    if pred.lemma_.lower() == _RALLY and pred.pos_ == "NOUN":
        return pred
    return next((c for c in pred.children if c.dep_ in _OBJECT_DEPS and c.lemma_.lower() == _RALLY), None)


def _clause_words(pred):
    """The words of the predicate's clause outside its subject and clauses of their own."""
    stack = [c for c in pred.children if c.dep_ not in _CLAUSE_STOPS]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_STOPS)


def _protest_cue(pred, lexicon: Lexicon) -> bool:
    """Does the clause say the rally protests ("against the government", "to demand", "with placards")?"""
    cues = lexicon.word_sets["protest_cues"] - lexicon.word_sets["rally_nouns"]
    return any(tok.lower_ == "against" or tok.lemma_.lower() in cues for tok in _clause_words(pred))


def _governing(code: str | None) -> bool:
    """Has the actor code a government role (``GOV`` after the country: "USAGOV")?"""
    return bool(code) and any(code[i : i + 3] == _GOVERNMENT for i in range(3, len(code), 3))


def campaign_rally_event(event: Event | None, pred, subject: Argument | None, lexicon: Lexicon) -> Event | None:
    """``event``, or None for a campaign's or a politician's rally (the rules of the module docstring)."""
    if event is None or pred is None or event.code != _DEMONSTRATE:
        return event
    noun = _rally_noun(pred)
    if noun is None:
        return event
    words = lexicon.word_sets["campaign_rally_words"]
    if any(c.dep_ in _MODIFIER_DEPS and c.lemma_.lower() in words for c in noun.children):
        return None  # "held a campaign rally"
    if subject is not None and subject.type == "PERSON" and _governing(subject.actor_code) and not _protest_cue(
            pred, lexicon):
        return None  # "Trump held a rally in Tulsa"
    return event
