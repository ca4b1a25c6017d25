"""A state's territory as the object of a military act: "Chinese warships entered Japanese waters".

Event coders take the state whose waters, airspace or soil a force enters or violates as the target: the
CAMEO patterns code an armed source entering a place ("&MILITARY * + [192]", "TANKS * + [192]" ENTER), an
intrusion into a territory ("* INTO + TERRITORY [192]" INTRUDE) and a violation of airspace ("* + AIRSPACE
[150]" VIOLATE). A noun of ``data/territory_nouns.txt`` (waters, airspace, territory, soil) whose owner is a
named country or people (a possessive "Japan's", an "of" phrase "the territory of Ukraine", a nationality
before it "Finnish airspace") is such a place: :func:`owned_territory` says so, for the borrowed armed-source
patterns (:func:`extract.events.borrowed_patterns.borrowed_event`: "warships entered Japanese waters" 192,
as "troops entered Syria"), and :meth:`TerritoryRules.territory_allows` lets a generic actor subject
("Chinese warships") relate to it when the verb's frame codes a material conflict (CAMEO roots 15-20); the
event annotation then codes the object as its owner (:mod:`extract.events.owned_targets`). "Turkish Airlines
flights entered Greek airspace" and "fishermen entered Japanese waters" code nothing and relate nothing.

A place an actor holds (``data/owned_things.txt``: positions, posts, bases, facilities) or a territory, whose
owner is a named country, people or organisation (:func:`owned_place`), in a target preposition of a verb whose
frame codes a material conflict is its target as an actor would be (:meth:`TerritoryRules.owned_target_place`,
asked by :meth:`extract.relations.targets.TargetRules.prep_targets`): "Hamas fired rockets at Israeli
positions" is Hamas -> ISR (194), "opened fire on Indian posts" -> IND; "fired shots at the Liverpool goal"
and "fired tear gas at opposition offices" (no named owner) are not.
"""

from __future__ import annotations

from ..actors.mentions import is_generic_actor

__all__ = ["TerritoryRules", "owned_territory"]

# Named-entity types of a territory's owner: a country ("Japan's waters") or its people ("Japanese waters").
_OWNER_TYPES = frozenset({"GPE", "NORP"})
# ... and of a place an actor holds: a group as well ("Hezbollah positions").
_HOLDER_TYPES = _OWNER_TYPES | {"ORG"}
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# CAMEO roots of material conflict: force posture, reduced relations, coercion, assault, fight, mass violence.
_CONFLICT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def owned_territory(token, lexicon) -> bool:
    """Is ``token`` the head of a territory noun of a named country or people ("Japanese waters",
    "Syria's airspace", "the territory of Ukraine")?"""
    return _owned(token, lexicon.word_sets["territory_nouns"], _OWNER_TYPES)


def owned_place(token, lexicon) -> bool:
    """Is ``token`` the head of a state's territory, or of a place or thing an actor holds
    (``data/owned_things.txt``: positions, bases, posts, a convoy) whose owner is a named country, people or
    organisation ("Israeli positions", "Hezbollah's depots", "the bases of the YPG")?"""
    return owned_territory(token, lexicon) or _owned(token, lexicon.word_sets["owned_things"], _HOLDER_TYPES)


def _owned(token, nouns, owners) -> bool:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
        return False
    for child in token.children:
        if child.dep_ in _OWNER_DEPS and child.i < token.i and child.ent_type_ in owners:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.ent_type_ in owners for g in child.children):
            return True
    return False


class TerritoryRules:
    """May a generic actor act on a thing through a verb of material conflict? Expects ``lexicon`` on the reader."""

    def territory_allows(self, verb, lemma: str, sub_tokens, tok) -> bool:
        """May the verb's subject, a generic actor of a country, relate to the concept ``tok``, its direct
        object, the verb's frame coding a material conflict (CAMEO roots 15-20)? So it may when the object is
        a state's territory ("warships entered Japanese waters" 192), or when a pattern of the verb's own fits
        ("Syrian forces violated the ceasefire": "* &CEASEFIRE [196]"), which a verb with no event of its
        own ("enter", "violate") needs for any event."""
        if not any(is_generic_actor(s, lexicon=self.lexicon) for s in sub_tokens):
            return False
        if tok.dep_ == "pobj":  # "Houthi rebels fired missiles at Saudi oil facilities"
            return self.owned_target_place(verb, lemma, tok)
        if tok.dep_ not in ("dobj", "obj"):
            return False
        sense = self.conflict_sense(verb, lemma)
        if sense is None:
            return False
        if owned_territory(tok, self.lexicon):
            return True
        from ..events.coding import frame_words  # the coder's; late: events reads relations

        patterns = self.lexicon.cameo.patterns
        fitted = patterns.fitted(lemma, *frame_words(verb)) if patterns is not None else None
        return fitted is not None and fitted.code == sense.code

    def owned_target_place(self, verb, phrase: str, tok) -> bool:
        """Is ``tok``, the object of a target preposition, a place an actor holds whose owner is named
        (:func:`owned_place`), the verb's frame coding a material conflict ("fired rockets at Israeli
        positions", "opened fire on Pakistani posts")? The event annotation codes it as its owner."""
        return tok.dep_ == "pobj" and owned_place(tok, self.lexicon) and self.conflict_sense(verb, phrase) is not None

    def conflict_sense(self, verb, phrase: str):
        """The coder's event of the verb (its fitted pattern, else the event of ``phrase``, "open fire", or of
        the verb in the CAMEO map) when it is a material conflict (CAMEO roots 15-20), else None."""
        from ..events.coding import NO_SENSE, verb_sense  # the coder's; late: events reads relations

        lemma = verb.lemma_.lower()
        sense = verb_sense(lemma, verb, None, self.lexicon)
        if sense is NO_SENSE:
            sense = self.lexicon.cameo.event_of(phrase) or self.lexicon.cameo.event_of(lemma)
        return None if sense is None or sense.root not in _CONFLICT_ROOTS else sense
