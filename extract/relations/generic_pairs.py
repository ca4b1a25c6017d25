"""Two generic actors joined by a verb of the CAMEO verb dictionary: "The Saudi king received the US secretary of
state in Riyadh" (:class:`GenericPairRules`, mixed into the reader).

Two concepts (no names) relate only through a verb whose default is a CAMEO event
(:meth:`~.victims.VictimRules.concepts_may_relate`): "the violence raised fears" stays unrelated. Some verbs have
no default and take their event from the verb patterns, keyed on the object ("RECEIVE * LEADER [043:042]",
"* AMBASSADOR [043:042]"), or from the actors (:mod:`extract.events.host_visits`). Between two generic actors
(a country and an agent noun each: "the Saudi king" ``SAUGOV``, "the US secretary of state" ``USAGOV``) such a
verb relates them as it relates two names ("King Salman received Pompeo"); the event rules decide the code. A
concept on either side that names no country ("received a letter", "the king received guests") stays unrelated.
"""

from __future__ import annotations

from ..actors.mentions import generic_actor_codes, is_generic_actor
from ..doccache import doc_span
from ..syntax import prepositional_objects

__all__ = ["GenericPairRules"]


class GenericPairRules:
    """When a generic actor subject may relate to a generic actor object through a verb with no default event.

    Expects ``doc``, ``lexicon``, ``quantifiers`` and ``members`` on the reader.
    """

    def generic_pair_allows(self, sub_tokens, lemma: str, tok) -> bool:
        """May the subject ``sub_tokens`` relate to the concept ``tok`` through ``lemma``: both a country and an
        agent noun, and the verb one of the CAMEO verb dictionary?"""
        patterns = self.lexicon.cameo.patterns
        if patterns is None or patterns.entry(lemma) is None:
            return False
        return self._names_actor(tok) and any(self._names_actor(t) for t in sub_tokens)

    def _names_actor(self, tok) -> bool:
        """Does ``tok`` (or a conjunct of it, or the noun a quantifier counts) head a country + agent phrase with
        both a country and a role ("the US secretary", "two Ugandan journalists")?"""
        for member in self.members(tok):
            if member.lower_ in self.quantifiers:
                member = next(iter(prepositional_objects(member, ("of",))), member)
            if not is_generic_actor(member, lexicon=self.lexicon):
                continue
            span = doc_span(self.doc, member.left_edge.i, member.i + 1)
            if any(f.country and f.role for f in generic_actor_codes(span, date=None, lexicon=self.lexicon)):
                return True
        return False
