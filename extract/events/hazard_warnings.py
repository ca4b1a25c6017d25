"""A warning of a natural hazard issued by an agency is a statement: "the National Weather Service issued a
flash flood warning" is 010.

CAMEO's WARN (130, Threaten) is a warning to someone of what the speaker may do, and the noun "warning"
carries that code. A weather service, a geological agency or a fire authority that issues a warning, an
alert or a watch of a hazard threatens no one: it makes a public statement, as the fresh events gold codes
the warnings and advisories of weather services ("Yellow warnings were issued", "In an advisory issued
Sunday, the NHC ..."). The light verb "issue" reads its object's event, so the relation got the threat's
root or, where a rule withheld it, none. :func:`hazard_warning_event` gives a statement (010) to a relation
whose verb is one of issuing (issue, release, raise, put out) and whose object noun is a warning, alert or
watch (``_WARNING_NOUNS``) with a hazard word (``data/hazard_words.txt``: flood, weather, storm, tsunami,
heat, "yellow") among its modifiers or in its "of"/"for"/"about" phrase.

"The army issued a warning to the rebels" keeps its threat; so does "warnings against attempts to enter the
area" (no hazard named).

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> hazard_word("Flood", get_lexicon()), hazard_word("rebels", get_lexicon())
(True, False)
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Event, Relation

__all__ = ["hazard_warning_event", "hazard_word"]

_STATEMENT = "010"
#: Verbs of issuing a warning (lemma of the relation's verb token).
_ISSUING_VERBS = frozenset({"issue", "release", "raise", "put"})
#: Nouns of a warning of a hazard.
_WARNING_NOUNS = frozenset({"warning", "alert", "watch", "advisory"})
#: Prepositions that name what a warning is of ("a warning of heavy rain", "an alert for flooding").
_TOPIC_PREPS = frozenset({"of", "for", "about"})


def hazard_word(word: str, lexicon: Lexicon) -> bool:
    """Is ``word`` one that names a natural hazard or a weather warning's colour?"""
    return word.casefold() in lexicon.word_sets["hazard_words"]


def _warning_object(pred, lexicon: Lexicon):
    """The warning noun ``pred`` issues: its direct object (or, passive, its subject), or None. The tagger
    reads "a tsunami warning" as a noun with a participle: the hazard noun then stands for the warning."""
    for child in pred.children:
        if child.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        if child.lemma_.lower() in _WARNING_NOUNS:
            return child
        if (hazard_word(child.lower_, lexicon) and child.i + 1 < len(child.doc)
                and child.doc[child.i + 1].lower_ in ("warning", "warnings") and child.doc[child.i + 1].head.i == child.i):
            return child
    return None


def _names_hazard(noun, lexicon: Lexicon) -> bool:
    if any(t.dep_ in ("compound", "amod", "nmod") and hazard_word(t.lower_, lexicon) for t in noun.subtree if t.i < noun.i):
        return True
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPS:
            if any(hazard_word(t.lower_, lexicon) or hazard_word(t.lemma_.lower(), lexicon) for t in prep.subtree):
                return True
    return False


def hazard_warning_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """A statement (010) if ``pred`` issues a warning, alert or watch of a natural hazard; else None."""
    if pred is None or pred.lemma_.lower() not in _ISSUING_VERBS:
        return None
    if pred.lemma_.lower() == "put" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in pred.children):
        return None
    noun = _warning_object(pred, lexicon)
    if noun is None or not (hazard_word(noun.lower_, lexicon) or _names_hazard(noun, lexicon)):
        return None
    return event_for_code(_STATEMENT, lexicon.cameo.labels)
