"""Species' names the tagger takes for peoples, bodies or persons (wave 21, ``nodes_sample_w21t.tsv``).

A capitalised word in an animal's name looks like a name: "female Magellanic penguins" (PERSON), "the related
African penguin" (NORP), "sand crabs (Emerita talpoida)" (PERSON). None of them is an actor or a place of the
story:

- **before an animal's noun**: a name of one or two words right before a lower-case noun of
  ``data/animal_nouns.txt`` (or its plural) that the name modifies ("Magellanic penguins", "Siberian
  tigers"), or that modifies the same noun as the name ("Magellanic penguin chicks"): the species' adjective. The noun must be the name's syntactic head, so "Kenya's elephants" (a
  possessive) and "in Kenya elephants roam" are left alone;
- **a genus in brackets**: one capitalised word opening a bracket, followed by one lower-case word that
  closes it, right after such a noun ("crabs (Emerita talpoida)"): a Latin binomial.

:func:`species_name` is called by :func:`extract.entity_context.context_evidence`; a species' name is no
node (PRODUCT).
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["species_name"]

#: The most words of a name read as a species' adjective ("Bengal", "Galápagos giant").
_WORDS = 2


def _animal(tok, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is a lower-case noun of ``data/animal_nouns.txt``, singular or plural."""
    animals = lexicon.word_sets["animal_nouns"]
    return tok.is_lower and tok.pos_ == "NOUN" and (tok.lower_ in animals or tok.lemma_.lower() in animals)


def species_name(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is part of an animal species' name, no node.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed Doc.
    ts, te : int
        The name's token range.
    lexicon : Lexicon
        Its ``animal_nouns`` word list is read.

    Returns
    -------
    bool
        True for "Magellanic" of "female Magellanic penguins" and "Emerita" of "crabs (Emerita
        talpoida)"; False for "Kenya" of "Kenya's elephants".
    """
    if te - ts <= _WORDS and te < len(doc):
        noun, root = doc[te], doc[ts:te].root
        bound = root.head == noun or (noun.dep_ == "compound" and noun.head == root.head)  # "Magellanic penguin chicks"
        if _animal(noun, lexicon) and bound and root.dep_ in ("amod", "compound", "nmod"):
            return True
    if te - ts == 1 and ts >= 2 and te + 1 < len(doc) and doc[ts - 1].text == "(" and doc[te + 1].text == ")":
        after = doc[te]
        return after.is_alpha and after.is_lower and doc[ts].is_title and _animal(doc[ts - 2], lexicon)
    return False
