"""Aid given as an amount of money or goods, done to the actor in its "to" phrase.

"Japan donated $10 million to Ukraine", "The World Bank lent $300 million to Kenya", "India shipped 50,000 tonnes
of wheat to Afghanistan": the direct object is an amount, which is no argument (a number names nothing), and
the verb's "to" phrase names who receives it. The CAMEO verb patterns write the target there for the verbs of
giving (GIVE "* ASSISTANCE TO +", PROVIDE "* LOAN TO +", GRANT "* AID TO +"; DONATE and CONTRIBUTE share
GIVE's patterns, [070]). The target preposition table (``data/target_prepositions.tsv``) lists only some of
these verbs; here every verb of giving in ``data/aid_amounts.tsv`` whose object is an amount of aid (money, or
goods of a kind :func:`aid_code` knows) takes the actor in "to" (hung on the verb or on the amount) as its target.

"Pakistan received $6 billion from the IMF" is the IMF's aid to Pakistan: :class:`ReceivedAidRules` reads a verb
of receiving (``receiving`` in the data file) with an amount as its object, its active subject the receiver and
the actor in its "from" phrase the giver.

Not read: an object that is no amount ("gave a speech to reporters" is for the speech rules), paying, spending,
selling and fining (not in the verb list).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from ..lexicon import Lexicon
from ..lexicon.core import DATA_DIR
from .output import _BASE

__all__ = ["ReceivedAidRules", "aid_code", "aid_words", "amount_recipients", "amounts_given", "giver_phrases",
           "is_amount", "recipient_phrases"]

_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY"})
_COUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
_KIND_PREPS = frozenset({"of", "in"})
_PURPOSE_PREPS = frozenset({"for", "as"})
_CODES = (("military", "072"), ("humanitarian", "073"))


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


def _phrase_words(heads, preps) -> set[str]:
    return {t.lemma_.lower() for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in preps for t in prep.subtree}


def aid_code(verb, amounts) -> str | None:
    """The CAMEO code of the aid ``amounts`` are (:mod:`extract.events.aid_kinds`): 072 for a military word of the
    amount's "of"/"in" phrase, of its head or of the verb's "for"/"as" phrase, else 073 for a
    humanitarian one, else 071 for money; None for goods of no listed kind."""
    words = _phrase_words(amounts, _KIND_PREPS) | _phrase_words([verb], _PURPOSE_PREPS)
    words |= {a.lemma_.lower() for a in amounts}  # "two million doses"; not its modifiers ("200 military advisers")
    kinds = aid_words()
    for kind, code in _CODES:
        if words & kinds[kind]:
            return code
    if any(a.ent_type_ == "MONEY" or a.lemma_.lower() in kinds["money"] for a in amounts):
        return "071"
    return None


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
    if not amounts or aid_code(verb, amounts) is None:  # "contributed 12 votes to X", "500 tonnes of coal": no aid
        return []
    out = []
    for p in recipient_phrases(verb, amounts):
        if is_actor(p) and p not in out:
            out.append(p)
    return out


def giver_phrases(verb) -> list:
    """The objects of the "from" phrases on a verb of receiving ("received $6 billion from the IMF")."""
    return [p for child in verb.children if child.dep_ == "prep" and child.lower_ == "from"
            for p in child.children if p.dep_ == "pobj"]


class ReceivedAidRules:
    """(giver, receive, receiver) for an amount received from an actor: "Pakistan received $6 billion from the
    IMF" is the IMF's aid to Pakistan (RECEIVE "* FINANCIAL SUPPORT FROM $ [071]", "+ * &MILITARY EQUIPMENT $
    [072]": the giver is the pattern's source). Expects the subject, argument, target and output rules on the
    reader (``subjects``, ``actor_arguments``, ``is_actor``, ``predicate``, ``negated``, ``emit``)."""

    def received_amount(self, verb) -> None:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in aid_words()["receiving"]:
            return
        amounts = [c for c in verb.children if c.dep_ in ("dobj", "obj") and is_amount(c) and not self.is_actor(c)]
        if not amounts or aid_code(verb, amounts) is None:  # "received 500 votes from the delegates": no aid
            return
        receivers, how = self.subjects(verb)
        if how != "active":
            return
        givers = self.actor_arguments([p for p in giver_phrases(verb) if self.is_actor(p)])
        receivers = self.actor_arguments(receivers)
        if not givers or not receivers:
            return
        predicate = self.predicate(verb, lemma)
        negated = self.negated(verb)
        for giver in givers:
            for receiver in receivers:
                self.emit(giver, predicate, receiver, verb, negated=negated, confidence=_BASE["passive"])
