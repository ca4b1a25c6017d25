"""Doubts about a relation's object and its sentence: an empty object, a negated description, unquoted speech.

:mod:`extract.quality` names the doubts that make a relation a poor graph
edge; this module adds those read off the object's head and what follows
its span, a description's polarity, and the sentence's first-person
pronouns outside quotations (no parse), for :func:`extract.quality.edge_doubts`:

- ``unfinished plan``: a plain object of a noun whose sense is the
  infinitive after it (kind ``plan_noun`` of ``data/edge_objects.tsv``:
  plan, decision, promise, proposal ...), right before "to" and a word,
  with no event type or a statement's ("announced plans to shift its
  focus" -> "announce plan"). :mod:`extract.quality`'s ``unfinished
  object`` takes nouns that are empty even bare (intent, attempt); these
  are empty only when their infinitive follows;
- ``empty role``: a plain object, with no event type, that is a position
  held or a stance voiced, whose sense is whose or towards what (kinds
  ``role_noun``: position, post, role, job; ``stance_noun``: thought,
  view, opinion, interest, tribute ...): "held positions as minister",
  "secured another job", "expressed their thoughts", "paid tribute to X"
  -> "pay tribute". With an event type it stays ("offered his
  condolences" 018);
- ``negated description``: ``is a`` negated ("Stream is not the
  replacement", "X is not technically a community"): what an entity is
  not describes nothing an analyst keeps;
- ``unquoted speech``: the relation's sentence holds a first-person
  pronoun outside its quotation marks ("I", "we", "my", "our" ...): it is
  someone's own words with no quotation mark in the sentence, an answer
  of an interview ("Red Hat will never prevent its employees from ...")
  or the middle of a quotation that runs over several sentences. Whose
  words they are, the sentence does not say, so they are no fact the
  article states (the same as :mod:`extract.quality`'s ``quoted``). "I"
  after a capitalised word is a numeral ("World War I"), "US" the
  country; a ``located in`` fact is no one's statement and stays. The
  speaker's own acts stay: a subject "I" or "we" resolved to a name is
  the speaker's account of what they did ("We are fully cooperating with
  all government agencies", "I started the project in 2004"), and so does
  a relation with an event type (the event is kept as reported: "he
  told the superior" in an interviewee's story).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Acme gained the trademark rights of Zeta."
>>> rel = Relation("d", Argument("acme", "Acme", "ORG", "Acme", 0, 4), Predicate("gain", "gained", 5, 11),
...                Argument("concept:trademark right", "trademark right", "CONCEPT", "the trademark rights", 12, 32),
...                text, 0)
>>> object_doubts(rel)
()
>>> rel = Relation("d", Argument("acme", "Acme", "ORG", "Acme", 0, 4), Predicate("announce", "announced", 5, 14),
...                Argument("concept:plan", "plan", "CONCEPT", "plans", 15, 20),
...                "Acme announced plans to close the plant.", 0)
>>> object_doubts(rel)
('unfinished plan',)
"""

from __future__ import annotations

import functools
import re

from .edge_shapes import plain_concept
from .edge_speech import written_word
from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_word_kinds
from .types import Argument, Relation

__all__ = ["OBJECT_DOUBTS", "after_object", "object_doubts", "plan_nouns"]

#: Every doubt :func:`object_doubts` can name.
OBJECT_DOUBTS = ("unfinished plan", "empty role", "negated description", "unquoted speech")

_SCHEMA = Schema("edge_objects.tsv", ("word", "kind"))
_KINDS = ("plan_noun", "role_noun", "stance_noun")
_DESCRIPTION = "is a"
_LOCATED = "located in"
# The root of CAMEO's "make public statement" codes: announcing a plan is no act between actors.
_STATEMENT_ROOT = "01"
# The first-person pronouns in lower case; "I", and a capitalised one at the start of a sentence or clause, are
# told apart in _pronoun_in.
_FIRST_PERSON_WORDS = frozenset({"me", "my", "myself", "we", "us", "our", "ourselves"})  # not "mine": a coal mine
_SELF = frozenset({"i", "we"})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][a-z]+)?")
_INFINITIVE = re.compile(r"\s+to\s+[^\W\d_]")


@functools.cache
def _object_words() -> dict[str, frozenset[str]]:
    return read_word_kinds(DATA_DIR / _SCHEMA.file, _SCHEMA, _KINDS)


def plan_nouns() -> frozenset[str]:
    """The nouns whose sense is the infinitive after them (kind ``plan_noun`` of ``data/edge_objects.tsv``)."""
    return _object_words()["plan_noun"]



def after_object(relation: Relation) -> str:
    """The sentence after the object's span ('' when the span is not in the sentence); also asked by
    :mod:`extract.edge_complements`."""
    sentence = relation.sentence
    at = relation.object.end - relation.sentence_start
    if not isinstance(sentence, str) or not 0 < at <= len(sentence):
        return ""
    return sentence[at:]


def _statement_or_none(relation: Relation) -> bool:
    event = relation.event
    return event is None or event.root == _STATEMENT_ROOT


def object_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s object makes it a poor edge: names of :data:`OBJECT_DOUBTS`, or ``()``."""
    lemma, obj = relation.predicate.lemma, relation.object
    if lemma == _DESCRIPTION and relation.negated:
        return ("negated description",)
    if lemma == _LOCATED:
        return ()
    doubts = []
    if plain_concept(obj) and obj.label.strip():
        head = obj.label.casefold().split()[-1]
        words = _object_words()
        if head in words["plan_noun"] and _statement_or_none(relation) and _INFINITIVE.match(after_object(relation)):
            doubts.append("unfinished plan")
        if relation.event is None and (head in words["role_noun"] or head in words["stance_noun"]):
            doubts.append("empty role")
    if relation.event is None and _first_person(relation.sentence) and written_word(relation.subject) not in _SELF:
        doubts.append("unquoted speech")
    return tuple(doubts)


def _first_person(sentence) -> bool:
    """True if ``sentence`` holds a first-person pronoun outside its quotations."""
    if not isinstance(sentence, str):
        return False
    from .quality import quoted_spans  # extract.quality imports this module

    last = 0
    for start, end in quoted_spans(sentence):
        if _pronoun_in(sentence[last:start]):
            return True
        last = end
    return _pronoun_in(sentence[last:])


def _pronoun_in(text: str) -> bool:
    """A first-person pronoun among the words of ``text``.

    "I" counts before a lowercase word or as "I'm", "I've" ..., and not right
    after a capitalised word that does not open ``text`` ("World War I",
    "Queen Elizabeth I", "the Phase I trials"); "We",
    "My", "Our", "Me", "Us" count capitalised only first in ``text`` or after
    a mark ("US" is the country either way).
    """
    words = list(_WORD.finditer(text))
    for i, match in enumerate(words):
        word = match.group()
        previous = words[i - 1].group() if i else ""
        if word == "I" or word.startswith(("I'", "I\u2019")):
            following = words[i + 1].group() if i + 1 < len(words) else ""
            numeral = i > 1 and previous[:1].isupper() and text[words[i - 1].end():match.start()] == " "
            if (word != "I" or following[:1].islower()) and not numeral:
                return True
        elif word in _FIRST_PERSON_WORDS:
            return True
        elif word.casefold() in _FIRST_PERSON_WORDS and word[1:].islower():
            gap = text[words[i - 1].end():match.start()] if i else ""
            if not i or any(mark in gap for mark in ".!?:;\"\u201c("):
                return True
    return False
