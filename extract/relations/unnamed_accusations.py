"""A claim of a misdeed done by no one named: (claimant, claim, unspecified), an accusation (CAMEO 112).

"Several conservative groups claimed the election was stolen", "the
opposition alleged that the vote was rigged", "activists claim safety
standards are routinely ignored": an event coder codes the claim as an
accusation (112) with no target (the events gold: "Several conservative
groups claiming the 2020 U.S. presidential election was stolen", 112). The
verb rules read nothing there: the clause's subject is a thing, and the
accused of :mod:`.accusations` must be an actor doing the act.

:func:`wrongdoing_clause` gives the clause when a verb of claiming
(``data/claiming_verbs.txt``: claim, allege, assert, contend, complain)
with no object of its own has one complement clause whose verb is a
misdeed (``data/wrongdoing_verbs.txt``: steal, rig, torture, ignore,
"cover up" ...) in the passive. The reader emits (claimant, verb,
unspecified) for an actor claimant, or (claimant, verb, Z) when an actor Z is
the clause's "by" agent ("claimed the documents had been falsified by the
ministry"; a thing there, "covered by insurance", gives nothing)
(:meth:`UnnamedAccusationRules.unnamed_accusation`), and
:func:`extract.events.fields` codes that relation 112. Acts of war or of the
police ("claimed 20 rebels were killed", "were detained") are not
misdeeds here: such a claim is the act's own report.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import DIRECT_OBJECT_DEPS
from .output import _BASE, _PREP_OBJECT_PENALTY

__all__ = ["UnnamedAccusationRules", "clause_agents", "wrongdoing_clause"]

# Children that give the verb of claiming an object of its own ("claimed responsibility", "alleged by X").
_OWN_OBJECT_DEPS = DIRECT_OBJECT_DEPS | {"nsubjpass", "agent", "dative"}
_CLAIM_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})


def _misdeed(clause, lexicon: Lexicon) -> bool:
    """Is ``clause`` a passive verb of a misdeed ("was stolen", "are routinely ignored", "was rigged by X")?"""
    kids = list(clause.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    lemma = clause.lemma_.lower()
    prt = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    misdeeds = lexicon.word_sets["wrongdoing_verbs"]
    return (f"{lemma} {prt}" if prt else lemma) in misdeeds or (prt is None and lemma in misdeeds)


def clause_agents(clause) -> list:
    """The objects of the "by" agent of a passive clause ("the ministry" of "was falsified by the ministry")."""
    return [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def wrongdoing_clause(verb, lexicon: Lexicon):
    """The complement clause of a misdeed done by no one named that ``verb`` claims, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.
    lexicon : Lexicon
        Gives ``data/claiming_verbs.txt`` and ``data/wrongdoing_verbs.txt``.

    Returns
    -------
    spacy.tokens.Token or None
        The clause's verb ("stolen" of "claimed the election was stolen"); None for another verb, a verb
        with an object of its own, no clause or two, or a clause that names no misdeed in the passive.
    """
    if verb.pos_ != "VERB" or verb.tag_ not in _CLAIM_TAGS or verb.lemma_.lower() not in lexicon.word_sets["claiming_verbs"]:
        return None
    kids = list(verb.children)
    if any(c.dep_ in _OWN_OBJECT_DEPS for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    if len(clauses) != 1 or not _misdeed(clauses[0], lexicon):
        return None
    return clauses[0]


class UnnamedAccusationRules:
    """The claim of a misdeed with no doer. Expects the argument, subject, clause and output rules on the reader."""

    def unnamed_accusation(self, verb) -> None:
        """Emit (claimant, verb, unspecified) for "X claimed Y was stolen", (claimant, verb, Z) for "X claimed
        Y was stolen by Z" with Z an actor (:func:`wrongdoing_clause`)."""
        clause = wrongdoing_clause(verb, self.lexicon)
        if clause is None:
            return
        sub_tokens, how = self.subjects(verb)
        if how.split("+")[0] != "active" or not sub_tokens or not all(self.is_actor(t) for t in sub_tokens):
            return
        claimants, _nominal = self.subject_arguments(sub_tokens)
        predicate = self.predicate(verb, verb.lemma_.lower())
        agents = clause_agents(clause)
        if agents and not all(self.is_actor(a) for a in agents):
            return  # "the costs were covered by insurance": a thing, no one accused
        targets = [o for a in agents for o in self.arguments(a)] if agents else [self.unspecified(verb)]
        negated = self.negated(verb)
        for subject in claimants:
            for target in targets:
                self.emit(subject, predicate, target, verb, negated=negated,
                          confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=True)
