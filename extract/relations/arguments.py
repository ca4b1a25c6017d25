"""Arguments: the entity, resolved reference or concept a token stands for, coordination expanded."""

from __future__ import annotations

import dataclasses

from spacy.symbols import NOUN as _NOUN

from ..doccache import span_chars, span_text
from ..coref_person_groups import counted_antecedent
from ..entities import concept_key
from ..syntax import prepositional_objects
from ..types import Argument
from .hyphen_words import hyphen_start, hyphen_word
from .name_heads import name_label
from .named_concepts import named_concept
from .of_compounds import of_compound
from .possessor_names import possessor_name
from .possessors import record_possessor
from .quote_referents import described_speaker, spoken_of
from .speakers import FIRST_PERSON, quoted_speaker
from .title_lists import title_conjuncts
from .titled_persons import described_name, named_by, titled_person

__all__ = ["ArgumentRules"]

# Where an adjective or participle may stand as a noun for people ("the accused").
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "pobj"})
_NUMERIC_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})
# Modifiers that count or point rather than describe: not part of a concept's name.
_NOT_DESCRIPTIVE = frozenset(
    {"many", "several", "few", "some", "more", "most", "other", "least", "much", "such",
     "own", "same", "various", "numerous", "dozens", "hundreds", "thousands", "millions"}
)
# Pronouns that take in the whole of an "of" phrase: "acquitted both of them", "freed all of the hostages".
_WHOLE_PRONOUNS = frozenset({"both", "all", "each"})
# Nouns of a length of time: "three days of mourning", "weeks of talks" stand for what fills the time.
_DURATIONS = frozenset({"hour", "day", "week", "month", "year"})


class ArgumentRules:
    """What a token stands for as an argument.

    Expects ``doc``, ``index`` and the word sets ``titles``, ``quantifiers``,
    ``places``, ``dummies`` and ``relational`` on the reader.
    """

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
        return title_conjuncts(out, self.index, self.lexicon)  # "television host, and philanthropist Don Imus"

    def arguments(self, tok) -> list[Argument]:
        return [a for member in self.members(tok) for a in self.member_arguments(member)]

    def member_arguments(self, member) -> list[Argument]:
        whole = self.whole_of(member)
        if whole is not None:
            return self.member_arguments(whole)
        ref = self.index.reference_at(member.i)
        if ref is not None and len(ref.keys) > 1:  # "they" after "Russia and Syria"
            return [self.resolved(ref, key) for key in ref.keys]
        named = self.named_apposition(member)
        if named is None:  # "Senator from Vermont Bernie Sanders", "hoster Uberspace", "a man named X"
            named = titled_person(member, self.index, self.titles) or described_name(
                member, self.index) or named_by(member, self.index, self.lexicon)
        if named is not None:
            return self.arguments(named)
        fused = self.fused_conjuncts(member)  # "The Colombian government and FARC rebels": two (conjunct_actors.py)
        if fused is not None:
            return fused
        arg = self.argument(member)
        return [arg] if arg is not None else []

    def whole_of(self, tok):
        """The "of" object a pronoun takes whole ("acquitted both of them", "freed all of the hostages"), or None."""
        if tok.pos_ != "PRON" or tok.lower_ not in _WHOLE_PRONOUNS or self.index.reference_at(tok.i) is not None:
            return None
        pobjs = prepositional_objects(tok, ("of",))
        return pobjs[0] if len(pobjs) == 1 else None

    def named_apposition(self, tok):
        """The name set off after a common noun ("killed Iranian general, Qasem Soleimani") or after
        "one of" a group ("one of these groups, the SDF, opposed") or an ordinal ("a third, Jared Golden"), or None."""
        if self.index.mention_at(tok.i) is not None or not (
                tok.pos == _NOUN or tok.lower_ == "one" and prepositional_objects(tok, ("of",))
                or tok.ent_type_ == "ORDINAL" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
            # an ordinal standing for a noun names its own: "and a third, Jared Golden, voted"
            return None  # "one of these groups, the SDF": the name says which one
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

    def counted_group(self, tok, group) -> Argument | None:
        """The group ``group`` ("two French police officers") a lone "both" or "the pair" ``tok`` stands for,
        the description as its text."""
        inner = self.argument(group, 1)
        if inner is None:
            return None
        first = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "det"])
        text = span_text(self.doc, first, tok.i + 1)
        start, end = span_chars(self.doc, first, tok.i + 1)
        return dataclasses.replace(inner, text=text, start=start, end=end, resolved_from=text)

    def speaker(self, tok) -> Argument | None:
        """"I" or "we" in a quotation: its one named speaker (:func:`~extract.relations.speakers.quoted_speaker`),
        or the noun of its one described speaker (:func:`~extract.relations.quote_referents.described_speaker`),
        the pronoun kept in ``resolved_from``."""
        key = quoted_speaker(self.doc, tok, self.index, self.lexicon)
        if key is None:
            noun = described_speaker(self.doc, tok, self.index, self.lexicon)
            found = self.argument(noun, literal=True) if noun is not None else None
            return dataclasses.replace(found, resolved_from=tok.text) if found is not None else None
        return self.pronoun_for(tok, key)

    def pronoun_for(self, tok, key: str) -> Argument:
        """The entity ``key`` a pronoun ``tok`` stands for, the pronoun as its text."""
        entity = self.index[key]
        return Argument(
            key=entity.key, label=entity.label, type=entity.type, text=tok.text, start=tok.idx,
            end=tok.idx + len(tok.text), actor_code=entity.actor_code, resolved_from=tok.text,
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
        if ref is None and depth == 0 and (group := counted_antecedent(tok, self.lexicon)) is not None:
            return self.counted_group(tok, group)  # "Two officers were convicted. Both received ...": the officers
        if tok.lower_ in FIRST_PERSON:
            return self.speaker(tok)
        if tok.pos_ == "PRON" and (key := spoken_of(self.doc, tok, self.index, self.lexicon)) is not None:
            return self.pronoun_for(tok, key)  # 'X said of Y: "he ..."': Y (quote_referents.py)
        if not literal and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            # "a group backed by Iran" in "Hezbollah, a group backed by Iran": Hezbollah
            head = index.mention_at(tok.head.i)
            if head is not None:
                return self.argument(tok.head, depth + 1)
        # "regime ally Russia": a common noun right before the name it describes
        nxt = tok.i + 1
        if (tok.pos_ == "NOUN" or tok.lower_ in self.titles) and nxt < len(self.doc):
            m = index.mention_at(nxt)
            if m is not None and m.token_start == nxt and self.doc[nxt].pos_ == "PROPN" and not possessor_name(
                    self.doc, m.token_end):  # "told reporters Adamowicz's condition was ...": another phrase's
                return self.argument(self.doc[m.token_end - 1], depth + 1) if depth < 3 else None
        lower = tok.lower_
        if depth < 3 and (lower in self.quantifiers or lower in self.places):
            # "a series of strikes", "the town of Khan Sheikhun"
            for pobj in prepositional_objects(tok, ("of",)):
                inner = self.argument(pobj, depth + 1)
                if inner is not None and (lower in self.quantifiers or not inner.type == "CONCEPT"):
                    return inner
        if depth < 3 and tok.pos_ == "NOUN" and tok.lemma_.lower() in _DURATIONS:
            # "declared three days of mourning": the mourning, not a date
            for pobj in prepositional_objects(tok, ("of",)):
                if pobj.pos_ == "NOUN" and pobj.ent_type_ not in _NUMERIC_ENTS:
                    return self.argument(pobj, depth + 1)
        if (tok.pos_ not in ("NOUN", "PROPN") and not self.nominal_participle(tok)) or lower in self.dummies:
            return None
        if tok.ent_type_ in _NUMERIC_ENTS or not tok.is_alpha:
            return None
        words, modifiers = [], []
        first = joined = hyphen_start(tok)  # "re-election", "anti-semitism": the head's own compound
        lefts = list(tok.lefts)
        # the pieces of a modifier's compound the parser hung on the noun ("anti" of "anti-homosexual comments")
        pieces = {i for child in lefts for i in range(hyphen_start(child), child.i)}
        for child in lefts:
            if child.is_punct or child.i >= joined or child.i in pieces:
                continue
            if child.dep_ in ("det", "poss", "nummod", "predet", "quantmod", "case"):
                first = min(first, child.left_edge.i)
                continue
            first = min(first, child.left_edge.i, hyphen_start(child))
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.is_alpha
                and child.lower_ not in _NOT_DESCRIPTIVE
                and child.ent_type_ not in _NUMERIC_ENTS
                and index.mention_at(child.i) is None
            ):
                words.append(hyphen_word(child) or child.lower_)
                modifiers.append((child, words[-1]))
        head_word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.text
        words.append(hyphen_word(tok, lemma=tok.pos_ == "NOUN") or head_word)
        phrase = " ".join(words)
        name = name_label(tok, index, modifiers) if hyphen_start(tok) == tok.i else None
        if name is not None:  # an unrecognised name: "lawmaker Elijah Cummings" is "Elijah Cummings"
            phrase = name
        last = tok.i
        term = of_compound(tok)  # "a state of emergency": the "of" phrase is part of the term
        if term is not None:
            phrase, last = f"{phrase} {term[0]}", term[1]
        resolved_from = None
        if tok.lemma_.lower() in self.relational or lower in self.relational:
            # "its allies" are allies of what "its" refers to
            owner, was_resolved = self.owner(tok)
            if owner is not None and owner.type != "CONCEPT":
                phrase = f"{phrase} of {owner.label}"
                resolved_from = span_text(self.doc, first, tok.i + 1) if was_resolved else None
        start, end = span_chars(self.doc, first, last + 1)
        if name is not None and phrase == name:  # "questioned Turkish national Hatice Cengiz": the article's Hatice Cengiz
            named = named_concept(tok, index, name, span_text(self.doc, first, last + 1), start, end)
            if named is not None:
                return named
        record_possessor(self.doc, tok, index, self.lexicon)  # "his government": whose, for the actor code
        return Argument(
            key=concept_key(phrase), label=phrase, type="CONCEPT", text=span_text(self.doc, first, last + 1),
            start=start, end=end, resolved_from=resolved_from,
        )

    def nominal_participle(self, tok) -> bool:
        """Is ``tok`` an adjective or participle used as a noun for people: "arrested the accused",
        "the wounded were taken"? Only "the" before it, as an argument."""
        if tok.tag_ not in ("VBN", "VBD", "JJ") or tok.dep_ not in _ARGUMENT_DEPS:
            return False
        lefts = list(tok.lefts)
        return len(lefts) == 1 and lefts[0].lower_ == "the" and lefts[0].i == tok.i - 1

    def count_argument(self, tok) -> Argument | None:
        """A bare number as a harm verb's object ("killed twelve"): a concept named by the number."""
        if tok.pos_ != "NUM" and tok.ent_type_ != "CARDINAL":
            return None
        label = tok.lower_
        return Argument(key=concept_key(label), label=label, type="CONCEPT", text=tok.text,
                        start=tok.idx, end=tok.idx + len(tok.text))
