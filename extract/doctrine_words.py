"""Names of doctrines and aversions the tagger reads as actors (audit round w15).

A rule of :mod:`extract.name_debris`, keyed on a closed list of word endings (``data/doctrine_suffixes.txt``),
never on particular names: a one-word name ending in "-ism" or "-phobia" ("Islamophobia", "Collectivism",
"Marxism") names a doctrine, a movement of ideas or an aversion, which does nothing to anyone: no node (the
word stays a plain noun phrase). A religion ("Judaism", ``data/religions.txt``) stays the people's NORP, and
so does a name the country table, the knowledge base or the actor dictionaries know.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .name_bounds import is_known_name

__all__ = ["is_doctrine_word"]

#: Letters a word holds before its ending at least: "Prism" is no doctrine's name.
_MIN_STEM = 4


def is_doctrine_word(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is one capitalised word of letters ending in a doctrine's ending
    ("Islamophobia", "Collectivism"), no religion and no name a table knows."""
    if te - ts != 1:
        return False
    tok = doc[ts]
    if not tok.is_alpha or not tok.is_title:
        return False
    word = tok.lower_
    if not any(word.endswith(s) and len(word) - len(s) >= _MIN_STEM for s in lexicon.word_sets["doctrine_suffixes"]):
        return False
    return word not in lexicon.word_sets["religions"] and not is_known_name(tok.text, lexicon)
