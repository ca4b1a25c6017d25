"""What the coreference rules share: the pronouns, the kinds and number a pronoun takes, how far back it
reaches, and a noun's salience in its clause (:func:`_role`).

:mod:`extract.coref` and the mixins its resolver is made of (:mod:`extract.coref_subjects`,
:mod:`extract.coref_rivals`) read these; none of them imports another's rules.
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__: list[str] = []


_PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_PRONOUNS = _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS
# What "it" and "they" may refer to by kind: a thing is an organisation, a place, a facility
# or an event; a plural a group or a people. Persons never.
_THING_KINDS = frozenset({"ORG", "GPE", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_PLURAL_KINDS = frozenset({"ORG", "NORP"})
# How many sentences back a pronoun or description may reach.
_PRONOUN_WINDOW = 2
_DESCRIPTION_WINDOW = 12
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The places in a clause that rank a noun after a subject and before the rest, as an antecedent.
_OBJECT_ROLES = frozenset({"dobj", "dative", "attr", "appos", "oprd"})
# Kinds of entity that are places.
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})


def _role(tok) -> int:
    """How salient a noun's place in its clause makes it as an antecedent: 2 a subject, 1 an object
    (direct, indirect, a copula's or an apposition), 0 any other (after a preposition, a possessor)."""
    if tok.dep_ in NOMINAL_SUBJECT_DEPS:
        return 2
    return 1 if tok.dep_ in _OBJECT_ROLES else 0


def _following_subject(doc, tok):
    """The subject of the clause a fronted possessive sits in, if it comes after it."""
    verb = tok.head
    while verb.dep_ not in ("ROOT", "ccomp", "advcl", "conj") and verb.head is not verb:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS and child.i > tok.i:
            return child
    return None


def quotation_bounds(text: str, marks, opening) -> tuple[list[int], list[int]]:
    """The sorted starts and ends of the quotations of ``text``: ``marks`` is a compiled pattern of every
    quotation mark and paragraph break, ``opening(mark, is_open)`` says whether a match opens a quotation
    (one that opens while a quotation is open is ignored); any other match closes the open one, and a
    quotation still open at the end runs to the end."""
    starts: list[int] = []
    ends: list[int] = []
    open_at = None
    for match in marks.finditer(text):
        if opening(match.group(), open_at is not None):
            if open_at is None:
                open_at = match.end()
        elif open_at is not None:
            starts.append(open_at)
            ends.append(match.start())
            open_at = None
    if open_at is not None:
        starts.append(open_at)
        ends.append(len(text))
    return starts, ends
