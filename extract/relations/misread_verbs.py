"""A finite verb the parser read as a modifier of its own object noun.

"The British relinquished control of Hong Kong": the parser takes "The British" and "relinquished"
for modifiers of "control", which it makes the sentence's root. Read as an event noun with "British"
as its agent, the noun says the opposite of the sentence: (United Kingdom, control, Hong Kong). A
past-tense form (tag ``VBD``) is no adjective (a participle adjective is ``VBN``: "the planned
attack", "a failed coup"), so an event noun with such a modifier before it is the object of a verb
the parse lost; the noun's own reading is dropped (:func:`misread_verb`), as a missing edge costs
less than a wrong one.
"""

from __future__ import annotations

__all__ = ["misread_verb"]


def misread_verb(noun):
    """The past-tense verb the parser hung on ``noun`` as a modifier before it, or None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["The", "Dutch", "ceded", "control", "of", "Java"],
    ...           heads=[3, 3, 3, 3, 3, 4], deps=["det", "amod", "amod", "ROOT", "prep", "pobj"],
    ...           tags=["DT", "NNP", "VBD", "NN", "IN", "NNP"])
    >>> misread_verb(doc[3]).text
    'ceded'
    """
    return next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i < noun.i), None)
