"""Parts of a verb's reading: its passive objects, idioms that take in its object, "against" / "into" /
"toward" in its predicate."""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECT_DEPS
from .clauses import _REL_PRONOUNS
from .fronted_passives import fronted_patients
from .hidden_sides import compound_verb_patients

__all__ = ["VerbPartRules"]

# What a verb that shares the next verb's object may have of its own: its subject, auxiliaries, adverbs.
_BARE_VERB_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "cc", "conj", "punct"})
# A participle set off by a comma after the object of a preposition may modify that noun, the noun the
# preposition hangs on or the clause's subject ("a study was published in Nature Astronomy, conducted by X";
# "permitted a concert in Gdansk, organised by X"); "of" on a noun binds its object to the noun ("part of
# the project, funded by X"). After a verb's object the parse's noun is
# mostly right ("simulcast the town hall, hosted by X"), but not for the participles of a sequence, which
# order the whole clause ("both earned 9 delegates, followed by X, with 6"): their lemmas, and the object
# relations they may hang on.
_SEQUENCE_PARTICIPLES = frozenset({"follow", "precede", "trail"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "npadvmod"})
# Event classes whose verbs act on someone, so that a verb of them lacking its object shares the next one's.
_TRANSITIVE_CLASSES = frozenset({"material conflict", "verbal conflict"})
# Prepositions that turn a verb's sense when their object is the relation's: "ruled against X", "looked
# into X" (not "looked X"), "stepped into the role", "continued toward X".
_SENSE_PREPOSITIONS = ("against", "into", "toward", "towards")


class VerbPartRules:
    """What a verb's predicate and objects are made of, before its relations are read.

    Expects the clause (``predicate``), undergoer (``agent_gerund_patients``), implicit
    (``swallowed_clause``) rules and the word sets ``raising`` and ``idioms`` on the reader.
    """

    def passive_objects(self, verb, kids, lemma: str, *, kind: str) -> list:
        """A passive verb's grammatical subjects, its objects; a relative pronoun stands for its head."""
        passive_objs = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_objs and lemma in self.raising and any(c.dep_ == "xcomp" for c in kids):
            return []  # "X was reported by the media to have visited": X is the infinitive's subject
        if passive_objs and verb.dep_ == "relcl" and passive_objs[0].lower_ in _REL_PRONOUNS:
            return [verb.head]
        # "groups claiming the election was stolen by X": the parser's subject is no patient
        return [p for p in passive_objs if not self.swallowed_clause(p, verb)]

    def shared_objects(self, verb, kids) -> list:
        """The objects a verb shares with the verb coordinated right after it: "arrested and charged X",
        "condemned and rejected the plan" (the parser hangs X on the second verb only).

        Only a verb of conflict (material or verbal, no protest: those verbs act on someone; "arrived
        and detained X", "met and signed X", "protested and blocked X" share nothing), no mutual or
        one-place verb, with nothing of its own after it but "and"/"or" and the second verb, which has
        no subject of its own; the object shared is a name or an actor ("attacked and took control of
        X" shares no "control").
        """
        doc = self.doc
        if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].lower_ not in ("and", "or"):
            return []
        second = doc[verb.i + 2]
        lemma = verb.lemma_.lower()
        event = self.lexicon.cameo.event_of(lemma)
        if (second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB"
                or any(c.dep_ not in _BARE_VERB_DEPS for c in kids if c.i != second.i)
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in second.children)
                or event is None or event.quad_class not in _TRANSITIVE_CLASSES or event.root == "14"
                or self.verb_frames(lemma) or lemma in self.lexicon.word_sets["one_place_events"]):
            return []
        # only an actor: "took control of X", "set fire to X", "imposed sanctions on X" share no object
        return [c for c in second.children if c.dep_ in ("dobj", "obj")
                and (self.index.mention_at(c.i) is not None or self.is_actor(c))]

    def participle_patients(self, verb, *, kind: str) -> list:
        """The patient of a passive with an agent and no subject of its own: the noun a participle
        modifies ("a truce brokered by Moscow"), the clause's subject of a gerund ("died after being
        shot by X")."""
        if kind != "passive":
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            if fused := compound_verb_patients(verb, self.lexicon):
                return fused  # "she was gang raped by X": she, not "gang" (hidden_sides.py)
            return [] if self.loose_participle(verb) else [verb.head]
        return self.agent_gerund_patients(verb) or fronted_patients(verb, self.lexicon)  # "Criticised by X, Y ..."

    def loose_participle(self, verb) -> bool:
        """Is the noun a participle modifies ambiguous?

        A participle set off by a comma after a prepositional phrase ("published in Nature Astronomy,
        conducted by X") may modify that noun, the one the phrase hangs on or the clause's subject, and
        one of sequence after a verb's object ("earned 9 delegates, followed by X") orders the clause:
        the parse's choice is no ground for an edge. Right after its noun ("a man wanted by X"), after a
        subject ("the report, written by X,"), after "of" on a noun ("part of the project, funded by X")
        or after a verb's object ("simulcast the town hall, hosted by X") it is not.
        """
        head = verb.head
        left = verb.left_edge.i
        if left == 0 or self.doc[left - 1].text != "," or head.i > left:
            return False
        if head.dep_ == "pobj":
            prep = head.head
            return prep.dep_ == "prep" and not (prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"))
        return head.dep_ in _OBJECT_DEPS and verb.lemma_.lower() in _SEQUENCE_PARTICIPLES

    def idiom_phrase(self, verb, phrase: str, dobjs):
        """(phrase, direct objects, idiom token or None): an idiom's object joins the predicate.

        "opened fire at a mosque", "took place in Belgrade": the object is part
        of the predicate; "held two officers in contempt", "took the report
        into account": the words after the object are.
        """
        if len(dobjs) == 1 and f"{phrase} {dobjs[0].lower_}" in self.idioms:
            idiom = dobjs[0]
            return f"{phrase} {idiom.lower_}", [], idiom
        if len(dobjs) == 1:
            idiom = self.idiom_after_object(verb, phrase)
            if idiom is not None:
                return f"{phrase} {idiom.head.lower_} {idiom.lower_}", dobjs, idiom
        return phrase, dobjs, None

    def idiom_after_object(self, verb, phrase: str):
        """The noun of "<verb> X <preposition> <noun>" that ``data/verb_idioms.txt`` lists with the verb
        ("hold in contempt", "take into account"), or None."""
        for child in verb.children:
            if child.dep_ == "prep" and child.i > verb.i:
                for noun in child.children:
                    if noun.dep_ == "pobj" and f"{phrase} {child.lower_} {noun.lower_}" in self.idioms:
                        return noun
        return None

    def against_predicate(self, verb, phrase: str):
        """(the verb's "against", "into" or "toward", the predicate "<phrase> <preposition>") or None:
        "ruled against the plan", "voted against X", "looked into X", "stepped into the role" (the
        preposition turns the verb's sense)."""
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SENSE_PREPOSITIONS), None)
        return None if prep is None else (prep, self.predicate(verb, f"{phrase} {prep.lower_}", last=prep))
