"""Harm with no doer in a story of an accident is no attack.

A verb that reports harm ("two adults were seriously injured", "an
estimated 300 vehicles had been damaged or destroyed", "over 200 people
injured", ``data/doerless_harm_verbs.txt``) names no one who did it when
it has no agent. Whether an event coder codes it then depends on the
story: in a story of an attack, a shooting or a riot the harm is the
attack's (and :mod:`extract.relations.agentless_violence` names it where
the clause does); in a story of a fire, a crash, a storm or a stampede it
is an accident's, which PETRARCH codes as no event ("* (IN ACCIDENT)"
[---]). :func:`accident_harm` tells the second: violence (roots 18-20)
read off such a verb with no source and no "by" agent, where the article
up to and including the sentence names an accident or a natural cause
(``data/non_event_causes.txt``: fire, crash, stampede, storm;
``data/accident_verbs.txt``: crashed, collapsed, overturned) and no word of
violence or crime (``data/violence_story_words.txt``: attack, gunman,
riot, suspect, war; "opened fire" is violence). The cue words are
generous on purpose: a word of violence anywhere before only keeps the
code.
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from ..types import Argument, Event

__all__ = ["accident_harm"]

_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_AGENT_DEPS = frozenset({"agent", "nsubj", "csubj"})
# "opened fire": the fire of guns, not a blaze.
_GUNFIRE_HEADS = frozenset({"open", "return", "exchange"})


def _story_kind(doc, end: int, lexicon: Lexicon) -> tuple[bool, bool]:
    """(accident cue, violence cue) among the tokens of ``doc`` before ``end``, memoised per sentence end."""
    memo = cache_of(doc).memo("accident_story")
    found = memo.get(end)
    if found is not None:
        return found
    causes = lexicon.word_sets["non_event_causes"]
    crashes = lexicon.word_sets["accident_verbs"]
    violent = lexicon.word_sets["violence_story_words"]
    accident = violence = False
    for token in doc[:end]:
        lemma = token.lemma_.lower()
        if lemma in violent or token.lower_ in violent:
            violence = True
            break
        if lemma == "fire" and token.head.lemma_.lower() in _GUNFIRE_HEADS:
            violence = True
            break
        if (token.pos_ in ("NOUN", "PROPN") and lemma in causes) or (token.pos_ == "VERB" and lemma in crashes):
            accident = True
    found = memo[end] = (accident, violence)
    return found


def accident_harm(event: Event | None, pred, subject: Argument | None, lexicon: Lexicon) -> bool:
    """Is ``event`` harm with no doer in a story of an accident (the module docstring)?

    Parameters
    ----------
    event : Event or None
        The relation's event.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject : Argument or None
        The relation's source.
    lexicon : Lexicon
        The word lists ``doerless_harm_verbs``, ``violence_story_words``, ``non_event_causes``,
        ``accident_verbs``.

    Returns
    -------
    bool
        True where the event should be dropped.
    """
    if event is None or pred is None or event.root not in _VIOLENCE_ROOTS:
        return False
    if pred.lemma_.lower() not in lexicon.word_sets["doerless_harm_verbs"]:
        return False
    if subject is not None and subject.text.strip():
        return False
    if any(child.dep_ in _AGENT_DEPS for child in pred.children):
        return False  # "were injured by a gunman", "the blast injured two"
    accident, violence = _story_kind(pred.doc, pred.sent.end, lexicon)
    return accident and not violence
