"""A common actor noun in the possessive as the agent of an event noun that names its patient.

"The junta's release of 200 prisoners", "the army's shelling of the town", "the police's
detention of the journalist": a possessive common noun that stands for an actor (an agent
noun of the dictionaries, "junta", "army", "police") is the noun's agent, as a named
possessor ("Russia's seizure of Crimea") is, when the noun names its patient in a phrase of
its own and has no "by" phrase. A possessive alone may be the patient ("the prisoners'
release", "the army's defeat by the rebels"), so nothing is read then. Asked by
:meth:`extract.relations.noun_roles.NounRoleRules.nominal_agents`.
"""

from __future__ import annotations

from ..syntax import prepositional_objects
from .pronoun_agents import PATIENT_PREPS

__all__ = ["actor_noun_agent"]


def actor_noun_agent(noun, possessor, is_actor) -> bool:
    """Is the possessive common noun ``possessor`` of event noun ``noun`` the noun's agent?

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun.
    possessor : spacy.tokens.Token
        A ``poss`` child of the noun that is no named mention.
    is_actor : callable
        The reader's token -> whether it stands for an actor.

    Returns
    -------
    bool
        True for "junta" of "the junta's release of 200 prisoners"; False for a pronoun, a
        noun naming no actor ("the film's release of"), or a noun with no patient phrase or
        with a "by" phrase.
    """
    if possessor.dep_ != "poss" or possessor.pos_ != "NOUN" or not is_actor(possessor):
        return False
    return bool(prepositional_objects(noun, PATIENT_PREPS)) and not prepositional_objects(noun, ("by",))
