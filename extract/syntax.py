"""Dependency helpers and dependency-label sets shared by the rules.

The relation rules (:mod:`extract.relations`), the event annotation
(:mod:`extract.events`), coreference (:mod:`extract.coref`) and Open IE
(:mod:`extract.openie`) read the same parse; what they ask of it the same
way lives here, each label set under a name that says which labels it holds.
Labels are spaCy's English ClearNLP labels.

Examples
--------
>>> sorted(SUBJECT_DEPS - ACTIVE_SUBJECT_DEPS)
['csubj', 'nsubjpass']
>>> ANY_SUBJECT_DEPS - SUBJECT_DEPS
frozenset({'csubjpass'})
"""

from __future__ import annotations

from .doccache import cache_of, doc_span
from .delayed_negations import delayed
from .lapsed_negations import lapsed

__all__ = [
    "ACTIVE_SUBJECT_DEPS",
    "ANY_SUBJECT_DEPS",
    "AUX_DEPS",
    "CLAUSE_HEAD_DEPS",
    "DIRECT_OBJECT_DEPS",
    "EMBEDDED_VERB_DEPS",
    "FINITE_TAGS",
    "NOMINAL_SUBJECT_DEPS",
    "PASSIVE_SUBJECT_DEPS",
    "SUBJECT_DEPS",
    "char_span",
    "clause_head",
    "is_negated",
    "is_mandative",
    "left_phrase",
    "passive_agents",
    "predicate_token",
    "prepositional_objects",
    "span_root",
    "subtree_span",
]

#: The subject of an active clause: "Syria accused Israel".
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})
#: The subject of a passive clause: "Idlib is controlled by HTS".
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
#: A noun-phrase subject, active or passive.
NOMINAL_SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
#: A subject that gives a clause a subject of its own: nominal, active or
#: passive, or a clause ("What happened shocked them"). The rare clausal
#: passive subject is not counted.
SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | frozenset({"csubj"})
#: Every subject label, the clausal passive too.
ANY_SUBJECT_DEPS = SUBJECT_DEPS | frozenset({"csubjpass"})
#: A direct object.
DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})
#: Auxiliaries and the negation that stand with a verb: "has not been".
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
#: The attachments of a verb that heads a clause of its own (main,
#: complement, adverbial, relative, coordinated ...).
CLAUSE_HEAD_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "acl", "csubj", "parataxis"})
#: The attachments of a verb embedded in another phrase or clause (a
#: participle, an infinitive, a modifier): it does not stand on its own
#: as a finite clause.
EMBEDDED_VERB_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "pcomp", "amod", "csubj", "prep", "npadvmod"})
#: Penn tags of a finite verb or modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: How far :func:`clause_head` climbs before it gives up (a guard against
#: malformed parses).
_MAX_CLIMB = 64


def clause_head(token):
    """The verb heading the clause ``token`` is in (``token`` itself if it heads one).

    Climbs the heads to the first verb or auxiliary attached as a clause
    (:data:`CLAUSE_HEAD_DEPS`), else to the root.
    """
    seen = 0
    while seen < _MAX_CLIMB:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_HEAD_DEPS:
            return token
        if token.head.i == token.i:
            return token
        token = token.head
        seen += 1
    return token


def char_span(doc, start: int, end: int):
    """The tokens covering the characters ``[start, end)`` of ``doc``, or None if none do."""
    memo = cache_of(doc).memo("char_span")  # the same argument is looked up by many rules
    found = memo.get((start, end), False)
    if found is not False:
        return doc_span(doc, found[0], found[1]) if found is not None else None
    span = doc.char_span(start, end, alignment_mode="expand")
    memo[start, end] = (span.start, span.end) if span is not None and len(span) else None
    return span if span is not None and len(span) else None


def span_root(doc, start: int, end: int) -> int:
    """The index of the syntactic root of the characters ``[start, end)``, or -1."""
    memo = cache_of(doc).memo("span_root")  # asked again of the same argument: no Span made then
    found = memo.get((start, end))
    if found is None:
        span = char_span(doc, start, end)
        found = memo[start, end] = span.root.i if span is not None else -1
    return found


def predicate_token(doc, predicate):
    """The token heading a predicate's span, or None if the span is not in ``doc``.

    Of the tokens whose head lies outside the span, the first content word
    (verb, noun, proper noun, adjective) wins: "carried out" -> carried,
    "has been killed" -> killed.
    """
    span = char_span(doc, predicate.start, predicate.end)
    if span is None:
        return None
    inside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    content = [t for t in inside if t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")] or inside or list(span)
    return content[0]


def subtree_span(tok):
    """The span of ``tok``'s whole phrase, from its left edge to its right edge."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def left_phrase(tok):
    """The span from ``tok``'s left edge up to ``tok``: its modifiers and itself ("the Syrian regime")."""
    return tok.doc[tok.left_edge.i : tok.i + 1]


def passive_agents(verb) -> list:
    """The objects of a passive's "by" phrase: "controlled by HTS" -> [HTS]."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def word_forms(tok) -> set[str]:
    """The lower-cased text and lemma of ``tok``: what a word list is matched against."""
    return {tok.lower_, tok.lemma_.lower()}


def prepositional_objects(tok, words) -> list:
    """The objects of the prepositions ``words`` hanging on ``tok``, in order.

    "a series of strikes" with ``{"of"}`` -> [strikes].
    """
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in words for p in c.children if p.dep_ == "pobj"]


def is_mandative(clause) -> bool:
    """Is ``clause`` a mandative subjunctive ("ordered the accused remain in custody", "ordered that
    X remain"): a clausal complement in the bare form, with no auxiliary of its own? It is what is
    demanded, as an infinitive is; "warned that X would remain" says what will happen."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    # the tagger reads a bare form after a past verb as a present ("ordered that he leave": VBP)
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN"))


def is_negated(tok, *, through_aux: bool = False) -> bool:
    """Does ``tok`` carry a negation ("did not relent")?

    With ``through_aux``, a negation hanging on one of its auxiliaries
    counts too (parses of "has n't been" vary).
    """
    if delayed(tok):
        return False  # "did not endorse her until July": she was endorsed (extract/delayed_negations.py)
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if through_aux and child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
            return True
    return lapsed(tok)  # "no longer recognizes", "is hardly a democrat": extract/lapsed_negations.py
