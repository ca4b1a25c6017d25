"""A state body with no stated country still acts: "the interior ministry expelled three Russian
diplomats", "the navy seized an Iranian tanker" (:class:`RoleActorRules`, mixed into the reader).

The subject's head is a state or armed body noun or agent noun whose only code is role letters of a
state (``GOV``, ``MIL``, ``COP``, ``JUD``, ``LEG``, ``SPY``: :data:`extract.actors.codes.STATE_ROLES`)
because nothing names its country (issue 11: no country is guessed). Such a subject may relate to a
concept object when the verb has an event of the CAMEO map and the object names a country ("three
Russian diplomats", "an Iranian tanker", "the French ambassador"); two plain concepts stay unrelated
("the ministry rejected the report"). Non-state bodies ("the company", "the club", "the school") have
no state role and stay as they were; a body of an international organisation ("the commission") has
no role-only code and follows the IGO rules.

The argument stays a concept with the role code: the graph keeps a role-only actor per document
(:mod:`graph.model`), never one "military" of every article.
"""

from __future__ import annotations

from ..actors.codes import STATE_ROLES, actor_code
from ..actors.mentions import generic_actor_codes
from ..syntax import prepositional_objects
from ..doccache import doc_span

__all__ = ["RoleActorRules", "is_role_only_code"]


def is_role_only_code(code: str | None, countries) -> bool:
    """Is ``code`` a state role alone, no country ("GOV", "MIL", "COPGOV")?"""
    if not code or len(code) % 3 or code[:3] in countries:
        return False
    return all(code[i : i + 3] in STATE_ROLES for i in range(0, len(code), 3))


class RoleActorRules:
    """When a state body with no country may relate to a concept that names a country.

    Expects ``doc``, ``lexicon``, ``quantifiers``, ``members`` and ``index`` on the reader.
    """

    def role_only_subject(self, sub_tokens) -> bool:
        """Does a subject token head a state body whose only code is its role ("the navy": ``MIL``)?"""
        countries = self.lexicon.countries.by_alpha3
        for tok in sub_tokens:
            for member in self.members(tok):
                if member.lower_ in self.quantifiers:
                    member = next(iter(prepositional_objects(member, ("of",))), member)
                if member.pos_ != "NOUN" or self.index.mention_at(member.i) is not None:
                    continue
                found = generic_actor_codes(self.doc[member.left_edge.i : member.i + 1], date=None,
                                            lexicon=self.lexicon)
                if found and all(f.source == "role" and is_role_only_code(f.code, countries) for f in found):
                    return True
        return False

    def names_country(self, tok) -> bool:
        """Does the concept phrase headed by ``tok`` name a country ("three Russian diplomats",
        "an Iranian tanker", "the French ambassador"), not a plain concept ("the report")?"""
        countries = self.lexicon.countries.by_alpha3
        for member in self.members(tok):
            if member.pos_ not in ("NOUN", "PROPN"):
                continue
            words = [t for t in doc_span(self.doc, member.left_edge.i, member.i + 1)]
            if any(t.dep_ == "poss" and t.head.i == member.i for t in words):
                continue  # "its chief", "Germany's decision": a possessor is not the thing itself
            found = generic_actor_codes(doc_span(self.doc, member.left_edge.i, member.i + 1), date=None, lexicon=self.lexicon)
            if any(f.country for f in found):
                return True
            code = actor_code(" ".join(t.text for t in words), lexicon=self.lexicon)
            if code and code[:3] in countries:
                return True
        return False

    def role_actor_allows(self, sub_tokens, lemma: str, tok) -> bool:
        """May a role-only state body subject relate through ``lemma`` to the concept ``tok``?"""
        return (self.lexicon.cameo.event_of(lemma) is not None and self.names_country(tok)
                and self.role_only_subject(sub_tokens))
