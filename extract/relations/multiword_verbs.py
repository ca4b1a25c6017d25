"""Verbs whose event lies in more than the verb: a particle, an adjective or a state it puts its object in
("gunned down a mayor", "shot dead two men", "set free two researchers", "placed the minister under
house arrest"), read by :class:`MultiwordVerbRules`, mixed into the reader.

The CAMEO verb dictionary codes such verbs as a whole (``+GUN_DOWN [193]``, ``+SET_FREE``, the hand map's
"house arrest" 173), while the bare verb ("gun", "set", "place") has no event of its own. The rules that let
an actor noun with no name act on another ("gunmen", "the military": :meth:`VictimRules.concepts_may_relate`,
:meth:`TargetRules.may_target`, :meth:`RoleActorRules.role_actor_allows`) ask whether the verb is an event:
they are asked of the whole (:meth:`MultiwordVerbRules.gate_lemma`), not of its first word. Three parse shapes
are read as the verb's own:

- "shot dead two Palestinian men": the parser hangs the object on the resultative adjective
  ("dead", ``data/harm_states.txt``) right after the verb; it is the verb's object
  (:meth:`MultiwordVerbRules.resultative_objects`);
- "carried out air strikes on Kurdish militants": the parser hangs the event noun's target on the light verb
  after the noun; an actor there is the noun's target (:meth:`MultiwordVerbRules.verb_hung_targets`);
- "set free two French researchers": the adjective right after the verb, parsed as a modifier of the
  object, is the verb's particle when the two have an event of the map ("set free"), so the verb is no
  plain "set" (:meth:`MultiwordVerbRules.adjective_particle`).
"""

from __future__ import annotations

from ..syntax import DIRECT_OBJECT_DEPS, prepositional_objects

__all__ = ["MultiwordVerbRules"]

# The prepositions of a material event noun's target ("strikes on X", "a raid against X"), hung on the light verb.
_HUNG_TARGET_PREPS = ("on", "against", "upon")
# The roots of a whole verb's event that open the gates: force and assault ("gun down", "set fire", "lay siege");
# a phrase of another class ("vote down" 170, "beef up" 174, "step in" 070) stays as its bare verb.
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# The dependencies a resultative adjective right after its verb gets ("shot dead", "beaten unconscious").
_RESULT_DEPS = frozenset({"acomp", "oprd", "xcomp", "advmod", "ccomp"})


class MultiwordVerbRules:
    """The event and the objects of a verb of more than one word.

    Expects ``doc`` and ``lexicon``, the lost-verb rules (``framed_event``) and the target rules (``is_actor``) on
    the reader.
    """

    def gate_lemma(self, verb, lemma: str, phrase: str, objects=()) -> str:
        """The words whose CAMEO event makes ``verb`` an event: ``lemma`` when it has one; else, when one of
        ``objects`` (the verb's object tokens) is an actor, ``phrase`` (the verb with its particle or idiom:
        "gun down", "open fire") when that has an event of force or assault, or the state a placement verb
        puts its object in ("placed under house arrest": "house arrest"); else ``lemma``. "stamped out
        corruption" and "strung up banners" act on no actor, and stay as their bare verbs."""
        event_of = self.lexicon.cameo.event_of
        if event_of(lemma) is not None or not any(self.is_actor(t) for t in objects):
            return lemma
        event = event_of(phrase) if phrase != lemma else None
        if event is not None and event.root in _FORCE_ROOTS:
            return phrase
        framed = self.framed_event(verb)
        if framed is None:
            return lemma
        for child in verb.children:
            for noun in child.children if child.dep_ == "prep" else ():
                compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound")
                for key in (f"{compound} {noun.lemma_.lower()}".strip(), noun.lemma_.lower()):
                    if noun.dep_ == "pobj" and event_of(key) == framed:
                        return key
        return lemma

    def resultative_objects(self, verb) -> list:
        """The object the parser hangs on the resultative adjective right after ``verb`` ("shot dead two
        men": "men" under "dead"), or []."""
        doc = self.doc
        if verb.i + 1 >= len(doc):
            return []
        adjective = doc[verb.i + 1]
        if (adjective.head.i != verb.i or adjective.dep_ not in _RESULT_DEPS
                or adjective.lower_ not in self.lexicon.word_sets["harm_states"]):
            return []
        return [c for c in adjective.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i > adjective.i]

    def adjective_particle(self, verb, phrase: str) -> str:
        """``phrase`` with the adjective right after ``verb`` that the parser made a modifier of its object
        or of the verb, where the verb and the adjective have an event of the map ("set free two French researchers":
        "set free"); else ``phrase``."""
        doc = self.doc
        if verb.i + 1 >= len(doc) or " " in phrase:
            return phrase
        adjective = doc[verb.i + 1]
        if adjective.pos_ != "ADJ":
            return phrase
        if adjective.dep_ == "amod":
            obj = adjective.head
            if obj.head.i != verb.i or obj.dep_ not in DIRECT_OBJECT_DEPS:
                return phrase
        elif adjective.dep_ not in _RESULT_DEPS or adjective.head.i != verb.i:
            return phrase
        joined = f"{phrase} {adjective.lower_}"
        return joined if self.lexicon.cameo.event_of(joined) is not None else phrase

    def verb_hung_targets(self, noun, verb) -> list:
        """The actors of the target prepositions the parser hangs on light verb ``verb`` after its event noun
        ("carried out air strikes on Kurdish militants": "on" under "carried"), or []; "on Tuesday" names
        no actor."""
        return [t for t in prepositional_objects(verb, _HUNG_TARGET_PREPS) if t.i > noun.i and self.is_actor(t)]
