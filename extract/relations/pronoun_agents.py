"""A possessive pronoun as the agent of an event noun that names its patient ("its capture of the town").

"Russia's seizure of Crimea" names its agent by a name; "its capture of the town", "his violent
treatment of opponents", "their criticism of the ruling" name it by a pronoun coreference resolved
to one actor. Only when the noun names its patient in a phrase of its own: a possessive alone
may be the patient ("its capture by the rebels", "his release"). Coreference often takes the
subject for a possessive that is another's ("took a shot at Trump for his attacks on X",
"represented Stormy Daniels in her lawsuit"), so a pronoun with another entity it could stand for
between it and the last mention of its antecedent in the sentence acts for no one. Asked by
:meth:`extract.relations.noun_roles.NounRoleRules.nominal_agents`.
"""

from __future__ import annotations

from ..syntax import prepositional_objects
from .possessors import THIRD_PERSON_POSSESSIVES

__all__ = ["PATIENT_PREPS", "RIVAL_TYPES", "pronoun_agent"]

# The prepositions that name an event noun's patient; "by" names its agent instead.
PATIENT_PREPS = ("of", "on", "against", "into", "with", "to", "upon", "targeting", "between")
# The entity types that act: names, and actor nouns coded as actors ("the Kenyan army").
_ACTING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "ACTOR"})
# The entity types each pronoun may stand for: another of them between pronoun and antecedent competes
# (a person the tagger calls an organisation too: "a shot at Trump for his attacks").
RIVAL_TYPES = {"his": frozenset({"PERSON", "ORG"}), "her": frozenset({"PERSON", "ORG"}),
                "its": frozenset({"ORG", "GPE", "NORP", "ACTOR"}), "their": _ACTING_TYPES}


def pronoun_agent(noun, pronoun, index) -> bool:
    """Is possessive pronoun ``pronoun`` of event noun ``noun`` the noun's agent?

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun.
    pronoun : spacy.tokens.Token
        A ``poss`` child of the noun.
    index : EntityIndex
        The document's entities and references.

    Returns
    -------
    bool
        True for "his", "her", "its" or "their" resolved to one acting entity, when the noun has a
        patient phrase and no "by" phrase.
    """
    if pronoun.dep_ != "poss" or pronoun.lower_ not in THIRD_PERSON_POSSESSIVES:
        return False
    ref = index.reference_at(pronoun.i)
    if ref is None or len(ref.keys) != 1 or ref.keys[0] not in index:
        return False
    if index[ref.keys[0]].type not in _ACTING_TYPES:
        return False
    if not prepositional_objects(noun, PATIENT_PREPS) or prepositional_objects(noun, ("by",)):
        return False
    return not _rival_between(pronoun, ref.keys[0], index)


def _rival_between(pronoun, key: str, index) -> bool:
    """Is there, before ``pronoun`` in its sentence and after the last mention of ``key``, another
    entity of a type the pronoun may stand for ("Obama took a shot at Trump for his attacks")?"""
    rivals = RIVAL_TYPES[pronoun.lower_]
    for tok in reversed(pronoun.doc[pronoun.sent.start: pronoun.i]):
        mention, ref = index.mention_at(tok.i), index.reference_at(tok.i)
        keys = (mention.key,) if mention is not None else ref.keys if ref is not None else ()
        if key in keys:
            return False
        if any(k in index and index[k].type in rivals for k in keys):
            return True
    return False
