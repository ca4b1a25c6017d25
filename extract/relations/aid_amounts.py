"""Aid given as an amount of money or goods, done to the actor in its "to" phrase.

"Japan donated $10 million to Ukraine", "The World Bank lent $300 million to Kenya", "India shipped 50,000 tonnes
of wheat to Afghanistan": the direct object is an amount, which is no argument (a number names nothing), and
the verb's "to" phrase names who receives it. The CAMEO verb patterns write the target there for the verbs of
giving (GIVE "* ASSISTANCE TO +", PROVIDE "* LOAN TO +", GRANT "* AID TO +"; DONATE and CONTRIBUTE share
GIVE's patterns, [070]). The target preposition table (``data/target_prepositions.tsv``) lists only some of
these verbs; here every verb of giving in ``data/aid_amounts.tsv`` whose object is an amount takes the actor
in "to" (hung on the verb or on the amount) as its target.

Not read: an object that is no amount ("gave a speech to reporters" is for the speech rules), paying, spending,
selling and fining (not in the verb list).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from ..lexicon import Lexicon
from ..lexicon.core import DATA_DIR

__all__ = ["aid_words", "amount_recipients", "amounts_given", "is_amount", "recipient_phrases"]

_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY"})
_COUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})


@functools.lru_cache(maxsize=1)
def aid_words() -> dict[str, frozenset[str]]:
    """The words of ``data/aid_amounts.tsv`` by kind ("verb", "military", "humanitarian", "money"), read once."""
    with open(DATA_DIR / "aid_amounts.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    kinds: dict[str, set[str]] = {}
    for kind, word in rows:
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def is_amount(tok) -> bool:
    """Is ``tok`` an amount: money or a quantity ("$10 million", "50,000 tonnes"), or a noun counted by a number
    ("500,000 doses", "50 million euros")?"""
    if tok.ent_type_ in _AMOUNT_ENTS:
        return True
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and (c.ent_type_ in _COUNT_ENTS or c.like_num) for c in tok.children)


def amounts_given(verb, lemma: str, is_actor: Callable | None = None) -> list:
    """The amounts a verb of giving has as its direct object ("donated $10 million"); none for another verb or
    for counted actors ("sent 3,000 troops": ``is_actor`` says so)."""
    if verb.pos_ != "VERB" or lemma.lower() not in aid_words()["verb"]:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and is_amount(c)
            and (is_actor is None or not is_actor(c))]


def recipient_phrases(verb, amounts) -> list:
    """The objects of the "to" phrases on ``verb`` or on its ``amounts``."""
    return [p for head in (verb, *amounts) for child in head.children
            if child.dep_ in ("prep", "dative") and child.lower_ == "to"
            for p in child.children if p.dep_ == "pobj"]


def amount_recipients(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors in "to" on a verb of giving whose direct object is an amount ("donated $10 million to Ukraine")."""
    amounts = amounts_given(verb, lemma, is_actor)
    if not amounts:
        return []
    out = []
    for p in recipient_phrases(verb, amounts):
        if is_actor(p) and p not in out:
            out.append(p)
    return out
