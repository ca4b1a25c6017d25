"""An "it" that is an event or a state of affairs by its verb, and quotations in single quotation marks.

"Spain declared a state of emergency. It will last two weeks", "Hungary held a referendum on the quotas.
It failed because turnout was too low", "Kenya hosted the climate summit. It ended without a deal": a verb
whose subject, with no object and no following verb, is an event ("last", "end", "fail", "take place",
"break out": ``data/event_subject_verbs.txt`` and ``data/occurrence_verbs.txt``) says its "it" is the
event, when an event noun (the event lists of :mod:`extract.coref_event_it`, ``data/situation_nouns.txt``)
was named since the start of the sentence before. Such an "it" is left unresolved unless what it would
refer to is itself an event. "It ended its mission", "It began to withdraw", "It started as a shop" have an
object, a verb or a role after them and are the actor's.

A body the sentence has already called "they" is not its "it" ("back then they claimed it is only a binary"):
:func:`named_they_before`.

"It became the second European country to do so" is no empty "it" of an extraposed clause ("it is a shame to
..."): a complement that is a noun of an actor or a place takes the infinitive (:func:`actor_complement`).

A quotation may also stand between single quotation marks (‘They must listen,’ one protester said): an
opening ‘ after a space or at a line's start, closed by the first ’ that ends a word and is not followed by
a letter (not "Iran’s"), or by a blank line; :func:`with_single_quotes` adds them to the test of
:func:`extract.coref._quoted_spans`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .coref_common import quotation_bounds
from .coref_event_it import _actor_nouns, _event_nouns
from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["actor_complement", "event_verb_subject", "named_they_before", "with_single_quotes"]

#: Children that make the verb the actor's: an object, a following verb, a role ("started as a shop").
_ACTOR_CHILDREN = frozenset({"dobj", "xcomp", "ccomp", "dative", "attr", "oprd", "agent", "csubj"})
_ROLE_PREPS = frozenset({"as", "with", "by"})
#: Copulas whose complement says what their subject is.
_LINKING_VERBS = frozenset({"be", "become", "remain"})


@lru_cache(maxsize=1)
def _event_verbs() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """(single verb lemmas, (lemma, particle or object) pairs) of the event verbs."""
    singles, pairs = set(), set()
    for name in ("event_subject_verbs.txt", "occurrence_verbs.txt"):
        for row in read_words(DATA_DIR / name):
            words = row.cells[0].casefold().split()
            if len(words) == 1:
                singles.add(words[0])
            else:
                pairs.add((words[0], words[1]))
    return frozenset(singles), frozenset(pairs)


@lru_cache(maxsize=8)
def _situation_nouns(lexicon) -> frozenset[str]:
    extra = frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "situation_nouns.txt"))
    return _event_nouns(lexicon) | extra


def _event_verb(verb) -> bool:
    """Whether ``verb`` is an event verb used as one: no object, no verb or role after it."""
    singles, pairs = _event_verbs()
    lemma = verb.lemma_.casefold()
    children = list(verb.children)
    words = {c.lower_ for c in children if c.dep_ in ("prt", "dobj", "prep", "advmod") and c.i > verb.i}
    if lemma in singles:
        if any(c.dep_ in _ACTOR_CHILDREN for c in children):
            return False
    elif any((lemma, w) in pairs for w in words):
        if any(c.dep_ in _ACTOR_CHILDREN and (lemma, c.lower_) not in pairs for c in children):
            return False
    else:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _ROLE_PREPS for c in children)


def event_verb_subject(res, tok, keys) -> bool:
    """Whether the subject "it" ``tok`` is an event by its verb, with an event noun named since the start
    of the sentence before, so that ``keys`` (what the other rules found) are no antecedent of it.

    ``res`` is the article's resolver (its Doc, token mentions, entities and lexicon are read).
    """
    if tok.lower_ != "it" or tok.dep_ not in NOMINAL_SUBJECT_DEPS or not _event_verb(tok.head):
        return False
    if any(res.entities[k].type == "EVENT" for k in keys):
        return False
    doc, token_mention = res.doc, res.token_mention
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nouns = _situation_nouns(res.lexicon)
    return any(
        t.pos_ == "NOUN" and token_mention[t.i] < 0 and t.lemma_.casefold() in nouns
        for t in doc[start : tok.i]
    )


_SINGLE_MARKS = re.compile(r"(?:(?<=\s)|^)\u2018|\u2019(?![^\W\d_])|\n[^\S\n]*\n", re.MULTILINE)


def with_single_quotes(inside, text: str):
    """A test of a character offset for lying inside a quotation: ``inside``'s, or between single quotation
    marks (‘ opening after a space or a line's start; the next ’ not followed by a letter, or a blank line,
    closing)."""
    if "\u2018" not in text:
        return inside
    starts, ends = quotation_bounds(text, _SINGLE_MARKS, lambda mark, is_open: mark == "\u2018")
    if not starts:
        return inside

    def test(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return (k >= 0 and offset < ends[k]) or inside(offset)

    return test


def actor_complement(tok, lexicon) -> bool:
    """Whether the subject "it" ``tok`` of a copula is what its complement, a noun of an actor or a place, says
    ("It became the second European country to do so", "It is the only company to ..."): the infinitive
    after it qualifies the noun, so the "it" is no empty subject of an extraposed clause ("it is a shame to
    ...", "it was the government's decision to ...")."""
    if tok.lower_ != "it" or tok.dep_ not in NOMINAL_SUBJECT_DEPS or tok.head.lemma_ not in _LINKING_VERBS:
        return False
    for noun in tok.head.children:
        if noun.dep_ == "attr" and noun.pos_ == "NOUN" and noun.i > tok.i and noun.tag_ == "NN":
            return any(c.dep_ == "det" for c in noun.children) and not any(
                c.dep_ == "poss" for c in noun.children
            ) and noun.lemma_.casefold() in _actor_nouns(lexicon)
    return False


def named_they_before(res, tok, keys) -> bool:
    """Whether the single organisation ``keys`` an "it" ``tok`` would refer to was called "they" earlier in the
    same sentence ("back then they claimed it is only a binary", "WHO said they are uncertain whether it may
    ..."): a sentence that calls a body "they" keeps it "they", and its "it" is another thing."""
    if tok.lower_ not in ("it", "its", "itself") or len(keys) != 1:
        return False
    start = tok.sent.start
    for head, earlier in reversed(res.anaphors):
        if head < start:
            return False
        if head < tok.i and tuple(earlier) == tuple(keys) and res.doc[head].lower_ in ("they", "them", "their"):
            return True
    return False
