"""The subject of an anaphor's own clause, and what it says the anaphor is.

A mixin of the resolver of :mod:`extract.coref` (it reads the resolver's ``doc``, ``mentions``,
``token_mention``, ``resolved`` ... and asks its agreement rules, :mod:`extract.coref_rivals`).
:meth:`ClauseSubjectRules._clause_subject` finds the subject of the pronoun's clause, or of the clause that
reports it ("X said it would"), through infinitives, conjuncts, participles and a name standing where a verb was
left out ("Tesco stated its aim ..., Salling its aim to ..."); :meth:`ClauseSubjectRules._bound` says what that
subject makes the pronoun: the name ("Malawi confirmed its first case"), the names coordinated with it, loosely
or as two subjects of one verb ("Tesco and Salling Group announced their agreement"), nothing for an agreeing
common noun ("the plane ... its engine") or a place named to place another ("Dubai, UAE"), or None when the
clause says nothing.
"""

from __future__ import annotations

from .coref_name_heads import plural_alias
from .coref_groups import same_unknown_subject
from .coref_clauses import fronted_name, relative_antecedent, relative_name
from .coref_complements import object_controller
from .coref_common import _PLACE_KINDS, _PLURAL_TAGS, _PRONOUN_WINDOW, _following_subject
from .coref_continuity import person_noun_between, quantified_group, quantifier_subject
from .coref_kinds import named_class_subject
from .coref_peoples import people_subject, reporting_people
from .coref_mixed import with_common_conjunct
from .coref_reported import reported_topic
from .syntax import NOMINAL_SUBJECT_DEPS

#: Reflexive pronouns: bound by the subject of their own clause and nothing else.
_REFLEXIVES = frozenset({"itself", "themselves"})

__all__ = ["ClauseSubjectRules"]


# Tags of a finite verb, whose subject a name just before it is.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Tags of a participle, whose adverbial clause takes the subject of the clause it hangs on.
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def _under_preposition(tok, top) -> bool:
    """Whether a preposition stands between ``tok`` and its ancestor ``top`` ("the director of X")."""
    node = tok
    while node.i != top.i and node.head is not node:
        if node.dep_ in ("pobj", "prep", "pcomp"):
            return True
        node = node.head
    return False


def _subject_before(verb, tok):
    """The subject of ``verb`` before ``tok``: of two the parse gave it, the one nearer the verb, unless
    the first carries an "and" (two subjects of one verb, :meth:`ClauseSubjectRules._split_subjects`):
    in "WHO director-general X said", "WHO" is a modifier of the title the parse took for a subject."""
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < tok.i]
    if len(subjects) > 1 and not any(c.dep_ == "cc" for c in subjects[0].children):
        return subjects[-1]
    return subjects[0] if subjects else None


def _possessed_noun(doc, mention, subject, token_mention):
    """The common noun a name parsed as a subject possesses, or None: in "The Centre for Aviation's database
    lists ..." the parse takes "Centre" for the subject and hangs "Aviation's database" under its
    preposition; the name's last word is the possessor of a noun after the name, in the subject's phrase,
    and that noun is what the clause is about."""
    last = doc[mention.token_end - 1]
    owned = last.head
    if last.dep_ != "poss" or last.i == subject.i or owned.i < mention.token_end or owned.pos_ != "NOUN":
        return None
    if token_mention[owned.i] >= 0 or not any(t.i == subject.i for t in owned.ancestors):
        return None
    return owned


class ClauseSubjectRules:
    """The subject of an anaphor's clause and what it binds the anaphor to."""

    __slots__ = ()

    def _clause_subject(self, tok):
        """The subject of the pronoun's own clause, or of the clause that reports it, before the
        pronoun (a named apposition for a common noun: "the other organization, the NCAA"), or None."""
        token_mention = self.token_mention
        verb = tok.head
        if tok.dep_ in NOMINAL_SUBJECT_DEPS:
            if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head is verb:
                return None
            verb = verb.head  # "X said it would": the reporting clause's subject
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head is verb:
                return None
            if self._gapped_name(verb, tok):
                return verb.head  # "Tesco stated its ..., Salling its intention": the name stands for the verb
            verb = verb.head
        subject = _subject_before(verb, tok)
        while subject is None and verb.head is not verb and (
            verb.dep_ in ("xcomp", "conj", "pcomp", "acl", "relcl")
            or (verb.dep_ == "advcl" and verb.tag_ in _PARTICIPLE_TAGS)  # "X surrounded him, aiming their guns"
        ):
            # "X tried to renew its ...", "X arrived and sold its ...", "X dealt with it by holding its ...",
            # "X had a franchise to continue airing their programs"
            controller = object_controller(verb.head, tok, self.lexicon) if verb.dep_ == "xcomp" else None
            if controller is not None:
                subject = controller  # "X urged Y to halt its ...": the object of "urge" does the halting
                break
            verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
            for _ in range(3):  # from the noun an infinitive qualifies to its clause's verb
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb or verb.dep_ in NOMINAL_SUBJECT_DEPS:
                    break
                if self._gapped_name(verb, tok):
                    return verb.head  # "Salling its intention to strengthen its chain"
                verb = verb.head
            subject = _subject_before(verb, tok)
        if subject is None and verb.tag_ in _FINITE_TAGS and verb.i > 0:
            before = self.doc[verb.i - 1]  # "... and Zambia had its first death", the parse missing the subject
            if token_mention[before.i] >= 0 and before.dep_ not in ("pobj", "poss", "compound", "dobj"):
                subject = before
        if subject is None or subject.i == tok.i:
            return None
        named = next((c for c in subject.children if c.dep_ == "appos" and token_mention[c.i] >= 0), None)
        if token_mention[subject.i] < 0 and named is not None:
            subject = named  # "the other organization, the NCAA, has cancelled its ..."
        if token_mention[subject.i] >= 0:
            # "The Centre for Aviation's database ... states it runs flights": the database, not its owner
            owned = _possessed_noun(self.doc, self.mentions[token_mention[subject.i]], subject, token_mention)
            if owned is not None:
                subject = owned
        return subject

    def _gapped_name(self, noun, tok) -> bool:
        """Whether ``noun`` is the object of a name that stands where a verb was left out ("Tesco stated
        its aim ..., Salling its aim to ..."): the parse hangs the object on the name, before the pronoun."""
        head = noun.head
        return noun.dep_ == "dobj" and self.token_mention[head.i] >= 0 and head.i < tok.i and not any(
            c.dep_ in NOMINAL_SUBJECT_DEPS for c in head.children
        )

    def _other_named_subject(self, tok) -> int:
        """The position of a named subject of the pronoun's clause that is not what the pronoun can
        be ("Hutchinson said Caudipteryx dealt with it by holding its forelimbs"): only a name after it,
        in its clause, is a candidate; -1 if there is none."""
        subject = self._clause_subject(tok)
        if subject is None or self.token_mention[subject.i] < 0:
            return -1
        return subject.i

    def _bound(self, tok, plural: bool):
        """What the subject of the pronoun's own clause, or of the clause that reports it, says:
        keys ("Malawi confirmed its first case", "UNICEF reported they had"), [] for an agreeing
        common noun ("the plane ... its engine"), None when the clause says nothing."""
        token_mention, mentions = self.token_mention, self.mentions
        subject = self._clause_subject(tok)
        people = reporting_people(self, tok) if plural and subject is None else None
        if people is not None:
            return [people]  # "The Ukrainians said their forces had repelled ...": the people
        if subject is None:  # "In a statement on its website, the Ministry of Defence said"
            return fronted_name(self, _following_subject(self.doc, tok) if tok.dep_ == "poss" else None, plural)
        if plural and quantifier_subject(subject):  # "Some of the protesters Wikinews interviewed said they"
            return quantified_group(self, subject)
        noun = relative_antecedent(subject)
        if noun is not None:  # "Egypt, which has gas fields of its own"
            named = relative_name(self, noun, plural)
            if named is not None:
                return named  # "no Change UK candidates elected, which lost all 5 of its seats"
            if token_mention[noun.i] < 0 and noun.i not in self.resolved:
                return None  # "piracy, which is outside its remit": a common noun decides nothing
            subject = noun
        if tok.lower_ == "them" and tok.dep_ in ("dobj", "dative", "pobj"):
            return []  # "the Turpins allowed them outside": an object is not its clause's subject
        if same_unknown_subject(self, subject, tok):
            return []  # "they will take advantage of ex-Muslims to further their ...": that unknown "they"
        if token_mention[subject.i] >= 0:
            if self._place_after_place(mentions[token_mention[subject.i]]):
                return []  # "from Dubai, UAE making its ...": a place's country parsed as a subject
            if plural and with_common_conjunct(subject, token_mention):
                return []  # "Tesco and other retailers said they": the group, no one name
            key = mentions[token_mention[subject.i]].key
            keys = [key] + [
                mentions[token_mention[c.i]].key
                for c in subject.children
                if c.dep_ == "conj" and token_mention[c.i] >= 0 and mentions[token_mention[c.i]].key != key
            ]
            if len(keys) == 1 and plural:
                keys += self._loosely_coordinated(subject, key) or self._split_subjects(subject, key, tok)
            if len(keys) == 1 and plural and people_subject(self, subject):
                return keys  # "The Ukrainians said their forces ...": the people, not the pair named before
            if len(keys) > 1:  # "Tesco and Salling Group announced their agreement"
                return keys if plural and self._can_act_together(keys) else []
            if (
                plural and subject.tag_ not in _PLURAL_TAGS and self._agrees([key], plural)
                and self._plural_rival(tok.i, key, commons=False, since=self.sent_of[tok.i] - _PRONOUN_WINDOW)
            ):
                return []  # "the two officers ... They ... CCTV captured their arrival": either
            if plural and self._agrees([key], plural) and person_noun_between(self, subject.i, tok):
                return []  # "Congress voted to hold a Cabinet officer in contempt while they ...": a singular they
            if not plural and plural_alias(self, mentions[token_mention[subject.i]]):
                return []  # "some Democrats advocated ... until it reached": the members, no "it"
            if reported_topic(self, tok, subject, plural):
                return []  # "An earthquake struck. The USGS reported it was of 7.0 magnitude": the earthquake
            return [key] if self._agrees([key], plural) else None
        if subject.i in self.resolved or subject.i in self.divisions:
            keys = list(self.resolved.get(subject.i) or self.divisions[subject.i])
            if plural and subject.lower_ == "they":
                return keys  # "The Palestinians say they want a state of their own": what that "they" is
            return keys if self._agrees(keys, plural) else None
        named = named_class_subject(self, subject, plural)
        if named is not None:  # "The Boeing airframe company ... its Starliner craft"
            return [named]
        if subject.pos_ == "NOUN" and self._common_agrees(subject, plural):
            return []
        if tok.lower_ in _REFLEXIVES and subject.pos_ == "NOUN":
            return []  # "asked for any external party not to involve themselves": a reflexive is its clause's subject
        if plural and tok.dep_ == "poss" and subject.pos_ == "NOUN" and self._common_agrees(subject, False):
            return []  # "The network tried to renew their franchise": a collective noun, not a name
        if plural and tok.dep_ in NOMINAL_SUBJECT_DEPS and tok.head.dep_ == "ccomp" and subject.pos_ == "NOUN" \
                and self._common_agrees(subject, False):
            return []  # "paper producer X said they had run out": the speaker, a body or a person, no earlier name
        if subject.pos_ == "PROPN" and subject.tag_ == ("NNPS" if plural else "NNP"):
            return []  # a name that is no entity here ("Caudipteryx ... by holding its forelimbs")
        return None

    def _place_after_place(self, mention) -> bool:
        """Whether a mention is the second of "City, Country": a place right after a comma that
        follows a place ("Dubai, UAE"), which says where the first is and is no clause's subject."""
        start, token_mention = mention.token_start, self.token_mention
        if start < 2 or self.doc[start - 1].text != "," or token_mention[start - 2] < 0:
            return False
        before = self.mentions[token_mention[start - 2]]
        kinds = {self.entities[k].type for k in (mention.key, before.key) if k in self.entities}
        return bool(kinds) and kinds <= _PLACE_KINDS

    def _loosely_coordinated(self, subject, key) -> list[str]:
        """The other names a subject is coordinated with where the parse hangs them on it as
        modifiers ("retailer Tesco and ... retailer Salling Group": "Tesco" an ``nmod`` with an "and")."""
        token_mention, mentions = self.token_mention, self.mentions
        others = []
        for t in subject.subtree:
            m = token_mention[t.i]
            if m < 0 or mentions[m].key == key or mentions[m].key in others or _under_preposition(t, subject):
                continue  # "director of the Port Authority of New York and New Jersey": no member of the subject
            if any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in t.children) or (
                # "Kelly, Christie's deputy chief of staff, and Baroni": the "and" on the apposition
                t.dep_ == "conj" and t.head.dep_ == "appos" and t.head.head.i == subject.i
                and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in t.head.children)
            ):
                others.append(mentions[m].key)
        return others

    def _split_subjects(self, subject, key, tok) -> list[str]:
        """The other named subjects of the subject's verb where the parse gives the verb two subjects
        joined by "and" ("Kimberly-Clark, which makes ..., and Solaris Paper which makes ..., emphasized
        they ..."): the first carries the "and", each is a name, all stand before the pronoun."""
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in subject.children):
            return []
        token_mention, mentions = self.token_mention, self.mentions
        others = []
        for c in subject.head.children:
            if c.dep_ not in NOMINAL_SUBJECT_DEPS or c.i <= subject.i or c.i > tok.i:
                continue
            if token_mention[c.i] < 0:
                return []  # "X and the firm ...": a common noun among the subjects
            other = mentions[token_mention[c.i]].key
            if other != key and other not in others:
                others.append(other)
        return others
