"""Going on with an event: "the House is moving forward with an impeachment inquiry" is an inquiry (090).

A verb of going on whose object hangs on "with" ("proceeded with the
investigations", "pressed ahead with talks with the EU", "went ahead with
the strikes") says that its subject does what the noun names, as a light verb
does with its direct object ("carried out strikes"). CAMEO's verb patterns
file PROCEED and GO_FORWARD under CONTINUE, whose event is its object's
("CONTINUE * &MILITARY ACTION AGAINST +" 190), and key PUSH and GO on "AHEAD
WITH" ("PUSH * AHEAD WITH CRACKDOWN" 170).

The verbs, with the adverb or particle that makes them so ("move forward",
"press ahead", "proceed"), are in ``data/proceeding_verbs.txt``; the noun must
be an event noun of ``data/nominalisations.tsv`` whose verb has a CAMEO event
("inquiry", "talks", "strikes"). "went ahead with the concert", "moved on with
his life" and "proceeded with caution" give nothing.

Two readers use it: the relation rules (:mod:`.verbal`) read the noun as a
light verb's when it names a target ("pressed ahead with talks with the EU"
-> (X, talk, EU)); the event annotation (:mod:`extract.events.fields`) gives
the verb's relation the noun's event ("moving forward with an inquiry" 090).

Examples
--------
>>> sorted(_ADVERB_DEPS)
['advmod', 'prt']
"""

from __future__ import annotations

from ..syntax import prepositional_objects
from .nominal import _event_lemma

__all__ = ["proceeding_event", "proceeding_noun"]

# The children that carry a verb's adverb or particle ("moving forward", "pressed ahead", "carried on").
_ADVERB_DEPS = frozenset({"advmod", "prt"})
# Counting nouns whose "of" object is the event ("went ahead with a series of strikes").
_COUNTERS = frozenset({"series", "wave", "round", "number", "string", "spate"})


def _going_on(verb, verbs: frozenset[str]):
    """The adverb that makes ``verb`` a verb of going on ("moved forward"), the verb itself when its lemma
    alone is one ("proceeded"), or None."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in _ADVERB_DEPS and f"{lemma} {child.lower_}" in verbs:
            return child
    return verb if lemma in verbs else None


def proceeding_noun(verb, lexicon):
    """The event noun that verb token ``verb``, a verb of going on, takes in "with", or None.

    "moved forward with an impeachment inquiry" -> inquiry; the "with" may hang on the verb or on its
    adverb ("pressed ahead with talks"). Only a noun of ``data/nominalisations.tsv`` whose verb has a
    CAMEO event counts.
    """
    if verb.pos_ != "VERB":
        return None
    adverb = _going_on(verb, lexicon.word_sets["proceeding_verbs"])
    if adverb is None:
        return None
    holders = (verb,) if adverb is verb else (verb, adverb)
    nouns = [n for h in holders for n in prepositional_objects(h, ("with",))]
    if not nouns:
        return None
    noun = nouns[0]
    if noun.lower_ in _COUNTERS:
        noun = next(iter(prepositional_objects(noun, ("of",))), noun)
    if noun.pos_ != "NOUN":
        return None
    lemma = _event_lemma(noun.lower_, lexicon) or _event_lemma(noun.lemma_, lexicon)
    return noun if lemma is not None and lexicon.cameo.event_of(lemma) is not None else None


def proceeding_event(pred, lexicon):
    """The CAMEO event of verb token ``pred`` going on with an event noun ("proceeded with the
    investigations" 090), or None when it is no such verb."""
    noun = proceeding_noun(pred, lexicon)
    if noun is None:
        return None
    return lexicon.cameo.event_of(_event_lemma(noun.lower_, lexicon) or _event_lemma(noun.lemma_, lexicon))
