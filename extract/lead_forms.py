"""One node for a name and its leading words: "Scripps" after "Scripps National Spelling Bee" (issue 12).

An article introduces a body, an event or a place by its full name and goes on with its first words: "the
Scripps National Spelling Bee ... Scripps said", "Rocky Linux ... Rocky is compatible", "the Mediterranean
Sea ... crossed the Mediterranean", or without the year an event's name opens with ("the 2020 Democratic
National Convention ... at the Democratic National Convention"). Rule of :mod:`extract.entities`, on the
article's own names (no spaCy import):

- a mention whose words are the first words of exactly one longer name of the article (a person's included,
  so "Caos" beside "Caos Linux" and "Caos Smith" stays apart), or that name without its leading year or
  ordinal, is that name, when the longer name is no person's at any mention and no country's, and is
  written first;
- the word after the leading words is capitalised or a number ("Bank" is no short form of "Bank of
  America");
- never a place's mention for a name that is no place's ("Abaco" is not "Abaco Airport"), nor a mention that
  modifies a common noun ("Solar masses" beside "Solar System"), unless that noun is the longer name's next
  word in lower case ("Leulumoega District hospital" is the hospital); never a person's or a
  people's mention, a country or a place of the gazetteer ("Melbourne" is no short form
  of "Melbourne City Council", "New York" none of "New York Times"), a surname of a person of the article, a
  party's word ("Labor" of "Labor State Government"), a given name ("Morgan" of "Morgan Stanley"), a head word of ``data/name_heads.tsv`` alone
  ("Council"), nor a name the knowledge base or the actor dictionaries know on their own ("Red Hat" of "Red
  Hat Enterprise Linux", "Amazon" of "Amazon Prime": a maker is not its product).

Examples
--------
>>> lead_forms("Scripps National Spelling Bee")
['scripps', 'scripps national', 'scripps national spelling']
>>> lead_forms("2020 Democratic National Convention")[-1]
'democratic national convention'
>>> lead_forms("Bank of America")
['bank of']
"""

from __future__ import annotations

import re

from .entity_context import dictionary_type, is_given_name
from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["lead_forms", "map_lead_forms"]

#: A leading year or ordinal an event's or a body's name may drop: "2020", "53rd".
_LEADING_NUMBER = re.compile(r"(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th)", re.IGNORECASE)

#: The tagger's labels of a mention that is never a short form: a person's or a people's name.
_NO_SHORT_LABELS = frozenset({"PERSON", "NORP"})
#: A place's labels: a place's short form names a place only ("Leulumoega District" is not its hospital).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Dependencies of a word that modifies a noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def lead_forms(name: str) -> list[str]:
    """The folded leading word runs of a name whose next word is capitalised or a number, and the name
    without a leading year or ordinal."""
    words = name.split()
    forms = [fold_key(" ".join(words[:k])) for k in range(1, len(words))
             if words[k][:1].isupper() or words[k][:1].isdigit()]
    if len(words) > 1 and _LEADING_NUMBER.fullmatch(words[0]):
        forms.append(fold_key(" ".join(words[1:])))
    return forms


def _long_names(drafts) -> dict[str, object]:
    """Folded lead form -> the one draft of a longer name it opens (None where two names share it)."""
    longs: dict[str, object] = {}
    for d in drafts:
        if " " not in d.canonical:
            continue
        for form in lead_forms(d.canonical):
            known = longs.get(form, d)
            same = known is not None and fold_key(known.canonical) == fold_key(d.canonical)
            longs[form] = d if same else None
    return longs


def _own_name(d, lexicon: Lexicon, surnames: set[str], heads: frozenset[str], parties: frozenset[str]) -> bool:
    """Whether a short mention names something of its own, whatever longer name it opens."""
    name, folded = d.canonical, fold_key(d.canonical)
    if d.country or d.label in _NO_SHORT_LABELS or folded in surnames or folded in heads or folded in parties:
        return True
    if lexicon.countries.country_of(name) or lexicon.gazetteer.candidates(name):
        return True
    if is_given_name(name.split()[0], lexicon=lexicon):
        return True
    return bool(lexicon.knowledge.lookup(name) or dictionary_type(name, lexicon=lexicon))


def _modifies_other_noun(doc, d) -> bool:
    """Whether the mention modifies a lower-case noun right after it: "[Solar] masses" beside "Solar System"
    is an adjective, no short form."""
    if doc is None or d.te >= len(doc):
        return False
    root = doc[d.te - 1]
    return root.dep_ in _MODIFIER_DEPS and root.head.i >= d.te and doc[d.te].is_lower and doc[d.te].pos_ == "NOUN"


def _head_in_lower_case(doc, d, long) -> bool:
    """Whether the mention is the longer name written with its next word in lower case: "Leulumoega District
    hospital" beside "Leulumoega District Hospital"."""
    if doc is None or d.te >= len(doc):
        return False
    written, words = doc[d.ts:d.te].text, long.canonical.split()
    size = len(written.split())
    return len(words) > size and fold_key(" ".join(words[:size])) == fold_key(written) and doc[d.te].is_lower and (
        doc[d.te].lower_ == words[size].casefold())


def map_lead_forms(drafts, *, lexicon: Lexicon, doc=None) -> None:
    """Name each mention made of a longer name's leading words with that name (in place); ``doc`` (the parsed
    article) lets a mention that modifies a common noun stay."""
    longs = {form: d for form, d in _long_names(drafts).items() if d is not None}
    if not longs:
        return
    first: dict[str, int] = {}
    for d in drafts:
        key = fold_key(d.canonical)
        first[key] = min(first.get(key, d.ts), d.ts)
    surnames = {fold_key(" ".join(d.canonical.split()[k:])) for d in drafts if d.label == "PERSON"
                for k in range(1, len(d.canonical.split()))}
    heads = frozenset(w for w, c in lexicon.tables["name_heads"].items() if c[1] != "first")
    parties = frozenset(lexicon.tables["party_words"])
    persons = {fold_key(d.canonical) for d in drafts if d.label == "PERSON"}
    places = {fold_key(d.canonical) for d in drafts if d.label in _PLACE_LABELS or d.hint in _PLACE_LABELS}
    for d in drafts:
        long = longs.get(fold_key(d.canonical))
        if long is None or long.country or fold_key(long.canonical) in persons:
            continue
        if first[fold_key(long.canonical)] > first[fold_key(d.canonical)]:
            continue
        if not _head_in_lower_case(doc, d, long):
            if fold_key(d.canonical) in places and long.label not in _PLACE_LABELS:
                continue  # a place is never its hospital, airport or council
            if _modifies_other_noun(doc, d):
                continue
        if _own_name(d, lexicon, surnames, heads, parties):
            continue
        d.canonical, d.label, d.hint = long.canonical, long.label, long.hint
