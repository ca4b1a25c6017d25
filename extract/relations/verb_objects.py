"""A verb's objects: direct objects a misparse did not make, the objects of its target prepositions,
targets that turn things into the complement, and a control verb's complement
(:class:`VerbObjectRules`, mixed into :class:`extract.relations.verbal.VerbRules`)."""

from __future__ import annotations

from ..syntax import ANY_SUBJECT_DEPS, DIRECT_OBJECT_DEPS, FINITE_TAGS, is_mandative
from .clause_addressees import clause_addressees
from .clause_objects import subject_of_later_clause
from .output import _PREP_OBJECT_PENALTY
from .theme_targets import theme_targets, without_destinations

__all__ = ["VerbObjectRules"]

# Prepositions that introduce a verb's target when it has no direct object.
# "on" is left out: "wrote on Twitter", "spoke on the phone".
_VERB_OBJ_PREPS = frozenset({"against", "at", "into", "with", "targeting", "toward", "towards"})
# A relative or interrogative word: a preposition fronted with one is the verb's own ("with which they agreed").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Children that end a complement's span: its own clauses, coordination and punctuation.
_COMPLEMENT_STOP = frozenset({"advcl", "punct", "conj", "cc", "parataxis"})


class VerbObjectRules:
    """What a verb's objects, targets and complement are.

    Expects ``doc``, the target rules (``prep_targets``, ``thing_objects``),
    the argument and control rules (``phrase_text``, ``addressees``) on the reader.
    """

    def direct_objects(self, kids) -> list:
        """A verb's direct objects; a second one set off by a comma after the first is no object of the
        verb but a misparse ("shot shoppers at a store, with the toll rising to 22, reported officials":
        the speakers of an inverted attribution). A verb has one direct object; a second is a conjunct."""
        dobjs = [c for c in kids if c.dep_ in DIRECT_OBJECT_DEPS]
        doc = self.doc
        return [d for n, d in enumerate(dobjs)
                if (n == 0 or d.left_edge.i == 0 or doc[d.left_edge.i - 1].text != ",") and not self.opens_clause(d)
                and not subject_of_later_clause(d)]

    def opens_clause(self, obj) -> bool:
        """Is the noun ``obj`` the subject of the finite clause right after it, misread as the verb's object
        ("a statement announcing the break had been contained", "found the money is gone")? So it is when the
        next word is a finite auxiliary or a present-tense verb or modal of a clause with no subject of its
        own, which the parser hung elsewhere; "said the plan had failed" parsed with "plan" as the subject is
        no object at all, and a relative clause on the noun ("the men who had fled") is the noun's own. The
        noun must end its phrase: in "the preparation students ought to achieve" the clause's subject is
        inside the object's phrase, not the object."""
        doc = self.doc
        after = obj.i + 1
        if after >= len(doc) or obj.right_edge.i != obj.i or obj.head.pos_ not in ("VERB", "AUX"):
            return False
        word = doc[after]
        if word.dep_ in ("aux", "auxpass") and word.tag_ in FINITE_TAGS:
            clause = word.head
        elif word.tag_ in ("VBZ", "MD") and word.dep_ not in ("acl", "relcl", "aux", "auxpass"):
            clause = word  # not VBP: the tagger reads a bare form so ("ordered the accused remain")
        else:
            return False
        return clause.i > obj.i and clause.i != obj.head.i and not is_mandative(clause) and not any(
            c.dep_ in ANY_SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children)

    def objects_and_targets(self, verb, phrase: str, obj_tokens, complement, *, kind: str):
        """(object tokens, target tokens, complement, penalty) of a verb.

        A target in a preposition ("demanded an explanation from Russia",
        "apologized to Seoul") replaces objects that are things, which become
        the complement; with no object at all, the objects of the verb's
        prepositions are read (with a penalty).
        """
        prep_penalty = 0.0
        if not obj_tokens and kind == "active":
            obj_tokens = clause_addressees(verb, self.lexicon)  # "implored X to send": X, misparsed as a subject
        targets = self.prep_targets(verb, phrase, obj_tokens) if kind in ("active", "passive") else []
        moved = theme_targets(verb, phrase, obj_tokens, self.is_actor, self.lexicon) if kind == "active" else []
        # "sent troops to Somalia": the troops are moved, Somalia is the target; "to Idlib province" is a place
        targets = moved or without_destinations(verb, phrase, targets, self.lexicon)
        if targets and (not obj_tokens or moved or self.thing_objects(obj_tokens)):
            complement = complement or (self.phrase_text(obj_tokens[0]) if obj_tokens else None)
            obj_tokens = []
        if not obj_tokens:
            # a target found leaves the verb's other phrases to set the scene: "filed a complaint against
            # Turkey at the United Nations" is done to Turkey, not to the United Nations
            obj_tokens = [] if targets else self.prep_objects(verb) or self.addressees(verb)  # "called on Iran to"
            obj_tokens += [t for t in targets if t not in obj_tokens]
            prep_penalty = _PREP_OBJECT_PENALTY
        return obj_tokens, targets, complement, prep_penalty

    def prep_objects(self, verb) -> list:
        """The objects of a verb's target prepositions ("fired at X", "out of X"); a phrase fronted before
        the clause's subject sets the scene and names no target ("At Vitoria, the corps consisted of ...",
        "With the vote over, the party ...")."""
        out = []
        first_subject = min((c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                            default=verb.i)
        for child in verb.children:
            if child.dep_ != "prep" or (child.i < first_subject and not any(
                    p.tag_ in _WH_TAGS for p in child.children)):  # "with which they agreed" is no scene
                continue
            if child.lower_ in _VERB_OBJ_PREPS:
                out.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.lower_ == "out":  # "out of"
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "of":
                        out.extend(p for p in grand.children if p.dep_ == "pobj")
        return out
    def complement(self, verb) -> str | None:
        for child in verb.children:
            if child.dep_ == "xcomp" or (
                child.dep_ == "prep"
                and child.lower_ in ("of", "for")
                and any(g.dep_ == "pcomp" for g in child.children)
            ):
                end = child.i
                stack = [child]
                while stack:
                    node = stack.pop()
                    end = max(end, node.i)
                    stack.extend(g for g in node.children if g.dep_ not in _COMPLEMENT_STOP)
                text = self.doc[child.left_edge.i : end + 1].text
                return text.strip().strip("“”\"").strip() or None
        return None
