"""A name coordinated with a common noun is one member of a group: no plural pronoun stands for it alone.

"Tesco and other retailers said they would raise prices", "Russia and its allies ... their troops",
"more lights, additional CCTV and patrols ... they": the plural pronoun stands for the whole group the
coordination makes, which no entity names. Precision first, the resolver leaves it unresolved rather
than give the one name ("Tesco") what the group did. A singular "it" is not concerned: "Russia and its
allies met. It said ..." may still be Russia.
"""

from __future__ import annotations

__all__ = ["with_common_conjunct"]


def _common(tok, token_mention) -> bool:
    """A common noun outside every name ("retailers", "patrols"), not a pronoun or a name."""
    return tok.pos_ == "NOUN" and token_mention[tok.i] < 0


def with_common_conjunct(root, token_mention) -> bool:
    """Whether the name whose head token is ``root`` is coordinated with a common noun: the name has a
    common noun among its conjuncts ("Tesco and other retailers", "lights, CCTV and patrols").

    Parameters
    ----------
    root : spacy.tokens.Token
        The head token of a name's mention.
    token_mention : list of int
        For each token, the index of the mention it is in, or -1.

    Returns
    -------
    bool
    """
    return any(_common(c, token_mention) for c in root.conjuncts)
