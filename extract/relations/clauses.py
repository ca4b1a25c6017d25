"""Clauses: who did it (subjects by voice, inherited, recovered or the incident), negation, the predicate span."""

from __future__ import annotations

from ..syntax import (
    ACTIVE_SUBJECT_DEPS,
    ANY_SUBJECT_DEPS,
    AUX_DEPS,
    DIRECT_OBJECT_DEPS,
    EMBEDDED_VERB_DEPS,
    FINITE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    is_negated,
    passive_agents,
)
from ..types import Predicate
from .split_quotations import interrupted_verb

__all__ = ["ClauseRules"]

_REL_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# Verbs whose object did what their "of"/"for" complement says ("accused X of bombing Y").
# Assault, fight, mass violence: the CAMEO roots whose passive "with X" names a weapon.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Aspectual verbs: their complement ("started supporting X", "began shelling Y", "kept attacking")
# is done by their own subject.
_ASPECTUAL_VERBS = frozenset({"start", "begin", "continue", "keep", "resume", "stop", "cease", "finish", "quit"})
# Adjectives that say their infinitive was done ("was able to negotiate", "is glad to endorse"); adjectives
# of intent or doubt ("ready to", "likely to") are left out: their infinitive is no asserted event.
_IMPLICATIVE_ADJECTIVES = frozenset({"able", "glad", "happy", "pleased", "proud", "delighted", "honoured",
                                     "honored", "sad", "sorry", "quick", "first", "last",
                                     "unable"})  # "unable to question him": negated (data/modality_negated.txt)
# Prepositions whose gerund is done by the clause's subject ("allied with X in fighting ISIS", "protested
# by shouting", "after meeting Putin"); "without" and "instead of" deny it, "for" and "of" may name
# another doer ("thanked X for helping"), so they are left out.
# "on" is left out too: "fired on fleeing civilians" has a participle as an adjective.
_SUBJECT_GERUND_PREPS = frozenset({"by", "in", "after", "before", "while", "since", "upon", "through"})
# Nouns for a person by their tie to another ("the son of X", "a lawyer for X").
_KIN_NOUNS = frozenset({"son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "widow",
                        "widower", "spouse", "partner", "fiancé", "fiancée", "nephew", "niece", "cousin", "uncle",
                        "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "child", "parent",
                        "relative", "friend", "lawyer", "attorney", "aide", "adviser", "advisor", "assistant",
                        "deputy", "successor", "predecessor", "spokesman", "spokeswoman", "spokesperson",
                        "bodyguard", "secretary", "colleague", "ally", "rival"})
# Heads that are no clause of their own ("misconduct by sitting President X": "alleged" is an adjective).
_NOT_CLAUSE_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


class ClauseRules:
    """The subject of a verb's clause and the verb's predicate.

    Expects ``doc``, ``index``, ``_subjects`` (the memo) and the word sets
    ``raising``, ``incidents`` and ``agent_nouns`` on the reader.
    """

    def fallback_subjects(self, verb) -> list:
        """Entities just before a finite verb whose subject the parser lost."""
        doc = self.doc
        sent_start = verb.sent.start
        own = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
        found = []
        i = verb.i - 1
        while i >= sent_start:
            tok = doc[i]
            if i in own or tok.is_punct or tok.is_space:
                i -= 1
                continue
            if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.lower_ in _REL_PRONOUNS or tok.tag_ == "WDT":
                break
            m = self.index.mention_at(i)
            if m is not None:
                root = doc[m.token_start : m.token_end].root
                if root.dep_ not in ("pobj", "poss", "compound", "amod", "dobj"):
                    found.append(doc[m.token_end - 1])
                i = m.token_start - 1
                continue
            i -= 1
        found.reverse()
        return found

    def subjects(self, verb) -> tuple[list, str]:
        """(subject tokens, how they were found) of a verb, memoised."""
        cached = self._subjects.get(verb.i)
        if cached is not None:
            return cached
        self._subjects[verb.i] = ([], "none")  # guards against cycles
        subs = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
        how = "active"
        if subs and verb.dep_ == "relcl" and subs[0].lower_ in _REL_PRONOUNS:
            # "fighters which, the statement said, nations have refused to repatriate": with a subject of
            # its own beside it, the pronoun is no subject
            own = [c for c in subs[1:] if c.lower_ not in _REL_PRONOUNS]
            if not own and self.two_persons_before(verb, subs[0]):
                return [], "none"  # the memo holds it
            subs = own or [self._antecedent(verb)]
        if not subs and not any(c.dep_ == "auxpass" for c in verb.children) and self.subordinate_prep(verb):
            # "arrested after Y, 45, had attacked Z": Y, misparsed; never the main clause's subject
            subs = [self.subordinate_subject(verb)] if self.subordinate_subject(verb) is not None else []
            if not subs:
                return [], "none"  # the memo holds it
        if not subs:
            agent = passive_agents(verb)
            if agent:
                subs, how = agent, "passive"
        if (not subs and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "auxpass" for c in verb.children)):
            # "led the protest and was detained": a passive conjunct's subject is its patient
            head_subs, head_how = self.subjects(self.matrix_conjunct(verb) or verb.head)
            if head_how != "passive":
                subs, how = head_subs, head_how + "+inherited"
        head = verb.head
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
        if (not subs and verb.dep_ == "advcl" and (verb.tag_ == "VBG" or perfect) and head.pos_ in ("VERB", "AUX")
                and head.i < verb.left_edge.i and self.doc[verb.left_edge.i - 1].text == ","
                and not self._accuses(head) and not self._after_absolute_with(verb)):
            # "X went on a spree, killing four", "the army moved, having placed Mugabe under house
            # arrest": a trailing participle's subject is the clause's
            head_subs, head_how = self.subjects(head)
            if head_how != "passive":
                subs, how = head_subs, head_how + "+inherited"
        if not subs and verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "Pompeo posted a message blaming Iran", "said in a statement condemning the raid"
            speaker = self.participle_statement(verb)
            if speaker is not None:
                head_subs, head_how = self.subjects(speaker)
                if head_how.split("+")[0] == "active":
                    subs, how = head_subs, "active+inherited"
        if (not subs and verb.dep_ == "pcomp" and head.lower_ in ("of", "for")
                and head.dep_ == "prep" and head.head.lemma_.lower() in self.lexicon.word_sets["accusation_verbs"]):
            # "Syria accused Israel of targeting an airbase": the accused is the
            # complement's subject (the claim's source is the accuser)
            accused = [c for c in head.head.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS]
            if accused:
                subs, how = accused, "active+inherited"
        if not subs and self.verdict_accused(verb):
            subs, how = self.verdict_accused(verb), "active+inherited"  # "were found guilty of raping"
        if not subs and verb.dep_ == "xcomp" and head.lemma_.lower() in self.raising:
            # "A bombing was reported to have killed X": the bombing killed X
            # only a passive head raises ("X was said to"); "they reported X to be" does not
            deps = ACTIVE_SUBJECT_DEPS if head.lemma_.lower() in ("seem", "appear") else PASSIVE_SUBJECT_DEPS
            raised = [c for c in head.children if c.dep_ in deps]
            if raised:
                subs, how = raised, "active+inherited"
        if (not subs and verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.pos_ == "VERB"
                and head.lemma_.lower() not in self.raising
                and not any(c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in ("prep", "dative") and c.lower_ != "according"
                            for c in head.children)):
            # "Turkey threatened to bomb Afrin": the infinitive's subject is the verb's
            # ("urged Iran to", "called on Iran to" have another one; "according to X" names a source)
            head_subs, head_how = self.subjects(head)
            if head_how.split("+")[0] == "active":
                subs, how = head_subs, "active+inherited"
        if not subs and self.forced_subject(verb):
            subs, how = self.forced_subject(verb), "active+inherited"  # "Kenya was forced to expel X"
        if not subs and (self.purpose_infinitive(verb) or self.instrument_user(verb)):
            # "police fired tear gas to disperse the protesters", "used Instagram to thank": the doer's own
            head_subs, head_how = self.subjects(head)
            if head_how.split("+")[0] == "active":
                subs, how = head_subs, "active+inherited"
        if not subs and (first := interrupted_verb(verb, self.lexicon)) is not None:
            subs, how = self.subjects(first)[0], "active+inherited"  # '"We wish," X said, "to thank ..."'
        if not subs:
            subs, how = self.nonfinite_subjects(verb)
        if not subs and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            finite = verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)
            if finite and verb.dep_ not in EMBEDDED_VERB_DEPS and verb.dep_ != "conj":
                subs = self.fallback_subjects(verb)
                how = "fallback"
        result = (subs, how if subs else "none")
        self._subjects[verb.i] = result
        return result

    def nonfinite_subjects(self, verb) -> tuple[list, str]:
        """(subject tokens, how) of a non-finite verb that takes its subject from the clause it hangs on.

        - the complement of an aspectual verb: "Saudi Arabia started supporting the government";
        - the infinitive of an implicative adjective: "Iran was able to negotiate a deal";
        - a leading participle set off by a comma: "Refusing to give up power, Mugabe agreed";
        - a gerund after a preposition of time or manner on the verb: "allied with X in fighting
          ISIS", "after meeting Putin, Erdogan said"; on a passive verb the gerund's doer is the
          passive subject ("was arrested after stabbing a man").

        ``([], "none")`` when none applies.
        """
        head = verb.head
        if head.i == verb.i or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
            return [], "none"
        own = None
        if verb.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and head.lemma_.lower() in _ASPECTUAL_VERBS:
            own = head
        elif (verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.pos_ == "ADJ" and head.dep_ == "acomp"
              and head.lower_ in _IMPLICATIVE_ADJECTIVES):
            own = head.head
        elif (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < head.i and head.pos_ in ("VERB", "AUX")
              and verb.right_edge.i + 1 < len(self.doc) and self.doc[verb.right_edge.i + 1].text == ","
              and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)):
            own = head
        elif (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep"
              and head.lower_ in _SUBJECT_GERUND_PREPS and head.head.pos_ in ("VERB", "AUX")
              and head.head.dep_ not in _NOT_CLAUSE_DEPS and not self._adjectival_participle(verb)):
            own = head.head
            patients = [c for c in own.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if patients and head.lower_ == "by":
                return [], "none"  # "was interrupted by protesting legislators": the agent, misparsed
            if patients:
                if own.dep_ == "relcl" and patients[0].lower_ in _REL_PRONOUNS:
                    patients = [self._antecedent(own)]
                return patients, "active+inherited"
        if own is None:
            return [], "none"
        head_subs, head_how = self.subjects(own)
        if head_how.split("+")[0] == "active" and head_subs:
            return head_subs, "active+inherited"
        return [], "none"

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
        return head

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

    def participle_statement(self, verb):
        """The verb of the statement a participle hangs on ("issued a statement condemning X"), also where
        the parser hung it on the statement's medium ("posted a message on Twitter blaming Iran"), or None."""
        head = verb.head
        speaker = self.statement_verb(head)
        if speaker is None and head.dep_ == "pobj" and head.head.lower_ in ("on", "in", "via") \
                and head.head.head.pos_ == "NOUN" and not any(c.dep_ in ("prep", "acl") for c in head.children
                                                              if c.i != verb.i):
            speaker = self.statement_verb(head.head.head)
        return speaker

    def statement_verb(self, noun):
        """The verb whose subject made the statement ``noun`` names ("issued a statement",
        "said in a statement"), or None."""
        if noun.lower_ not in self.lexicon.word_sets["statement_nouns"]:
            return None
        if noun.dep_ in DIRECT_OBJECT_DEPS and noun.head.pos_ == "VERB":
            return noun.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in ("in", "through", "via") and prep.head.pos_ == "VERB":
            return prep.head
        return None

    def _harms(self, verb) -> bool:
        """Is the verb one of harm: a verb of the harm table, or of a violent CAMEO root?"""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.keys_where("harm_verbs", "counts", "killed", "injured") or \
                lemma in self.lexicon.keys_where("harm_verbs", "outcome", "yes"):
            return True
        event = self.lexicon.cameo.event_of(lemma)
        return event is not None and event.root in _VIOLENT_ROOTS

    def cause(self, verb):
        """The incident in which a passive verb's event happened ("killed in an airstrike"), or None."""
        violent = None
        for child in verb.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ in ("in", "during"):
                # "killed in an airstrike", but not "considered during the meeting": only harm has a cause
                if violent is None:
                    violent = self._harms(verb)
                if not violent:
                    continue
                for pobj in child.children:
                    if (pobj.dep_ == "pobj" and self.index.mention_at(pobj.i) is None
                            and (pobj.lemma_.lower() in self.incidents or self.event_noun(pobj.lower_))):
                        return pobj
            elif child.lower_ == "with":
                # "stabbed with a knife", "poisoned with Novichok": the weapon, for
                # violent verbs only ("arrested with his brother" names no cause)
                if violent is None:
                    violent = self._harms(verb)
                if not violent:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.lemma_.lower() in self.agent_nouns:
                        continue
                    arg = self.argument(pobj)
                    if arg is not None and arg.type not in ("PERSON", "NORP", "GPE", "LOC", "FAC"):
                        return pobj
        return None

    def negated(self, tok) -> bool:
        return is_negated(tok, through_aux=True)

    def predicate(self, verb, lemma: str, last=None) -> Predicate:
        first = verb.i
        end = verb.i if last is None else last.i
        for child in verb.children:
            if child.dep_ in AUX_DEPS and child.i < verb.i:
                first = min(first, child.i)
            elif child.dep_ == "prt" and last is None:
                end = max(end, child.i)
        span = self.doc[first : end + 1]
        return Predicate(lemma=lemma, text=span.text, start=span.start_char, end=span.end_char)
