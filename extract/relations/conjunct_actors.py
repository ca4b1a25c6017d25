"""Generic actors beside names in a coordinated subject, and "<Country>'s <agent noun>" subjects
(:class:`ConjunctActorRules`, mixed into the reader).

- A conjunct that names a country and an agent noun of the CAMEO agents dictionary (a generic actor:
  "the Afghan government", AFGGOV) is an argument of its own beside the named conjuncts it is
  coordinated with: "The Afghan government and the Taliban began peace talks" is said of both. A concept
  subject relates to a concept object only in some events (:meth:`~.victims.VictimRules.concepts_may_relate`);
  the generic conjunct of a named actor relates as the name does.
- Such a conjunct may be a party to a mutual event (:meth:`~.partners.PartnerRules.parties`) when its
  code differs from every other party's: "the Afghan government and the Taliban" (AFGGOV, AFGREB) met
  each other; "the government and the opposition" (no country), "Kenya's president and his wife" (a
  relative, no agent noun) have no such conjunct.
- "<Country>'s <agent noun>" is the generic actor, also when the agent noun is an event noun too
  ("Zimbabwe's opposition rejected the results": ZWEOPP, not Zimbabwe opposing), unless the noun has a
  target of its own ("Zimbabwe's opposition to the deal").
- A coordination is never one concept: "The Colombian government and FARC rebels", which the parser
  reads as rebels modified by a government, is two arguments (:meth:`ConjunctActorRules.fused_conjuncts`).
"""

from __future__ import annotations

from ..actors.mentions import generic_actor_codes
from ..doccache import span_chars, span_text
from ..entities import concept_key
from ..syntax import char_span, prepositional_objects
from ..timex import parse_anchor
from ..types import Argument

__all__ = ["ConjunctActorRules"]

# Prepositions whose object is the target of an event noun: "opposition to the deal", "a protest against X".
_TARGET_PREPS = ("to", "against", "of", "over", "on", "toward", "towards")
# Modifiers a fused coordination hangs its first conjunct on.
_FUSED_DEPS = frozenset({"nmod", "compound"})


class ConjunctActorRules:
    """Generic actors coordinated with names, and possessive country actors.

    Expects ``doc``, ``document``, ``index``, ``lexicon`` and ``members`` on the reader.
    """

    def generic_code(self, span, *, role_only: bool = False) -> str | None:
        """The code of the generic actor (a country and a role) ``span`` names, or None; with ``role_only``,
        a role with no country counts too ("the army", "rebels")."""
        found = generic_actor_codes(span, date=parse_anchor(self.document.date), lexicon=self.lexicon)
        if not found or not found[0].role:
            return None
        if not role_only and (found[0].source == "role" or not found[0].country):
            return None
        return found[0].code

    def argument_code(self, arg, *, role_only: bool = False) -> str | None:
        """The generic actor code of the concept argument ``arg``, or None."""
        span = char_span(self.doc, arg.start, arg.end)
        return self.generic_code(span, role_only=role_only) if span is not None else None

    def coded_party(self, arg, args, *, role_only: bool = False) -> bool:
        """May the concept ``arg`` of the coordinated ``args`` take part in a mutual event: a generic actor
        whose code no other party has ("the Afghan government" beside "the Taliban"; with ``role_only``,
        "the army" beside "rebels")?"""
        code = self.argument_code(arg, role_only=role_only)
        if code is None:
            return False
        others = {(a.actor_code if not a.is_concept else self.argument_code(a, role_only=role_only))
                  for a in args if a.key != arg.key}
        return code not in others

    def named_conjunct(self, arg) -> bool:
        """Is the concept ``arg`` a generic actor coordinated with a named actor ("the Afghan government
        and the Taliban")?"""
        span = char_span(self.doc, arg.start, arg.end)
        if span is None:
            return False
        head = span.root
        top = head.head if head.dep_ == "conj" else head
        members = self.members(top)
        if head not in members or len(members) < 2:
            return False
        named = any(self.index.mention_at(m.i) is not None and m.i != head.i for m in members)
        return named and self.generic_code(span) is not None

    def possessed_actor(self, noun) -> bool:
        """Is the noun an agent noun with a country as its possessor and no target of its own: the
        generic actor "Zimbabwe's opposition", not the event "Zimbabwe's opposition to the deal"?"""
        if not any(c.dep_ == "poss" for c in noun.children) or prepositional_objects(noun, _TARGET_PREPS):
            return False
        found = generic_actor_codes(self.doc[noun.left_edge.i : noun.i + 1],
                                    date=parse_anchor(self.document.date), lexicon=self.lexicon)
        return bool(found) and found[0].source == "possessive" and bool(found[0].country and found[0].role)

    def fused_conjuncts(self, tok) -> list[Argument] | None:
        """The two arguments of a coordination the parser fused into one noun phrase, or None.

        "The Colombian government and FARC rebels" parsed with "government" (its own determiner) as a
        modifier of "rebels" and "FARC" its conjunct: "the Colombian government" and "FARC rebels", each
        its own argument, never one concept. A modifier with no determiner of its own stays a modifier
        ("oil and gas companies").
        """
        if tok.pos_ != "NOUN" or self.index.mention_at(tok.i) is not None:
            return None
        for child in tok.lefts:
            if child.dep_ not in _FUSED_DEPS or child.pos_ != "NOUN":
                continue
            kids = list(child.children)
            conj = next((c for c in kids if c.dep_ == "conj" and child.i < c.i < tok.i), None)
            if conj is None or not any(c.dep_ == "det" and c.i < child.i for c in kids) or not any(
                    c.dep_ == "cc" and child.i < c.i < conj.i for c in kids):
                continue
            first = self.argument(child)
            if first is None:
                return None
            begin = conj.left_edge.i
            start, end = span_chars(self.doc, begin, tok.i + 1)
            label = tok.lemma_.lower()
            rest = Argument(key=concept_key(label), label=label, type="CONCEPT",
                            text=span_text(self.doc, begin, tok.i + 1), start=start, end=end)
            return [first, rest]
        return None
