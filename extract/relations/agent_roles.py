"""An agent noun of the CAMEO agents dictionary acts on people, a body or a place: "The court sentenced the former
president to 10 years", "The junta released 200 political prisoners", "Prosecutors charged the suspect"
(:class:`AgentRoleRules`, mixed into the reader).

Two concepts (no names) relate only through a harm verb or an actor noun of ``data/agent_nouns.txt``
(:meth:`~.victims.VictimRules.concepts_may_relate`). A subject whose head is any other agent noun with a role
code of the agents dictionary of a state body or an armed group (``data/acting_roles.txt``: "court" ``JUD``,
"junta" ``GOV``, "army" ``MIL``, "lawmakers" ``LEG``; not "the university" ``EDU``) may relate as well when the verb has an event of the CAMEO map and the object is what a coder codes: an actor
(a role noun, a name's reference, a counted group of people: "the former president", "200 political
prisoners"), or a place ("shelled the town"). "The court demonstrated a shocking ignorance", "the
ministry gave a few masks" have no such object and stay unrelated.

The relation is provisional: it is kept only if the event rules give it a type
(:mod:`extract.events.agent_edges`), so a verb whose sense the sense rules take away ("heard the case")
leaves no untyped edge.
"""

from __future__ import annotations

from ..syntax import prepositional_objects

__all__ = ["AgentRoleRules", "role_agent_head"]

_HEAD_POS = frozenset({"NOUN", "PROPN"})
# Word lists of the people, bodies and places an object may be: "the suspect", "political prisoners", "the town".
_CODED_NOUN_LISTS = ("person_nouns", "body_nouns", "place_nouns", "area_nouns")
# The modifiers that name an owner of the object: "rebel positions", "a police station".
_OWNER_DEPS = frozenset({"compound", "amod"})


def role_agent_head(tok, lexicon) -> bool:
    """Is ``tok`` a plain noun whose role code in the CAMEO agents dictionary is a state body's or an armed
    group's (``data/acting_roles.txt``: "court", "prosecutors", "insurgents"; not "university")?"""
    if tok.pos_ not in _HEAD_POS:
        return False
    agents, acting = lexicon.dictionaries, lexicon.word_sets["acting_roles"]
    return any((agents.agent_role(form) or "").lower() in acting for form in (tok.lemma_.lower(), tok.lower_))


class AgentRoleRules:
    """When an agent-noun subject with a role code may relate to a concept object.

    Expects ``lexicon``, ``index``, ``quantifiers``, ``titles``, ``members`` and ``is_actor`` on the reader.
    """

    def agent_role_allows(self, sub_tokens, lemma: str, tok) -> bool:
        """May the subject ``sub_tokens`` relate through ``lemma`` to the concept ``tok``: a role-coded agent noun
        subject, a verb of the CAMEO map and an object a coder codes?"""
        if self.lexicon.cameo.event_of(lemma) is None:
            return False
        return self.role_agent_subject(sub_tokens) and self.coded_object(tok)

    def role_agent_subject(self, sub_tokens) -> bool:
        """Does a subject token head a plain agent noun with a role code ("the court", "state prosecutors")?"""
        for tok in sub_tokens:
            for member in self.members(tok):
                if member.lower_ in self.quantifiers:  # "dozens of soldiers": the soldiers
                    member = next(iter(prepositional_objects(member, ("of",))), member)
                if role_agent_head(member, self.lexicon) and not any(
                        self.index.mention_at(t.i) is not None for t in (member, *member.lefts)):
                    return True  # "the IRS website" acts as the IRS, a name (the rules of names)
        return False

    def coded_object(self, tok) -> bool:
        """Is the concept ``tok`` an actor, people or a place a coder codes ("the suspect", "rebel positions",
        "200 political prisoners", "the town"), not a thing ("masks", "ignorance", "legislation")?"""
        words = self.lexicon.word_sets
        for member in self.members(tok):
            if member.lower_ in self.quantifiers:  # "dozens of journalists": the journalists
                member = next(iter(prepositional_objects(member, ("of",))), member)
            lemma = member.lemma_.lower()
            if self.is_actor(member) or lemma in self.titles or any(lemma in words[name] for name in _CODED_NOUN_LISTS):
                return True
            if any(self.owner_role(m) for m in member.lefts if m.dep_ in _OWNER_DEPS):
                return True  # "rebel positions", "a police station": a coder codes the owner
        return False

    def owner_role(self, tok) -> bool:
        """Is the modifier ``tok`` an agent noun with a role code ("rebel", "police", "army")?"""
        agents = self.lexicon.dictionaries
        return agents.agent_role(tok.lower_) is not None or agents.agent_role(tok.lemma_.lower()) is not None
