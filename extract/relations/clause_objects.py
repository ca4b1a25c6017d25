"""A verb's object that is the subject of the verb's later clausal complement.

"The government announced the tests by a military laboratory found Novichok"
and "announced the new region, to be called Bangsamoro, would be governing
itself" are parsed with the noun as the direct object of "announced" and the
finite clause after it as the verb's ``ccomp`` with no subject of its own: the
noun is that clause's subject, what was announced is the clause, and
(government, announce, tests) is no relation. :mod:`extract.relations.verb_objects`
catches the same misparse when the clause's first word comes right after the
noun; this one reads the clause wherever the parser hung it, when the noun's
phrase (a prepositional phrase, a parenthetical relative clause) stands
between them.

A verb that takes an object and a clause ("told reporters he was leaving",
"warned voters the polls would close") gives the clause its own subject, so
it is left alone; so is a mandative clause ("ordered the accused remain in
custody", :func:`extract.syntax.is_mandative`) and a bare or participial
complement ("made him leave", "saw them fleeing"), which are not finite.
"""

from __future__ import annotations

from ..syntax import ANY_SUBJECT_DEPS, FINITE_TAGS, is_mandative

__all__ = ["subject_of_later_clause"]

_AUX_DEPS = frozenset({"aux", "auxpass"})


def _finite(clause) -> bool:
    """A clause of a tensed verb: its own tag is past or third person present, or a finite auxiliary or a modal
    hangs on it (a bare VBP is left out: the tagger reads a mandative's bare form so)."""
    if clause.tag_ in ("VBD", "VBZ"):
        return True
    return any(c.dep_ in _AUX_DEPS and c.tag_ in FINITE_TAGS for c in clause.children)


def subject_of_later_clause(obj) -> bool:
    """Is the direct object ``obj`` the subject of its verb's clausal complement after it?

    So it is when the verb has a ``ccomp`` after the object's phrase that is finite, has no subject (nor
    expletive) of its own and is no mandative, and no verb, other direct object or clause stands between them.
    """
    verb = obj.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    end = obj.right_edge.i
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.left_edge.i <= end:
            continue
        if not _finite(clause) or is_mandative(clause):
            continue
        if any(c.dep_ in ANY_SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
            continue
        between = verb.doc[end + 1 : clause.left_edge.i]
        # a verb between has a noun of its own nearer the clause ("estimate the population by observing the
        # area turned orange": the area turned), and a second object or clause of the verb is another reading
        if any(t.pos_ in ("VERB", "AUX") or (t.head == verb and t.dep_ in ("dobj", "ccomp", "xcomp", "dative"))
               for t in between):
            continue
        return True
    return False
