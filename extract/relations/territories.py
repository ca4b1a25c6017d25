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
"""

from __future__ import annotations

from ..actors.mentions import is_generic_actor

__all__ = ["TerritoryRules", "owned_territory"]

# Named-entity types of a territory's owner: a country ("Japan's waters") or its people ("Japanese waters").
_OWNER_TYPES = frozenset({"GPE", "NORP"})
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# CAMEO roots of material conflict: force posture, reduced relations, coercion, assault, fight, mass violence.
_CONFLICT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def owned_territory(token, lexicon) -> bool:
    """Is ``token`` the head of a territory noun of a named country or people ("Japanese waters",
    "Syria's airspace", "the territory of Ukraine")?"""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.word_sets["territory_nouns"]:
        return False
    for child in token.children:
        if child.dep_ in _OWNER_DEPS and child.i < token.i and child.ent_type_ in _OWNER_TYPES:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.ent_type_ in _OWNER_TYPES for g in child.children):
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
        if tok.dep_ not in ("dobj", "obj") or not any(
                is_generic_actor(s, lexicon=self.lexicon) for s in sub_tokens):
            return False
        from ..events.coding import NO_SENSE, frame_words, verb_sense  # the coder's; late: events reads relations

        sense = verb_sense(lemma, verb, None, self.lexicon)
        if sense is None or sense is NO_SENSE or sense.root not in _CONFLICT_ROOTS:
            return False
        if owned_territory(tok, self.lexicon):
            return True
        patterns = self.lexicon.cameo.patterns
        fitted = patterns.fitted(lemma, *frame_words(verb)) if patterns is not None else None
        return fitted is not None and fitted.code == sense.code
