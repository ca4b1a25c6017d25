"""Attachment tests: where the parse hung a clause, and whether its subject may pass on (a relative
clause's antecedent, "who" after two persons, an absolute "with", an accusation, a conjunct hung on
the reported clause) (:class:`AttachmentRules`, mixed into :class:`extract.relations.clauses.ClauseRules`)."""

from __future__ import annotations

from ..syntax import ACTIVE_SUBJECT_DEPS, ANY_SUBJECT_DEPS, AUX_DEPS
from .hidden_sides import person_before_place
from .misattached_subjects import nearer_antecedent

__all__ = ["AttachmentRules"]

# Nouns for a person by their tie to another ("the son of X", "a lawyer for X").
_KIN_NOUNS = frozenset({"son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "widow",
                        "widower", "spouse", "partner", "fiancé", "fiancée", "nephew", "niece", "cousin", "uncle",
                        "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "child", "parent",
                        "relative", "friend", "lawyer", "attorney", "aide", "adviser", "advisor", "assistant",
                        "deputy", "successor", "predecessor", "spokesman", "spokeswoman", "spokesperson",
                        "bodyguard", "secretary", "colleague", "ally", "rival"})


class AttachmentRules:
    """Tests of how a verb or noun hangs on its clause, for the subject rules.

    Expects ``doc``, ``index``, ``lexicon``, the argument rules and the word
    sets ``titles`` and ``agent_nouns`` on the reader.
    """

    def _adjectival_participle(self, verb) -> bool:
        """Is the "-ing" form the parser made a gerund rather an adjective before its noun: an adverb
        before it, a bare plural noun or a title right after it ("allegedly trespassing protesters",
        "by protesting legislators", "in growing numbers", "by sitting President X")?"""
        before = self.doc[verb.i - 1] if verb.i > 0 else None
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return bool((before is not None and before.pos_ == "ADV" and before.head.i == verb.i)
                    or (after is not None and after.tag_ == "NNS" and after.head.i == verb.i)
                    or (after is not None and after.lower_ in self.titles))  # "by sitting President X"

    def _antecedent(self, verb):
        """What a relative clause says something of: its head, but "N of Name which ..." without a comma
        is N ("the suspension of Parliament which went into effect": a name needs no restricting)."""
        head = verb.head
        prep = head.head
        if (head.pos_ == "PROPN" and head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
                and not any(t.text == "," for t in self.doc[head.i : verb.left_edge.i])):
            return prep.head
        # "X, head of the agency that ..."; "Y from the United States, who ..." (hidden_sides.py)
        return (nearer_antecedent(verb, head, self._person_like)
                or person_before_place(verb, self._person_like, self._place_like) or head)

    def two_persons_before(self, verb, pronoun) -> bool:
        """Does "who" set off by a comma follow two persons, either of whom it may stand for: "the son of
        Ivan Petrov, who accused ...", "a lawyer for X, who said ..."? A noun for a person (a title, an
        agent or kin noun) with "of" or "for" and a person (named, or such a noun) before the comma; the
        parse's choice between them is no ground for an edge. "the office of X, who" is not."""
        head = verb.head
        prep = head.head
        if (pronoun.lower_ != "who" or head.dep_ != "pobj" or prep.lower_ not in ("of", "for")
                or prep.head.pos_ != "NOUN" or verb.left_edge.i == 0 or self.doc[verb.left_edge.i - 1].text != ","):
            return False
        return self._person_like(prep.head) and self._person_like(head)

    def _place_like(self, tok) -> bool:
        mention = self.index.mention_at(tok.i)
        return mention is not None and mention.label in ("GPE", "LOC", "FAC")

    def _person_like(self, tok) -> bool:
        mention = self.index.mention_at(tok.i)
        if mention is not None:
            return mention.label == "PERSON"
        lemma = tok.lemma_.lower()
        return (lemma in self.titles or lemma in self.agent_nouns or lemma in _KIN_NOUNS
                or tok.lower_ in self.titles)

    def _after_absolute_with(self, verb) -> bool:
        """Does a trailing participle close an absolute "with" phrase ("had the most deaths, with the next
        country, the United Kingdom, reporting 37,542")? The phrase's noun does the act, not the clause's
        subject: the "with" phrase ends right before the participle's comma in an apposition to its object
        ("met with Putin, saying" keeps its subject)."""
        i = verb.left_edge.i - 1
        while i > verb.head.i and self.doc[i].is_punct:
            i -= 1
        tok = self.doc[i]
        for prep in (tok, *tok.ancestors):
            if prep.i <= verb.head.i:
                return False
            if prep.dep_ == "prep" and prep.lower_ in ("with", "without"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                return any(c.dep_ == "appos" and c.right_edge.i == tok.i for o in objects for c in o.children)
        return False

    def _accuses(self, verb) -> bool:
        """Does ``verb`` accuse someone of an act ("accused Avenatti of trying ...")? A trailing participle
        after it may be the accused's act or the accuser's, so it inherits no subject."""
        return verb.lemma_.lower() in self.lexicon.word_sets["accusation_verbs"] and any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.children)

    def matrix_conjunct(self, verb):
        """The reporting verb a past-tense conjunct belongs with when the parser hung it on the reported clause.

        "said there was a lack of X and urged the crowd to ...": "there" does
        no urging; "Hawkins predicted Trump would lose and asked voters to
        ...": a past form shares no modal or "did" with a reported base form;
        "Putin said the sanctions were illegal and accused
        Washington of ...": a copula's subject that cannot act (a thing, no
        actor) does no verbal act (accusing); a material one it may ("said the
        fire was accidental and killed three"). The conjunct is a bare past form with no
        auxiliary or subject of its own, as the reporting verb is. Where the
        reported clause's subject could act ("said the man was a member of X
        and attacked Y"), it keeps the conjunct. Returns the reporting verb, or None.
        """
        head = verb.head
        matrix = head.head
        if (verb.tag_ != "VBD" or head.dep_ != "ccomp" or matrix.pos_ != "VERB" or matrix.tag_ != "VBD"
                or any(c.dep_ in AUX_DEPS or c.dep_ in ANY_SUBJECT_DEPS for c in verb.children)):
            return None
        kids = list(head.children)
        if any(c.dep_ == "expl" for c in kids):
            return matrix
        if head.tag_ == "VB" and any(c.dep_ == "aux" for c in kids):
            return matrix  # "predicted Trump would lose and asked voters to": a past form shares no modal
        subjects = [c for c in kids if c.dep_ in ACTIVE_SUBJECT_DEPS]
        event = self.lexicon.cameo.event_of(verb.lemma_.lower())
        if (head.lemma_ != "be" or not subjects or any(c.dep_ in AUX_DEPS for c in kids)
                or event is None or not event.quad_class.startswith("verbal")):
            return None  # "the fire was accidental and killed three": a thing may do a material act
        for sub in subjects:
            arg = self.argument(sub)
            if arg is None or not arg.is_concept or arg.actor_code or self.is_actor(sub):
                return None
        return matrix
