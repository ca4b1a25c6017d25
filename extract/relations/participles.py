"""The agent of an active participle that modifies an actor: "protesters throwing stones", "gunmen firing on".

A present participle in a reduced relative clause (``acl``, VBG) has no
subject of its own: the noun it modifies does the act ("police arrested
dozens of protesters throwing stones at officers" -> (protesters, throw,
officers); "militants attacking the base were killed"). The subject rules
give such a participle a subject only when it hangs on a statement ("issued
a statement condemning X": the statement's author). Read here, with care:

- the noun is an actor: a name of a person, group or country, or a noun the
  actor tables code (protesters, soldiers, police);
- the participle's event (the CAMEO map of its lemma) is a conflict, verbal
  or material: an event of cooperation, a statement or a plain verb
  ("candidates running in the election", "people wearing masks") gives
  nothing, so a misread attachment costs little;
- the participle acts on someone or something: a direct object or a target after "at", "on",
  "against" ("students protesting in Belgium" names a place, no target);
- no "of"/"for" between ("accused X of attacking" is read by the accusation
  rules), and the noun is no event noun or thing ("a video showing police
  beating X": "video" is no actor).

``SubjectRules.subjects`` asks :meth:`ParticipleRules.participle_agent`.
"""

from __future__ import annotations

__all__ = ["ParticipleRules"]

_TARGET_PREPS = frozenset({"at", "on", "against", "upon", "toward", "towards"})
_CONFLICT_CLASSES = frozenset({"verbal conflict", "material conflict"})


class ParticipleRules:
    """Expects ``index``, ``lexicon`` and ``is_actor`` on the reader."""

    def participle_agent(self, verb) -> list:
        """[the actor noun an active participle modifies] ("protesters throwing stones"), or []."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
            return []
        head = verb.head
        if head.pos_ not in ("NOUN", "PROPN") or not self.is_actor(head):
            return []
        if not any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in verb.children):
            return []  # "students protesting in Belgium": a place, no one acted on
        event = self.lexicon.cameo.event_of(verb.lemma_.lower())
        if event is None or event.quad_class not in _CONFLICT_CLASSES:
            return []
        return [head]
