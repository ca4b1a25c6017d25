"""Speech acts a quotation performs in a set formula: 'X tweeted: "Thank you to all emergency services"'.

An event coder reads a quotation by what it does: 'The prime minister
tweeted: "Thank you to all emergency services ..."' is the prime minister's
praise (CAMEO 051) of the services, 'Tusk wrote "Let's all pray for Mayor
Adamowicz."' his sympathy (018) with the mayor, 'X said: "Our hearts go out
to the people of New Zealand"' sympathy with them. Such a formula has no
subject of its own (an imperative, "let us", a bare noun phrase, or a noun
of feeling as the subject of "be" or "go": "My thoughts are with X"), so no
other rule reads it; "We condemn the attack" has its subject and is read as
any clause is.

:func:`quoted_act` reads the formula off the parse: a verb of saying of
``data/content_verbs.txt`` (say, tweet, write, post, state ...), outside
every quotation, not negated or passive, whose child is the head of a
quotation of its sentence, and that head a formula of
``data/quoted_acts.tsv`` (the word, its CAMEO code, and where the one it is
done to stands). The reader emits (speaker, verb, that one) through
:class:`extract.relations.quoted_act_relations.QuotedActRules`;
:func:`quoted_act_event` codes it, and :func:`quoted_act_events` keeps it
only when the speaker is an official or a body
(:func:`extract.said_sources.official_code`): a private person's thanks is
no event between actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .lexicon import Lexicon
from .quoted_statements import outside_quotations

__all__ = ["QuotedAct", "quoted_act", "quoted_act_event", "quoted_act_events"]

_TABLE = "quoted_acts"
_OBJECT = "object"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# The verbs whose subject may be a noun of feeling: "My thoughts are with X", "Our hearts go out to X".
_FEELING_VERBS = frozenset({"be", "go"})
# "Let us pray", "Let's pray": the speaker among those who act, no other subject.
_LET_SUBJECTS = frozenset({"us", "'s"})
_LISTENER = "you"
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_UNSPECIFIED = "concept:unspecified"
_NEGATIONS = frozenset({"no", "not", "never", "n't"})


@dataclass(frozen=True, slots=True)
class QuotedAct:
    """A formula of a quotation: its word's token, its CAMEO code, and the tokens of the ones it is done to."""

    word: object
    code: str
    targets: tuple


def _row(word: str, kind: str, lexicon: Lexicon):
    row = lexicon.tables[_TABLE].get(word)
    if row is None or row[1] != kind:
        return None
    return row[0], tuple(part.strip() for part in row[2].split(","))


def _negated(tok) -> bool:
    """Is ``tok`` negated ("do not thank", "No thanks to X")?"""
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in tok.children)


def _prepositional(tok, preps) -> list:
    return [obj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.children if obj.dep_ == "pobj"]


def _verb_targets(verb, places) -> list:
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    targets = [o for o in objects if o.lower_ != _LISTENER] if _OBJECT in places else []
    return targets or _prepositional(verb, places)


def _opens(tok, first: int) -> bool:
    """Does ``tok``'s phrase open the quotation that starts at token ``first`` (only "please", "again",
    an interjection or a mark before it)?"""
    return all(t.pos_ in ("ADV", "INTJ", "PUNCT") for t in tok.doc[first:tok.left_edge.i])


def _formula(head, first: int, lexicon: Lexicon) -> QuotedAct | None:
    """The formula whose head is ``head`` (the quotation's top word; the quotation starts at token
    ``first``), or None."""
    if _negated(head):
        return None
    kids = list(head.children)
    if head.pos_ == "NOUN":  # "Condolences to the families", "All my support to the people of X"
        row = _row(head.lower_, "noun", lexicon) if _opens(head, first) else None
        return None if row is None else QuotedAct(head, row[0], tuple(_prepositional(head, row[1])))
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
    lemma = head.lemma_.lower()
    if lemma in _FEELING_VERBS and len(subjects) == 1 and subjects[0].dep_ == "nsubj":
        row = _row(subjects[0].lower_, "noun", lexicon)  # "My thoughts are with X", "Our hearts go out to X"
        if row is None or not _opens(subjects[0], first) or any(c.dep_ in ("attr", "acomp", "dobj") for c in kids):
            return None
        return QuotedAct(subjects[0], row[0], tuple(_prepositional(head, row[1])))
    if not _opens(head, first) or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return None  # an imperative or "let us" opens the quotation: "Thank you to X"
    if lemma == "let" and not subjects:  # "Let us pray for X", "Let's all pray for X"
        inner = [c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
        if len(inner) != 1 or _negated(inner[0]):
            return None
        head, kids = inner[0], list(inner[0].children)
        subjects = [c for c in kids if c.dep_ in _SUBJECT_DEPS and c.lower_ not in _LET_SUBJECTS]
        lemma = head.lemma_.lower()
    row = _row(lemma, "verb", lexicon)
    if row is None or subjects:
        return None
    return QuotedAct(head, row[0], tuple(_verb_targets(head, row[1])))


def quoted_act(verb, lexicon: Lexicon, runs=None) -> QuotedAct | None:
    """The formula a verb of saying quotes, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.
    lexicon : Lexicon
        Gives ``data/content_verbs.txt`` and ``data/quoted_acts.tsv``.
    runs : dict, optional
        The Doc's quotation runs (:func:`extract.relations.speakers.quotation_runs`).

    Returns
    -------
    QuotedAct or None
        None for another verb, a verb inside a quotation, a negated or
        passive verb, no quotation, or a quotation that is no formula or
        names no one it is done to.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_sets["content_verbs"]:
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in kids):
        return None
    if verb.tag_ not in _FINITE and not (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in kids)):
        return None  # a finite verb; "Modi tweeted:" tagged as a participle with its subject is one
    if runs is None:
        from .relations.speakers import quotation_runs  # the relations import this module's callers

        runs = quotation_runs(verb.doc)
    if verb.i in runs:
        return None
    for child in kids:
        run = runs.get(child.i)
        if run is None or child.dep_ not in ("ccomp", "xcomp", "dobj", "parataxis"):
            continue
        act = _formula(child, run[0], lexicon)
        if act is not None and act.targets and outside_quotations(verb, runs):
            return act
    return None


def quoted_act_event(relation, pred, lexicon: Lexicon):
    """The event of (speaker, verb, one the formula is done to), or None (:func:`quoted_act`)."""
    from .lexicon.cameo import EventMapError, event_for_code
    from .syntax import char_span

    if pred is None:
        return None
    act = quoted_act(pred, lexicon)
    if act is None:
        return None
    span = char_span(pred.doc, relation.object.start, relation.object.end)
    unspecified = relation.object.key == _UNSPECIFIED
    if not unspecified and (span is None or not any(t.left_edge.i <= span.root.i <= t.right_edge.i
                                                    for t in act.targets)):
        return None
    try:
        return event_for_code(act.code, lexicon.cameo.labels)
    except EventMapError:
        return None


def quoted_act_events(doc, relations, *, lexicon: Lexicon) -> list:
    """``relations`` without the quoted acts of a speaker who is no official or body.

    Such a speaker's one-place statement ("He tweeted: ...", unspecified
    object) keeps the verb's own event, as before the formula was read.
    """
    from .said_sources import official_code

    kept = []
    for relation in relations:
        event = relation.event
        if event is not None and relation.subject is not None and _quoted_act_relation(doc, relation, lexicon) \
                and not official_code(relation.subject.actor_code, relation.subject.type, lexicon=lexicon):
            own = lexicon.cameo.event_of(relation.predicate.lemma)
            if relation.object.key != _UNSPECIFIED or own is None:
                continue
            relation = replace(relation, event=own)
        kept.append(relation)
    return kept


def _quoted_act_relation(doc, relation, lexicon: Lexicon) -> bool:
    span = doc.char_span(relation.predicate.start, relation.predicate.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    act = quoted_act(span[0], lexicon)
    return act is not None and relation.event.code == act.code
