"""Infinitives of purpose: "police fired tear gas to disperse the protesters" -> (police, disperse, protesters).

An infinitive of purpose (``advcl``; ``xcomp`` after "use") hanging on a verb
whose object is a plain thing is done by that verb's subject. An actor as the
object may be the doer ("sent troops to fight", "urged Iran to"), and so may
one in anything else between the verb and the infinitive ("paid bounties to
the Taliban to kill", "support for the protests to end"): none then, nor after
a verb of control or raising, nor for a causative infinitive ("to have X fired"), nor in an
embedded clause, whose modality the purpose would not inherit ("claimed Iran spoofed e-mails to spread").
"""

from __future__ import annotations

from ..syntax import DIRECT_OBJECT_DEPS, prepositional_objects

__all__ = ["PurposeRules"]

# The verb whose infinitive complement after its object is a purpose: "used tear gas to disperse protesters".
_INSTRUMENT_VERB = "use"
# Verbs whose object does the infinitive's act or is in its state: "to have X fired", "to be".
_CAUSATIVE_VERBS = frozenset({"have", "be", "let", "make"})


def _main_clause(verb) -> bool:
    """Is ``verb`` (or the first verb it is coordinated with) the sentence's own verb? Under a verb of saying,
    a promise or a question ("claimed Iran spoofed e-mails to spread ...", "promised to hold a referendum to
    cancel ...") the purpose would need the modality of the clause above, which it does not inherit."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


class PurposeRules:
    """Whose an infinitive of purpose is.

    Expects ``doc``, ``raising``, ``controls``, ``quantifiers`` and the argument and target rules on the reader.
    """

    def purpose_infinitive(self, verb) -> bool:
        """Is ``verb`` an infinitive of purpose after a verb whose objects are things, done by that verb's
        subject: "fired tear gas to disperse the protesters", "used its veto to block the resolution"? An
        actor as the object may be the doer ("sent troops to fight", "urged Iran to"), so none then, nor
        after a verb of control or raising; an infinitive complement (xcomp) after an object is the
        object's ("allowed the bill to pass"), except after "use"."""
        head = verb.head
        lemma = head.lemma_.lower()
        # an infinitive complement after an object is the object's ("allowed the bill to pass"), but "use"'s
        if (not (verb.dep_ == "advcl" or verb.dep_ == "xcomp" and lemma == _INSTRUMENT_VERB)
                or verb.tag_ != "VB" or head.pos_ != "VERB" or head.i > verb.i
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                or any(c.dep_ in ("mark", "nsubj", "expl") for c in verb.children)):
            return False
        if lemma in self.raising or lemma in self.controls or not _main_clause(head):
            return False
        objects = [c for c in head.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ == "dative"]
        if not objects or any(c.dep_ == "dative" or c.i > verb.i for c in objects):
            return False
        # only the object between, with no "for": "paid bounties to the Taliban to kill", "support for the
        # protests to end" name another doer
        between = self.doc[head.i + 1 : verb.left_edge.i]
        inside = [i for c in objects for i in range(c.left_edge.i, c.right_edge.i + 1)]
        if any(t.lower_ == "for" or t.pos_ != "ADV" and t.i not in inside for t in between) or (
                verb.lemma_.lower() in _CAUSATIVE_VERBS):
            return False  # "to have a prosecutor fired": what is done is another's
        return all(self.plain_thing(c) for c in objects)  # "used children to carry bombs": theirs

    def plain_thing(self, tok) -> bool:
        """Is ``tok`` a noun for a thing: no actor, number, pronoun or share of a group ("six of the committees")?"""
        if (tok.pos_ != "NOUN" or self.is_actor(tok) or prepositional_objects(tok, ("of",))
                or tok.lower_ in self.quantifiers):
            return False
        arg = self.argument(tok)  # "paid his friend Joe Shapiro to take the SAT": a name
        return arg is None or arg.type == "CONCEPT"
