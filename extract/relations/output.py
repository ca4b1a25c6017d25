"""Relation output: confidence by how a relation was read, one record per fact, the sentence it is in."""

from __future__ import annotations

import bisect

from ..doccache import doc_text, sentence_ranges, span_chars
from ..quality import edge_words
from ..syntax import is_mandative
from ..types import Relation
from .evaluations import evaluative_name
from .sides import two_sides
from .title_lists import title_verb

__all__ = ["RelationOutput", "ambiguous_gerund", "clause_subject_as_object", "clause_subject_in_list",
           "misread_conjunct", "naming_frame"]

# Confidence of a relation by how it was read, lowered for weaker evidence.
_BASE = {"active": 0.9, "passive": 0.85, "light": 0.8, "nominal": 0.75, "fallback": 0.55, "cause": 0.6,
         "implicit": 0.6}
_PREP_OBJECT_PENALTY = 0.05
_INHERITED_PENALTY = 0.1
_CONCEPT_PENALTY = 0.1
_RESOLVED_PENALTY = 0.1
# Confidence of facts read from appositions, copulas, titles and possessives.
_DESCRIPTION_CONFIDENCE = {"appos": 0.8, "copula": 0.85, "title": 0.85, "possessive": 0.75}
# The dependencies of a clause's own subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
# A finite verb in the past or present: after a noun it begins a clause; a participle (VBN) may not.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The prepositions of a reason an object is judged for ("sentenced X for prescribing", "accused X of lying").
_REASON_PREPS = frozenset({"for", "of"})
# How far below the verb a reason may hang ("sentenced X to 40 years for prescribing": on "years").
_REASON_DEPTH = 3


def _reason_gerund(prep) -> bool:
    return prep.dep_ == "prep" and prep.lower_ in _REASON_PREPS and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)


def ambiguous_gerund(verb, subject_start: int) -> bool:
    """Is ``verb`` a gerund after a preposition on a verb that judges its object for an act, its subject
    (at character ``subject_start``) taken from that verb: "a judge sentenced a doctor to 40 years for
    prescribing opioids, after prescribing half a million doses"? Whose act the second gerund names, the
    judge's or the doctor's, the parse does not tell, so it has no subject ("police arrested him after
    searching the house", with no reason given, keeps the police).
    """
    if not hasattr(verb, "children") or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    prep = verb.head
    head = prep.head
    if prep.dep_ != "prep" or prep.lower_ in _REASON_PREPS or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.left_edge.idx <= subject_start <= verb.right_edge.idx:
        return False  # its own subject
    if not any(c.dep_ in _OBJECT_DEPS for c in head.children):
        return False
    for tok in head.subtree:
        if tok.i == prep.i or not _reason_gerund(tok):
            continue
        up, depth = tok, 0
        while up.i != head.i and depth < _REASON_DEPTH:
            up, depth = up.head, depth + 1
        if up.i == head.i:
            return True
    return False


def clause_subject_as_object(verb, start: int, end: int) -> bool:
    """Is the object of ``verb`` at characters ``start:end`` the subject of the verb's complement clause,
    misread as its object ("promised each victim will be paid", 'told MSNBC Cummings "was a great man"')?

    So it is when right after the object a complement clause of the verb begins that has no subject of its
    own, or a finite verb set off by a quotation mark that the parser hung on the object as a participle
    ('tweeted the response "required all hands"'); "told him it was over" (the clause has "it") and "urged
    him to go" (no complement clause) and "ordered the accused remain in custody" (a mandative clause, what
    is demanded of the object) are read as they stand.
    """
    if not hasattr(verb, "children"):
        return False
    for obj in verb.children:
        if obj.dep_ not in _OBJECT_DEPS or not start <= obj.idx < end:
            continue
        if any(c.dep_ == "acl" and c.tag_ in _FINITE_TAGS and c.i > obj.i + 1
               and all(t.is_punct for t in verb.doc[obj.i + 1 : c.i]) for c in obj.children):
            return True  # 'tweeted the response "required all hands"': a quoted finite verb is no participle
        # "told them Trump prepared": a second object before a verb with no "to" is that verb's subject
        second = any(o.dep_ in _OBJECT_DEPS and o.i < obj.i for o in verb.children)
        for clause in verb.children:
            if clause.i < obj.i or not (clause.dep_ == "ccomp" or clause.dep_ == "xcomp" and (
                    clause.tag_ in _FINITE_TAGS or second and not any(c.lower_ == "to" for c in clause.lefts))):
                continue
            if is_mandative(clause):
                continue  # "ordered the accused remain": the object is who the demand is on
            between = verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]
            if (clause.left_edge.i > obj.i and all(t.is_punct for t in between)
                    and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)):
                return True
    return False


def clause_subject_in_list(verb, start: int, end: int) -> bool:
    """Is the object of ``verb`` at characters ``start:end`` a conjunct of its object that is the subject of
    the next clause, misread as a list ("underwent building work and scaffolding was erected", "seized the
    town and weapons were handed over")? So it is when right after the conjunct comes the verb, or its
    auxiliary, of a clause conjoined to ``verb`` that has no subject of its own.
    """
    if not hasattr(verb, "children"):
        return False
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ not in _OBJECT_DEPS:
            continue
        for conj in obj.conjuncts:
            after = conj.right_edge.i + 1
            if conj.i < obj.i or not start <= conj.idx < end or after >= len(doc):
                continue
            word = doc[after]
            clause = word.head if word.dep_ in ("aux", "auxpass") else word
            if (clause.dep_ == "conj" and clause.head.i == verb.i and clause.pos_ in ("VERB", "AUX")
                    and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)):
                return True
    return False


def misread_conjunct(verb) -> bool:
    """Is ``verb`` a conjunct with no subject of its own and no coordinator, right after a finite verb of
    another clause ("X did not place Y in charge of the response, which Politico reported left experts
    disappointed": "left" is what "reported" reports, not a second act of X)? A list of verbs has a
    coordinator or a comma before each ("came, saw and conquered").
    """
    if not hasattr(verb, "children") or verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS:
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    head = verb.head
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before is not None and before.tag_ in _FINITE_TAGS and before.head.i != verb.i and before.i != head.i


def _object_at(verb, start: int, end: int, deps=_OBJECT_DEPS):
    return next((c for c in verb.children if c.dep_ in deps and start <= c.idx < end), None)


def naming_frame(verb, start: int, end: int) -> bool:
    """Is the object of ``verb`` at characters ``start:end`` named by a second one right after it
    ('called the probe a "witch hunt"', "labeled the report as fake news"), a verb of
    ``data/edge_doubts.tsv`` kind ``naming_verb``? The relation would keep the verb and lose the name.
    "called a halt to the work" (a preposition before the second noun) is no naming."""
    if not hasattr(verb, "children") or verb.lemma_.lower() not in edge_words().naming_verbs:
        return False
    obj = _object_at(verb, start, end, _OBJECT_DEPS | {"oprd"})
    if obj is None:
        return False
    doc = verb.doc
    for second in verb.children:
        if second.i <= obj.i or not (second.dep_ == "oprd" or second.dep_ == "prep" and second.lower_ == "as"):
            continue
        first = second if second.dep_ == "prep" else second.left_edge
        if first.i > obj.right_edge.i and all(t.is_punct for t in doc[obj.right_edge.i + 1 : first.i]) and (
                first.pos_ not in ("ADP", "PART") or first.lower_ == "as"):
            return True
    return False


class RelationOutput:
    """The reader's output: each relation once, with its confidence and sentence.

    Expects ``doc``, ``document``, ``out``, ``_seen``, ``_sentences`` and
    ``_sentence_ends`` on the reader.
    """

    def emit(self, subject, predicate, obj, tok, *, negated, confidence, complement=None,
             allow_concepts=False, mutual=False):
        if subject.type == "CONCEPT" and obj.type == "CONCEPT" and not allow_concepts and not self.named_conjunct(subject):
            return  # a generic actor beside a name relates as the name (conjunct_actors.py)
        if subject.key == obj.key and not two_sides(self.doc, subject, obj, date=self.document.date,
                                                    lexicon=self.lexicon):
            return  # one referent; "Russian forces attacked Ukrainian forces" are two (sides.py)
        seen = (subject.key, predicate.lemma, obj.key, negated, predicate.start)
        if subject.key == obj.key:
            seen += (subject.start,)  # two sides of one label: each direction once
        name = evaluative_name(tok, self.lexicon)  # "called Biden a decent man": kept, with the name
        if seen in self._seen or clause_subject_as_object(tok, obj.start, obj.end) or (
                naming_frame(tok, obj.start, obj.end) and name is None) or name == obj.text or ambiguous_gerund(
                tok, subject.start) or clause_subject_in_list(tok, obj.start, obj.end) or misread_conjunct(tok) or (
                title_verb(tok, self.index, self.lexicon)):  # "systems engineer Yutaka Iwasaki": title_lists.py
            return
        self._seen.add(seen)
        subject = self.as_reported(subject, tok)  # "said it had killed": the reporter, from "it"
        for arg in (subject, obj):
            if arg.type == "CONCEPT":
                confidence -= _CONCEPT_PENALTY
            if arg.resolved_from is not None:
                confidence -= _RESOLVED_PENALTY
        sentence, sentence_start = self.sentence_of(tok.i)
        self.out.append(
            Relation(
                doc_id=self.document.id,
                subject=subject,
                predicate=predicate,
                object=obj,
                sentence=sentence,
                sentence_start=sentence_start,
                negated=negated,
                confidence=round(min(1.0, max(0.05, confidence)), 3),
                complement=complement if complement is not None else name,
                mutual=mutual,
            )
        )

    def sentence_of(self, i: int) -> tuple[str, int]:
        """(text without surrounding space, document offset) of token i's sentence."""
        if self._sentences is None:
            self._sentences = []
            self._sentence_ends = []
            text = doc_text(self.doc)
            for start, end in sentence_ranges(self.doc):  # no Span per sentence
                start_char, end_char = span_chars(self.doc, start, end)
                raw = text[start_char:end_char]  # sent.text without a Token per word
                lead = len(raw) - len(raw.lstrip())
                self._sentences.append((raw.strip(), start_char + lead))
                self._sentence_ends.append(end)
        return self._sentences[bisect.bisect_right(self._sentence_ends, i)]
