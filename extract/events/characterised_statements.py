"""A characterisation read as a statement only for an official or a body: "Trump characterized the call as ...".

"President Trump characterized the call with Zelensky as 'perfectly fine and
routine'" is the president's statement (CAMEO 010): a verb of naming whose
own event is a statement ("describe", "characterize") keeps it when no
pattern or evaluative word codes the characterisation
(:func:`extract.events.coding.described_statement`). As for a reported "say"
(:mod:`extract.said_sources`), only an official's or a body's words are an
event between actors: "CNN anchor Dana Bash described the event as a
'shitshow'", "The archive characterizes events ... as a mass shooting" and a
private person's description keep no event type, as before the verb was read;
so does a verb of ``data/characterising_verbs.txt`` ("characterize"), which
the event map gives a statement for an official's words.
:func:`characterised_events` is asked by
:func:`extract.events.annotate.annotate_relations` once the codes are read.
"""

from __future__ import annotations

import dataclasses

from ..lexicon import Lexicon
from ..said_sources import official_code
from .coding import described_statement

__all__ = ["characterised_events"]

_STATEMENT = "010"


def _read_as_statement(pred, lexicon: Lexicon) -> bool:
    """Is ``pred``'s statement read off the verb of naming alone (:func:`described_statement`), or is the verb
    one of ``data/characterising_verbs.txt``, a statement only in an official's or a body's mouth?"""
    return pred.lemma_.lower() in lexicon.word_sets["characterising_verbs"] or described_statement(pred, lexicon)


def characterised_events(doc, relations, *, lexicon: Lexicon) -> list:
    """``relations``, each characterisation read as a statement of no official or body left untyped.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    relations : list of Relation
        The annotated relations (event and argument codes filled).
    lexicon : Lexicon
        Gives the naming verbs and ``data/said_roles.txt``.
    """
    out = []
    for relation in relations:
        event = relation.event
        if event is not None and event.code == _STATEMENT and relation.predicate.lemma in lexicon.word_sets["naming_verbs"]:
            span = doc.char_span(relation.predicate.start, relation.predicate.end, alignment_mode="expand")
            if span is not None and len(span) == 1 and _read_as_statement(span[0], lexicon) and not official_code(
                    relation.subject.actor_code, relation.subject.type, lexicon=lexicon):
                relation = dataclasses.replace(relation, event=None)
        out.append(relation)
    return out
