"""A plain agent noun acting on a concept is an edge only as a coded event: "The court sentenced the former
president" (172) stays, "the ministry gave a few masks to the hospital" (no type) goes.

The reader lets a concept subject whose head is an agent noun with a role code of the CAMEO agents dictionary
("court" ``JUD``, "junta" ``GOV``, "parliament" ``LEG``) relate to a concept object
(:mod:`extract.relations.agent_roles`). Whether the verb's sense is an event is known only after event typing
(the verb patterns, the sense rules of :mod:`extract.events`): "the court demonstrated a shocking
ignorance", "parliament cannot pass legislation" end with no type. :func:`typed_agent_edges` drops every
such relation that has none. A subject of ``data/agent_nouns.txt`` ("police", "officials") or with a
country ("a Kenyan court") relates as before, typed or not.
"""

from __future__ import annotations

from ..actors.mentions import is_generic_actor
from ..relations.agent_roles import role_agent_head
from ..syntax import prepositional_objects
from ..types import Relation

__all__ = ["typed_agent_edges"]


def typed_agent_edges(doc, relations: list[Relation], *, lexicon) -> list[Relation]:
    """``relations`` without the untyped ones between two concepts whose subject is a role-coded agent noun
    beyond ``data/agent_nouns.txt`` with no country."""
    return [r for r in relations if r.event is not None or not _role_agent_pair(doc, r, lexicon)]


def _role_agent_pair(doc, relation: Relation, lexicon) -> bool:
    if not (relation.subject.is_concept and relation.object.is_concept):
        return False
    span = doc.char_span(relation.subject.start, relation.subject.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    heads = [span.root, *(t for t in span.root.conjuncts if t.i > span.root.i)]  # "a jurisdiction or a tribunal"
    short = lexicon.word_sets["agent_nouns"]
    role = False
    for head in heads:
        if head.lower_ in lexicon.word_sets["quantifier_nouns"]:  # "dozens of soldiers": the soldiers
            head = next(iter(prepositional_objects(head, ("of",))), head)
        if head.lemma_.lower() in short or head.lower_ in short or is_generic_actor(head, lexicon=lexicon):
            return False  # related as before (victims.py)
        role = role or role_agent_head(head, lexicon)
    return role
