"""Grants: a verb of giving whose object names the event and whose recipient is its target.

"Trump granted Milken a full pardon", "she was granted clemency", "X was
given asylum", "the junta offered the rebels an amnesty": an event coder
reads the event off the thing granted (the CAMEO verb patterns key GRANT on
its object: "* CLEMENCY" 081, "* AMNESTY" 056, "* &ASYLUM" 075; a noun with
an event of its own, "pardon" 080, "aid" 070, gives it), and its target is the
one who receives it, not the thing. The parse hides the recipient in three
ways:

- **active, two objects**: the recipient is the ``dative``, the thing the
  ``dobj``; with a long name the parser often hangs the thing on the name as
  an apposition ("granted Angela Ronae Stanton a full pardon");
- **passive**: the recipient is the passive subject and the thing stays an
  object ("she was granted clemency");
- **passive gerund**: "served eight years before being granted clemency"
  hangs the gerund on a preposition; the recipient is the subject of the
  clause the preposition modifies.

The granter is the active subject or the ``by`` phrase, else the one unnamed
``concept:unspecified`` (as for every agentless passive). Only cooperative
grants count (roots 05-08: diplomatic and material cooperation, aid, yielding), and only to a recipient
that can be a patient (a name, a resolved pronoun, an actor noun): "gave the
building a new roof" or "gave a warning" are not read here.
"""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECT_DEPS
from .output import _BASE

__all__ = ["GrantRules", "grant_event", "granted_noun", "recipient"]

# Verbs of giving whose object may name the event (the GRANT/GIVE synonym set of the CAMEO verb patterns).
_GRANT_VERBS = frozenset({"grant", "give", "award", "offer", "extend", "accord"})
# CAMEO roots a grant may have: diplomatic and material cooperation, aid, yielding (an event noun of conflict
# after "give" is no grant, and the statement patterns of GIVE fit "gave them a copy", "giving him a total").
_GRANT_ROOTS = frozenset({"05", "06", "07", "08"})
# Prepositions a passive gerund of a grant hangs on ("before being granted clemency").
_CLAUSE_PREPS = frozenset({"before", "after", "since", "upon", "on", "until", "without"})
_INDEFINITE = frozenset({"a", "an"})


def _appositive_thing(tok, depth: int = 0):
    """An indefinite common noun in ``tok``'s chain of appositions ("Safavian, formerly the chief of staff, a
    full pardon"): the thing a misparsed grant gives; a title ("the chief") has no indefinite article."""
    for child in tok.children:
        if child.dep_ != "appos" or child.i < tok.i:
            continue
        if child.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in child.children):
            return child
        if depth < 2:
            found = _appositive_thing(child, depth + 1)
            if found is not None:
                return found
    return None


def _named_holder(verb):
    """The dative, or a named direct object, that holds the thing granted as an apposition, or None."""
    for child in verb.children:
        if child.dep_ == "dative" or (child.dep_ in ("dobj", "obj") and child.pos_ in ("PROPN", "PRON")):
            if _appositive_thing(child) is not None:
                return child
    return None


def granted_noun(verb):
    """The common noun a grant verb gives: its direct object, or the indefinite apposition the parser hangs
    on the recipient ("granted Stanton a full pardon"), or None."""
    if verb.lemma_.lower() not in _GRANT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            return child
    holder = _named_holder(verb)
    return _appositive_thing(holder) if holder is not None else None


def recipient(verb):
    """Who receives the grant: the ``dative`` of the active verb (or the named object the thing hangs on),
    the subject of the passive, or the subject of the clause a passive gerund's preposition modifies;
    None when the parse names none."""
    kids = list(verb.children)
    dative = next((c for c in kids if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if dative is not None or _named_holder(verb) is not None:
        return dative if dative is not None else _named_holder(verb)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    subject = next((c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if subject is not None:
        return subject
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _CLAUSE_PREPS:
        return None
    clause = prep.head
    for _ in range(2):  # "served eight years, before being granted": the clause's subject, or its head's
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or clause.dep_ not in ("advcl", "conj", "xcomp"):
            return subject
        clause = clause.head
    return None


def grant_event(pred, lexicon):
    """The event of a grant at verb token ``pred``, from the thing granted, or None.

    A CAMEO verb pattern of the verb that fits its frame wins ("GRANT * CLEMENCY" 081); else the thing's
    own event ("pardon" 080). Only a cooperative event (roots 05-08) with a recipient counts.
    """
    noun = granted_noun(pred)
    if noun is None or recipient(pred) is None:
        return None
    from ..events.coding import NO_SENSE, verb_sense  # the event coder's patterns; events reads relations

    lemma = pred.lemma_.lower()
    fitted = verb_sense(lemma, pred, None, lexicon)
    event = fitted if fitted is not NO_SENSE and fitted is not None else None
    default = lexicon.cameo.event_of(lemma)
    if event is None or event.root not in _GRANT_ROOTS or (default is not None and event.code == default.code):
        event = lexicon.cameo.event_of(noun.lemma_.lower())  # the verb's bare default says nothing of the thing
    return event if event is not None and event.root in _GRANT_ROOTS else None


class GrantRules:
    """(granter, grant, recipient) where the verb patterns or the thing granted give a cooperative event,
    or where the thing given is a penalty (:mod:`extract.events.penalties`: "was given a fine").

    Expects the argument, clause, implicit and output rules on the reader.
    """

    def _penalty(self, verb) -> bool:
        from ..events.penalties import given_penalty  # the events layer reads relations; imported late

        return given_penalty(verb, self.lexicon) is not None

    def grant(self, verb) -> None:
        """Emit the grant at ``verb`` when the parse hid its recipient from the verb rules."""
        if grant_event(verb, self.lexicon) is None and not self._penalty(verb):
            return
        receiver = recipient(verb)
        if receiver is None or not self.patient_like(receiver):
            return
        kids = list(verb.children)
        passive = any(c.dep_ == "auxpass" for c in kids)
        agent = next((p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        granter = agent if passive else next((c for c in kids if c.dep_ == "nsubj"), None)
        subjects = self.arguments(granter) if granter is not None else [self.unspecified(verb)]
        objects = self.arguments(receiver)
        predicate = self.predicate(verb, verb.lemma_.lower())
        negated = self.negated(verb)
        confidence = _BASE["passive" if passive else "active"]
        for subject in subjects:
            for obj in objects:
                self.emit(subject, predicate, obj, verb, negated=negated, confidence=confidence,
                          allow_concepts=granter is None)
