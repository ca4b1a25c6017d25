"""Appeals and demands as nouns: "Germany's call on Russia to withdraw", "Kenya's demand for Somalia to
withdraw its troops" (:class:`AppealNounRules`, mixed into :class:`extract.relations.reader._Reader`).

A noun of ``data/appeal_nouns.tsv`` (call, appeal, plea, demand) is no event noun of its own ("a call"
is mostly a telephone call, "an appeal" a court's). It is an appeal when it names all three parts of
one, as the CAMEO verb patterns do for its verb ("CALL ON", "APPEAL", "PLEAD" 020; "DEMAND" 100):

- who makes it: a possessor or a "by" phrase that is an actor ("Germany's call", "its call" resolved,
  "the call by the UN");
- whom it is made to: an actor in one of the noun's prepositions ("on", "to", "for"), or the subject of
  a "for ... to" clause on the noun ("the president's call for Congress to act");
- what is asked: an infinitive right after that addressee ("on Russia to withdraw").

The appeal (or demand) is then (maker, verb, addressee); the event is read off the verb with its
preposition where the CAMEO map has that ("call on", "call for" 020), else off the verb ("appeal" 020,
"demand" 100), and the noun is skipped unless that is an appeal (02) or a demand (10).
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..types import Predicate
from .output import _BASE

__all__ = ["AppealNounRules"]

_ROOTS = frozenset({"02", "10"})


@functools.lru_cache(maxsize=8)
def appeal_nouns(lexicon: Lexicon) -> dict[str, tuple[str, frozenset[str]]]:
    """noun -> (verb, prepositions naming the addressee)."""
    return {noun: (cells[0], frozenset(cells[1].split())) for noun, cells in lexicon.tables["appeal_nouns"].items()}


class AppealNounRules:
    """(maker, appeal, addressee) of an appeal noun with a maker, an addressee and an infinitive.

    Expects ``doc``, ``lexicon``, the argument, target (``is_actor``) and output rules on the reader.
    """

    def appeal_noun(self, noun) -> bool:
        """Emit the appeal ``noun`` names with its maker and addressee; returns whether any was read."""
        entry = appeal_nouns(self.lexicon).get(noun.lower_)
        if entry is None or noun.pos_ != "NOUN":
            return False
        verb, preps = entry
        makers = [c for c in noun.children if c.dep_ == "poss"]
        makers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                   if p.dep_ == "pobj"]
        sources = [a for t in makers for a in self.arguments(t) if not a.is_concept or self.is_actor(t)]
        if not sources:
            return False
        read = False
        for prep, addressee in self._addressees(noun, preps):
            event_of = self.lexicon.cameo.event_of
            lemma = f"{verb} {prep}" if prep != "for" or event_of(f"{verb} {prep}") else verb
            if event_of(lemma) is None:
                lemma = verb
            event = event_of(lemma)
            if event is None or event.root not in _ROOTS or not self.is_actor(addressee):
                continue
            predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
            for source in sources:
                for target in self.arguments(addressee):
                    self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"],
                              allow_concepts=True)
                    read = True
        return read

    def _addressees(self, noun, preps) -> list:
        """(preposition, addressee token) pairs of ``noun`` followed by an infinitive of what is asked."""
        doc = self.doc
        out = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    after = pobj.right_edge.i + 1
                    if (pobj.dep_ == "pobj" and after + 1 < len(doc) and doc[after].lower_ == "to"
                            and doc[after].dep_ == "aux" and doc[after].head.tag_ == "VB"):
                        out.append((child.lower_, pobj))
            elif child.dep_ in ("acl", "relcl") and "for" in preps and child.tag_ == "VB":
                kids = list(child.children)
                if (any(k.dep_ == "mark" and k.lower_ == "for" for k in kids)
                        and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)):
                    out.extend(("for", k) for k in kids if k.dep_ == "nsubj")  # "call for Congress to act"
        return out
