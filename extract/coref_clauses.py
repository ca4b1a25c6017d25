"""Which clause a pronoun belongs to, and which nouns never refer back: two tests of grammar for "it" and "they".

- A relative pronoun as the subject stands for the noun its clause qualifies: "There were no Change UK
  candidates elected, which lost all 5 of its seats": the subject of "lost" is "candidates", a common noun,
  so "its" is what that phrase is about, never the last organisation named before it
  (:func:`relative_antecedent`).
- A news medium's name ends in a word that, written in lower case with "the", is the thing itself: "the
  news of her death" is no reference to Sky News, nor "the press" to the Associated Press
  (:func:`generic_medium_noun`, ``data/generic_medium_nouns.txt``).
"""

from __future__ import annotations

__all__ = ["generic_medium_noun", "relative_antecedent"]

# Tags of a relative pronoun ("which", "that", "who") as a clause's subject.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def relative_antecedent(subject):
    """The noun a relative pronoun that is a clause's subject stands for ("candidates, which lost its
    seats": "candidates"), or None when ``subject`` is no relative pronoun of a relative clause."""
    if subject.tag_ not in _RELATIVE_TAGS or subject.head.dep_ != "relcl":
        return None
    noun = subject.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def generic_medium_noun(noun, lexicon) -> bool:
    """Whether a lower-case noun is a word for news or the media in general ("the news", "the press"),
    which a medium's name ending in it ("Sky News", "Associated Press") does not make a reference to it."""
    return noun.is_lower and noun.lemma_.casefold() in lexicon.word_sets["generic_medium_nouns"]
