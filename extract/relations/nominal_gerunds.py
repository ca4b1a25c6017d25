"""A gerund the parser tagged as a verb where the clause uses it as a noun.

"Fighting between Armenia and Azerbaijan killed dozens", "Shelling of the
town continued": at the start of a sentence, with no determiner, the parser
tags an event noun in -ing as a verb (``VBG``) and hangs it on the main verb
as its subject. Read as a verb it has no subject and says nothing; read as
the noun it is ("fighting", "shelling", "bombing" of ``data/events.tsv``), its
"between", "with", "against" and "of" phrases name the parties, as in "Dozens
died in fighting between Armenia and Azerbaijan". :func:`nominal_gerund`
says when the reader (``relations/reader.py``) reads such a token as a noun
too: a ``VBG`` that is the subject, object or prepositional object of another
word and has none of a verb's own dependents (a subject, an auxiliary, a
direct object, a clause, a particle): "Fighting Russia is costly" (an object)
and "Having fought the rebels, the army ..." (an auxiliary) stay verbs.
"""

from __future__ import annotations

__all__ = ["nominal_gerund"]

# The places of a noun phrase in its clause.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Dependents only a verb takes: a gerund with one is a clause ("fighting the rebels").
_VERBAL_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt",
                          "oprd", "acomp", "attr", "neg", "agent", "csubj"})


def nominal_gerund(token) -> bool:
    """Is ``token`` a gerund (``VBG``) in a noun's place with no dependent only a verb takes?

    Parameters
    ----------
    token : spacy.tokens.Token
        A token the parser tagged as a verb.

    Returns
    -------
    bool
        True for "Fighting" of "Fighting between A and B killed dozens";
        False for "fighting the rebels", "having fought", a finite verb.
    """
    if token.tag_ != "VBG" or token.dep_ not in _NOMINAL_DEPS:
        return False
    return not any(c.dep_ in _VERBAL_DEPS for c in token.children)
