"""A declared period as a verb's object: "declared tomorrow a day of mourning".

In "X declared Friday a day of mourning" the parser hangs "a day" on the verb
as a noun-phrase adverb, so the verb has no object and the act is lost. A
period noun of ``data/declared_periods.txt`` with an article or a count, an
"of" phrase with a common noun, and no direct object on the verb is the verb's
object; ``arguments`` reads the "of" phrase for it ("three days of mourning":
the mourning), so CAMEO's "DECLARE * MOURNING [017]" pattern codes it.
"""

from __future__ import annotations

__all__ = ["declared_period"]

_DETERMINERS = frozenset({"a", "an", "one", "the"})


def declared_period(verb, kids, periods: frozenset[str]):
    """The period noun a verb of ``kids`` declares as its complement, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb (only one with no direct object is asked).
    kids : list of Token
        The verb's children.
    periods : frozenset of str
        Period nouns (``data/declared_periods.txt``).
    """
    if verb.pos_ != "VERB":
        return None
    for kid in kids:
        if kid.dep_ != "npadvmod" or kid.pos_ != "NOUN" or kid.lemma_.lower() not in periods or kid.i < verb.i:
            continue
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in _DETERMINERS for c in kid.children):
            continue  # "declared it last week": a time of the act, not its complement
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
               for c in kid.children):
            return kid
    return None
