"""An "it" that is able, willing or aware: the subject of an adjective of a doer, not an empty "it".

"The board was absent. It is unable to operate during the shutdown", "the ministry said it was ready to
talk", "the company said it was aware of the report": the complement of the copula is an adjective whose
subject does, knows or feels something (``data/agent_adjectives.txt``). Such an "it" refers to a body or a
country like any other subject; "it is clear that ...", "it is likely to rain" and "it was dangerous" keep
the empty subject of :func:`extract.coref_expletive.is_expletive`, whose adjectives are no such words.
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["agent_state"]

#: Copulas whose adjective says what their subject is.
_COPULAS = frozenset({"be", "remain", "become", "appear", "seem"})


def agent_state(tok, lexicon) -> bool:
    """Whether the subject "it" ``tok`` is what an adjective of a doer after its copula describes
    ("it is unable to operate", "it was not aware of").

    Parameters
    ----------
    tok : spacy.tokens.Token
        A pronoun of a parsed Doc.
    lexicon : extract.lexicon.Lexicon
        The lexicon, whose ``agent_adjectives`` word list names the adjectives.

    Returns
    -------
    bool
        True when ``tok`` is the subject "it" of a copula whose adjectival complement is an adjective of a
        doer, one who knows or one who feels.
    """
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = tok.head
    if verb.lemma_.casefold() not in _COPULAS:
        return False
    adjectives = lexicon.word_sets["agent_adjectives"]
    return any(
        c.dep_ == "acomp" and c.i > tok.i and c.lower_ in adjectives for c in verb.children
    )
