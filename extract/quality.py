"""Which relations are doubtful as graph edges, and why.

A relation the rules read can be right and still be a poor edge: an edge
is a who-did-what-to-whom fact, and a wrong or empty one costs an analyst
more than a missing one. This module names the doubts that can be read off
a :class:`~extract.types.Relation` alone (its arguments, predicate, event
type and sentence; no parse), so that ``extract`` and ``graph`` agree on
them without spaCy:

- ``unspecified``: one side is the unnamed ``concept:unspecified`` of
  :mod:`extract.relations.implicit` ("three suspects were arrested"): as an
  edge it would join every unnamed side of every article into one hub;
- ``quoted``: the predicate is inside a quotation (or, for ``is a``, the
  description is) whose speaker the sentence names, and the relation is
  read as asserted: the words are the speaker's, not a fact the article
  states ("Trump treats the rule of law with contempt," said X). A
  quotation with no verb of saying in its sentence (a tweet quoted on its
  own, its speaker named in another sentence) is left alone;
- ``light verb``: a verb with no content of its own, a plain noun object and
  no event type ("took the lead", "did not give it any credence");
- ``vacuous description``: ``is a`` a noun that needs the complement the
  reading lost ("X, a member of ..." -> "X is a member");
- ``shell object``: the object is an abstract noun that only points at
  content given elsewhere ("disclosed the matter", "the true reason");
- ``press listener``: a verb of saying whose listener is the press ("told
  reporters"), or an interview with a named news medium, either side (an
  argument whose actor code has the media role: "told Reuters", "spoke with
  the BBC", "the BBC spoke with X"): the article's sourcing, not an event;
- ``quoted object``: a verb of saying outside a quotation whose object is a
  word inside it ('X wrote, "Congratulations to [Y]"': X wrote the
  quotation, not Y);
- ``question``: the predicate's clause ends in a question mark ("Can you
  unlock the door?"): asked, not stated. A clause a subordinator opens
  ("How has it evolved since IBM acquired Red Hat?") is presupposed, and
  a ``located in`` fact is no one's statement: both stay;
- ``press source``: a news medium as the subject of a verb of reporting
  ("CNN reported the excerpts", "Politico quoted X", "the paper sought
  comment"): the article's sourcing, not an act between actors;
- ``bare description``: ``is a`` a noun that says no more than the
  entity's type ("X is a firm", "Y is a boat");
- ``stative verb``: a verb of having, holding or containing with no event
  type, one side a plain noun with no named part ("the boat carried 33
  passengers", "signatories include Germany", "she owed penalties"): a
  property, not an act between actors;
- ``information object``: a plain noun for data or information as the
  object, with no event type or only a statement's ("the agency reported a
  value", "Boeing did not release any specific information", "VesselFinder
  listed no results"): the article's sourcing or background;
- ``unfinished object``: a noun whose sense is its lost infinitive, bare
  or before "to" ("filed his intent to appeal", "an attempt to ...").
- ``no actor``: both sides plain nouns with no named part (or the object a
  bare number), and the subject no actor (no actor code: an incident, a
  thing, a named storm or war): "a suicide bombing injured eight people",
  "the earthquake hit the town", "Typhoon X killed at least 20". The event
  stays in the extraction; the actor graph has no node to hang it on.
- ``lost complement``: ``is a`` a plain noun whose complement the reading
  lost: "of ..." right after it ("X, the director of Y" -> "X is a
  director"), or, for a rank within an organisation, the organisation
  after it or inside its phrase ("an analyst with PaineWebber", "a vice
  president at PG&E", "the Senate minority leader"). What is left no
  longer says whose rank it is.
- ``credit line``: ``is a`` an illustration noun ("Image: X." -> "X is an
  image"; "X (montage)"): a caption's credit, not a description.

The last three are correct facts more often than not, but no analyst of
who did what to whom keeps them: they stay relations, not edges.

The words are closed classes in ``data/edge_doubts.tsv``. A doubtful
relation stays in the extraction output with a confidence of at most
:data:`DOUBTFUL_CONFIDENCE` (:func:`demote_doubtful`, called by
:mod:`extract.facts`); :func:`edge_relations` leaves it out of the graph's
edges (``graph.model``, ``graph.formats.rdf``).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Germany took the lead."
>>> rel = Relation("d", Argument("germany", "Germany", "GPE", "Germany", 0, 7),
...                Predicate("take", "took", 8, 12), Argument("concept:lead", "lead", "CONCEPT", "the lead", 13, 21),
...                text, 0)
>>> edge_doubts(rel)
('light verb',)
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .edge_anaphors import ANAPHOR_DOUBTS, anaphor_doubts
from .edge_complements import COMPLEMENT_DOUBTS, complement_doubts
from .edge_objects import OBJECT_DOUBTS, object_doubts
from .edge_performances import PERFORMANCE_DOUBTS, performance_doubts
from .edge_places import PLACE_DOUBTS, place_doubts
from .edge_shapes import SHAPE_DOUBTS, plain_concept, shape_doubts
from .edge_speech import SPEECH_DOUBTS, speech_doubts, written_word
from .edge_subjects import SUBJECT_DOUBTS, subject_doubts
from .edge_topics import TOPIC_DOUBTS, topic_doubts
from .edge_voices import VOICE_DOUBTS, voice_doubts
from .lexicon.core import DATA_DIR
from .lexicon.knowledge import read_knowledge
from .lexicon.readers import Schema, read_rows
from .types import Argument, Relation

__all__ = ["DOUBTFUL_CONFIDENCE", "DOUBTS", "EdgeWords", "demote_doubtful", "edge_doubts", "edge_relations",
           "edge_words", "is_edge", "media_names", "quoted_spans", "read_edge_words"]

#: The highest confidence a doubtful relation keeps in the extraction output.
DOUBTFUL_CONFIDENCE = 0.2

#: Every doubt :func:`edge_doubts` can name.
DOUBTS = (("unspecified", "quoted", "light verb", "vacuous description", "shell object", "press listener",
           "quoted object", "question", "press source", "bare description", "stative verb", "information object",
           "unfinished object", "no actor", "lost complement", "credit line")
          + SHAPE_DOUBTS + OBJECT_DOUBTS + SPEECH_DOUBTS + VOICE_DOUBTS + ANAPHOR_DOUBTS + SUBJECT_DOUBTS
          + TOPIC_DOUBTS + PERFORMANCE_DOUBTS + COMPLEMENT_DOUBTS + PLACE_DOUBTS)

_SCHEMA = Schema("edge_doubts.tsv", ("word", "kind"))
_KINDS = ("light_verb", "vacuous_noun", "shell_noun", "press_noun", "press_verb", "speech_form", "interview_verb",
          "naming_verb", "bare_noun", "press_name", "source_verb", "stative_verb", "information_noun",
          "complement_noun", "illustration_noun", "rank_noun")
# The role of news media in actor codes ("MED", "GBRMED"; data/actor_roles.tsv).
_MEDIA_ROLE = "MED"
# The news media of data/known_organisations.tsv: the kinds their description starts with.
_MEDIA_TABLE = "known_organisations.tsv"
_MEDIA_KINDS = ("media:", "agency: news agency")
# extract.relations.implicit.UNSPECIFIED_KEY (not imported: that package loads spaCy)
_UNSPECIFIED = "concept:unspecified"
_DESCRIPTION = "is a"
_CONCEPT_PREFIX = "concept:"
# Straight and typographic double quotes; single quotes are apostrophes too often.
_QUOTE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_WORD = re.compile(r"[^\W\d_]+")
_OPENING = "\u201c\u201e\u00ab"
# The marks that end a sentence or a quoted one.
_TERMINAL = re.compile(r"[.!?]")
# Subordinators whose clause a question presupposes ("How has it changed since IBM acquired Red Hat?").
_SUBORDINATORS = frozenset({"since", "after", "before", "when", "because", "while", "although", "though", "until",
                            "once"})
_LOCATED = "located in"
# The speaker's own "I" or "we" as a quotation's subject: with an event type, the speaker's account of an act.
_SELF = frozenset({"i", "we"})
_CLOSING = "\u201d\u00bb"
# The root of CAMEO's "make public statement" codes: reporting a figure is no act between actors.
_STATEMENT_ROOT = "01"
_INFINITIVE = re.compile(r"\s+to\s+[^\W\d_]")
# What follows a description's noun when the noun had a complement: "of ...", or a preposition of
# affiliation before a name ("at the University of X", "with PaineWebber", "for the Red Cross") after a rank.
_ARTICLES = frozenset({"a", "an", "the"})
_EVENT_TYPE = "EVENT"
_NUMBER = re.compile(r"\d[\d,.]*")
_OF_AFTER = re.compile(r"\s*of\s")
_NAME_AFTER = re.compile(r"\s*(?:at|for|with|from)\s+(?:the\s+)?[^\W\d_a-z]")


@dataclass(frozen=True, slots=True)
class EdgeWords:
    """The closed word classes the doubts read, one frozenset per kind of ``data/edge_doubts.tsv``."""

    light_verbs: frozenset[str]
    vacuous_nouns: frozenset[str]
    shell_nouns: frozenset[str]
    press_nouns: frozenset[str]
    press_verbs: frozenset[str]
    speech_forms: frozenset[str]
    interview_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    bare_nouns: frozenset[str] = frozenset()
    press_names: frozenset[str] = frozenset()
    source_verbs: frozenset[str] = frozenset()
    stative_verbs: frozenset[str] = frozenset()
    information_nouns: frozenset[str] = frozenset()
    complement_nouns: frozenset[str] = frozenset()
    illustration_nouns: frozenset[str] = frozenset()
    rank_nouns: frozenset[str] = frozenset()


@functools.cache
def edge_words() -> EdgeWords:
    """The word classes of the shipped ``data/edge_doubts.tsv``, read once (:func:`read_edge_words`)."""
    return read_edge_words(DATA_DIR / _SCHEMA.file)


def read_edge_words(path: str | Path) -> EdgeWords:
    """The word classes of a table shaped like ``data/edge_doubts.tsv`` (columns ``word``, ``kind``).

    Raises
    ------
    LexiconError
        On a row of an unknown kind or of the wrong width, naming the file and line.
    """
    found: dict[str, set[str]] = {kind: set() for kind in _KINDS}
    for row in read_rows(path, _SCHEMA):
        word, kind = row.cells
        if kind not in found:
            raise row.error(f"unknown kind {kind!r}; one of {', '.join(_KINDS)}")
        found[kind].add(word.casefold())
    return EdgeWords(*(frozenset(found[kind]) for kind in _KINDS))


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the quoted stretches of ``sentence``.

    A straight quote opens where a word follows it and no word precedes it,
    else it closes; an opening quote with no closing one runs to the end of
    the sentence (the quotation goes on in the next one), a closing quote
    with no opening one starts the quotation at the sentence's start.

    Examples
    --------
    >>> quoted_spans('He said "we won" and left.')
    [(8, 16)]
    >>> quoted_spans('we won," he said.')
    [(0, 8)]
    """
    spans = []
    start = None
    for match in _QUOTE.finditer(sentence):
        i = match.start()
        mark = match.group()
        before = sentence[i - 1] if i else " "
        after = sentence[i + 1] if i + 1 < len(sentence) else " "
        if mark in _OPENING:
            opening = True
        elif mark in _CLOSING:
            opening = False
        else:
            opening = (before.isspace() or before in "([{\u2014-:") and not after.isspace()
        if opening and start is None:
            start = i
        elif not opening:
            spans.append((0 if start is None else start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(sentence)))
    return spans


def _head(argument: Argument) -> str:
    """The last word of a concept's label, casefolded ("true reason" -> "reason")."""
    label = argument.label if isinstance(argument.label, str) else ""
    words = label.casefold().split()
    return words[-1] if words else ""


def _inside(offset: int, relation: Relation, spans: list[tuple[int, int]]) -> bool:
    at = offset - relation.sentence_start
    return any(start <= at < end for start, end in spans)


def _speaker_named(sentence: str, spans: list[tuple[int, int]], forms: frozenset[str]) -> bool:
    """True if a verb of saying stands in ``sentence`` outside its quotations."""
    outside, last = [], 0
    for start, end in spans:
        outside.append(sentence[last:start])
        last = end
    outside.append(sentence[last:])
    return any(word in forms for word in _WORD.findall(" ".join(outside).casefold()))


def _quoted(relation: Relation, words: EdgeWords) -> bool:
    """The relation's words are inside a quotation whose speaker the sentence names, and it is read as asserted."""
    if relation.modality not in (None, "asserted", "negated"):
        return False  # already read as a claim, a wish, a condition: it says so (a negation is no such reading)
    if relation.event is not None and written_word(relation.subject) in _SELF:
        return False  # the speaker's own act, an event as reported ("I asked John for his resignation")
    if not isinstance(relation.sentence, str) or not _QUOTE.search(relation.sentence):
        return False
    spans = quoted_spans(relation.sentence)
    at = relation.object.start if relation.predicate.lemma == _DESCRIPTION else relation.predicate.start
    return _inside(at, relation, spans) and _speaker_named(relation.sentence, spans, words.speech_forms)


def _quoted_object(relation: Relation, words: EdgeWords) -> bool:
    """A verb of saying outside a quotation, its object inside: the object is a word of the quotation."""
    if relation.predicate.lemma not in words.speech_forms:
        return False
    if not isinstance(relation.sentence, str) or not _QUOTE.search(relation.sentence):
        return False
    at = relation.sentence_start
    obj_start, obj_end = relation.object.start - at, relation.object.end - at
    for start, end in quoted_spans(relation.sentence):
        # the quotation holds the object and more words: a quoted term ('declared "a state of emergency"') is no quote
        if start <= obj_start < end and (start < obj_start - 1 or end > obj_end + 2):
            return not _inside(relation.predicate.start, relation, [(start, end)])
    return False


@functools.cache
def media_names() -> frozenset[str]:
    """The casefolded names and aliases of the news media of ``data/known_organisations.tsv``."""
    names = set()
    for entry in read_knowledge(DATA_DIR / _MEDIA_TABLE, user=False, need_qid=False):
        if entry.description.startswith(_MEDIA_KINDS):
            names.update(name.casefold() for name in (entry.label, *(alias.name for alias in entry.aliases)))
    return frozenset(names)


def _media(argument: Argument) -> bool:
    """A news medium: an actor code of the media role, or a name of a known news medium."""
    code = argument.actor_code
    if isinstance(code, str) and code.endswith(_MEDIA_ROLE):
        return True
    return isinstance(argument.label, str) and argument.label.casefold() in media_names()


def _question(relation: Relation) -> bool:
    """The predicate's clause ends in a question mark: the first mark that ends a sentence after it is "?"."""
    sentence = relation.sentence
    if not isinstance(sentence, str) or "?" not in sentence or relation.predicate.lemma == _LOCATED:
        return False
    at = max(relation.predicate.end, relation.object.end, relation.subject.end) - relation.sentence_start
    mark = _TERMINAL.search(sentence, max(at, 0))
    if mark is None or mark.group() != "?":
        return False
    before = sentence[: max(relation.subject.start, relation.predicate.start) - relation.sentence_start]
    return not any(word in _SUBORDINATORS for word in _WORD.findall(before.casefold()))


def _press_source(relation: Relation, words: EdgeWords) -> bool:
    """A news medium as the subject of a verb of reporting: the article's source, not an actor."""
    lemma = relation.predicate.lemma
    if lemma not in words.source_verbs and lemma not in words.press_verbs and lemma not in words.interview_verbs:
        return False
    subject = relation.subject
    if _media(subject):
        return True
    if subject.type == "CONCEPT":
        return _head(subject) in words.press_nouns  # "the paper also spoke to"
    return _press_named(subject, words)


def _press_named(argument: Argument, words: EdgeWords) -> bool:
    """An organisation whose name ends in a press word ("The Jakarta Post", "Discover Magazine")."""
    label = argument.label.casefold().split() if isinstance(argument.label, str) else []
    return argument.type == "ORG" and len(label) > 1 and label[-1] in words.press_names


def _interview(relation: Relation, words: EdgeWords) -> bool:
    """A verb of saying or of an interview between a source and a named news medium, either way."""
    lemma = relation.predicate.lemma
    if lemma not in words.press_verbs and lemma not in words.interview_verbs:
        return False
    return any(_media(side) or _press_named(side, words) for side in (relation.object, relation.subject))


def _incident(argument: Argument) -> bool:
    """No actor: a plain noun or a named event (a storm, a war) with no actor code."""
    return not argument.actor_code and (plain_concept(argument) or argument.type == _EVENT_TYPE)


def _count(argument: Argument) -> bool:
    """A bare number as a concept ("killing at least 20")."""
    key = argument.key
    return (argument.type == "CONCEPT" and isinstance(key, str) and key.startswith(_CONCEPT_PREFIX)
            and isinstance(argument.label, str) and _NUMBER.fullmatch(argument.label) is not None)


def _usefulness_doubts(relation: Relation, words: EdgeWords) -> list[str]:
    """The doubts of correct but useless relations: a property, a datum, an object that lost its infinitive."""
    lemma, obj, event = relation.predicate.lemma, relation.object, relation.event
    if lemma in (_DESCRIPTION, _LOCATED):
        return []
    doubts = []
    if lemma in words.stative_verbs and event is None and (plain_concept(obj) or plain_concept(relation.subject)):
        doubts.append("stative verb")
    if _incident(relation.subject) and (plain_concept(obj) or _count(obj)):
        doubts.append("no actor")
    if not plain_concept(obj):
        return doubts
    head = _head(obj)
    if head in words.information_nouns and (event is None or event.root == _STATEMENT_ROOT):
        doubts.append("information object")
    if head in words.complement_nouns:
        at = obj.end - relation.sentence_start
        after = relation.sentence[at:] if isinstance(relation.sentence, str) and at >= 0 else ""
        if obj.label.casefold() == head or _INFINITIVE.match(after):
            doubts.append("unfinished object")
    return doubts


def _lost_complement(relation: Relation, words: EdgeWords) -> bool:
    """``is a`` a plain noun that lost the complement right after it, or a rank that lost its organisation.

    After the object's span in the sentence, "of ..." is a lost complement of any noun ("the director
    of Y", "an early adopter of Z"). A rank within an organisation (kind ``rank_noun``: director,
    chairman, vice president ...) says nothing without it: "at / for / with / from" a name after it
    ("an analyst with PaineWebber", "a vice president at PG&E") or a name inside its phrase that the
    label lacks ("the Senate minority leader", "EG&G's chairman") is lost too. An occupation keeps its
    sense alone ("X, a columnist for The Washington Post" -> "X is a columnist" stays).
    """
    sentence, obj = relation.sentence, relation.object
    if relation.predicate.lemma != _DESCRIPTION or not plain_concept(obj) or not isinstance(sentence, str):
        return False
    start, end = obj.start - relation.sentence_start, obj.end - relation.sentence_start
    if not 0 <= start < end <= len(sentence):
        return False
    if _OF_AFTER.match(sentence, end):
        return True
    if _head(obj) not in words.rank_nouns:
        return False
    if _NAME_AFTER.match(sentence, end):
        return True
    kept = set(obj.label.casefold().split()) | _ARTICLES
    return any(word.casefold() not in kept and not word.islower()
               for word in _WORD.findall(sentence[max(start, 1) : end]))  # not the sentence's capital


def edge_doubts(relation: Relation, *, words: EdgeWords | None = None) -> tuple[str, ...]:
    """Why ``relation`` is doubtful as a graph edge: the names of :data:`DOUBTS` that apply, or ``()``.

    Parameters
    ----------
    relation : Relation
        A relation as :func:`extract.relations.relations_of` and the event
        annotation give it.
    words : EdgeWords, optional
        The word classes; by default :func:`edge_words`.
    """
    words = words or edge_words()
    subject, obj, lemma = relation.subject, relation.object, relation.predicate.lemma
    doubts = []
    if _UNSPECIFIED in (subject.key, obj.key):
        doubts.append("unspecified")
    if _quoted(relation, words):
        doubts.append("quoted")
    if _quoted_object(relation, words):
        doubts.append("quoted object")
    if _interview(relation, words):
        doubts.append("press listener")
    if _question(relation):
        doubts.append("question")
    if _press_source(relation, words):
        doubts.append("press source")
    if obj.type == "CONCEPT" and isinstance(obj.key, str) and obj.key.startswith(_CONCEPT_PREFIX) and obj.key != _UNSPECIFIED:
        head = _head(obj)
        if lemma in words.light_verbs and relation.event is None:
            doubts.append("light verb")
        if lemma == _DESCRIPTION and head in words.vacuous_nouns:
            doubts.append("vacuous description")
        if lemma == _DESCRIPTION and head in words.bare_nouns and obj.label.casefold() == head:
            doubts.append("bare description")
        if lemma == _DESCRIPTION and head in words.illustration_nouns:
            doubts.append("credit line")
        if head in words.shell_nouns:
            doubts.append("shell object")
        if lemma in words.press_verbs and head in words.press_nouns and "press listener" not in doubts:
            doubts.append("press listener")
    if "vacuous description" not in doubts and _lost_complement(relation, words):
        doubts.append("lost complement")
    doubts.extend(_usefulness_doubts(relation, words))
    doubts.extend(d for d in shape_doubts(relation) if d not in doubts)  # label against text: extract/edge_shapes.py
    doubts.extend(object_doubts(relation))  # what the object's span left behind: extract/edge_objects.py
    doubts.extend(speech_doubts(relation))  # a sentence that is all quotation: extract/edge_speech.py
    doubts.extend(voice_doubts(relation))  # a speaker's generic "we" in a condition: extract/edge_voices.py
    doubts.extend(anaphor_doubts(relation))  # "imposed similar measures": extract/edge_anaphors.py
    doubts.extend(subject_doubts(relation))  # "The Trump campaign" read "campaign": extract/edge_subjects.py
    doubts.extend(topic_doubts(relation))  # "Kokesh details his background": extract/edge_topics.py
    doubts.extend(performance_doubts(relation))  # "Biden delivered a speech": extract/edge_performances.py
    doubts.extend(complement_doubts(relation))  # "announced the death [of X]": extract/edge_complements.py
    doubts.extend(place_doubts(relation))  # "a helicopter crashed in Calabasas": extract/edge_places.py
    return tuple(doubts)


def is_edge(relation: Relation) -> bool:
    """True if ``relation`` is not doubtful (:func:`edge_doubts` names nothing): the graph draws it."""
    return not edge_doubts(relation)


def edge_relations(relations: Iterable[Relation]) -> list[Relation]:
    """The relations of ``relations`` the graph draws as edges, in order."""
    words = edge_words()
    return [relation for relation in relations if not edge_doubts(relation, words=words)]


def demote_doubtful(relations: Iterable[Relation]) -> list[Relation]:
    """``relations`` with each doubtful one's confidence lowered to at most :data:`DOUBTFUL_CONFIDENCE`.

    The relations stay (the extraction output keeps them, with their event
    annotation); only the graph leaves them out (:func:`edge_relations`).
    """
    words = edge_words()
    out = []
    for relation in relations:
        if relation.confidence > DOUBTFUL_CONFIDENCE and edge_doubts(relation, words=words):
            relation = dataclasses.replace(relation, confidence=DOUBTFUL_CONFIDENCE)
        out.append(relation)
    return out
