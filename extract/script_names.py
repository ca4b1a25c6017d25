"""Names written in another script than the article's: the English tagger's guesses in a quoted original.

Articles quote speakers in their own language after the English ("((ru)) Russian: Свою победу я дарю
маме", "((hi)) Hindi language: मेरा नाम अकरम है"). The English tagger reads such a line as runs of
unknown capitalised words and tags some of them: a Russian "Одной" ("with one") as an organisation,
"Скажем" ("let us say") as a person, a Hindi clause with an English word in it ("Union नहीं है") as an
organisation. A name so found is no node:

- **a name with a letter of a script without capitals** (Devanagari, Arabic, Hebrew, Han, Thai and the
  like): such a script has no capital letter to mark a name, so the tagger's span is a guess;
- **a name that mixes scripts** ("Family से होता", "OPD था"): no name is half English, half Hindi;
- **a name of one word in another cased script** ("Скажем", "Тюмень"): a capitalised word that opens a
  sentence or a quoted clause as often as it names something.

A name of two or more capitalised words all in one other cased script (Cyrillic, Greek, Armenian) is
kept: "Image: Дмитрий Кошелев" credits a photographer. Latin letters with accents ("Léger",
"Blériot", "Ağrı") are Latin. The script of a letter is read from its Unicode name, once per letter.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["is_foreign_script_name", "letter_script"]

#: Scripts whose letters have capitals: a name in one of them is marked as a name is in English.
_CASED_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "COPTIC", "GLAGOLITIC"})
#: Unicode name prefixes that are one script under several first words.
_SCRIPT_ALIASES = {"CJK": "HAN", "HIRAGANA": "KANA", "KATAKANA": "KANA", "HANGUL": "HANGUL"}


@functools.lru_cache(maxsize=4096)
def letter_script(char: str) -> str:
    """The script of one letter, by the first word of its Unicode name: "LATIN", "CYRILLIC", "DEVANAGARI".

    A character that is no letter (a digit, a mark, a sign) or a modifier letter (the okina of "Nukuʻalofa",
    "ʻ", used in Latin-written names) gives "" and counts for no script.

    Examples
    --------
    >>> letter_script("é"), letter_script("Ж"), letter_script("म"), letter_script("7")
    ('LATIN', 'CYRILLIC', 'DEVANAGARI', '')
    """
    if not char.isalpha() or unicodedata.category(char) == "Lm":
        return ""  # a modifier letter marks a sound in any script: the okina of "Nukuʻalofa"
    first = unicodedata.name(char, "").split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first)


def is_foreign_script_name(text: str) -> bool:
    """Whether a name found by the English tagger is written (in part) in another script and is no name.

    Parameters
    ----------
    text : str
        The name as written.

    Returns
    -------
    bool
        True for a name with a letter of a script without capitals, a name that mixes scripts, and a
        one-word name in another cased script; False for a Latin name and for two or more capitalised
        words in one other cased script.

    Examples
    --------
    >>> is_foreign_script_name("Скажем"), is_foreign_script_name("Union नहीं है")
    (True, True)
    >>> is_foreign_script_name("Дмитрий Кошелев"), is_foreign_script_name("Léger")
    (False, False)
    """
    if text.isascii():
        return False
    scripts = {letter_script(c) for c in text} - {""}
    others = scripts - {"LATIN"}
    if not others:
        return False
    if len(scripts) > 1 or not others <= _CASED_SCRIPTS:
        return True
    words = text.split()
    return len(words) < 2 or not all(w[:1].isupper() for w in words)
