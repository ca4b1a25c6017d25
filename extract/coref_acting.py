"""A lone organisation is "they" or "it" only if the article shows it acting (issue 12, precision first).

"They" stands for a single organisation's people ("Red Hat announced ... They announced that ..."), and
the article shows such a body taking part in its events: a subject somewhere (of an active or passive
verb; itself, in apposition to the subject, or through a pronoun resolved to it), or the agent of a
passive ("by X"), or the name a fronted participle of naming gives the main clause's subject ("Called
the Ineos 1:59 Challenge, it featured ..."). A name that only ever stands after a preposition or as a modifier, a
journal cited ("published in PNAS"), a product or a site the tagger took for an organisation
("Paracetamol", "the Pech-de-l'Azé site"), is no "they", nor an "it" a sentence gives no subject for
("a press release from the Chinese National Academy of Sciences ... It has an accretion disk"):
:func:`never_acts` tells the resolver to leave such a pronoun unresolved.
"""

from __future__ import annotations

__all__ = ["never_acts"]

# Where a noun takes part as a doer or an undergoer of the article's events: the subject of a verb.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _acts(tok) -> bool:
    node = tok
    while node.dep_ in ("conj", "appos") and node.head is not node:  # "Apple and Google said", "its parliament, X,"
        node = node.head
    if node.dep_ in _ACTING_DEPS:
        return True
    if node.dep_ == "oprd" and node.head.dep_ == "advcl":
        return True  # "Called the Ineos 1:59 Challenge, it featured ...": the name of the main clause's subject
    return node.dep_ == "pobj" and node.head.dep_ == "agent"  # "was founded by Red Hat"


def never_acts(res, key: str) -> bool:
    """Whether no mention of the entity ``key`` in the article (or the noun it is in apposition to), and no
    pronoun resolved to it alone, is a subject or a passive's agent.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc``, ``mentions`` and ``anaphors`` are read).
    key : str
        The entity key.
    """
    doc = res.doc
    for mention in res.mentions:
        if mention.key == key and _acts(doc[mention.token_start : mention.token_end].root):
            return False
    return not any(tuple(keys) == (key,) and _acts(doc[head]) for head, keys in res.anaphors)
