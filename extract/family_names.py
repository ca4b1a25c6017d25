"""A family named by its surname in the plural: "the Turpins" after "David Turpin" and "Louise Turpin".

The tagger reads an unseen plural surname as a people or a body ("the Turpins" NORP, "the Kardashians"
ORG). A one-word name that is the plural of the surname of a person the article names in full, with "the"
before it, names those people: PERSON (:func:`map_family_plurals`). The name is:

- one capitalised word ending in "s" (or "es"), written after "the" ("the Turpins had kept their
  children indoors", "the Obamas"), whose stem is the last word of a full name of two words or more the
  article types a person;
- no country, people or place the tables know ("the Philippines", "the Maldives"), and no entry of the
  knowledge base or the actor dictionaries ("the Beatles", "the Mavericks").

The family stays a node of its own: it names several people, none of them alone.
"""

from __future__ import annotations

from .common_capitals import is_table_name
from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["map_family_plurals"]

#: Tagger labels a family's plural name gets.
_GROUP_LABELS = frozenset({"NORP", "ORG", "GPE", "LOC"})


def _stems(name: str) -> tuple[str, ...]:
    """The surnames a plural may be of: "Turpins" -> turpin; "Joneses" -> jones, jone."""
    folded = fold_key(name)
    if folded.endswith("es"):
        return folded[:-1], folded[:-2]
    return (folded[:-1],)


def map_family_plurals(doc, drafts, *, lexicon: Lexicon) -> None:
    """Type PERSON (in place) each draft that names a family by its plural surname.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed Doc the drafts are of.
    drafts : list
        The drafts of :mod:`extract.entities` (``ts``, ``te``, ``label``, ``canonical``, ``hint``,
        ``country``).
    lexicon : Lexicon
        The country, knowledge, gazetteer and dictionary tables.
    """
    surnames = {fold_key(d.canonical.rsplit(" ", 1)[1]) for d in drafts
                if d.label == "PERSON" and not d.country and " " in d.canonical}
    if not surnames:
        return
    for d in drafts:
        name = d.canonical
        if d.country or d.hint or d.label not in _GROUP_LABELS or d.te - d.ts != 1 or " " in name:
            continue
        if not (name.endswith("s") and name[:1].isupper() and d.ts and doc[d.ts - 1].lower_ == "the"):
            continue
        if any(stem in surnames for stem in _stems(name)) and not is_table_name(name, lexicon=lexicon):
            d.hint = d.label = "PERSON"  # "the Turpins": the couple David and Louise Turpin
