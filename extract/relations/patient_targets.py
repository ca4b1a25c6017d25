"""The "of" phrase of a light verb's conflict noun as its target: "Russia launched an invasion of Ukraine".

A light verb read for its noun's event and relation (``data/light_verbs.tsv``, ``reads`` both: launch,
carry out, conduct, stage, mount, wage) names its target after "on", "against" or "into" on the noun
(:meth:`extract.relations.noun_roles.NounRoleRules.light_targets`). The "of" phrase of a noun of
coercion or violence (CAMEO roots 17-20: invasion, bombardment, killing, arrest, siege, occupation) is
what the act is done to as well, and with the light verb's subject named it is that subject's act:
"launched an invasion of Ukraine" -> (Russia, invade, Ukraine), not an invasion with no doer. Only an
actor or a place that names one counts ("carried out an attack of unprecedented scale" names none);
a deployment or a withdrawal "of troops" (roots 15, 08) moves its "of" phrase, it does not act on it,
and a verbal noun's "of" phrase is its topic ("issued a condemnation of the strikes").
"""

from __future__ import annotations

from ..syntax import prepositional_objects

__all__ = ["PATIENT_ROOTS", "light_patient_noun", "patient_targets"]

# CAMEO roots whose event noun takes its patient in "of": coerce, assault, fight, mass violence.
PATIENT_ROOTS = frozenset({"17", "18", "19", "20"})


def patient_targets(noun, event_verb: str, is_actor, lexicon) -> list:
    """The actors in the "of" phrase of a conflict noun ``noun`` standing for ``event_verb``, or [].

    Parameters
    ----------
    noun : spacy.tokens.Token
        The light verb's event noun.
    event_verb : str
        The verb lemma the noun stands for (``data/nominalisations.tsv``).
    is_actor : callable
        The reader's test for an actor token.
    lexicon : Lexicon
        Gives the CAMEO event of ``event_verb``.
    """
    coded = lexicon.cameo.event_of(event_verb)
    if coded is None or coded.root not in PATIENT_ROOTS:
        return []
    return [p for p in prepositional_objects(noun, ("of",)) if is_actor(p)]


def light_patient_noun(noun, event_verb: str, is_actor, lexicon) -> bool:
    """Is ``noun`` a conflict noun whose "of" phrase :func:`patient_targets` gives to the subject of the
    light verb it is the direct object of ("Russia launched an invasion of Ukraine")? Then the noun's
    own reading with no doer ("the invasion of Ukraine", unspecified) says less and is left out."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()
    return (phrase in lexicon.keys_where("light_verbs", "reads", "both")
            and bool(patient_targets(noun, event_verb, is_actor, lexicon)))
