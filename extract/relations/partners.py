"""Partners, targets and mutual events (issue 11, classes 4, 5 and 8).

- The partner or target of an event noun is the verb's ("held talks with
  Ethiopia" -> (Kenya, hold talks, Ethiopia); "imposed a ban on Huawei" ->
  (government, impose ban, Huawei)) when the verb is a support verb
  (``data/support_verbs.txt``, and the light verbs read for their event).
- Mutual events (``data/mutual_events.tsv``) are one event in both
  directions: "Kenya and Ethiopia met", "Kenya met with Ethiopia", "Kenya and
  Ethiopia signed a deal" and "talks between Kenya and Ethiopia" give
  Kenya -> Ethiopia and Ethiopia -> Kenya, both with ``Relation.mutual``,
  the same predicate and sentence. CAMEO coders code a meeting, a
  negotiation, an agreement or a clash so (the project's gold marks them
  ``mutual``); only named actors (no concept) take part.
- A protest with no named target targets the country of the place it
  happened in ("protesters rallied in Beijing" -> (protester, rally in,
  China), the object's offsets those of "Beijing"), when the place is in the
  gazetteer.
"""

from __future__ import annotations

import functools
from itertools import permutations

from ..actors.counterparts import coded_partner
from ..entities import entity_key
from ..lexicon import Lexicon
from ..syntax import prepositional_objects
from ..types import Argument, Predicate
from .output import _BASE
from .sides import two_actors

__all__ = ["PartnerRules", "mutual_frames"]

# Prepositions that introduce the target of a directed event noun: "threats against X"; "on"
# only for a material event ("a ban on X", "sanctions on X"): "talks on Syria", "a statement on
# Syria" name a topic.
_TARGET_PREPS = frozenset({"against", "targeting"})
_MATERIAL_TARGET_PREPS = _TARGET_PREPS | {"on", "upon"}
# How many actors a coordinated pair may hold: "A, B and C met" relates each to each.
_MAX_PARTIES = 4
# The CAMEO root of protests (Engage in political dissent).
_PROTEST_ROOT = "14"
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_LIGHT_CONFIDENCE = _BASE["light"] - _BASE["active"]
# Verbs of being whose subject is a party of the mutual event in their "in" phrase: "X is in talks with Y".
_BEING_VERBS = frozenset({"be", "remain", "stay"})


@functools.lru_cache(maxsize=8)
def _mutual_table(lexicon: Lexicon) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(verb lemma -> frames, noun -> frames) of ``data/mutual_events.tsv``."""
    verbs, nouns = {}, {}
    for word, (verb, noun) in lexicon.tables["mutual_events"].items():
        if verb != "-":
            verbs[word] = frozenset(verb.split())
        if noun != "-":
            nouns[word] = frozenset(noun.split())
    return verbs, nouns


def mutual_frames(word: str, *, kind: str, lexicon: Lexicon) -> frozenset[str]:
    """The frames in which a verb lemma (``kind="verb"``) or a noun (``"noun"``) is mutual.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(mutual_frames("meet", kind="verb", lexicon=get_lexicon()))
    ['object', 'pair', 'with']
    >>> sorted(mutual_frames("Clashes", kind="noun", lexicon=get_lexicon()))
    ['between', 'pair', 'with']
    """
    if kind not in ("verb", "noun"):
        raise ValueError(f"kind={kind!r}: expected 'verb' or 'noun'")
    table = _mutual_table(lexicon)[kind == "noun"]
    folded = word.casefold()
    found = table.get(folded)
    if found is None and kind == "noun":
        for suffix in ("es", "s"):
            if folded.endswith(suffix) and folded[: -len(suffix)] in table:
                return table[folded[: -len(suffix)]]
    return found or frozenset()


class PartnerRules:
    """Partners and targets of event nouns, mutual events, the place of a protest.

    Expects ``doc``, ``index``, ``lexicon``, the argument, clause, nominal,
    war noun (``phrase_party``), meeting noun and output rules and the word set ``supports``
    on the reader.
    """

    def verb_frames(self, lemma: str) -> frozenset[str]:
        return mutual_frames(lemma, kind="verb", lexicon=self.lexicon)

    def noun_frames(self, noun) -> frozenset[str]:
        return mutual_frames(noun.lower_, kind="noun", lexicon=self.lexicon)

    def support_lemma(self, phrase: str, noun) -> str:
        """The predicate of a support verb and its event noun: "hold talks", "impose ban"; the verb
        alone where its own event says more in the same CAMEO root ("signed a deal": sign, 057)."""
        word = self.noun_word(noun)
        cameo = self.lexicon.cameo
        own, named = cameo.hand.get(phrase), cameo.event_of(word)
        if own is not None and named is not None and own.root == named.root:
            return phrase
        return f"{phrase} {word}"

    def noun_word(self, noun, lemma: str | None = None) -> str:
        """The word an event noun stands as in a predicate: as written if the CAMEO map has it
        ("talks" is a negotiation, "talk" a statement), else ``lemma`` or its own lemma."""
        if self.lexicon.cameo.event_of(noun.lower_) is not None:
            return noun.lower_
        return lemma or noun.lemma_.lower()

    def parties(self, args, *, role_only: bool = False) -> list[Argument]:
        """The distinct named actors of a coordinated subject, if they can take part in a mutual event;
        ``role_only``: generic actors of distinct roles too ("between the army and rebels")."""
        out = {}
        for arg in args:
            if arg.is_concept and not self.coded_party(arg, args, role_only=role_only):
                return []  # "the Afghan government" beside "the Taliban" may (conjunct_actors.py)
            out.setdefault(arg.key, arg)
        return list(out.values()) if 2 <= len(out) <= _MAX_PARTIES else []

    def mutual_pairs(self, parties, predicate, tok, *, negated, confidence, allow_concepts=False) -> None:
        """Each party to each other, in both directions: "Kenya and Ethiopia met"."""
        for subject, obj in permutations(parties, 2):
            self.emit(subject, predicate, obj, tok, negated=negated, confidence=confidence, mutual=True,
                      allow_concepts=allow_concepts)

    def emit_both(self, subject, predicate, obj, tok, *, mutual: bool, negated, confidence, **options) -> None:
        """(subject, predicate, object), and the reverse too when the event is mutual between named actors or two
        generic actors of different codes (:mod:`.sides`)."""
        mutual = mutual and (not subject.is_concept and not obj.is_concept and subject.key != obj.key or two_actors(
            self.doc, subject, obj, date=self.document.date, lexicon=self.lexicon))  # "Indian troops", "Chinese troops"
        self.emit(subject, predicate, obj, tok, negated=negated, confidence=confidence, mutual=mutual, **options)
        if mutual:
            self.emit(obj, predicate, subject, tok, negated=negated, confidence=confidence, mutual=True, **options)

    def partners_beside(self, verb, predicate, subjects, *, negated, confidence) -> None:
        """The named "with" partners of a mutual verb that has an object: "discussed the budget with Merkel"
        (the parser may hang "with Merkel" on the budget)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for tok in [p for head in (verb, *objects) for p in prepositional_objects(head, ("with",))]:
            coded = coded_partner(tok, self.lexicon)
            for obj in self.arguments(tok):
                if not obj.is_concept or coded:
                    for subject in subjects:
                        self.emit_both(subject, predicate, obj, verb, mutual=True, negated=negated,
                                       confidence=confidence, allow_concepts=coded)

    def support_event(self, verb, noun, phrase: str, subjects, *, base: float, negated: bool) -> bool:
        """The partners or targets of a support verb's event noun.

        "held talks with Ethiopia" -> (Kenya, hold talks, Ethiopia), mutual;
        "imposed a ban on Huawei" -> (government, impose ban, Huawei);
        "Kenya and Ethiopia signed a deal" -> both directions, mutual.
        Returns whether anything was read, so that the verb's own reading
        (the noun as a concept object) is skipped.
        """
        if noun.lower_ in self.quantifiers:
            noun = next(iter(prepositional_objects(noun, ("of",))), noun)
        frames = self.noun_frames(noun)
        directed = self.lexicon.cameo.event_of(noun.lower_) or self.lexicon.cameo.event_of(noun.lemma_.lower())
        if not frames and directed is None:
            return False
        if "between" in frames and prepositional_objects(noun, ("between",)):
            return False  # "hosted talks between A and B": the noun's own pair (see :meth:`between`)
        found = []  # (partner token, mutual)
        preps = _TARGET_PREPS
        if directed is not None and not frames and directed.quad_class.startswith("material"):
            preps = _MATERIAL_TARGET_PREPS
        for head in (noun, verb):
            if "with" in frames:
                found += [(p, True) for p in prepositional_objects(head, ("with",))]
            if directed is not None:
                found += [(p, False) for p in prepositional_objects(head, preps)]
        predicate = self.predicate(verb, self.support_lemma(phrase, noun), last=noun)
        confidence = base + _LIGHT_CONFIDENCE
        read = False
        for tok, mutual in found:
            coded = mutual and coded_partner(tok, self.lexicon)
            # "held talks with opposition leaders", "signed a deal with the rebels": a generic actor of a
            # role is a partner of an actor; "talks with no result", "a ban on imports" name none
            role = not coded and self.is_actor(tok)
            for obj in self.arguments(tok):
                if obj.is_concept and not coded and not role:
                    continue
                for subject in subjects:
                    if obj.is_concept and not coded and not self.actor_argument(subject):
                        continue  # "the report held talks with experts": no actor on the other side
                    self.emit_both(subject, predicate, obj, verb, mutual=mutual, negated=negated,
                                   confidence=confidence, allow_concepts=coded or role)
                    read = True
        if not read and "pair" in frames:
            parties = self.parties(subjects)
            if parties:
                self.mutual_pairs(parties, predicate, verb, negated=negated, confidence=confidence)
                read = True
        return read

    def actor_argument(self, arg) -> bool:
        """Is ``arg`` a named actor, or a concept whose head stands for one ("Chile's president")?"""
        if not arg.is_concept:
            return True
        span = self.doc.char_span(arg.start, arg.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self.is_actor(span.root)

    def between(self, noun, lemma: str) -> bool:
        """A mutual event noun and its pair: "talks between Kenya and Ethiopia", "Russia's deal with Turkey".

        Returns whether the noun was read so.
        """
        frames = self.noun_frames(noun)
        if not frames:
            return False
        word = self.noun_word(noun, lemma)
        predicate = Predicate(lemma=word, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        confidence = _BASE["nominal"]
        if self.meeting_noun(noun, predicate, confidence=confidence):
            return True  # "the meeting of Cyprus, Greece and Israel"; "a possible summit": none (meeting_nouns.py)
        if "between" in frames:
            for pobj in prepositional_objects(noun, ("between",)):
                # an event noun's "between" pair names both sides, a role alone too ("fighting between the army
                # and rebels"), as a coordinated subject does not ("the army and rebels" may act together)
                parties = self.parties(self.arguments(pobj), role_only=True)
                if parties:
                    self.mutual_pairs(parties, predicate, noun, negated=False, confidence=confidence,
                                      allow_concepts=True)
                    return True
        if "with" in frames:
            partners = [a for p in prepositional_objects(noun, ("with",)) for a in self.arguments(p)
                        if not a.is_concept]
            agents = [a for t in self.nominal_agents(noun) for m in self.members(t)
                      if (a := self.argument(m)) is not None and not a.is_concept]
            if not agents:  # "Iran is in talks with the United States" (war_nouns.py)
                agents = [a for a in self.phrase_party(noun, verbs=_BEING_VERBS) if not a.is_concept]
            for subject in agents:
                for obj in partners:
                    self.emit_both(subject, predicate, obj, noun, mutual=True, negated=False, confidence=confidence)
            if agents and partners:
                return True
        return self.hyphen_pair(noun, predicate)  # "Russia-Ukraine talks"

    def protest_place(self, lemma: str, obj: Argument, *, protest: bool = False) -> Argument:
        """The country of a protest's place ("rallied in Beijing": China), else the place itself; ``protest``:
        the caller knows the event is one (a labour strike, whose lemma's default is force)."""
        event = self.lexicon.cameo.event_of(lemma)
        if not protest and (event is None or event.root != _PROTEST_ROOT) or obj.type not in _PLACE_TYPES:
            return obj
        entry = self.lexicon.gazetteer.lookup(obj.label, countries=self.country_context())
        country = self.lexicon.countries.by_alpha2.get(entry.country) if entry is not None else None
        if country is None or not country.alpha3:
            return obj
        return Argument(
            key=entity_key(country.label), label=country.label, type="GPE", text=obj.text,
            start=obj.start, end=obj.end, actor_code=country.alpha3, resolved_from=obj.text,
        )

    def country_context(self) -> tuple[str, ...]:
        """ISO alpha-2 codes of the countries the article names, most named first (gazetteer context)."""
        if self._country_context is None:
            countries = self.lexicon.countries
            counts: dict[str, int] = {}
            for entity in self.index.entities:
                label = countries.country_of(entity.label)
                country = countries.by_label.get(label) if label == entity.label else None
                if country is not None and country.alpha2:
                    counts[country.alpha2] = counts.get(country.alpha2, 0) + entity.mentions
            self._country_context = tuple(sorted(counts, key=lambda c: -counts[c]))
        return self._country_context
