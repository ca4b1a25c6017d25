"""A dictionary coder's fallback: events of CAMEO verbs the relation reader gave no relation.

A dictionary event coder (PETRARCH) codes every verb of its verb pattern
dictionary whose subject or object phrase holds a coded actor. The relation
reader (:mod:`extract.relations`) is stricter and leaves many such verbs with
no relation at all ("the German government condemned the attack" where the
object is a plain noun; "was boycotted by both Kurdish and Sunni members").
:func:`coder_fallback` reads those verbs as the coder does, under strict
conditions:

- the word is a verb (not a noun reading, not an adjectival participle or a
  compound), in the verb pattern dictionary, and no relation of the reader has
  it in its predicate;
- its source is the active subject or the passive "by" phrase, its target the
  direct object, the passive subject or the indirect object, else the object of
  a preposition the verb's target prepositions (``data/target_prepositions.tsv``)
  or a fitted pattern of the verb name (a plain noun only after the latter: "at
  the time" is no target), and not an idiom's noun (``data/verb_idioms.txt``: "threw its weight behind
  the plan"); both sides are named, and an object that the subject
  of a split-off clause is ("suggested piracy, ..., is the theory") is none;
- the verb's own patterns back its code: one fits its frame, or at least three are
  written for it and half of them or more code its default's quad class (a verb
  the dictionary lists only as a synonym, "weep", "compete", is no evidence);
- it is no infinitive, bare base form or simple present (a wish, a habit, a
  standing state), and its source's code is not plain people (``PPL``, ``CVL``);
- the event is verbal (quad classes 0 and 2: statements, appeals, consultations,
  criticism, protest...), or material only between state or armed actors with a
  fitted pattern and a target that is no place (:mod:`.material`): a verb of
  movement or force that the reader left unrelated is more often no political
  act ("fled to the embassy");
  a visit (042, 043) is a state actor's (a ``GOV``, ``LEG``, ``MIL``, ``DIP``,
  ``JUD`` role or an ``IGO``) to a coded actor, not a trip ("officers traveled
  to Canada", "returned to the party");
- the relation is annotated as any other (:func:`.annotate.annotate_relations`:
  the event from the verb's frame and patterns, :mod:`.coding`, the modality,
  the actor codes) and kept only if it then has an event type whose root is
  not a public statement (01: "said" reports, it is what is said that the
  coder codes), is asserted and not negated, and its source has an actor code;
- the sentence has no relation of the reader already carrying the same CAMEO
  root with the same source: the fallback adds events, never a second copy.

Each relation it adds has ``basis`` :data:`CODER_BASIS` and the confidence
:data:`CODER_CONFIDENCE`, so users can filter them (``basis`` is written in
the JSON records).
"""

from __future__ import annotations

import dataclasses

from spacy.attrs import POS
from spacy.symbols import VERB

from ..doccache import token_column
from ..lexicon import Lexicon
from ..lexicon.cameo_verbs import _quad
from ..relations.implicit import UNSPECIFIED_KEY
from ..relations.misattached_subjects import stranded_place
from ..relations.output import clause_subject_as_object, misread_conjunct
from ..relations.reader import _Reader
from ..relations.targets import target_prepositions
from ..types import Relation
from .annotate import annotate_relations
from .coding import frame_words
from .material import material_refusal, pattern_recipient
from .modality import ASSERTED

__all__ = ["CODER_BASIS", "CODER_CONFIDENCE", "coder_candidates", "coder_fallback"]

#: The ``basis`` of a relation the fallback made.
CODER_BASIS = "coder"
#: Its confidence: below the reader's active clauses.
CODER_CONFIDENCE = 0.4

_STATEMENT_ROOT = "01"
_SKIPPED_DEPS = frozenset({"amod", "compound", "aux", "auxpass", "nmod", "prep", "pcomp", "advmod", "npadvmod"})
#: Codes of plain people: no actor a coder would read an event of.
_PLAIN_CODES = frozenset({"PPL", "CVL"})
_SKIPPED_LEMMAS = frozenset({"be", "have", "do", "say"})
_TARGET_DEPS = ("dobj", "obj", "nsubjpass", "dative")
_MIN_OWN = 3
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Material cooperation and conflict (quad classes 1 and 3): a verb of movement or force with a plain
#: noun the reader left unrelated is more often no political act ("fled to the embassy", "cleared
#: protesters from the square" coded as yielding), and a wrong material edge costs most.
_MATERIAL_QUADS = frozenset({1, 3})
_VISIT_CODES = frozenset({"042", "043"})
_STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "DIP", "JUD"})
_STATE_PREFIXES = ("IGO",)


def _covered(relations, doc) -> set[int]:
    """Token indices inside some relation's predicate."""
    covered: set[int] = set()
    for rel in relations:
        span = doc.char_span(rel.predicate.start, rel.predicate.end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    return covered


def _sides(verb, lexicon: Lexicon):
    """(source token or None, target token or None, whether the target is a preposition's object) of a
    verb, as a dictionary coder reads them: the source is the active subject or the passive "by"
    phrase; the target the direct object, the passive subject or the indirect object, else the object
    of a preposition that the verb's target prepositions (``data/target_prepositions.tsv``) or a fitted
    pattern of the verb name ("Under him, the diocese protested against X": not "him"); the object of
    the preposition a fitted pattern puts its target after when the pattern names the direct object
    ("extradited the suspect to Ghana": :func:`.material.pattern_recipient`)."""
    kids = list(verb.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    source = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if source is None and not passive:
        source = next((c for c in kids if c.dep_ == "nsubj"), None)
    target = next((c for c in kids if c.dep_ in _TARGET_DEPS), None)
    if target is not None:
        recipient = pattern_recipient(verb, target, lexicon) if target.dep_ in ("dobj", "obj") else None
        return (source, recipient, True) if recipient is not None else (source, target, False)
    named = target_prepositions(verb.lemma_.lower(), lexicon=lexicon)
    for prep in (c for c in kids if c.dep_ == "prep"):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is not None and (prep.lower_ in named or _keyed_on(verb, prep, lexicon)):
            return source, pobj, True
    return source, None, True


def _candidate(reader: _Reader, verb) -> Relation | None:
    """The fallback relation of one verb, before annotation, or None."""
    source, target, prepositional = _sides(verb, reader.lexicon)
    if source is None or target is None or stranded_place(source, verb):
        return None  # "marched in Khartoum demanding ...": a place is no participle's doer
    if f"{verb.lemma_.lower()} {target.lower_}" in reader.idioms:
        return None  # "threw its weight behind the plan", "took aim at": the idiom's noun is no target
    subject, obj = reader.argument(source), reader.argument(target)
    if subject is None or obj is None or subject.key == obj.key:
        return None
    if prepositional and obj.type == "CONCEPT" and not _keyed_on(verb, target.head, reader.lexicon):
        return None  # a plain noun after a preposition is a time, place or manner ("at the time"), no target
    if clause_subject_as_object(verb, obj.start, obj.end) or misread_conjunct(verb) or _lost_clause(verb):
        return None  # "suggested piracy is the most likely theory": "piracy" is the clause's subject
    if not _attested(verb, reader.lexicon):
        return None
    lemma = verb.lemma_.lower()
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{lemma} {prt.lower_}" if prt is not None else lemma
    sentence, sentence_start = reader.sentence_of(verb.i)
    return Relation(
        doc_id=reader.document.id, subject=subject, predicate=reader.predicate(verb, phrase), object=obj,
        sentence=sentence, sentence_start=sentence_start, negated=reader.negated(verb),
        confidence=CODER_CONFIDENCE, basis=CODER_BASIS,
    )


def _lost_clause(verb) -> bool:
    """Does a finite conjunct with no subject and no "and" or "or" before it follow the verb ("suggested
    piracy, ..., is now the theory"): a complement clause the parser split off, whose subject it made
    the verb's object?"""
    links = [c.i for c in verb.children if c.dep_ == "cc"]
    return any(c.dep_ == "conj" and c.tag_ in _FINITE_TAGS and not any(links_i < c.i for links_i in links)
               and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) for c in verb.children)


def _keyed_on(verb, prep, lexicon: Lexicon) -> bool:
    """Does a pattern of the verb that fits its frame need the preposition ("AGREE * TO", "COMPLAIN *
    ABOUT")? Then the preposition's object is the pattern's, not a time, place or manner."""
    patterns = lexicon.cameo.patterns
    words, heads = frame_words(verb)
    fits, code = patterns.code_for(verb.lemma_.lower(), words, heads)
    if not fits or code is None:
        return False
    word = prep.lower_
    return not patterns.code_for(verb.lemma_.lower(), words - {word}, heads - {word})[0]


def _unfinished(verb) -> bool:
    """Is the verb an infinitive ("for candidates to release"; what is meant, wanted or usual), a bare
    base form, or in the simple present ("is appointed by the King", "they release"; a habit or a standing state, not a
    reported event)?"""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "TO" for c in kids):
        return True
    if verb.tag_ == "VB" and not kids:
        return True  # an imperative, or a present the tagger read as a base form ("senators always condemn")
    finite = [c for c in kids if c.tag_ in _FINITE_TAGS] or ([verb] if verb.tag_ in _FINITE_TAGS else [])
    return bool(finite) and all(c.tag_ in _PRESENT_TAGS for c in finite) and not any(
        c.lemma_.lower() == "have" for c in kids)


def _attested(verb, lexicon: Lexicon) -> bool:
    """Do the verb's own patterns back the code a coder gives it: a pattern of the verb fits its
    frame, or at least :data:`_MIN_OWN` patterns are written for it and half of them or more code an
    event of its default's quad class? A verb the dictionary lists only as a synonym, with no
    pattern of its own ("weep", "compete", "retire"), is not."""
    lemma = verb.lemma_.lower()
    entry = lexicon.cameo.patterns.entry(lemma)
    fits, code = lexicon.cameo.patterns.code_for(lemma, *frame_words(verb))
    if fits:
        return code is not None
    own = sum(entry.senses)
    return code is not None and own >= _MIN_OWN and entry.senses[_quad(code)] * 2 >= own


def coder_candidates(doc, document, index, relations, *, lexicon: Lexicon) -> list[Relation]:
    """Unannotated relations for the dictionary verbs of ``doc`` that no relation covers."""
    patterns = lexicon.cameo.patterns
    if patterns is None or not doc.has_annotation("DEP"):
        return []
    covered = _covered(relations, doc)
    reader = _Reader(doc, document, index, lexicon)
    out = []
    pos = token_column(doc, POS)  # the verbs found without a Token per word
    for tok in (doc[i] for i, tag in enumerate(pos) if tag == VERB):
        if (tok.i in covered or tok.dep_ in _SKIPPED_DEPS or _unfinished(tok)
                or tok.lemma_.lower() in _SKIPPED_LEMMAS or patterns.entry(tok.lemma_.lower()) is None):
            continue
        found = _candidate(reader, tok)
        if found is not None:
            out.append(found)
    return out


def _coded(arg) -> bool:
    return arg.key != UNSPECIFIED_KEY and bool(arg.actor_code) and arg.actor_code not in _PLAIN_CODES


def _visit_of_state(rel: Relation) -> bool:
    """Is a visit (042, 043) one a state actor makes to a coded actor ("the President traveled to
    Mexico"), not a trip ("officers traveled to Canada", "returned to the party")? A place of the
    visitor's own capital he returns to ("returned to Washington") is no visit (:mod:`.home_visits`)."""
    source, target = rel.subject.actor_code or "", rel.object.actor_code or ""
    return bool(target) and (source.startswith(_STATE_PREFIXES) or any(
        source[i : i + 3] in _STATE_ROLES for i in range(3, len(source), 3)))


def _material_kept(rel: Relation, doc, lexicon: Lexicon) -> bool:
    """May a material event be kept (:func:`.material.material_refusal` finds no fault)?"""
    span = doc.char_span(rel.predicate.start, rel.predicate.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    _, target, prepositional = _sides(verb, lexicon)
    prep = target.head if target is not None and prepositional else None
    keyed = prep is not None and _keyed_on(verb, prep, lexicon)
    return material_refusal(rel, verb, target, prep, keyed=keyed, lexicon=lexicon) is None


def _kept(rel: Relation, existing: set, doc, lexicon: Lexicon) -> bool:
    event = rel.event
    if event is None or (_quad(event.code) in _MATERIAL_QUADS and not _material_kept(rel, doc, lexicon)) or (
            event.code[:3] in _VISIT_CODES and not _visit_of_state(rel)):
        return False
    return (not event.root.startswith(_STATEMENT_ROOT) and rel.modality == ASSERTED
            and not rel.negated and _coded(rel.subject)
            and (rel.sentence_start, event.root, rel.subject.key) not in existing)


def coder_fallback(doc, document, index, relations, *, entities, context) -> list[Relation]:
    """The events a dictionary coder reads off verbs the reader gave no relation.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    document : Document
        The article.
    index : EntityIndex
        Its entities, as :func:`extract.relations.relations_of` read them.
    relations : list of Relation
        The reader's relations, annotated.
    entities : list of Entity
        The annotated entities (:func:`.annotate.annotate_entities`).
    context : EventContext
        The Doc's event context.

    Returns
    -------
    list of Relation
        Annotated relations with ``basis`` :data:`CODER_BASIS`, each an
        asserted event with an actor code on one side at least.
    """
    lexicon = context.lexicon
    candidates = coder_candidates(doc, document, index, relations, lexicon=lexicon)
    if not candidates:
        return []
    # only the coder's own relations are kept: the article's "located in" relations are not walked again
    annotated = annotate_relations(doc, document, candidates, entities=entities, context=context, places=False)
    existing = {(r.sentence_start, r.event.root, r.subject.key) for r in relations if r.event is not None}
    kept = []
    for rel in annotated:
        if rel.basis == CODER_BASIS and _kept(rel, existing, doc, lexicon):
            existing.add((rel.sentence_start, rel.event.root, rel.subject.key))
            kept.append(dataclasses.replace(rel, confidence=CODER_CONFIDENCE))
    return kept
