"""Statements coded by what they say: praise, criticism or sympathy in a verb of naming's object.

"Sanders called Biden a decent man" is praise (051), "called the stabbing an
act of inexplicable barbarity" criticism (111), "characterised the deaths as
crushing" an empathetic comment (018): CAMEO codes a characterisation by its
words, and a neutral one ("called it a pandemic") is no event.
:func:`statement_event` is asked by :func:`extract.events.coding.verb_sense`
for a verb of naming (``data/naming_verbs.txt``) when no CAMEO verb pattern
fits the name; the name and its evaluation are read by
:mod:`extract.relations.evaluations` (``data/evaluative_words.tsv``).

- Praise needs someone praised: an object that can act, or a thing of
  someone's ("called Biden's plan brilliant"); "called the view wonderful"
  is no event.
- Criticism of a natural force (``data/natural_forces.txt``: "called the
  storm cruel") is no event: no one is blamed.

:func:`expressive_event` codes the act a verb of conveying
(``data/conveying_verbs.txt``) names by its object
(``data/expressive_nouns.tsv``): "sent his condolences to the people of Sri
Lanka" 018, "extended his sympathies" 018, "offered an apology" 055, as
CAMEO's patterns code the same nouns for the verbs they list ("EXPRESS *
CONDOLENCES [018]").
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.evaluations import characterisation, evaluation
from ..types import Event
from .participants import token_can_act

__all__ = ["EVALUATION_CODES", "expressive_event", "statement_event"]

#: The CAMEO code of each evaluation of ``data/evaluative_words.tsv``.
EVALUATION_CODES = {"praise": "051", "criticism": "111", "sorrow": "018"}


def _someone(token, lexicon: Lexicon) -> bool:
    """Can ``token`` act, or is it a thing of someone who can ("Biden's plan")?"""
    return token_can_act(token, lexicon) or any(
        c.dep_ == "poss" and token_can_act(c, lexicon) for c in token.children)


def statement_event(pred, lexicon: Lexicon) -> Event | None:
    """The event of what a verb of naming says its object is, or None (no name, or a neutral one).

    Parameters
    ----------
    pred : spacy.tokens.Token
        The verb ("called").
    lexicon : Lexicon
        The naming verbs, the evaluative words, the natural forces and the CAMEO labels.

    Returns
    -------
    Event or None
        Praise (051), criticism (111) or an empathetic comment (018).
    """
    named = characterisation(pred, lexicon)
    if named is None:
        return None
    value = evaluation(named, lexicon)
    if value is None:
        return None
    if value == "praise" and not any(_someone(obj, lexicon) for obj in named.objects):
        return None
    forces = lexicon.word_sets["natural_forces"]
    if value == "criticism" and any(obj.lower_ in forces or obj.lemma_.lower() in forces for obj in named.objects):
        return None
    try:
        return event_for_code(EVALUATION_CODES[value], lexicon.cameo.labels)
    except EventMapError:
        return None


_CONVEYED_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def expressive_event(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """The act a verb of conveying names by its object ("sent his condolences" 018), or None.

    Parameters
    ----------
    lemma : str
        The verb's lemma ("send").
    pred : spacy.tokens.Token or None
        The verb; its direct object, or a passive's subject ("condolences were sent"), is read.
    lexicon : Lexicon
        ``conveying_verbs`` and ``expressive_nouns``, and the CAMEO labels.
    """
    if pred is None or lemma not in lexicon.word_sets["conveying_verbs"]:
        return None
    nouns = lexicon.tables["expressive_nouns"]
    for child in pred.children:
        if child.dep_ in _CONVEYED_DEPS:
            row = nouns.get(child.lower_) or nouns.get(child.lemma_.lower())
            if row is not None:
                try:
                    return event_for_code(row[0], lexicon.cameo.labels)
                except EventMapError:
                    return None
    return None
