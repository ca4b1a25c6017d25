"""Labour strikes and the place they happen in: "Teachers went on strike in Argentina", "Doctors staged a strike in
Kenya", "Workers walked out on Tuesday" (:class:`LabourStrikeRules`, mixed into the reader).

A group of labour (an agent noun whose CAMEO role is one of labour, ``data/labour_strikes.tsv`` kind ``role``:
workers ``LAB``, teachers ``EDU``, doctors and nurses ``HLH``; or a word of organised labour, kind ``group``:
"the union", "staff") that

- goes, comes out, remains or stays "on strike" (CAMEO "WENT ON * [143]", "ON * [143]");
- takes a strike noun (kind ``noun``: strike, walkout, stoppage, sit-in) as the object of a light verb
  (``data/light_verbs.tsv``, one that reads the event: "staged a strike", "began an indefinite strike", "held a sit-in"; "* STRIKE [143]
  # STAGE", "INDEFINITE * [143]");
- walks out or off (kind ``walk``), with no "of" phrase or one of a place of work (kind ``workplace``:
  "walked out of classrooms"; not "walked out of the talks", a meeting left)

conducts a strike: (group, strike, place) where a place phrase ("in", "across", "throughout") on the verb or the
noun names where (or "at"/"outside" a building "in" a place), its country as for a protest ("in Argentina": ARG; :meth:`.partners.PartnerRules.protest_place`),
else (group, strike, unspecified). The predicate is "strike" ("sit-in", a demonstration, 141, keeps its own); :func:`extract.events.labour_strikes.labour_strike`
gives it 143, not the force of STRIKE's default. A strike noun with another compound ("hunger strike", "air
strike"), a subject that is no labour group ("Russian jets carried out strikes"), a passive, or a place that is no
place ("in the morning") stays with the other rules.
"""

from __future__ import annotations

from ..syntax import prepositional_objects
from .hyphen_words import hyphen_word

__all__ = ["LabourStrikeRules", "striking_group"]

_TABLE = "labour_strikes"
_PLACE_PREPS = ("in", "across", "throughout", "at", "outside")
_PROTEST_ROOT = "14"
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_ACTIVE = frozenset({"active", "active+inherited"})
# How many conjuncts and quantified nouns of a subject are read at most (a long list is no group of labour).
_MAX_MEMBERS = 8


def _words(lexicon, kind: str) -> frozenset[str]:
    return lexicon.keys_where(_TABLE, "kind", kind)


def striking_group(tokens, lexicon) -> bool:
    """Is one of ``tokens`` (or what a quantifier among them counts: "thousands of workers") a group of labour,
    a noun of ``data/labour_strikes.tsv`` kind ``group`` or an agent noun of a labour role (kind ``role``)?"""
    groups, roles = _words(lexicon, "group"), {r.upper() for r in _words(lexicon, "role")}
    quantifiers = lexicon.word_sets["quantifier_nouns"]
    for tok in list(tokens)[:_MAX_MEMBERS]:
        members = [tok, *tok.conjuncts[:_MAX_MEMBERS]]
        for member in members:
            if member.lower_ in quantifiers or member.lemma_.lower() in quantifiers:
                member = next(iter(prepositional_objects(member, ("of",))), member)
            lemma = member.lemma_.lower()
            if member.pos_ not in ("NOUN", "PROPN"):
                continue
            if lemma in groups or member.lower_ in groups or lexicon.dictionaries.agent_role(lemma) in roles:
                return True
    return False


class LabourStrikeRules:
    """A group of labour's strike, walkout or sit-in, with its place.

    Expects ``doc``, ``lexicon``, the argument, partner, implicit and output rules on the reader.
    """

    def labour_stoppage(self, verb, phrase: str, dobjs, sub_tokens, subjects, *, how: str, base: float,
                      negated: bool) -> bool:
        """(subject, strike, place or unspecified) for a labour group's strike; returns whether read."""
        if how not in _ACTIVE or not sub_tokens or not subjects:
            return False
        lexicon = self.lexicon
        found = self._strike_words(verb, phrase, dobjs)
        if found is None or not striking_group(sub_tokens, lexicon):
            return False
        last, heads = found
        # a noun of its own event keeps it ("a sit-in" 141), any other stoppage is a strike
        word = hyphen_word(last, lemma=True) or last.lemma_.lower()
        event = lexicon.cameo.event_of(word) if word != "strike" else None
        lemma = word if event is not None and event.root == _PROTEST_ROOT else "strike"
        places = []  # (place, its preposition): the predicate runs to it, as "rallied in" does (places.py)
        for head in heads:
            for pobj in prepositional_objects(head, _PLACE_PREPS):
                # "outside the ministry in Nairobi": the place of the building
                for where in (pobj, *prepositional_objects(pobj, ("in",))):
                    found = [(self.protest_place("strike", a, protest=True), where.head) for a in self.arguments(where)
                             if a.type in _PLACE_TYPES]
                    if found:
                        places += found
                        break
        for target, prep in places or [(self.unspecified(last), last)]:
            predicate = self.predicate(verb, lemma, last=prep)
            for subject in subjects:
                self.emit(subject, predicate, target, verb, negated=negated, confidence=base, allow_concepts=True)
        return True

    def _strike_words(self, verb, phrase: str, dobjs):
        """(last word of the predicate, words whose place phrases count) of a strike the verb states, or None."""
        lexicon = self.lexicon
        nouns = _words(lexicon, "noun")
        lemma = verb.lemma_.lower()
        if dobjs and phrase in lexicon.keys_where("light_verbs", "reads", "both", "event"):  # not "ordered a strike"
            noun = dobjs[0]
            if self._labour_noun(noun, nouns):
                return noun, (verb, noun)
        if lemma in _words(lexicon, "on") and not dobjs:
            for noun in prepositional_objects(verb, ("on",)):
                if self._labour_noun(noun, nouns):
                    return noun, (verb, noun)
        if lemma == "walk" and not dobjs:
            particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _words(
                lexicon, "walk")]
            if not particles:
                return None
            left = [*prepositional_objects(verb, ("of", "off")), *(o for p in particles
                                                                  for o in prepositional_objects(p, ("of",)))]
            if any(o.lemma_.lower() not in _words(lexicon, "workplace") for o in left):
                return None  # "walked out of the talks": a meeting left, no strike
            return particles[0], (verb,)
        return None

    def _labour_noun(self, noun, nouns) -> bool:
        """Is ``noun`` a strike noun with no compound that makes it another strike ("hunger strike", "air strike")?"""
        if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns and hyphen_word(noun, lemma=True) not in nouns:
            return False  # "a sit-in": three tokens, the object its last
        others = _words(self.lexicon, "other")
        for mod in noun.children:
            if mod.dep_ in ("compound", "amod") and mod.i < noun.i:
                pair = f"{mod.lemma_.lower()} {noun.lemma_.lower()}"
                if pair in others or self.lexicon.cameo.event_of(pair) is not None:
                    return False
        return True
