"""A measure that is ended: "lifted sanctions on Iran" is no sanction.

An event noun (a sanction, a ban, an embargo, charges) that is the object of
a verb of ending (``data/ending_verbs.txt``: lift, end, ease, remove,
withdraw, scrap, drop, revoke, "call off") or the "of"/"to" phrase of a noun
of ending ("the lifting of sanctions", "an end to the embargo") is done away
with, not done: the noun's own relation ("sanction" -> Iran) has no event of
its kind (:mod:`extract.events.senses` asks it for measures, CAMEO roots
10-17; violence ended, "an end to the bombing", went on until then and keeps
its code). The verb's relation keeps what the verb patterns say of it
("LIFT * SANCTIONS" 085, easing sanctions). The noun's conjuncts share its
verb ("lifted the embargo and the travel ban"); the object may be a passive
subject ("the sanctions were lifted") or the noun a past participle modifies
("the sanctions lifted last year").
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["ended_measure"]

_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# the preposition of a noun of ending that names the measure: "the lifting of sanctions", "an end to the
# embargo" ("the end of the war" is a time, no ending of a measure)
_ENDED_PREPS = frozenset({"of", "to"})
_END_NOUN = "end"


def _verb_phrase(verb) -> str:
    """The verb's lemma with its particle and a preposition right after it ("call off", "do away with")."""
    words = [verb.lemma_.lower()]
    words += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join(words)


def _ends(verb, endings: frozenset[str]) -> bool:
    phrase = _verb_phrase(verb)
    return phrase in endings or (phrase == verb.lemma_.lower() and verb.lemma_.lower() in endings)


def ended_measure(noun, lexicon: Lexicon) -> bool:
    """Is event noun ``noun`` ended by a verb or a noun of ending (``data/ending_verbs.txt``)?"""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    endings = lexicon.word_sets["ending_verbs"]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "lifted the embargo and the travel ban"
    head = noun.head
    if noun.dep_ in _OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return _ends(head, endings)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "did away with the ban", "called off its boycott of X" read with the preposition as the verb's
        verb = head.head
        return f"{_verb_phrase(verb)} {head.lower_}" in endings
    if noun.dep_ in ("acl", "relcl"):
        return False
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and _ends(child, endings):
            return True  # "the sanctions lifted last year"
    if noun.dep_ == "pobj" and head.lower_ in _ENDED_PREPS and head.head.pos_ == "NOUN":
        ending = head.head.lemma_.lower()
        if (ending == _END_NOUN) != (head.lower_ == "to"):
            return False  # "an end to the embargo"; "the lifting of sanctions"; not "the end of the war"
        return ending in endings  # "the lifting of sanctions"
    return False
