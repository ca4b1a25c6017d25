"""Claims and questions the clause's own shape marks: "the rebels, he claimed, attacked", "did X attack?".

A verb of claiming set in the middle or at the end of the clause it reports,
between commas ("The rebels, the minister alleged, shelled the town",
"Police beat them, she testified"), is parsed as a ``parataxis`` child of the
reported verb rather than as its governor; the clause is still the claim, as
in "the minister alleged that the rebels shelled the town". A bare
parenthetical only: the verb of claiming has a subject and no clause or
object of its own ("the army shelled the town; the rebels claim it was a
massacre" reports a second clause, not the first). The claiming verbs are
the lexicon's claim cues (``data/modality_claimed.txt``); "X said" stays
asserted, as it does before the clause.

A direct yes/no question ("Did Russia attack the town?", "Will the
ministers meet?") asks whether the act happened: the auxiliary stands before
the subject and the sentence ends in a question mark. It is hypothetical. A
wh-question ("Who attacked the town?") takes the act as done and stays.

Both are asked by :func:`extract.events.modality.modality_of` on the
predicate and on each clause it walks up to.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["parenthetical_claim", "question_cue"]

_OWN_CLAUSE_DEPS = frozenset({"ccomp", "dobj", "xcomp", "obj", "attr"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def parenthetical_claim(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """("claimed", verb) when a bare claiming verb between commas reports ``token``'s clause, else None.

    Parameters
    ----------
    token : spacy.tokens.Token
        The verb of the clause (the predicate, or a clause governing it).
    lexicon : Lexicon
        Gives the claim cues (``modality_claimed``).

    Returns
    -------
    tuple of (str, str) or None
        ``("claimed", "allege")`` for "the rebels, he alleged, attacked".
    """
    claims = lexicon.word_sets.get("modality_claimed", ())
    for child in token.children:
        if child.dep_ != "parataxis" or child.pos_ != "VERB":
            continue
        lemma = child.lemma_.lower()
        if lemma not in claims:
            continue
        kids = list(child.children)
        if any(c.dep_ in _SUBJECT_DEPS for c in kids) and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in kids):
            return "claimed", lemma
    return None


def question_cue(token) -> tuple[str, str] | None:
    """("hypothetical", "?") when ``token`` is the main verb of a yes/no question, else None.

    The auxiliary stands before the subject ("Did Russia attack", "Will they
    meet", "Has the army withdrawn"), the sentence ends in "?", and no
    wh-word opens it.
    """
    sent = token.sent
    if token.dep_ != "ROOT" or not sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return None
    if any(t.tag_ in _WH_TAGS for t in sent if t.i < token.i):
        return None
    subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
    auxes = [c for c in token.children if c.dep_ in _AUX_DEPS]
    if subjects and auxes and auxes[0].i < subjects[0].i < token.i:
        return "hypothetical", "?"
    return None
