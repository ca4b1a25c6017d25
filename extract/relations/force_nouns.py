"""An attack "from" an actor: the "from" phrase of a noun of force names who uses it.

"Missile attacks from Azerbaijan", "the attack from Hezbollah", "heavy fire
from the rebels": after a noun whose CAMEO event is an assault, a fight or
mass violence (roots 18-20), "from" an actor says who attacks, as "by"
does. A place says where the attack came from, not who made it ("rockets
from Gaza", "attacks from the north": no agent), so only a person, an
organisation, a people, a country by its own name or an actor noun is an
agent (``NounRoleRules.force_source``). Other nouns keep "from" as a
source or an origin ("withdrawal from Syria", "aid from the EU" are read
elsewhere or not at all). Asked by ``NounRoleRules.nominal_agents``.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["FORCE_ROOTS", "force_noun"]

#: CAMEO roots of the use of force: assault (18), fight (19), mass violence (20).
FORCE_ROOTS = frozenset({"18", "19", "20"})


def force_noun(noun, event_noun, lexicon: Lexicon) -> bool:
    """Is ``noun`` an event noun of the use of force ("attack", "strike", "shelling", "fire")?

    Parameters
    ----------
    noun : spacy.tokens.Token
        The noun.
    event_noun : callable
        The reader's word -> verb lemma of an event noun, or None.
    lexicon : Lexicon
        Gives the CAMEO map.

    Returns
    -------
    bool
        True when the noun's event is of :data:`FORCE_ROOTS`.
    """
    lemma = event_noun(noun.lower_)
    event = lexicon.cameo.event_of(lemma) if lemma is not None else None
    return event is not None and event.root in FORCE_ROOTS
