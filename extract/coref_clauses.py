"""Which clause a pronoun belongs to, and which nouns never refer back: four tests of grammar for "it" and "they".

- A relative pronoun as the subject stands for the noun its clause qualifies: "Italy and Egypt, which
  have gas fields of its own": Egypt; "There were no Change UK candidates elected, which lost all 5 of its
  seats": "candidates" cannot be "its", the name that qualifies them can, not the last party named before
  (:func:`relative_antecedent`, :func:`relative_name`). A common noun that agrees decides nothing ("piracy,
  which is outside its remit" is the agency's remit).
- A possessive in a phrase the parse hangs on a verb as a conjunct stands in a clause whose verb was
  left out: "the Senate did not find the network had breached laws, nor its franchise terms": whose terms
  the elided clause says is not the Senate's, and the pronoun is left unresolved (:func:`elided_clause`).
- A possessive fronted before its clause's subject is that subject's when the subject is a name that
  agrees ("In a statement on its website, the Ministry of Defence said ...": the ministry), as a person's
  is ("In his statement, X said") (:func:`fronted_name`).
- A news medium's name ends in a word that, written in lower case with "the", is the thing itself: "the
  news of her death" is no reference to Sky News, nor "the press" to the Associated Press
  (:func:`generic_medium_noun`, ``data/generic_medium_nouns.txt``).
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["elided_clause", "fronted_name", "generic_medium_noun", "relative_antecedent", "relative_name"]

# Tags of a relative pronoun ("which", "that", "who") as a clause's subject.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# How many heads up from a pronoun an elided clause is looked for.
_CLIMB = 5


def relative_antecedent(subject):
    """The noun a relative pronoun that is a clause's subject stands for ("candidates, which lost its
    seats": "candidates"), or None when ``subject`` is no relative pronoun of a relative clause."""
    if subject.tag_ not in _RELATIVE_TAGS or subject.head.dep_ != "relcl":
        return None
    noun = subject.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def relative_name(res, noun, plural: bool):
    """The keys a pronoun takes whose clause's subject is a relative pronoun standing for ``noun``
    (:func:`relative_antecedent`), when the noun is a common noun of the other number qualified by names
    ("Change UK candidates, which lost its seats"): the one name that is the whole qualifier and agrees,
    else none ([]: the names qualify the noun, which of them is meant is unsure); None when the noun
    decides nothing (a name, a noun of the pronoun's number, a noun no name qualifies)."""
    token_mention = res.token_mention
    if token_mention[noun.i] >= 0 or noun.i in res.resolved or noun.pos_ != "NOUN":
        return None
    if (noun.tag_ in _PLURAL_TAGS) == plural:
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    if not compounds or not any(token_mention[t.i] >= 0 for c in compounds for t in c.subtree):
        return None
    first = min(t.i for c in compounds for t in c.subtree)
    whole = {token_mention[i] for i in range(first, noun.i)}
    if len(whole) != 1 or -1 in whole:
        return []  # "Change UK candidates" read as two names: either, or the noun
    key = res.mentions[whole.pop()].key
    return [key] if res._agrees([key], plural) else []


def elided_clause(tok) -> bool:
    """Whether the pronoun ``tok`` stands in a noun phrase the parse makes a conjunct of a verb ("did not
    find ..., nor its franchise terms", "Tesco stated its aim, and Salling Group its intention to strengthen
    its chain"): the phrase's own verb was left out, and no clause between has a subject of its own."""
    node = tok
    for _ in range(_CLIMB):
        head = node.head
        if head is node:
            return False
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in node.children):
            return False  # a clause with its own subject decides
        if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and head.pos_ in ("VERB", "AUX"):
            return True
        node = head
    return False


def fronted_name(res, following, plural: bool):
    """The keys a possessive fronted before its clause's subject takes: ``following``, that subject (as
    ``extract.coref_common._following_subject`` finds it, or None), when it is a name of the pronoun's number and
    kind ("In a statement on its website, the Ministry of Defence said"); None when it says nothing.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver.
    following : spacy.tokens.Token or None
        The subject after the pronoun.
    plural : bool
        Whether the pronoun is "their".
    """
    if following is None or res.token_mention[following.i] < 0:
        return None
    mention = res.mentions[res.token_mention[following.i]]
    if res._place_after_place(mention) or not res._agrees([mention.key], plural):
        return None
    return [mention.key]


def generic_medium_noun(noun, lexicon) -> bool:
    """Whether a lower-case noun is a word for news or the media in general ("the news", "the press"),
    which a medium's name ending in it ("Sky News", "Associated Press") does not make a reference to it."""
    return noun.is_lower and noun.lemma_.casefold() in lexicon.word_sets["generic_medium_nouns"]
