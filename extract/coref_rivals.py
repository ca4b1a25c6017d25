"""Agreement and rivals: which named candidates agree with an anaphor in number and kind, and what
competes with them.

A mixin of the resolver of :mod:`extract.coref` (it reads the resolver's ``doc``, ``entities``, ``groups``,
``anaphors`` ... and its ``ranked`` and ``_modifier``). A name agrees with "it" as a thing, with "they" as a
group or a people (:meth:`RivalRules._agrees`); coordinated names stand for "they" when they can act together
(persons, organisations, peoples, countries; no towns), never when persons are mixed with bodies or places. A
nearer common noun of the pronoun's number ("the aircraft", "the burglars"; a law or product the entities leave
out) competes with a name (:meth:`RivalRules._nearest_common`), and a plural pronoun takes a single
organisation only when no plural rival stands as near (:meth:`RivalRules._plural_rival`).
"""

from __future__ import annotations

import bisect

from spacy.attrs import DEP, POS

from .coref_common import _PLURAL_KINDS, _PLURAL_PRONOUNS, _PRONOUN_WINDOW, _THING_KINDS, _role
from .coref_kinds import number_agrees
from .coref_armed import armed_group
from .coref_speakers import mute_noun
from .coref_plural import counter_of
from .doccache import cache_of, token_rows
from .entities import _fold, _titles

__all__ = ["RivalRules"]


# Nouns that compete with a name as the antecedent of a pronoun: subjects and objects.
_CANDIDATE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})
# Entity types of names of things that, left out of the entities, compete with them for "it".
_THING_NAME_ENTS = frozenset({"LAW", "PRODUCT", "WORK_OF_ART"})
# Entity types of nouns that are no antecedent ("two years", "the first time").
_NOT_ANTECEDENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _unlisted_thing(tok, plural: bool) -> bool:
    """A named thing the article's entities leave out (a law, a product, a work: "Congress passed the
    Affordable Care Act. It requires ..."): the head of such a name competes as a common noun does."""
    return (
        not plural and tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.ent_type_ in _THING_NAME_ENTS
        and tok.ent_iob_ in ("B", "I") and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    )


def _candidate_indices(doc) -> frozenset[int]:
    """The tokens that may be a common-noun rival (:meth:`RivalRules._nearest_common`): a noun or proper noun
    in a candidate's role (``_CANDIDATE_DEPS``), read once per Doc off the POS and DEP columns."""
    memo = cache_of(doc).memo("rival_candidates")
    found = memo.get(None)
    if found is None:
        strings = doc.vocab.strings
        nouns = {strings["NOUN"], strings["PROPN"]}
        deps = {strings[dep] for dep in _CANDIDATE_DEPS}
        found = memo[None] = frozenset(
            i for i, (pos, dep) in enumerate(token_rows(doc, (POS, DEP)).tolist()) if pos in nouns and dep in deps)
    return found


class RivalRules:
    """Agreement in number and kind, and the rivals that leave a pronoun unresolved."""

    __slots__ = ()

    def _agrees(self, keys, plural: bool) -> bool:
        kinds = _PLURAL_KINDS if plural else _THING_KINDS
        return bool(keys) and all(
            number_agrees(self.entities[k], plural, kinds, self.lexicon) for k in keys if k in self.entities
        )

    def _can_act_together(self, keys) -> bool:
        """Coordinated names "they" can stand for: persons, organisations, peoples or countries,
        not towns ("Guam and Puerto Rico ... they are called nationals" is about people)."""
        countries = self.lexicon.countries
        for key in keys:
            entity = self.entities.get(key)
            if entity is None:
                return False
            if entity.type == "GPE" and countries.country_of(entity.label) is None \
                    and not armed_group(entity, self.lexicon):  # "Hamas and Islamic Jihad ... they"
                return False
            if entity.type not in ("PERSON", "ORG", "NORP", "GPE"):
                return False
        return True

    def _mixed(self, keys) -> bool:
        """Coordinated persons and organisations or places ("Smith and Greenpeace")."""
        types = {self.entities[k].type for k in keys if k in self.entities}
        return "PERSON" in types and len(types) > 1

    def _common_agrees(self, noun, plural: bool) -> bool:
        """A common noun that could be the antecedent instead of a name: number agrees, not a person or a date."""
        if noun.ent_type_ in _NOT_ANTECEDENT_ENTS or _fold(noun.text) in _titles(self.lexicon):
            return False
        return noun.tag_ == ("NNS" if plural else "NN")

    def _nearest_common(self, i, plural: bool, *, unquoted: bool = False):
        """The score (as :meth:`ranked_with_score` with roles) of the best common-noun candidate before token i;
        with ``unquoted``, none inside a quotation (what a speaker said is no speaker) and no thing that cannot
        speak (:func:`extract.coref_speakers.mute_noun`: the pronoun is the subject of a verb of saying)."""
        quoted = self.quoted if unquoted else None
        doc, token_mention, sent_of = self.doc, self.token_mention, self.sent_of
        here = sent_of[i]
        best = None
        j = i - 1
        candidates = _candidate_indices(doc)
        while j >= 0 and here - sent_of[j] <= _PRONOUN_WINDOW:
            if token_mention[j] >= 0 or j not in candidates:  # a name's word, or no noun in a candidate's role
                j -= 1
                continue
            t = doc[j]
            if (
                (t.pos_ == "NOUN" or _unlisted_thing(t, plural))
                and (j not in self.resolved or not self._agrees(self.resolved[j], plural))
                and t.dep_ in _CANDIDATE_DEPS
                and t.head.i != i  # not the pronoun's own noun
                and (t.pos_ != "NOUN" or self._common_agrees(t, plural))
                and (quoted is None or not quoted(t.idx))
                and not (unquoted and t.pos_ == "NOUN" and mute_noun(t, self.lexicon))  # "a fault ... It said"
            ):
                counter = counter_of(t) if plural else None  # "Hundreds of protesters": a subject
                score = (-(here - sent_of[j]), _role(counter if counter is not None else t), j)
                if best is None or score > best:
                    best = score
            j -= 1
        return best

    def _plural_rival(self, i, key, *, commons: bool, since: int) -> bool:
        """Whether a plural candidate other than the organisation ``key`` stands before token i, in
        sentence ``since`` or later: coordinated names, a "they" resolved to them or to a people (NORP), a people
        named or, with ``commons`` (no subject of the pronoun's clause decided), a "they" left
        unresolved or a plural common noun as a subject ("the articles ... They"). A plural pronoun takes a single
        organisation ("the club say their ...") only when nothing of the kind competes."""
        here, sent_of, doc = self.sent_of[i], self.sent_of, self.doc
        for j in range(bisect.bisect_left(self.group_starts, i) - 1, -1, -1):
            _position, sent, _rank, keys = self.groups[j]
            if sent < since:
                break
            if key not in keys and self._can_act_together(keys):
                return True
        for head, keys in reversed(self.anaphors):
            if head >= i:
                continue
            if sent_of[head] < since:
                break
            if doc[head].lower_ in _PLURAL_PRONOUNS and key not in keys and (
                len(keys) > 1 or (keys and self.entities[keys[0]].type == "NORP") or (not keys and commons)
            ):
                return True
        found = self.ranked(
            i, lambda m: self.entities[m.key].type == "NORP" and m.key != key and not self._modifier(m), here - since
        )
        if found is not None:
            return True
        if not commons:
            return False
        start = i
        while start > 0 and sent_of[start - 1] >= since:
            start -= 1
        return any(
            t.pos_ == "NOUN" and self.token_mention[t.i] < 0 and _role(t) == 2
            and self._common_agrees(t, True)
            and not (t.i in self.resolved and self._agrees(self.resolved[t.i], True))
            for t in doc[start:i]
        )
