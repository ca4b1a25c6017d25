"""Negations the parse does not hang on the verb: "no longer", "hardly", and "is no friend of".

:func:`extract.syntax.is_negated` reads a ``neg`` child of the verb ("did not relent"). Three kinds of
negation escape it, and the relation or the event is then read as asserted:

- **a lapsed state**: "no longer" puts the ``neg`` "no" on the adverb "longer", not on the verb
  ("Washington no longer recognizes the government" was the asserted recognition 051; "Kenya is no
  longer a British colony" was "Kenya is a colony"). What the clause says has ended is not the case now;
  :func:`lapsed` reads the verb as negated.
- **an adverb of near denial**: "hardly", "scarcely" on the verb ("Maduro is hardly a democrat"); not
  before the subject, where it opens an inversion that asserts ("Hardly had the truce begun when ...").
- **a denied description**: "no" as the determiner of a copula's noun ("Orbán is no friend of Brussels",
  "Erdoğan is no ally of Assad"): :func:`denied`, for the description rules
  (:mod:`extract.relations.descriptions`). A "no" before any other object is a count of none and is read
  by the verb rules already ("received no response").

The words are a closed class; "no more than", "no fewer than", "longer than" and "lasted no longer than a
week" are no negation of the verb (a comparison with "than", or a "no" on a number's adverb).

Examples
--------
Hand-built parses (spaCy's English labels):

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Kenya", "is", "no", "longer", "a", "colony"],
...           heads=[1, 1, 3, 1, 5, 1], deps=["nsubj", "ROOT", "neg", "advmod", "det", "attr"])
>>> lapsed(doc[1])
True
>>> doc = Doc(Vocab(), words=["Orban", "is", "no", "friend"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "attr"])
>>> lapsed(doc[1]), denied(doc[3])
(False, True)
"""

from __future__ import annotations

__all__ = ["denied", "lapsed"]

# The adverb that "no" turns into the end of a state ("no longer"); "no more" is too often a count's.
_LAPSE_ADVERBS = frozenset({"longer"})
_NO = "no"
_THAN = "than"
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Adverbs that deny what they modify as "not" does, only less bluntly.
_DENYING_ADVERBS = frozenset({"hardly", "scarcely"})


def lapsed(tok) -> bool:
    """Does ``tok`` (a verb or a copula) carry "no longer", "hardly" or "scarcely" as an adverb of its own?"""
    for child in tok.children:
        if child.dep_ != "advmod":
            continue
        low = child.text.lower()
        if low in _DENYING_ADVERBS and not _inverted(tok, child):
            return True
        if low in _LAPSE_ADVERBS and _lapse(child):
            return True
    return False


def _inverted(verb, adverb) -> bool:
    """"Hardly had the truce begun when ...": the adverb before the subject opens an inversion that asserts."""
    return any(c.dep_ in _SUBJECT_DEPS and c.i > adverb.i for c in verb.children)


def _lapse(adverb) -> bool:
    """"no" right before ``adverb`` ("no longer"), and no "than" after it ("lasted no longer than a week")."""
    said = [g.text.lower() for g in adverb.children]
    return _NO in said and _THAN not in said and adverb.i > 0 and adverb.doc[adverb.i - 1].text.lower() == _NO


def denied(noun) -> bool:
    """Is the copula's noun ``noun`` denied by its determiner: "is no friend of X"?"""
    return any(c.dep_ == "det" and c.text.lower() == _NO for c in noun.children)
