""""The state", "the province": a country's first-level division named just before.

"The governor of Ohio, Mike DeWine, announced the state had extended its stay-at-home order": "the
state" is Ohio, and so is "its". A singular "the state" or "the province" (no modifier, no "of ...":
not "the state of emergency", "the Islamic State") refers to the one first-level division named in its
sentence or the one before, of a country whose divisions go by that word (``data/division_nouns.tsv``:
US states, Canadian provinces ...), when the gazetteer holds the name as such a division and not as a
country. Two such divisions named, or none, leave it unresolved: the class alone never picks a place.
"""

from __future__ import annotations

__all__ = ["division_description"]

# How many sentences back a division may be named: its own and the one before.
_WINDOW = 1


def _countries(noun: str, lexicon) -> frozenset[str]:
    """The countries (ISO alpha-2) whose first-level divisions go by ``noun``."""
    row = lexicon.tables["division_nouns"].get(noun)
    return frozenset(row[0].split()) if row else frozenset()


def _division(label: str, countries: frozenset[str], lexicon) -> bool:
    """Whether the gazetteer holds ``label`` as a first-level division of one of ``countries`` and not
    as a country ("Ohio", "Ontario"; not "Georgia", which is a country too)."""
    found = lexicon.gazetteer.candidates(label)
    return any(c.kind == "admin1" and c.country in countries for c in found) and not any(
        c.kind == "country" for c in found
    )


def division_description(res, tok):
    """The mention "the state" or "the province" (``tok``, its head noun) refers to, or None.

    Parameters
    ----------
    res : extract.coref._Antecedents
        The article's resolver.
    tok : spacy.tokens.Token
        A singular common noun with "the".

    Returns
    -------
    extract.entities.Mention or None
        The last mention of the one division named in ``tok``'s sentence (before it) or the one before.
    """
    if tok.tag_ != "NN" or not tok.is_lower or tok.dep_ in ("compound", "nmod"):
        return None  # "state media", "provincial state authorities": a modifier, no reference
    countries = _countries(tok.lower_, res.lexicon)
    if not countries:
        return None
    if any(c.dep_ != "det" for c in tok.lefts) or any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.rights):
        return None  # "the federal state", "the state of emergency", "the state where ...": another sense or said here
    here, entities = res.sent_of[tok.i], res.entities
    found = {}
    for root, mention in res.roots:
        if mention.token_end > tok.i:
            break
        if here - res.sent_of[root.i] > _WINDOW:
            continue
        entity = entities.get(mention.key)
        if entity is not None and entity.type == "GPE" and _division(entity.label, countries, res.lexicon):
            found[mention.key] = mention  # the last mention of each division
    return next(iter(found.values())) if len(found) == 1 else None
