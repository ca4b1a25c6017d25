"""Material events in the dictionary coder's fallback: force, coercion, aid and release between state actors.

:mod:`.fallback` codes the CAMEO verbs the relation reader left without a
relation. A material event (cooperation 06-08, conflict 15-20; protest, 14, is
read as verbal conflict here, see :func:`extract.lexicon.cameo_verbs._quad`) it keeps only
as a dictionary coder keeps one, when the sentence itself says who did what
to whom:

- both sides are state or armed actors: the source's code is a country alone,
  an international body (``IGO``, ``IMG``) or holds a state or armed role
  (``GOV``, ``MIL``, ``COP``, ``JUD``, ``LEG``, ``SPY``, ``DIP``, ``REB``,
  ``INS``, ``UAF``, ``PKO``); the target's too, or any code with a country
  ("Sudanese journalists"); neither is plain people (``PPL``, ``CVL``):
  "Zimbabwean farmers fled to Zambia" is no state act;
- a pattern of the verb's own fits its frame and gives the event's root: the
  verb's default alone is not enough ("moved", "returned" and "beat" have
  material defaults or senses that a news sentence seldom means); a pattern of
  prepositions alone backs it only for a verb whose default has that root and
  which is not ambiguous ("ARREST * IN [173]"), never "FLEE * TO [080]" ("fled
  to London": flee has no default);
- the target is the verb's direct object or passive subject, or the object of
  a preposition that the fitted pattern needs ("EXTRADITE * &SUSPECT TO +");
  a place after "in", "to", "near" and the like is where the act happened, not
  whom it was done to ("troops returned to their barracks");
- the target is not a thing the fitted pattern names: "SEND * MILITARY TO +"
  reads "sent troops to the border", and the troops it sends are no target;
- the verb is asserted and not negated, and no infinitive, bare base form or
  simple present (:func:`.fallback.coder_candidates` and its ``_kept`` see to
  these for every event).

:func:`material_faults` names every condition a relation fails, so audits
can count what each condition admits.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo_verbs import _PREPOSITIONS, _quad
from ..types import Relation
from .coding import frame_words

__all__ = ["MATERIAL_CONDITIONS", "is_material", "material_faults", "material_refusal", "pattern_recipient"]

#: The conditions in the order :func:`material_refusal` tests them.
MATERIAL_CONDITIONS = ("source code", "target code", "no fitted pattern", "locative target", "pattern's theme")

_MATERIAL_QUADS = frozenset({1, 3})
_ARMED_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "DIP", "REB", "INS", "UAF", "PKO"})
_PLAIN_ROLES = frozenset({"PPL", "CVL"})
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_BODY_PREFIXES = ("IGO", "IMG")
#: Prepositions of place, direction and time: their object is where or when, not whom, unless a fitted
#: pattern of the verb needs the preposition.
_LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "to", "into", "from", "across", "through", "inside", "outside", "toward", "towards",
    "around", "within", "on", "onto", "over", "along", "off", "via", "throughout", "beyond", "behind",
    "between", "among", "under", "above", "past", "out", "for", "after", "before", "during", "by",
})


def is_material(code: str) -> bool:
    """Is a CAMEO code a material event (quad classes of cooperation 06-08 and conflict 15-20)?

    Examples
    --------
    >>> is_material("194"), is_material("0841"), is_material("112")
    (True, True, False)
    """
    return _quad(code) in _MATERIAL_QUADS


def _triples(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _state_source(code: str | None, lexicon: Lexicon) -> bool:
    """Is the code a state or armed actor's: a country alone, a body, or a state or armed role?"""
    if not code or _PLAIN_ROLES & set(_triples(code)):
        return False
    if code.startswith(_BODY_PREFIXES) or _ARMED_ROLES & set(_triples(code)):
        return True
    return len(code) == 3 and lexicon.countries.by_alpha3.get(code) is not None


def _state_target(code: str | None, lexicon: Lexicon) -> bool:
    """Is the code a state or armed actor's, or any with a country ("SDNMED", "SYRREF")?"""
    if _state_source(code, lexicon):
        return True
    return (bool(code) and not _PLAIN_ROLES & set(_triples(code))
            and lexicon.countries.by_alpha3.get(code[:3]) is not None)


def _content(alternatives: tuple[str, ...]) -> bool:
    """Is a pattern word a content word: not only prepositions or forms of "be" ("FLEE * TO" says no more
    than "fled to" does)?"""
    return any(a not in _PREPOSITIONS and a not in _BE_FORMS for a in alternatives)


def _names(alternatives: tuple[str, ...], token) -> bool:
    """Does a pattern word name the token ("MILITARY" the troops of "sent troops to the border")? A word
    ending in "_" is a stem."""
    forms = (token.lower_, token.lemma_.lower())
    return any(a.rstrip("_") in forms or (a.endswith("_") and any(f.startswith(a[:-1]) for f in forms))
               for a in alternatives)


def pattern_recipient(verb, obj, lexicon: Lexicon):
    """The object of the verb's preposition that a fitted pattern places its target after, when the
    pattern names the direct object ``obj`` as its theme ("EXTRADITE * &SUSPECT TO +": "extradited the
    suspect to Ghana" is done to Ghana), else None.
    """
    pattern = lexicon.cameo.patterns.fitted(verb.lemma_.lower(), *frame_words(verb))
    if pattern is None or pattern.code is None or not any(_names(alts, obj) for alts in pattern.words):
        return None
    preps = {a for alts in pattern.words if all(a in _PREPOSITIONS for a in alts) for a in alts}
    for prep in reversed([c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps]):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    return None


def _backed(pattern, rel: Relation, verb, lexicon: Lexicon) -> bool:
    """Does the fitted pattern back the event's root: with a content word, or, with prepositions alone,
    for a verb whose default has that root and most of whose own patterns code its quad class
    ("ARREST * IN [173]"; not "FLEE * TO [080]", a verb with no default)?"""
    if pattern is None or pattern.code is None or rel.event is None or pattern.code[:2] != rel.event.root[:2]:
        return False
    if any(_content(alts) for alts in pattern.words):
        return True
    entry = lexicon.cameo.patterns.entry(verb.lemma_.lower())
    return (entry is not None and entry.default is not None and entry.default[:2] == pattern.code[:2]
            and not entry.ambiguous())


def material_faults(rel: Relation, verb, target, prep, *, keyed: bool, lexicon: Lexicon) -> tuple[str, ...]:
    """Every one of :data:`MATERIAL_CONDITIONS` that a material fallback relation fails, in order.

    Parameters
    ----------
    rel : Relation
        An annotated fallback relation whose event is material.
    verb : spacy.tokens.Token
        Its verb.
    target : spacy.tokens.Token or None
        The head of its target.
    prep : spacy.tokens.Token or None
        The preposition whose object is the target, None for a direct object or passive subject.
    keyed : bool
        Whether a fitted pattern of the verb needs that preposition.
    lexicon : Lexicon
        The lexicon (countries, verb patterns).

    Returns
    -------
    tuple of str
        The names of the failed conditions; empty when the event may be kept.
    """
    pattern = lexicon.cameo.patterns.fitted(verb.lemma_.lower(), *frame_words(verb))
    fails = (
        not _state_source(rel.subject.actor_code, lexicon),
        not _state_target(rel.object.actor_code, lexicon),
        not _backed(pattern, rel, verb, lexicon),
        prep is not None and prep.lower_ in _LOCATIVE_PREPS and not keyed,
        pattern is not None and target is not None and any(_names(alts, target) for alts in pattern.words),
    )
    return tuple(name for name, failed in zip(MATERIAL_CONDITIONS, fails) if failed)


def material_refusal(rel: Relation, verb, target, prep, *, keyed: bool, lexicon: Lexicon) -> str | None:
    """The first of :func:`material_faults`, or None when the event may be kept."""
    faults = material_faults(rel, verb, target, prep, keyed=keyed, lexicon=lexicon)
    return faults[0] if faults else None
