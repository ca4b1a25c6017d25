"""A party named by a plural noun is an organisation, not a group of people: "the Social Democrats", "the Greens".

Rule of :mod:`extract.name_debris`, on closed word lists (``data/party_plurals.tsv``,
``data/party_modifiers.txt``), never on particular names. The tagger reads "Democrats", "Greens",
"Socialists" as a group (NORP), and, where it leaves the word before untagged ("the Social [Democrats]",
"the Free [Democrats]"), the lone party word would name another country's party ("Democrats" is the
United States' Democratic Party):

- a plural of ``party_plurals.tsv`` right after a capitalised modifier of ``party_modifiers.txt`` that no
  other name holds is one name with it ("Social Democrats", "Free Democrats"), an organisation;
- a name of that shape the tagger tagged whole ("Christian Democrats" NORP) is an organisation too;
- a capitalised plural of the kind "lone" ("the Greens", "the Socialists") is an organisation alone.

Not a state's, a country's or a chamber's name before the plural ("Iowa Democrats", "Senate Democrats":
the party's members, which the lone party word already names), nor a word in lower case ("greens" on a
plate, "socialists" as people of a view).

Examples
--------
>>> party_shape(["Social", "Democrats"], {"democrats": ("joined",)}, frozenset({"social"}))
True
>>> party_shape(["Iowa", "Democrats"], {"democrats": ("joined",)}, frozenset({"social"}))
False
>>> party_shape(["Greens"], {"greens": ("lone",)}, frozenset())
True
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["party_name_bounds", "party_shape"]

#: The tagger's labels of a party's plural: a group, or an organisation already.
_PARTY_LABELS = frozenset({"NORP", "ORG"})


def party_shape(words: list[str], plurals, modifiers: frozenset[str]) -> bool:
    """Whether capitalised ``words`` name a party by a plural: modifiers and a plural, or a lone plural of the
    kind "lone" (``plurals``: the rows of ``data/party_plurals.tsv`` by word)."""
    if not words or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    row = plurals.get(words[-1].casefold())  # the table's row: (kind,)
    if row is None:
        return False
    if len(words) == 1:
        return row[0] == "lone"
    return all(w.casefold() in modifiers for w in words[:-1])


def party_name_bounds(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> tuple[int, bool]:
    """The start and label of the name ``doc[ts:te]`` read as a party's: the start moves back over one
    untagged capitalised modifier before a party plural ("the Social [Democrats]"), and the flag says whether
    the name (so widened) is a party's, an organisation whatever its words say ("Christian" is a given name);
    else ``(ts, False)``."""
    if label not in _PARTY_LABELS:
        return ts, False
    plurals = lexicon.tables["party_plurals"]
    modifiers = lexicon.word_sets["party_modifiers"]
    start = ts
    if te - ts == 1 and ts > 0 and not doc[ts - 1].ent_type_ and doc[ts - 1].text.casefold() in modifiers \
            and doc[ts - 1].is_title and doc[ts].text.casefold() in plurals:
        start = ts - 1  # "the Social Democrats": "Social" left untagged
    words = [t.text for t in doc[start:te]]
    if party_shape(words, plurals, modifiers):
        return start, True
    return ts, False
