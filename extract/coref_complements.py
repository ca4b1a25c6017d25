"""What an anaphor's own phrase says against a name: an "of" complement, and the object that controls an infinitive.

A definite description with a common noun after "of" is a term of its own ("the state of emergency",
"the movement of these particles", "in the company of his wife"): it does not describe the name a description
of the same head word named before ("the border state of Texas"), unless the name holds that noun too ("the
Court of Appeals" ... "the court of appeals") or the noun may itself point back ("the president of the
company") (:func:`own_of_complement`).

The object of a verb of asking or making ("urge", "encourage", "ask", "force"; ``data/control_verbs.txt``,
which the relation and event rules read too) is the subject of the infinitive that follows it: in "Callamard encouraged the CIA to release the files from
their investigation" the pronoun belongs to the CIA, not to the subject of "encouraged"
(:func:`object_controller`).

An emphatic reflexive stands for the noun it follows and for nothing else: "Egypt itself" is Egypt, and in
"the Jamaah Ansharut Daulah network, which itself was related to the Islamic State" "itself" is the network,
not the BBC that reported it (:func:`emphatic_head`).
"""

from __future__ import annotations

__all__ = ["emphatic_head", "object_controller", "own_of_complement"]

_REFLEXIVES = frozenset({"itself", "themselves"})


def _may_refer(noun, lexicon) -> bool:
    """Whether a common noun can itself stand for a body ("the company", "the ministry", "the police")."""
    lemma = noun.lemma_.casefold()
    words = lexicon.word_sets
    return lemma in lexicon.tables["class_nouns"] or lemma in words["body_nouns"] or lemma in words["agent_nouns"]


def own_of_complement(tok, label: str, token_mention, lexicon) -> bool:
    """Whether the description headed by ``tok`` is made another thing by a bare common noun after "of".

    Parameters
    ----------
    tok : spacy.tokens.Token
        The head noun of a definite description ("state" of "the state of emergency").
    label : str
        The name of the candidate antecedent.
    token_mention : list of int
        For each token, the index of the named mention it is in, or -1.
    lexicon : extract.lexicon.Lexicon
        The tables to read (class, body and agent nouns).

    Returns
    -------
    bool
        True when an "of" phrase after ``tok`` holds a common noun that is no name and no word of
        ``label``, and either stands bare or is no noun for a body ("the state of emergency" is not
        Texas, "the movement of these particles" not Stanford University, "in the company of his wife" not
        a broadcaster; "the court of appeals" may be the Second Circuit Court of Appeals, "the president of
        the company" may be who the article named so).
    """
    words = {w.casefold() for w in label.split()}
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or token_mention[obj.i] >= 0:
                continue
            if obj.lower_ in words or obj.lemma_.casefold() in words:
                continue
            if any(c.dep_ in ("det", "poss", "nummod") for c in obj.lefts) and _may_refer(obj, lexicon):
                continue  # "the president of the company": a phrase that may point back itself
            return True
    return False


def object_controller(verb, tok, lexicon):
    """The object of ``verb`` that is the subject of its infinitive, before ``tok``, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The head of an ``xcomp`` infinitive that ``tok``'s clause is ("encouraged" of "encouraged the CIA
        to release ... their").
    tok : spacy.tokens.Token
        The anaphor.
    lexicon : extract.lexicon.Lexicon
        The tables to read (``word_sets["control_verbs"]``).

    Returns
    -------
    spacy.tokens.Token or None
        The direct object of a verb of ``data/control_verbs.txt`` ("urge X to", "ask X to", "force X to"),
        standing between the verb and the pronoun; or the X of "for X to" after any verb ("called for the
        government to resign").
    """
    subject = _for_subject(verb, tok)
    if subject is not None:
        return subject  # "asked for any external party not to involve themselves": the party
    if verb.lemma_.casefold() not in lexicon.word_sets["control_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < tok.i), None)


#: Words between the subject of a "for X to" infinitive and its verb ("for X not to", "for X to").
_FOR_TO_WORDS = frozenset({"to", "not", "never"})


def _for_subject(verb, tok):
    """The subject X of "for X to V", an infinitive the parse hung on ``verb`` ("asked for any external party not
    to involve themselves", "called for the government to resign"), before ``tok``; or None."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not noun.i < tok.i:
                continue
            after = noun.right_edge.i + 1
            words = []
            while after < tok.i and doc[after].lower_ in _FOR_TO_WORDS:
                words.append(doc[after].lower_)
                after += 1
            if words and words[-1] == "to" and after < len(doc) and doc[after].pos_ in ("VERB", "AUX"):
                return noun
    return None


def emphatic_head(tok):
    """The noun or pronoun an emphatic "itself" / "themselves" stands beside, or None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A pronoun.

    Returns
    -------
    spacy.tokens.Token or None
        The head of a reflexive the parse hangs as an apposition on the word just before it ("Egypt
        itself", "which itself"); None for any other pronoun or place ("armed itself").
    """
    if tok.lower_ not in _REFLEXIVES or tok.dep_ not in ("appos", "npadvmod") or tok.i == 0:
        return None
    head = tok.head
    return head if head.i == tok.i - 1 and head.pos_ in ("NOUN", "PROPN", "PRON") else None
