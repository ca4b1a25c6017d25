"""Known second names of one referent: one canonical name for "Kiev" and "Kyiv", "Bombay" and "Mumbai".

A place often has two names in the news, an old and a new spelling or an
exonym and an endonym. The knowledge base (:mod:`extract.lexicon.knowledge`,
from Wikidata) lists them as aliases of one entry; a name that is such an
alias, and nothing else, is the entry's label, so every article's mention
of the place gets one key.

The rule is strict, for precision:

- only places (entries typed GPE or LOC), and only where the article's name
  is not typed PERSON ("Jordan said" may be a person);
- the name is an unbounded alias of exactly one entry, and the label of
  none ("Georgia" the state and the country stay apart), and no acronym;
- the entry's label names that entry only;
- an alias that only begins the label or ends it ("New York" for "New York
  City", "Washington" for "Washington, D.C.") names something broader or
  narrower, not a second name;
- a name of several words shares a word with the label, so nicknames
  ("River City") stay apart;
- the gazetteer knows no other place of that name ("Elizabethtown" is a
  town of its own, not another name of Hagerstown);
- a government is not its place: a name with an institution's word
  ("Senate of Venice") is never a second name of a place;
- countries are left to the country table (:mod:`extract.lexicon.countries`),
  which maps "Burma" to Myanmar already.

A group's plural and its adjective ("Kurds", "Kurdish", "Kurd") share a
stem (:func:`group_stem`), so one article's forms make one entity.

A full name's surname forms (:func:`surname_forms`) serve the lone-surname
rule within an article (:mod:`extract.entities`).

Nothing here imports spaCy.
"""

from __future__ import annotations

import functools
import re

from .lexicon import Lexicon
from .lexicon.knowledge import is_acronym
from .lexicon.normalise import fold_key

__all__ = ["GENERATIONS", "second_name_of", "group_stem", "surname_forms"]

_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _part_of(short: str, long: str) -> bool:
    """Whether ``short`` begins or ends ``long`` at a word boundary."""
    if len(short) >= len(long):
        return False
    return (long.startswith(short) and not long[len(short)].isalnum()) or (
        long.endswith(short) and not long[-len(short) - 1].isalnum())


def second_name_of(name: str, *, lexicon: Lexicon) -> str | None:
    """The label of the one place ``name`` is a known second name of, or None.

    Parameters
    ----------
    name : str
        A name as the article writes it (a canonical label, titles stripped).
    lexicon : Lexicon
        Its ``knowledge`` base and ``countries`` table are read.

    Returns
    -------
    str or None
        The entry's label ("Mumbai" for "Bombay"); None where the name is no
        second name, is ambiguous, or is the label itself.
    """
    return _second_name(fold_key(name), name, lexicon)


@functools.lru_cache(maxsize=4096)
def _second_name(folded: str, name: str, lexicon: Lexicon) -> str | None:
    if " " not in name and (is_acronym(name) or not name[:1].isupper()):
        return None
    if lexicon.countries.country_of(name):
        return None
    hits = lexicon.knowledge.lookup(name)
    if not hits or any(alias is None for _entry, alias in hits):
        return None  # unknown, or some entry's own label
    if any(alias.start is not None or alias.end is not None for _entry, alias in hits):
        return None  # a time-bound alias is no second name
    qids = {entry.qid for entry, _alias in hits}
    if len(qids) != 1:
        return None
    entry = hits[0][0]
    label = entry.label
    if entry.type not in _PLACE_TYPES or is_acronym(label) or lexicon.countries.country_of(label):
        return None
    if _part_of(folded, fold_key(label)) or _part_of(fold_key(label), folded):
        return None
    if {e.qid for e, _alias in lexicon.knowledge.lookup(label)} != qids:
        return None  # the label names another entry too
    if set(folded.split()) & _institutions(lexicon):
        return None  # "Senate of Venice": a government is not its place
    if " " in folded and not _shares_word(folded, fold_key(label), lexicon):
        return None  # a nickname ("River City") or a description, not a spelling
    for place in lexicon.gazetteer.candidates(name):
        known = lexicon.knowledge.place(place.geonames_id)
        if known is None or known[0] != entry.qid:
            return None  # the gazetteer knows another place of that name ("Elizabethtown")
    return label


@functools.lru_cache(maxsize=8)
def _institutions(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w for line in lexicon.words["institutions"] for w in fold_key(line).split() if len(w) > 3)


def _words(folded: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", folded) if len(w) >= 4}


def _shares_word(alias: str, label: str, lexicon: Lexicon) -> bool:
    """Whether a name of several words shares a word with the label, place nouns aside
    ("Ciudad de Guatemala" and "Guatemala City"; not "River City" and "San Antonio")."""
    generic = lexicon.word_sets["place_nouns"]
    return bool((_words(alias) & _words(label)) - generic)


def group_stem(name: str) -> str:
    """The stem a group's plural, singular and adjective share: "kurd" for "Kurds", "Kurdish" and "Kurd".

    Only a plural "s" and an adjective's "ish" come off, and a stem keeps three letters at least
    ("Amish" stays "amish").

    Examples
    --------
    >>> group_stem("Kurds"), group_stem("Kurdish"), group_stem("American Samoans"), group_stem("Amish")
    ('kurd', 'kurd', 'american samoan', 'amish')
    """
    folded = fold_key(name)
    if folded.endswith("s") and not folded.endswith("ss") and len(folded) >= 4:
        folded = folded[:-1]
    if folded.endswith("ish") and len(folded.rsplit(" ", 1)[-1]) >= 6:
        folded = folded[:-3]
    return folded


#: Generation marks after a surname ("Edward J. DeBartolo Jr.").
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-")


def surname_forms(full_name: str) -> list[str]:
    """The folded forms a full name's surname takes alone, used in an article and across articles.

    Examples
    --------
    >>> surname_forms("Bashar al-Assad"), surname_forms("Edward J. DeBartolo Jr.")
    (['al-assad', 'assad'], ['debartolo'])
    """
    words = full_name.split(" ")
    while len(words) > 2 and fold_key(words[-1]).rstrip(",") in GENERATIONS:
        words.pop()  # "Edward J. DeBartolo Jr." is Mr DeBartolo
    last = fold_key(words[-1])
    forms = [last]
    for particle in _NAME_PARTICLES:
        if last.startswith(particle) and len(last) > len(particle) + 1:
            forms.append(last[len(particle):])
    return forms
