"""A place before a class noun that introduces another name (wave 21, ``nodes_sample_w21t.tsv``).

"Kaufland" in "the Kaufland chain" is the chain: the class noun a name modifies says what the name is
(:func:`extract.entity_context.context_evidence`). But in "now produced by the Florida company Ridgeback
Biotherapeutics" the class noun introduces the name after it, and the name before says where that one is
from: Florida is the state, not the company. So when the noun a name modifies is itself bound to a
capitalised name right after it (the noun's head is that name, or the noun is that name's compound), the
noun says nothing of the first name, whose type is left to the tagger, the knowledge base and the gazetteer.

:func:`introduces_name` is asked by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

__all__ = ["introduces_name"]


def introduces_name(noun) -> bool:
    """Whether the class noun ``noun`` (a name modifies it) stands right before a capitalised name it is
    bound to: "the Florida company Ridgeback Biotherapeutics", "the Tokyo firm Sony"; not "the Kaufland
    chain's stores" nor "the Kaufland chain, Lidl and Aldi".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("the Florida company Ridgeback Biotherapeutics")
    >>> introduces_name(doc[2])  # no parse: no head to read
    False
    """
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    after = doc[noun.i + 1]
    if not after.is_title or after.pos_ != "PROPN":
        return False
    head = noun.head
    return head.i > noun.i and head.pos_ == "PROPN" and after.i <= head.i and all(
        t.is_title or t.pos_ == "PROPN" for t in doc[after.i:head.i + 1])
