"""Statements released: a statement noun with a participle of publishing is its author's statement (010).

"According to a statement released by Erdogan's office, ...", "Johnson said in
a video statement released on Sunday", "The White House's statement, released
late on Tuesday, ...", "In an advisory issued late Sunday night, the agency
upgraded the storm": the text says a statement was put out, and who put it
out, without a clause of its own. The active form ("the ministry released a
statement") is a statement (CAMEO 010) through the verb rules, which read
"issued a statement" as no event (ISSUE has none of its own): an actor
subject of an active, affirmed verb of ``data/publishing_verbs.txt`` that is
also a verb of performing a speech (``data/speech_acts.tsv``: issue,
release) with a statement noun as its object (no clause of its own: "a statement
condemning the visit" is coded by what it says) and no other relation gives
(subject, verb, statement) here (:meth:`ReleasedStatementRules.issued_statement`),
coded as a speech given (:mod:`extract.events.speeches`). The participle is
read here too.

A noun of ``data/released_statement_nouns.txt`` (statement, communique, press
release, advisory ...) with a past participle of ``data/publishing_verbs.txt``
(release, issue, publish) as its modifier (``acl``) gives (author, verb,
statement), whose event the coder reads off the noun as for the active form.
The author is, in this order:

- the participle's "by" agent ("released by the ministry");
- the noun's possessor ("the White House's statement, released ...");
- the subjects of the verb whose "in" phrase holds the noun ("Johnson said in
  a video statement released ...", "In an advisory issued Sunday, the NHC
  upgraded ...").

Only an actor (a named entity or an actor noun) is an author, and a news
medium is none: "a report published by the Times" is the article's sourcing
(:func:`extract.relations.reports.news_medium`). "report" is not a statement
noun here: a report released is most often a document or a medium's story.
A participle is a past event, so the relation is asserted whatever the
clause around it says ("According to a statement released by X, talks will
resume").
"""

from __future__ import annotations

from ..edge_performances import speech_acts
from ..syntax import passive_agents
from ..types import Predicate
from .output import _BASE
from .reports import news_medium

__all__ = ["ReleasedStatementRules"]

_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
_FRAME_PREPS = frozenset({"in", "through", "via"})


class ReleasedStatementRules:
    """(author, release, statement) for a statement noun with a participle of publishing.

    Expects ``doc``, ``lexicon``, ``index``, the argument, subject and output rules on the reader.
    """

    def statement_noun(self, noun) -> bool:
        """Is ``noun`` a noun of a public statement ("statement", "press release", "advisory")?"""
        nouns = self.lexicon.word_sets["released_statement_nouns"]
        if noun.lower_ in nouns or noun.lemma_.lower() in nouns:
            return True
        compounds = [c.lower_ for c in noun.lefts if c.dep_ == "compound"]
        return any(f"{c} {noun.lemma_.lower()}" in nouns for c in compounds)

    def statement_authors(self, verb, noun) -> list:
        """The tokens of who put out the statement: the agent, the possessor, or the subjects of the
        verb whose "in" phrase holds the noun."""
        agents = passive_agents(verb)
        if agents:
            return agents
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners
        prep = noun.head
        if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _FRAME_PREPS:
            clause = prep.head
            if clause.pos_ in ("VERB", "AUX"):
                subjects, how = self.subjects(clause)
                return subjects if how.startswith("active") else []
        return []

    def released_statement(self, verb) -> None:
        """Emit (author, verb, statement) for "a statement released by X" and its kin."""
        if verb.tag_ not in _PARTICIPLE_TAGS or verb.dep_ != "acl":
            return
        if verb.lemma_.lower() not in self.lexicon.word_sets["publishing_verbs"]:
            return
        noun = verb.head
        if noun.pos_ not in ("NOUN", "PROPN") or not self.statement_noun(noun):
            return
        statement = self.argument(noun)
        if statement is None:
            return
        predicate = Predicate(lemma=verb.lemma_.lower(), text=verb.text, start=verb.idx, end=verb.idx + len(verb.text))
        for author in self.statement_authors(verb, noun):
            if news_medium(author, self.lexicon):
                continue
            for member in self.members(author):
                source = self.argument(member)
                if source is None or (source.is_concept and not self.is_actor(member)):
                    continue
                self.emit(source, predicate, statement, verb, negated=False, confidence=_BASE["implicit"],
                          allow_concepts=True)

    def issued_statement(self, verb) -> None:
        """Emit (subject, verb, statement) for "the ministry issued a statement" when no relation of the verb was read."""
        lemma = verb.lemma_.lower()
        if (verb.pos_ != "VERB" or lemma not in self.lexicon.word_sets["publishing_verbs"]
                or lemma not in speech_acts().verbs or self.negated(verb)):
            return
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and self.statement_noun(c)]
        if len(nouns) != 1 or any(r.predicate.start == verb.idx for r in self.out):
            return
        if any(c.dep_ in ("acl", "relcl") for c in nouns[0].children):
            return  # "a statement condemning the visit": what it says is coded instead
        sub_tokens, how = self.subjects(verb)
        if how != "active" or not sub_tokens or any(
                news_medium(t, self.lexicon) or not self.is_actor(t) for t in sub_tokens):
            return
        statement = self.argument(nouns[0])
        if statement is None:
            return
        speakers, _nominal = self.subject_arguments(sub_tokens)
        predicate = self.predicate(verb, lemma)
        for source in speakers:
            self.emit(source, predicate, statement, verb, negated=False, confidence=_BASE["implicit"],
                      allow_concepts=True)
