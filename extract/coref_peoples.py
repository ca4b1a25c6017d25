"""A people named by its plural demonym as the subject of a "they"'s clause.

"The Armenians claim they were retaliating", "The Ukrainians said their forces had repelled an attack":
the entities fold a nationality to its country, a place no "they" agrees with, so the subject of the
pronoun's own clause said nothing and the pronoun went to the last pair of countries named ("Russia and
Ukraine"), or nowhere. A subject that is a demonym in the plural ("Ukrainians", "the Syrians") or a
collective demonym after "the" ("the British", "the Chinese") names the people, which "they" and "their"
stand for as surely as for a named group (:mod:`extract.coref_subjects` binds them to it).
"""

from __future__ import annotations

from .coref_common import _PLURAL_TAGS
from .lexicon.countries import fold_key

__all__ = ["people_subject"]


def people_subject(res, subject) -> bool:
    """Whether the named subject token ``subject`` names a people by its demonym ("the Ukrainians").

    Parameters
    ----------
    res : the resolver of :mod:`extract.coref`
        Its ``doc``, ``mentions``, ``token_mention``, ``entities`` and ``lexicon`` are read.
    subject : spacy.tokens.Token
        The subject of the pronoun's clause, a token of a mention.

    Returns
    -------
    bool
        True when the mention is a country's entity named by one word that is a demonym of that country
        and no name of it, in the plural or after "the".
    """
    mention = res.mentions[res.token_mention[subject.i]]
    entity = res.entities.get(mention.key)
    if entity is None or entity.type != "GPE":
        return False
    words = [t for t in res.doc[mention.token_start : mention.token_end] if t.lower_ != "the"]
    if len(words) != 1 or words[0].i != subject.i:
        return False
    countries = res.lexicon.countries
    folded = fold_key(subject.text)
    people = countries.demonyms.get(folded)
    if people is None or countries.names.get(folded) or people != countries.country_of(entity.label):
        return False  # "the Hamptons", "the Philippines": a place's own name
    before = res.doc[subject.i - 1] if subject.i > 0 else None
    return subject.tag_ in _PLURAL_TAGS or (before is not None and before.lower_ == "the")


def reporting_people(res, tok):
    """The key of the people that reports the clause whose subject a "their" modifies ("The Ukrainians
    said their forces had repelled an attack"), or None: the clause's own subject holds the pronoun, so
    the subject that speaks is the reporting verb's.

    Parameters
    ----------
    res : the resolver of :mod:`extract.coref`
    tok : spacy.tokens.Token
        A possessive pronoun.
    """
    owned = tok.head
    if tok.dep_ != "poss" or owned.dep_ not in ("nsubj", "nsubjpass") or owned.head.dep_ != "ccomp":
        return None
    reporting = owned.head.head
    subject = next((c for c in reporting.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or res.token_mention[subject.i] < 0 or not people_subject(res, subject):
        return None
    return res.mentions[res.token_mention[subject.i]].key
