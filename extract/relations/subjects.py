"""Subjects of a verb's clause: by voice, inherited from the clause a verb hangs on, or recovered where
the parser lost them (:class:`SubjectRules`, mixed into :class:`extract.relations.clauses.ClauseRules`)."""

from __future__ import annotations

from ..syntax import (
    ACTIVE_SUBJECT_DEPS,
    DIRECT_OBJECT_DEPS,
    EMBEDDED_VERB_DEPS,
    FINITE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    passive_agents,
)
from .hidden_sides import statement_agents
from .misattached_subjects import stranded_place
from .place_appositions import without_place_appositions
from .split_quotations import interrupted_verb
from .title_lists import title_conjuncts

__all__ = ["SubjectRules"]

_REL_PRONOUNS = frozenset({"which", "that", "who", "whom"})
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
# Heads that are no clause of their own ("misconduct by sitting President X": "alleged" is an adjective).
_NOT_CLAUSE_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


class SubjectRules:
    """Who did what a verb says: its subject tokens and how they were found.

    Expects ``doc``, ``index``, ``lexicon``, ``_subjects`` (the memo) and the
    word set ``raising`` on the reader, and the attachment tests
    (:class:`extract.relations.attachments.AttachmentRules`), the statement
    rules (:class:`extract.relations.causes.CauseRules`) and the lost-verb,
    purpose and quotation rules beside it.
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
                while root.dep_ in ("appos", "conj") and root.head.i != root.i and _within_phrase(root):
                    root = root.head  # "in the capital Washington DC", "of Bethesda, Maryland": in the phrase
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
        # "Police in Doha, Qatar arrested X": Qatar is the city's apposition, no subject
        subs = without_place_appositions([c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS])
        subs = [s for s in subs if not stranded_place(s, verb)]  # "marched in Khartoum demanding": no subject
        subs = title_conjuncts(subs, self.index, self.lexicon)  # "radio personality, [...] Don Imus": title_lists.py
        subs = self.reported_subject(subs)  # "The army said it had killed ...": the army (self_reports.py)
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
            # "Iran was condemned in a statement by France": the statement's author (hidden_sides.py)
            agent = passive_agents(verb) or statement_agents(verb, self.lexicon)
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
        if not subs and (agent := self.participle_agent(verb)):
            subs, how = agent, "active+inherited"  # "protesters throwing stones" (extract/relations/participles.py)
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


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _within_phrase(tok) -> bool:
    """Is ``tok``, in apposition or coordination with its head, part of the head's phrase: joined with no
    comma ("the capital city Washington DC") or a place qualifying a place ("Bethesda, Maryland")? A name
    set off by a comma after a fronted phrase ("On Monday, Klobuchar introduced ...") is not."""
    head = tok.head
    lo, hi = sorted((head.i, tok.i))
    if not any(t.is_punct for t in tok.doc[lo + 1 : hi]):
        return True
    return tok.ent_type_ in _PLACE_LABELS and head.ent_type_ in _PLACE_LABELS
