"""Doubts about a relation's arguments read off their words against the text they came from.

:mod:`extract.quality` names the doubts that make a relation a poor graph
edge; this module adds those that compare an argument's label with its
surface text and sentence (no parse), for :func:`extract.quality.edge_doubts`:

- ``cut compound``: the label starts or ends inside a hyphenated compound
  of the text ("the three-dimensional structures" -> "dimensional
  structure", "the United States-led Iraq War" -> "led Iraq War", "78
  co-petitioners" -> "co"): what is left is a piece of a word. A place
  fact stays: "Virginia-based" still puts Virginia in the United States.
  (:mod:`extract.relations.hyphen_words` keeps a compound modifier whole in
  the labels the relation rules make; this catches the rest, names
  included);
- ``lost name``: ``is a`` a plain noun whose phrase held a name (a
  capitalised word) the label lost ("a Catholic majority nation" ->
  "majority nation", "two current Cabinet officers" -> "current officer",
  "an Ithaca undergrad" -> "undergrad"): the name was what the description
  said. A nationality or a country's name is the actor code's, not lost
  ("US psychedelic rock band");
- ``superlative description``: ``is a`` a plain noun after a superlative
  "first", "last" or "only" (kind ``superlative`` of ``data/edge_shapes.tsv``), which ranks the entity among a set the label lost ("the
  largest group representing ...", "the first country in Asia to ...");
- ``unreal description``: ``is a`` read as hypothetical or intended ("Japan
  may be a tough market"): no fact about the entity;
- ``thing as actor``: the subject is no actor (a plain noun with no actor
  code: "his libel suit", "the plan", "the novel", "the poll") and the
  relation has no event type: a thing
  does nothing to anyone an analyst tracks ("the libel suit seeks ... from
  X", "the novel follows X"). A noun for people is an actor though it has
  no code ("some patients deceived him": the nouns of the person, speaker,
  agent and body word lists, and agent endings), so is a body ("the
  parties nominated X", kind ``body_noun``); an incident may cause what the
  relation says ("a bombing killed X"), and so may a thing that harms (a
  verb of ``data/harm_verbs.tsv``: "a bullet hit X"); a named event is no
  plain noun, and a place as the object is read by :mod:`extract.edge_places`
  ("the stampede occurred in Kerman" stays). :mod:`extract.quality`'s ``no
  actor`` covers the same subject with a plain object, event or not.
- ``demonym place``: ``located in`` read from a nationality's people
  ("protections for Mexicans in the United States" -> "Mexico located in
  United States"): people of a country are somewhere, the country is not.

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "She analyzed the three-dimensional structures."
>>> rel = Relation("d", Argument("she", "She", "PERSON", "She", 0, 3), Predicate("analyze", "analyzed", 4, 12),
...                Argument("concept:dimensional structure", "dimensional structure", "CONCEPT",
...                         "the three-dimensional structures", 13, 45), text, 0)
>>> shape_doubts(rel)
('cut compound',)
"""

from __future__ import annotations

import functools
import re

from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_rows, read_word_kinds, read_words
from .types import Argument, Relation

__all__ = ["SHAPE_DOUBTS", "demonyms", "harm_verbs", "country_words", "lost_name_words", "person_nouns", "shape_doubts",
           "superlatives", "thing_argument"]

#: Every doubt :func:`shape_doubts` can name.
SHAPE_DOUBTS = ("cut compound", "lost name", "superlative description", "unreal description", "thing as actor",
                "demonym place")

_SCHEMA = Schema("edge_shapes.tsv", ("word", "kind"))
_HARM_SCHEMA = Schema("harm_verbs.tsv", ("lemma", "counts", "outcome", "victims"), required=1)
_KINDS = ("superlative", "body_noun")
_DESCRIPTION = "is a"
_LOCATED = "located in"
_CONCEPT_PREFIX = "concept:"
_UNSPECIFIED = "concept:unspecified"
_UNREAL = ("hypothetical", "intended")
# A hyphen inside a compound: word characters on both sides, with the spaces some tokenised texts put around it
# ("mortgage - backed"). A dash between spaced words in running prose is written with other marks.
_JOIN_BEFORE = re.compile(r"\w ?- ?$")
_JOIN_AFTER = re.compile(r"^ ?- ?\w")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.&-]*")
_ARTICLES = frozenset({"a", "an", "the"})
# The word lists of nouns for people and bodies that act; a noun of one of them is an actor though it has no code.
_PERSON_LISTS = ("person_nouns.txt", "speaker_nouns.txt", "agent_nouns.txt", "body_nouns.txt", "member_nouns.txt",
                 "protest_agents.txt", "possessor_agents.txt", "incident_nouns.txt")
# Endings of agent and person nouns ("patient", "resident", "remainder", "employee", "historian", "activist"):
# a plain noun with one is read as people, so a thing is only a noun that has none.
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ant|ent|ian|ee|ess|mate|man|men|people|folk|s?kid|child|children)s?$")
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@functools.cache
def _shape_words() -> dict[str, frozenset[str]]:
    return read_word_kinds(DATA_DIR / _SCHEMA.file, _SCHEMA, _KINDS)


def superlatives() -> frozenset[str]:
    """The casefolded words of kind ``superlative`` in ``data/edge_shapes.tsv``."""
    return _shape_words()["superlative"]


def plain_concept(argument: Argument) -> bool:
    """A concept of common nouns only, no capital and no digit in its label ("passenger", not "client of
    Michael Avenatti"); also asked by :mod:`extract.quality` and :mod:`extract.edge_objects`."""
    key, label = argument.key, argument.label
    return (argument.type == "CONCEPT" and isinstance(key, str) and key.startswith(_CONCEPT_PREFIX)
            and key != _UNSPECIFIED and isinstance(label, str) and not any(c.isupper() or c.isdigit() for c in label))


def _span(argument: Argument, relation: Relation) -> tuple[int, int] | None:
    """The argument's offsets in the relation's sentence, if they fall inside it."""
    sentence = relation.sentence
    if not isinstance(sentence, str):
        return None
    start, end = argument.start - relation.sentence_start, argument.end - relation.sentence_start
    return (start, end) if 0 <= start < end <= len(sentence) else None


@functools.lru_cache(maxsize=4096)
def _first_word(word: str) -> re.Pattern:
    """``word`` as a label's first word: no letter or digit before it (compiled once per word;
    one pattern per label word overran :mod:`re`'s cache of 512 and recompiled on every call)."""
    return re.compile(r"(?<![^\W_])" + re.escape(word) + r"\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _last_word(word: str) -> re.Pattern:
    """``word`` as a label's last word: no letter, digit or hyphen after it (compiled once per word)."""
    return re.compile(r"\b" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)


def _cut(argument: Argument, relation: Relation) -> bool:
    """The label's first word follows a hyphen of a compound, or its last word precedes one."""
    label = argument.label
    if argument.resolved_from or not isinstance(label, str) or not label.split():
        return False
    span = _span(argument, relation)
    if span is None:
        return False
    sentence = relation.sentence
    start, end = span
    surface = sentence[start:end]
    words = label.split()
    # both joins hold a hyphen: without one near the label, no word pattern is matched (most labels)
    if "-" in sentence[max(0, start - 3) : end]:
        first = _first_word(words[0]).search(surface)
        if first is not None and _JOIN_BEFORE.search(sentence[max(0, start - 3) : start + first.start()]):
            return True
    if not _JOIN_AFTER.match(sentence[end : end + 3]):
        return False
    last = None
    for last in _last_word(words[-1]).finditer(surface):
        pass
    return last is not None and last.end() == len(surface)


def _lost_name(relation: Relation) -> bool:
    """``is a`` a plain noun whose own phrase holds a capitalised word the label lacks."""
    return bool(lost_name_words(relation.object, relation))


def lost_name_words(argument: Argument, relation: Relation) -> list[str]:
    """The capitalised words of a plain-noun ``argument``'s own phrase that its label lacks (not the sentence's
    first word, a nationality or a country's name); also asked by :mod:`extract.edge_subjects`."""
    if not plain_concept(argument) or argument.resolved_from:
        return []
    span = _span(argument, relation)
    if span is None:
        return []
    start, end = span
    kept = set(argument.label.casefold().split()) | _ARTICLES
    people, names = _countries()
    # a nationality the label left out is the actor code's ("US psychedelic rock band"), not a lost name
    return [word for word in _WORD.findall(relation.sentence[max(start, 1) : end])  # not the sentence's capital
            if word.casefold() not in kept and word[0].isupper() and word.casefold().rstrip(".") not in people
            and word.casefold() not in names]


def _superlative(relation: Relation) -> bool:
    """``is a`` a plain noun whose label or surface text starts (after an article) with a superlative."""
    obj = relation.object
    if not plain_concept(obj):
        return False
    words = [w for w in (obj.text or obj.label).casefold().split() if w not in _ARTICLES]
    ranks = superlatives()
    return bool(words) and (words[0] in ranks or obj.label.casefold().split()[0] in ranks)


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """The casefolded demonyms and names (labels, codes, aliases) of ``data/countries.tsv``."""
    from .lexicon.countries import COUNTRY_SCHEMA

    people, names = set(), set()
    for row in read_rows(DATA_DIR / COUNTRY_SCHEMA.file, COUNTRY_SCHEMA):
        cells = row.cells
        names.update(cell.strip().casefold() for cell in cells[:3] if cell.strip())
        if len(cells) > 3:
            names.update(word.strip().casefold() for word in cells[3].split("|") if word.strip())
        if len(cells) > 4:
            people.update(word.strip().casefold() for word in cells[4].split("|") if word.strip())
    return frozenset(people), frozenset(names)


def country_words() -> tuple[frozenset[str], frozenset[str]]:
    """The casefolded demonyms and the casefolded names of ``data/countries.tsv`` (for :mod:`extract.edge_subjects`)."""
    return _countries()


def demonyms() -> frozenset[str]:
    """The casefolded demonyms of ``data/countries.tsv`` ("mexican", "mexicans", "swedes")."""
    return _countries()[0]


def _demonym(argument: Argument) -> bool:
    """The argument's surface text is a nationality's people ("Mexicans"), not the place its label names."""
    words = (argument.text or "").casefold().split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return len(words) == 1 and words[0] in demonyms()


@functools.cache
def harm_verbs() -> frozenset[str]:
    """The lemmas of ``data/harm_verbs.tsv`` that harm their object: those that count victims as their object
    and those of a bare outcome ("strike", "hit"), not the ones whose harm sense needs their object ("claim
    lives", "leave 15 dead"). A thing that harms a named victim ("a bullet hit X", "a lion killed X") is the
    harm's cause, and the victim is what an analyst keeps."""
    rows = read_rows(DATA_DIR / _HARM_SCHEMA.file, _HARM_SCHEMA)
    return frozenset(row.cells[0].casefold() for row in rows
                     if row.cells[3] == "yes" or (not row.cells[1] and row.cells[2] == "yes"))


@functools.cache
def person_nouns() -> frozenset[str]:
    """The casefolded nouns for people and acting bodies: the word lists :data:`_PERSON_LISTS` names, the
    incidents of ``data/incident_nouns.txt`` (an incident that kills someone is its cause) and the kind
    ``body_noun`` of ``data/edge_shapes.tsv`` (party, committee, crowd ...)."""
    words = {row.cells[0].casefold() for name in _PERSON_LISTS for row in read_words(DATA_DIR / name)}
    return frozenset(words | _shape_words()["body_noun"])


def thing_argument(argument: Argument) -> bool:
    """No actor: a plain noun for no person, body or incident, with no actor code (also asked by
    :mod:`extract.edge_places`)."""
    if argument.actor_code:
        return False
    if not plain_concept(argument):  # a named event (a storm, a war) may cause what the relation says
        return False
    head = argument.label.casefold().split()[-1]
    return head not in person_nouns() and head.rstrip("s") not in person_nouns() and not _PERSON_ENDING.search(head)


def shape_doubts(relation: Relation) -> tuple[str, ...]:
    """The names of :data:`SHAPE_DOUBTS` that apply to ``relation``, or ``()``."""
    lemma = relation.predicate.lemma
    doubts = []
    if lemma != _LOCATED and (_cut(relation.subject, relation) or _cut(relation.object, relation)):
        doubts.append("cut compound")
    if lemma == _DESCRIPTION:
        if _lost_name(relation):
            doubts.append("lost name")
        if _superlative(relation):
            doubts.append("superlative description")
        if relation.modality in _UNREAL:
            doubts.append("unreal description")
    elif lemma == _LOCATED:
        if _demonym(relation.subject) or _demonym(relation.object):
            doubts.append("demonym place")
    elif (relation.event is None and thing_argument(relation.subject) and relation.object.type not in _PLACE_TYPES
          and lemma not in harm_verbs()):
        doubts.append("thing as actor")
    return tuple(doubts)
