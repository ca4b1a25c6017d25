"""The named normalisers: how the lexicon and the rules compare words.

Each function says what it folds. They differ on purpose (an entity key
keeps accents, a place name drops them), so each keeps its own name rather
than one function with flags. No spaCy here: the graph imports this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold_case", "fold_key", "fold_place", "fold_mention", "fold_actor", "strip_article"]

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
_ARTICLES = ("the ", "a ", "an ")


def fold_case(text: str) -> str:
    """Casefold and collapse whitespace: how the graph compares names.

    Examples
    --------
    >>> fold_case("  Donald   TRUMP ")
    'donald trump'
    """
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """The key form of a name: curly quotes straightened, whitespace collapsed, casefolded.

    Accents stay: ``"Élysée"`` and ``"Elysee"`` are different keys.

    Examples
    --------
    >>> fold_key("Trump\u2019s  Tower ")
    "trump's tower"
    """
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip().casefold()


@functools.lru_cache(maxsize=65536)
def fold_place(text: str) -> str:
    """Casefolded, accent-free, whitespace-collapsed form of a place name.

    Examples
    --------
    >>> fold_place("  Khān   Shaykhūn ")
    'khan shaykhun'
    >>> fold_place("Ma\u2018arrat al-Nu\u2019man")
    "ma'arrat al-nu'man"
    >>> fold_place("Bogotá")
    'bogota'
    """
    if text.isascii():
        return " ".join(text.replace("`", "'").casefold().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("`", "'").replace("\u02bf", "'")
    return " ".join(text.casefold().split())


def strip_article(folded: str) -> str:
    """Drop one leading "the " from a folded phrase.

    Examples
    --------
    >>> strip_article("the kremlin"), strip_article("theatre")
    ('kremlin', 'theatre')
    """
    return folded[4:] if folded.startswith("the ") else folded


@functools.lru_cache(maxsize=65536)
def fold_mention(text: str) -> str:
    """A mention as written, for matching against entity names: casefolded,
    whitespace collapsed, one leading article and a possessive ending dropped.

    Accents and double quotes stay.

    Examples
    --------
    >>> fold_mention("the  Syrian army\u2019s")
    'syrian army'
    >>> fold_mention("An Aleppo hospital")
    'aleppo hospital'
    """
    text = " ".join(text.replace("\u2019", "'").split()).casefold()
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text[:-2] if text.endswith("'s") else text


def fold_actor(text: str) -> str:
    """A phrase as the actor coder looks it up: :func:`fold_place`, then a
    leading "the" (with its spaces) and a final possessive "'s" dropped.

    Examples
    --------
    >>> fold_actor("the Kremlin\u2019s")
    'kremlin'
    >>> fold_actor("The  Élysée")
    'elysee'
    """
    norm = fold_place(text).replace("\u2019", "'")
    bare = re.sub(r"^the\s+", "", norm)
    return re.sub(r"'s$", "", bare)
