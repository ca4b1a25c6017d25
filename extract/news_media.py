"""News media: is a name a news medium's ("ABC", "The Hindu", "The Jakarta Post")?

A news medium reporting is the article's source, not an event. A name is a
news medium's when any of these holds, none keyed on a particular name:

- it is a known news medium's name or alias (``data/known_organisations.tsv``,
  :func:`extract.quality.media_names`), with or without "the";
- it has the shape of a medium's name: two words or more, the last of them a
  press word of ``data/edge_doubts.tsv`` (``press_name``: "The X Times",
  "X Post", "X Herald", "X Gazette", "X Tribune", "X News");
- (for a proper name) an entry of the knowledge base under that name
  (:attr:`extract.lexicon.Lexicon.knowledge`: the shipped tables and the
  Wikidata entities of ``entities_fb15k.tsv``) has a description that says it is
  a newspaper, magazine, broadcaster, television network, news agency, news
  website or radio station: a phrase of ``data/medium_kinds.txt`` ("ABC":
  "first Australian public television network"), and no entry under it is
  anything else ("USA" is a country and a channel's alias).

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> medium_description("first Australian public television network", get_lexicon())
True
>>> medium_description("space-related agency of the United States government", get_lexicon())
False
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .quality import edge_words, media_names

__all__ = ["medium_description", "medium_name"]

_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = "the "
# "media: newspaper, Poland", "agency: news agency, China": the kind of the shipped tables' descriptions.
_KIND_PREFIX = re.compile(r"^[a-z]+:\s*")
# Where the head of a description ends: punctuation or a word that starts what follows it.
_HEAD_END = re.compile(r"[,;(]|\b(?:of|in|on|for|from|owned|operated|based in|who|which|that|with|by|spun)\s")


def medium_description(description: str, lexicon: Lexicon) -> bool:
    """Does a knowledge-base description say its entity is a news medium (``data/medium_kinds.txt``)?

    The kind must end the description's head, before its first comma, semicolon or word of
    ``_HEAD_ENDS`` ("first Australian public television network", "media: newspaper, Poland"):
    "magazine publisher" (a person) and "director of music for a radio station" are none.

    Parameters
    ----------
    description : str
        The entry's description ("media: newspaper, Poland").
    lexicon : Lexicon
        Gives the word list ``medium_kinds``.
    """
    head = _KIND_PREFIX.sub("", description.casefold().strip())
    head = _HEAD_END.split(head, maxsplit=1)[0]
    text = " " + " ".join(_WORD.findall(head))
    return any(text.endswith(f" {kind}") for kind in lexicon.word_sets["medium_kinds"])


def medium_name(name: str, lexicon: Lexicon, *, proper: bool = True) -> bool:
    """Is ``name`` a news medium's name (the module docstring)?

    Parameters
    ----------
    name : str
        The name as written ("The Hindu", "ABC", "Gazeta Prawna").
    lexicon : Lexicon
        Gives the knowledge base and the word lists.
    proper : bool, optional
        Whether the name is a proper name; only then do its shape and the
        knowledge base count (a common noun "the evening post" is none).

    Returns
    -------
    bool
        True for "ABC", "The Jakarta Post", "Reuters"; False for "NASA",
        "Apple" and for a name no table knows that has no press word.
    """
    folded = " ".join(name.casefold().split())
    bare = folded[len(_ARTICLE):] if folded.startswith(_ARTICLE) else folded
    names = media_names()
    if not bare or folded in names or bare in names:
        return bool(bare)
    if not proper:
        return False
    parts = bare.split()
    if len(parts) > 1 and parts[-1] in edge_words().press_names:
        return True  # "The Jakarta Post", "ABC News"
    entries = lexicon.knowledge.lookup(name)  # every entry of the name: "USA" is a country as well as a channel
    return bool(entries) and all(medium_description(entry.description, lexicon) for entry, _alias in entries)
