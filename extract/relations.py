"""Relations read from the dependency parse: who did what to whom.

Rules are plain functions over a parsed ``Doc``; each relation links two
arguments (a canonical entity, or a concept for a plain noun phrase) by a
predicate lemma. The constructions covered:

- active clauses ("Syria accused Israel");
- passives turned active, in main, relative and participle clauses
  ("Idlib, which is controlled by HTS" -> (HTS, control, Idlib));
- coordinated subjects and objects, split into one relation each;
- objects reached through a preposition ("bombing the hell out of Idlib",
  "strikes against Syria"), idiomatic dummy objects skipped;
- nominal events ("the bombardment by Damascus of Idlib" -> bomb), also as
  the subject of a clause ("Bombardments by the regime killed civilians");
- light verbs ("carried out a series of strikes against Syria" -> strike);
- control verbs, keeping the complement ("urged Damascus to stop bombing");
- a subject the parser failed to attach, recovered from the entities just
  before a finite verb (with a lower confidence);
- a trailing participle takes its clause's subject ("X went on a spree,
  killing four"), the infinitive of a passive raising verb its subject ("a
  bombing was reported to have killed X"), and the complement of an
  accusation the accused ("Syria accused Israel of targeting an airbase" ->
  (Israel, target, airbase), which the event annotation attributes to Syria);
- an agentless passive takes as subject the incident it happened in or, for
  a violent verb, the weapon ("killed in a US operation" -> the US; "stabbed
  with a knife"); with neither, no actor is invented and nothing is read;
- a harm verb's bare count is a concept object ("the blaze killed three");
- a common noun stands for the names set off after it ("expelled two
  diplomats, Ivan Petrov and Oleg Sokolov");
- an intransitive event relates its subject to the place where it happened
  ("al-Quaety died in Aden" -> (al-Quaety, die, Aden), predicate "died in"),
  also after an idiom of ``data/verb_idioms.txt`` ("protests took place in
  Belgrade" -> take place).

A relation needs at least one named entity, except that a harm verb ("a
mass stabbing killed three people") and an actor noun of
``data/agent_nouns.txt`` in an event of the CAMEO map ("authorities
arrested twelve people") may link two concepts; "the violence raised
fears" is left out.

What the article says things are also becomes facts: appositions and
copulas give ``is a`` ("Hayat Tahrir Al Sham, a group" -> (HTS, is a,
group)) or ``<noun> of`` ("YPG is the main fighting force of the SDF");
"US President Donald Trump" gives (Donald Trump, president of, United
States); "Washington's Israeli ally" gives (Israel, ally of, United States),
a capital or seat of government as possessor standing for its country.
Elsewhere a capital stays its own node ("Trump urged Damascus").

Pronouns and definite descriptions that :func:`extract.entities.entities_of`
resolved stand for their entity; the argument keeps the surface text in
``Argument.resolved_from`` and the relation a lower confidence.
"""

from __future__ import annotations

import bisect
import functools

from spacy.attrs import LOWER as _LOWER_ATTR, POS as _POS_ATTR
from spacy.symbols import NOUN as _NOUN, PROPN as _PROPN, VERB as _VERB

from .cameo import event_of
from .entities import (
    EntityIndex,
    _doc_text,
    _lines,
    _titles,
    _word_set,
    concept_key,
    country_of,
    country_of_seat,
    entity_key,
)
from .syntax import (
    ACTIVE_SUBJECT_DEPS,
    AUX_DEPS,
    DIRECT_OBJECT_DEPS,
    EMBEDDED_VERB_DEPS,
    FINITE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    is_negated,
    passive_agents,
    prepositional_objects,
)
from .types import Argument, Document, Predicate, Relation

__all__ = ["relations_of", "event_lemma"]

_REL_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# Prepositions that introduce a verb's target when it has no direct object.
# "on" is left out: "wrote on Twitter", "spoke on the phone".
_VERB_OBJ_PREPS = frozenset({"against", "at", "into", "with", "targeting", "toward", "towards"})
# Prepositions that introduce the target of a nominal event.
_NOUN_OBJ_PREPS = frozenset({"of", "on", "against", "upon", "targeting", "into"})
# "be" is a copula; "say" takes a clause, and its "object" is a parse error.
_NOT_PREDICATES = frozenset({"be", "say"})
# A verb without one of these children has no object to relate a subject to.
_OBJECT_BEARING_DEPS = frozenset({"dobj", "obj", "nsubjpass", "agent", "prep"})
_NUMERIC_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})
# Modifiers that count or point rather than describe: not part of a concept's name.
_NOT_DESCRIPTIVE = frozenset(
    {"many", "several", "few", "some", "more", "most", "other", "least", "much", "such",
     "own", "same", "various", "numerous", "dozens", "hundreds", "thousands", "millions"}
)
# Prepositions after which a place is where an intransitive event happened
# ("died in Aden"); the place then stands as the relation's object.
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# States a "leave" puts its victims in ("left six soldiers dead").
_HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless"})
# Verbs whose object did what their "of"/"for" complement says ("accused X of bombing Y").
# Assault, fight, mass violence: the CAMEO roots whose passive "with X" names a weapon.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_ACCUSING = frozenset({"accuse", "blame", "suspect", "condemn", "criticise", "criticize", "charge", "convict"})
_COMPLEMENT_STOP = frozenset({"advcl", "punct", "conj", "cc", "parataxis"})

# Confidence of a relation by how it was read, lowered for weaker evidence.
_BASE = {"active": 0.9, "passive": 0.85, "light": 0.8, "nominal": 0.75, "fallback": 0.55, "cause": 0.6}
_PREP_OBJECT_PENALTY = 0.05
_INHERITED_PENALTY = 0.1
_CONCEPT_PENALTY = 0.1
_RESOLVED_PENALTY = 0.1
# Confidence of facts read from appositions, copulas, titles and possessives.
_DESCRIPTION_CONFIDENCE = {"appos": 0.8, "copula": 0.85, "title": 0.85, "possessive": 0.75}


@functools.lru_cache(maxsize=None)
def _nominalisations() -> dict[str, str]:
    table = {}
    for line in _lines("nominalisations.tsv")[1:]:
        noun, _, verb = line.partition("\t")
        table[noun.strip().casefold()] = verb.strip()
    return table


@functools.lru_cache(maxsize=None)
def _light_verbs() -> frozenset[str]:
    return _word_set("light_verbs.txt")


@functools.lru_cache(maxsize=8192)
def event_lemma(word: str) -> str | None:
    """Return the verb lemma an event noun stands for, or None.

    Examples
    --------
    >>> event_lemma("bombardment"), event_lemma("Airstrikes"), event_lemma("table")
    ('bomb', 'strike', None)
    """
    table = _nominalisations()
    folded = word.casefold()
    if folded in table:
        return table[folded]
    for suffix in ("s", "es"):
        if folded.endswith(suffix) and folded[: -len(suffix)] in table:
            return table[folded[: -len(suffix)]]
    return None


class _Reader:
    """The rules over one Doc; memoises subjects so conjuncts can inherit them."""

    def __init__(self, doc, document: Document, index: EntityIndex):
        self.doc = doc
        self.document = document
        self.index = index
        self.dummies = _word_set("dummy_objects.txt")
        self.quantifiers = _word_set("quantifier_nouns.txt")
        self.places = _word_set("place_nouns.txt")
        self.controls = _word_set("control_verbs.txt")
        self.relational = _word_set("relational_nouns.txt")
        self.titles = _titles()
        self.lights = _light_verbs()
        self.incidents = _word_set("incident_nouns.txt")
        self.agent_nouns = _word_set("agent_nouns.txt")
        self.harms = _word_set("harm_verbs.txt")
        self.raising = _word_set("raising_verbs.txt")
        self.idioms = _word_set("verb_idioms.txt")
        self._subjects: dict[int, tuple[list, str]] = {}
        self.out: list[Relation] = []
        self._seen: set = set()
        self._sentences = None
        self._sentence_ends: list[int] = []

    # ---------------------------------------------------------------- arguments

    def members(self, tok) -> list:
        """``tok`` and the heads coordinated with it."""
        out = [tok]
        stack = [tok]
        while stack:
            head = stack.pop()
            coordinated = False
            for child in head.children:
                if child.dep_ == "conj":
                    out.append(child)
                    stack.append(child)
                    coordinated = True
                elif child.dep_ == "cc":
                    coordinated = True
            if coordinated:
                # "Damascus and regime ally Russia": the parser often hangs the
                # last conjunct on as an apposition
                for child in head.children:
                    if child.dep_ == "appos" and self.index.mention_at(child.i) and child not in out:
                        out.append(child)
        return out

    def arguments(self, tok) -> list[Argument]:
        return [a for member in self.members(tok) for a in self.member_arguments(member)]

    def member_arguments(self, member) -> list[Argument]:
        ref = self.index.reference_at(member.i)
        if ref is not None and len(ref.keys) > 1:  # "they" after "Russia and Syria"
            return [self.resolved(ref, key) for key in ref.keys]
        named = self.named_apposition(member)
        if named is not None:
            return self.arguments(named)
        arg = self.argument(member)
        return [arg] if arg is not None else []

    def named_apposition(self, tok):
        """The name set off after a common noun ("killed Iranian general, Qasem Soleimani"), or None."""
        if tok.pos_ != "NOUN" or self.index.mention_at(tok.i) is not None:
            return None
        for child in tok.children:
            if child.dep_ == "appos" and child.i > tok.i and self.doc[child.left_edge.i - 1].text == ",":
                m = self.index.mention_at(child.i)
                if m is not None and self.index[m.key].type in ("PERSON", "ORG", "GPE"):
                    return child
        return None

    def resolved(self, ref, key: str, *, text: str | None = None) -> Argument:
        """The entity a pronoun or description refers to, keeping its surface text."""
        entity = self.index[key]
        return Argument(
            key=entity.key, label=entity.label, type=entity.type, text=ref.text,
            start=ref.start, end=ref.end, actor_code=entity.actor_code, resolved_from=text or ref.text,
        )

    def owner(self, tok) -> tuple[Argument | None, bool]:
        """The possessor of a noun ("its", "Washington's") as an argument, and whether resolved."""
        for child in tok.children:
            if child.dep_ != "poss":
                continue
            mention = self.index.mention_at(child.i)
            if mention is not None:
                return self.argument(child), False
            ref = self.index.reference_at(child.i)
            if ref is not None and len(ref.keys) == 1:
                return self.resolved(ref, ref.keys[0]), True
        return None, False

    def argument(self, tok, depth: int = 0, *, literal: bool = False) -> Argument | None:
        index = self.index
        mention = index.mention_at(tok.i)
        if mention is not None:
            entity = index[mention.key]
            return Argument(
                key=entity.key, label=entity.label, type=entity.type, text=mention.text,
                start=mention.start, end=mention.end, actor_code=entity.actor_code,
            )
        ref = index.reference_at(tok.i)
        if ref is not None and len(ref.keys) == 1:
            return self.resolved(ref, ref.keys[0])
        if not literal and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            # "a group backed by Iran" in "Hezbollah, a group backed by Iran": Hezbollah
            head = index.mention_at(tok.head.i)
            if head is not None:
                return self.argument(tok.head, depth + 1)
        # "regime ally Russia": a common noun right before the name it describes
        nxt = tok.i + 1
        if (tok.pos_ == "NOUN" or tok.lower_ in self.titles) and nxt < len(self.doc):
            m = index.mention_at(nxt)
            if m is not None and m.token_start == nxt and self.doc[nxt].pos_ == "PROPN":
                return self.argument(self.doc[m.token_end - 1], depth + 1) if depth < 3 else None
        lower = tok.lower_
        if depth < 3 and (lower in self.quantifiers or lower in self.places):
            # "a series of strikes", "the town of Khan Sheikhun"
            for pobj in prepositional_objects(tok, ("of",)):
                inner = self.argument(pobj, depth + 1)
                if inner is not None and (lower in self.quantifiers or not inner.type == "CONCEPT"):
                    return inner
        if tok.pos_ not in ("NOUN", "PROPN") or lower in self.dummies:
            return None
        if tok.ent_type_ in _NUMERIC_ENTS or not tok.is_alpha:
            return None
        words = []
        first = tok.i
        for child in tok.lefts:
            if child.is_punct:
                continue
            if child.dep_ in ("det", "poss", "nummod", "predet", "quantmod", "case"):
                first = min(first, child.left_edge.i)
                continue
            first = min(first, child.left_edge.i)
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.is_alpha
                and child.lower_ not in _NOT_DESCRIPTIVE
                and child.ent_type_ not in _NUMERIC_ENTS
                and index.mention_at(child.i) is None
            ):
                words.append(child.lower_)
        words.append(tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.text)
        phrase = " ".join(words)
        span = self.doc[first : tok.i + 1]
        resolved_from = None
        if tok.lemma_.lower() in self.relational or lower in self.relational:
            # "its allies" are allies of what "its" refers to
            owner, was_resolved = self.owner(tok)
            if owner is not None and owner.type != "CONCEPT":
                phrase = f"{phrase} of {owner.label}"
                resolved_from = span.text if was_resolved else None
        return Argument(
            key=concept_key(phrase), label=phrase, type="CONCEPT", text=span.text,
            start=span.start_char, end=span.end_char, resolved_from=resolved_from,
        )

    # ---------------------------------------------------------------- helpers

    def nominal_agents(self, noun) -> list:
        """The agents of an event noun: "by X", "X's", "Israeli/US strikes"."""
        agents = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agents.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "poss" and self.index.mention_at(child.i):
                agents.append(child)
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                # "Israeli strikes", "US strikes": a nationality or an actor, not a
                # place ("the Idlib bombardment" is where, not who)
                m = self.index.mention_at(child.i)
                if m is not None and m.token_end <= noun.i and self.actor_modifier(m):
                    agents.append(child)
        return agents

    def actor_modifier(self, mention) -> bool:
        entity = self.index[mention.key]
        if entity.type in ("PERSON", "ORG", "NORP"):
            return True
        return entity.type == "GPE" and country_of(entity.label) == entity.label

    def nominal_roles(self, noun) -> tuple[list, list]:
        """(agent tokens, target tokens) of an event noun, coordination expanded.

        The parser often hangs "of Idlib and neighbouring areas" on the last
        agent ("by Damascus and Russia of Idlib"); then whatever is
        coordinated after that preposition belongs to the target.
        """
        agents = [m for a in self.nominal_agents(noun) for m in self.members(a)]
        if not agents:
            return [], []
        targets = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in _NOUN_OBJ_PREPS:
                for p in child.children:
                    if p.dep_ == "pobj":
                        targets.extend(self.members(p))
        if not targets:
            for agent in list(agents):
                for child in agent.children:
                    if child.dep_ == "prep" and child.lower_ in _NOUN_OBJ_PREPS:
                        for p in child.children:
                            if p.dep_ == "pobj":
                                targets.extend(self.members(p))
                        moved = [a for a in agents if a.i > child.i]
                        targets.extend(moved)
                        agents = [a for a in agents if a.i < child.i]
        return agents, targets

    def prep_objects(self, verb) -> list:
        out = []
        for child in verb.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ in _VERB_OBJ_PREPS:
                out.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.lower_ == "out":  # "out of"
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "of":
                        out.extend(p for p in grand.children if p.dep_ == "pobj")
        return out

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
            subs = [verb.head]
        if not subs:
            agent = passive_agents(verb)
            if agent:
                subs, how = agent, "passive"
        if not subs and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            head_subs, head_how = self.subjects(verb.head)
            if head_how != "passive":
                subs, how = head_subs, head_how + "+inherited"
        head = verb.head
        if (not subs and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX")
                and head.i < verb.left_edge.i and self.doc[verb.left_edge.i - 1].text == ","):
            # "X went on a spree, killing four": a trailing participle's subject is the clause's
            head_subs, head_how = self.subjects(head)
            if head_how != "passive":
                subs, how = head_subs, head_how + "+inherited"
        if (not subs and verb.dep_ == "pcomp" and head.lower_ in ("of", "for")
                and head.dep_ == "prep" and head.head.lemma_.lower() in _ACCUSING):
            # "Syria accused Israel of targeting an airbase": the accused is the
            # complement's subject (the claim's source is the accuser)
            accused = [c for c in head.head.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS]
            if accused:
                subs, how = accused, "active+inherited"
        if not subs and verb.dep_ == "xcomp" and head.lemma_.lower() in self.raising:
            # "A bombing was reported to have killed X": the bombing killed X
            # only a passive head raises ("X was said to"); "they reported X to be" does not
            deps = ACTIVE_SUBJECT_DEPS if head.lemma_.lower() in ("seem", "appear") else PASSIVE_SUBJECT_DEPS
            raised = [c for c in head.children if c.dep_ in deps]
            if raised:
                subs, how = raised, "active+inherited"
        if not subs and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            finite = verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)
            if finite and verb.dep_ not in EMBEDDED_VERB_DEPS and verb.dep_ != "conj":
                subs = self.fallback_subjects(verb)
                how = "fallback"
        result = (subs, how if subs else "none")
        self._subjects[verb.i] = result
        return result

    def place_event(self, verb, phrase: str, subjects, *, negated, confidence):
        """(subject, verb, place) for an intransitive event and where it happened.

        "al-Quaety died in the city of Aden" -> (al-Quaety, die, Aden); the
        predicate text runs to the preposition, as in "rallied at".
        """
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i < verb.i:
                continue
            predicate = self.predicate(verb, phrase, last=prep)
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for obj in self.arguments(pobj):
                    if obj.type in _PLACE_TYPES:
                        for subject in subjects:
                            self.emit(subject, predicate, obj, verb, negated=negated, confidence=confidence)

    def cause(self, verb):
        """The incident in which a passive verb's event happened ("killed in an airstrike"), or None."""
        violent = None
        for child in verb.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ in ("in", "during"):
                for pobj in child.children:
                    if (pobj.dep_ == "pobj" and self.index.mention_at(pobj.i) is None
                            and (pobj.lemma_.lower() in self.incidents or event_lemma(pobj.lower_))):
                        return pobj
            elif child.lower_ == "with":
                # "stabbed with a knife", "poisoned with Novichok": the weapon, for
                # violent verbs only ("arrested with his brother" names no cause)
                if violent is None:
                    event = event_of(verb.lemma_.lower())
                    violent = event is not None and event.root in _VIOLENT_ROOTS
                if not violent:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.lemma_.lower() in self.agent_nouns:
                        continue
                    arg = self.argument(pobj)
                    if arg is not None and arg.type not in ("PERSON", "NORP", "GPE", "LOC", "FAC"):
                        return pobj
        return None

    def concepts_may_relate(self, sub_tokens, lemma: str, *, actor: bool = True) -> bool:
        """May a concept subject relate to a concept object through ``lemma``?

        A harm verb may ("a mass stabbing killed three people"), and so may an
        actor noun in an event of the CAMEO map ("authorities arrested twelve
        people"); "the violence raised fears" may not.
        """
        if lemma in self.harms:
            return True  # whatever kills is worth the edge: "an IT worker ..., killing four"
        if not actor:
            return False
        for tok in sub_tokens:
            for member in self.members(tok):
                if member.lemma_.lower() in self.agent_nouns or member.lower_ in self.agent_nouns:
                    return event_of(lemma) is not None
        return False

    def victims(self, tok) -> list[Argument]:
        """The objects of a harm verb: people, places or bare numbers, not incidents.

        In "killed five and wounded 110, another attack ascribed to ..." the
        attack is no victim.
        """
        out = []
        for member in self.members(tok):
            args = self.member_arguments(member)
            if not args:
                count = self.count_argument(member)
                args = [count] if count is not None else []
            elif member.lemma_.lower() in self.incidents or event_lemma(member.lower_):
                args = [a for a in args if not a.is_concept]
            out.extend(args)
        return out

    def count_argument(self, tok) -> Argument | None:
        """A bare number as a harm verb's object ("killed twelve"): a concept named by the number."""
        if tok.pos_ != "NUM" and tok.ent_type_ != "CARDINAL":
            return None
        label = tok.lower_
        return Argument(key=concept_key(label), label=label, type="CONCEPT", text=tok.text,
                        start=tok.idx, end=tok.idx + len(tok.text))

    def negated(self, tok) -> bool:
        return is_negated(tok, through_aux=True)

    def complement(self, verb) -> str | None:
        for child in verb.children:
            if child.dep_ == "xcomp" or (
                child.dep_ == "prep"
                and child.lower_ in ("of", "for")
                and any(g.dep_ == "pcomp" for g in child.children)
            ):
                end = child.i
                for grand in child.subtree:
                    pass
                stack = [child]
                while stack:
                    node = stack.pop()
                    end = max(end, node.i)
                    stack.extend(g for g in node.children if g.dep_ not in _COMPLEMENT_STOP)
                text = self.doc[child.left_edge.i : end + 1].text
                return text.strip().strip("“”\"").strip() or None
        return None

    # ---------------------------------------------------------------- output

    def emit(self, subject, predicate, obj, tok, *, negated, confidence, complement=None,
             allow_concepts=False):
        if subject.key == obj.key or (subject.type == "CONCEPT" and obj.type == "CONCEPT" and not allow_concepts):
            return
        seen = (subject.key, predicate.lemma, obj.key, negated, predicate.start)
        if seen in self._seen:
            return
        self._seen.add(seen)
        for arg in (subject, obj):
            if arg.type == "CONCEPT":
                confidence -= _CONCEPT_PENALTY
            if arg.resolved_from is not None:
                confidence -= _RESOLVED_PENALTY
        sentence, sentence_start = self.sentence_of(tok.i)
        self.out.append(
            Relation(
                doc_id=self.document.id,
                subject=subject,
                predicate=predicate,
                object=obj,
                sentence=sentence,
                sentence_start=sentence_start,
                negated=negated,
                confidence=round(min(1.0, max(0.05, confidence)), 3),
                complement=complement,
            )
        )

    def sentence_of(self, i: int) -> tuple[str, int]:
        """(text without surrounding space, document offset) of token i's sentence."""
        if self._sentences is None:
            self._sentences = []
            self._sentence_ends = []
            text = _doc_text(self.doc)
            for sent in self.doc.sents:
                raw = text[sent.start_char : sent.end_char]  # sent.text without a Token per word
                lead = len(raw) - len(raw.lstrip())
                self._sentences.append((raw.strip(), sent.start_char + lead))
                self._sentence_ends.append(sent.end)
        return self._sentences[bisect.bisect_right(self._sentence_ends, i)]

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

    # ---------------------------------------------------------------- rules

    def subject_arguments(self, tokens) -> tuple[list[Argument], bool]:
        """Arguments of subject tokens; an event noun stands for its agents."""
        args, nominal = [], False
        for tok in tokens:
            for member in self.members(tok):
                if self.index.mention_at(member.i) is None and (
                        event_lemma(member.lower_) or member.lemma_.lower() in self.incidents):
                    agents, _targets = self.nominal_roles(member)
                    if agents:
                        nominal = True
                        args.extend(a for a in map(self.argument, agents) if a is not None)
                        continue
                args.extend(self.member_arguments(member))
        return args, nominal

    def verb(self, verb):
        lemma = verb.lemma_.lower()
        if lemma in _NOT_PREDICATES or verb.pos_ == "AUX":
            return
        kids = list(verb.children)
        deps = {c.dep_ for c in kids}
        if deps.isdisjoint(_OBJECT_BEARING_DEPS):
            return  # nothing could be an object: skip the subject search
        prt = next((c for c in kids if c.dep_ == "prt"), None)
        phrase = f"{lemma} {prt.lower_}" if prt is not None else lemma
        sub_tokens, how = self.subjects(verb)
        obj_tokens = []
        kind = how.split("+")[0] if how != "none" else "active"
        penalty = _INHERITED_PENALTY if how.endswith("+inherited") else 0.0

        # passive: the grammatical subject is the object
        passive_objs = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_objs:
            if verb.dep_ == "relcl" and passive_objs[0].lower_ in _REL_PRONOUNS:
                passive_objs = [verb.head]
            obj_tokens.extend(passive_objs)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and kind == "passive":
            obj_tokens.append(verb.head)  # "a truce brokered by Moscow"
        dobjs = [c for c in kids if c.dep_ in DIRECT_OBJECT_DEPS]
        if verb.dep_ == "relcl" and dobjs and dobjs[0].lower_ in _REL_PRONOUNS:
            dobjs = [verb.head]
        if not sub_tokens and passive_objs:
            # "X has been killed in a US operation": no agent, but a cause
            cause = self.cause(verb)
            if cause is not None:
                sub_tokens, kind = [cause], "cause"
        if not sub_tokens:
            return
        subjects, nominal = self.subject_arguments(sub_tokens)
        if not subjects:
            return
        base = _BASE["nominal"] if nominal else _BASE.get(kind, _BASE["active"])
        base -= penalty
        negated = self.negated(verb)

        # light verb + event noun: "carried out a series of strikes against Syria"
        if dobjs and phrase in self.lights:
            event = dobjs[0]
            if event.lower_ in self.quantifiers:
                event = next(iter(prepositional_objects(event, ("of",))), event)
            event_verb = event_lemma(event.lower_) or event_lemma(event.lemma_)
            if event_verb:
                targets = prepositional_objects(event, _NOUN_OBJ_PREPS - {"of"})
                predicate = self.predicate(verb, event_verb, last=event)
                allow_concepts = self.concepts_may_relate(sub_tokens, event_verb, actor=how in ("active", "passive"))
                for target in targets:
                    for obj in self.arguments(target):
                        for subject in subjects:
                            self.emit(subject, predicate, obj, verb, negated=negated,
                                      confidence=base - (_BASE["active"] - _BASE["light"]),
                                      allow_concepts=allow_concepts)
                return

        prep_penalty = 0.0
        idiom = None
        if len(dobjs) == 1 and f"{phrase} {dobjs[0].lower_}" in self.idioms:
            # "opened fire at a mosque", "took place in Belgrade": the object is
            # part of the predicate
            idiom = dobjs[0]
            phrase, dobjs = f"{phrase} {idiom.lower_}", []
        real_dobjs = [d for d in dobjs if d.lower_ not in self.dummies]
        obj_tokens.extend(real_dobjs)
        if not obj_tokens:
            obj_tokens = self.prep_objects(verb)
            prep_penalty = _PREP_OBJECT_PENALTY
        if not obj_tokens:
            self.place_event(verb, phrase, subjects, negated=negated, confidence=base - _PREP_OBJECT_PENALTY)
            return
        complement = self.complement(verb) if lemma in self.controls else None
        predicate = self.predicate(verb, phrase, last=idiom)
        # "an attack that left six soldiers dead" counts victims as "killed" does
        harm = lemma in self.harms or (lemma == "leave" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _HARM_STATES for c in kids))
        # an actor noun's concept object must be a direct one, its subject not a guess
        allow_concepts = kind == "cause" or harm or self.concepts_may_relate(
            sub_tokens, lemma, actor=not prep_penalty and (how in ("active", "passive") or (
                how == "active+inherited"
                and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids))))
        for tok in obj_tokens:
            objects = self.victims(tok) if harm else self.arguments(tok)
            for obj in objects:
                for subject in subjects:
                    self.emit(subject, predicate, obj, verb, negated=negated,
                              confidence=base - prep_penalty, complement=complement,
                              allow_concepts=allow_concepts)

    def noun(self, noun, lemma: str):
        agents, objects = self.nominal_roles(noun)
        if not agents or not objects:
            return
        subjects = [a for a in map(self.argument, agents) if a is not None]
        targets = [o for o in map(self.argument, objects) if o is not None]
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        for subject in subjects:
            for obj in targets:
                self.emit(subject, predicate, obj, noun, negated=False, confidence=_BASE["nominal"])

    # ---------------------------------------------------------------- what things are

    def role(self, entity_arg: Argument, noun, anchor, kind: str, *, negated=False):
        """(X, is a, noun) or, for "noun of Y", (X, noun of, Y)."""
        of = prepositional_objects(noun, ("of",))
        targets = [a for p in of for a in self.arguments(p) if a.type != "CONCEPT"]
        span = self.doc[anchor.i : noun.i + 1] if anchor.i <= noun.i else self.doc[noun.i : noun.i + 1]
        confidence = _DESCRIPTION_CONFIDENCE[kind]
        if targets:
            predicate = Predicate(
                lemma=f"{noun.lemma_.lower()} of", text=span.text, start=span.start_char, end=span.end_char
            )
            for target in targets:
                self.emit(entity_arg, predicate, target, noun, negated=negated, confidence=confidence)
            return
        concept = self.argument(noun, literal=True)
        if concept is None or concept.type != "CONCEPT":
            return
        predicate = Predicate(lemma="is a", text=span.text, start=span.start_char, end=span.end_char)
        self.emit(entity_arg, predicate, concept, noun, negated=negated, confidence=confidence)

    def descriptions(self):
        """Facts from appositions, copulas, titles and relational possessives."""
        doc, index = self.doc, self.index
        titles = _titles()
        for mention in index.mentions:
            root = doc[mention.token_start : mention.token_end].root
            arg = self.argument(root)
            if arg is None:
                continue
            # "Hayat Tahrir Al Sham, a group dominated by ..."
            for child in root.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN" and index.mention_at(child.i) is None:
                    self.role(arg, child, child, "appos")
            # "the group, Hayat Tahrir Al Sham"
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and index.mention_at(root.head.i) is None:
                if index.reference_at(root.head.i) is None:
                    self.role(arg, root.head, root.head, "appos")
            # "YPG is the main fighting force of the SDF"
            if root.dep_ in ("nsubj",) and root.head.lemma_ == "be":
                verb = root.head
                for child in verb.children:
                    if child.dep_ == "attr" and child.pos_ == "NOUN" and index.mention_at(child.i) is None:
                        self.role(arg, child, verb, "copula", negated=self.negated(verb))
            # "US President Donald Trump" -> (Donald Trump, president of, United States)
            if index[mention.key].type == "PERSON":
                i = mention.token_start - 1
                words = []
                while i >= 0 and doc[i].is_alpha and doc[i].lower_ in titles:
                    words.append(doc[i].lower_)
                    i -= 1
                title_start = i + 1
                if words and i > 0 and doc[i].tag_ == "POS":
                    i -= 1  # "Syria's President Bashar al-Assad"
                country = index.mention_at(i) if i >= 0 and words else None
                if country is not None and country_of(index[country.key].label) == index[country.key].label:
                    title_span = doc[title_start : mention.token_start]
                    predicate = Predicate(
                        lemma=" ".join(reversed(words)) + " of", text=title_span.text,
                        start=title_span.start_char, end=title_span.end_char,
                    )
                    self.emit(arg, predicate, self.argument(doc[i]), doc[i], negated=False,
                              confidence=_DESCRIPTION_CONFIDENCE["title"])
            # "Washington's Israeli ally" -> (Israel, ally of, United States)
            last = doc[mention.token_end - 1]
            if last.lower_ in self.relational or last.lemma_.lower() in self.relational:
                owner, _ = self.owner(last)
                if owner is not None and owner.type != "CONCEPT":
                    country = country_of_seat(owner.label)
                    if country is not None:
                        # a capital as possessor stands for its country's government
                        owner = Argument(
                            key=entity_key(country), label=country, type="GPE", text=owner.text,
                            start=owner.start, end=owner.end, actor_code=owner.actor_code,
                            resolved_from=owner.text,
                        )
                    predicate = Predicate(
                        lemma=f"{last.lemma_.lower()} of", text=last.text,
                        start=last.idx, end=last.idx + len(last.text),
                    )
                    self.emit(arg, predicate, owner, last, negated=False,
                              confidence=_DESCRIPTION_CONFIDENCE["possessive"] + _RESOLVED_PENALTY * (country is not None))


def relations_of(doc, document: Document, index: EntityIndex) -> list[Relation]:
    """Return the relations a parsed ``Doc`` states between its entities.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A Doc with a dependency parse, lemmas and POS tags.
    document : Document
        The document the Doc was parsed from (its id goes into each relation).
    index : EntityIndex
        The entities of ``doc``, from :func:`extract.entities.entities_of`.

    Returns
    -------
    list of Relation
        In document order of their predicates. Each has at least one named
        entity argument; offsets are document offsets.
    """
    if not doc.has_annotation("DEP"):
        return []  # no parse, no grammar to read
    reader = _Reader(doc, document, index)
    # read POS and lowercase ids as one array: a Token is made only for candidates
    strings = doc.vocab.strings
    for i, (pos, lower) in enumerate(doc.to_array([_POS_ATTR, _LOWER_ATTR]).tolist()):
        if pos == _VERB:
            reader.verb(doc[i])
        elif pos == _NOUN or pos == _PROPN:
            lemma = event_lemma(strings[lower])
            if lemma is not None and index.mention_at(i) is None:
                reader.noun(doc[i], lemma)
    reader.descriptions()
    reader.out.sort(key=lambda r: (r.predicate.start, r.subject.start, r.object.start))
    return reader.out
