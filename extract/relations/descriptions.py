"""Descriptions: what the article says things are (appositions, copulas, titles, relational possessives)."""

from __future__ import annotations

from ..entities import entity_key
from ..lapsed_negations import denied
from ..syntax import prepositional_objects
from ..types import Argument, Predicate
from .hidden_sides import compound_verb_patients
from .output import _DESCRIPTION_CONFIDENCE, _RESOLVED_PENALTY
from .titled_persons import described_name, name_compound
from ..doccache import doc_span

__all__ = ["DescriptionRules", "in_list"]

_COORDINATORS = frozenset({"and", "or", "nor"})
_NOUN_PHRASE_OPENERS = ("det", "poss", "nummod", "predet")
_SET_OFF = frozenset({",", "(", "\u2014", "\u2013", "-", "--", ":"})
# Adverbs that put a description in the past: "X, formerly a deputy administrator at Y" is no longer one.
_PAST_ADVERBS = frozenset({"formerly", "previously", "once", "onetime", "erstwhile"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _listed(conj) -> bool:
    """Is the conjunct ``conj`` a noun phrase of its own set off by a comma, a list's last item
    (", and his 2018 run")? "the Islamic State of Iraq and the Levant" is one name."""
    doc = conj.doc
    before = conj.left_edge.i - 1
    if before >= 0 and doc[before].lower_ in _COORDINATORS:
        before -= 1
    comma = before >= 0 and doc[before].text == ","
    return comma and (any(child.dep_ in _NOUN_PHRASE_OPENERS for child in conj.lefts) or conj.pos_ == "PROPN")


def _set_off(root, appos) -> bool:
    """Does the apposition ``appos`` begin right after the name of ``root`` (with its own modifiers:
    "Progressive Party of Working People, the main opposition force"), set off by a comma, bracket or dash?
    A noun later in the sentence that the parser hung on the name ("X, a UN rapporteur who ..., cautioned
    justice") is no description of it."""
    doc = appos.doc
    end = max([root.i] + [c.right_edge.i for c in root.children
                          if c.i < appos.i and c.dep_ != "appos" and not c.is_punct]) + 1
    return appos.left_edge.i == end + 1 and end < len(doc) and doc[end].text in _SET_OFF


def _lost_number(noun, label: str) -> bool:
    """Does ``label`` keep a measure word of ``noun``'s phrase but not its number ("a 75 ft long boat" read
    as "ft long commercial boat"): a fragment?"""
    words = set(label.casefold().split())
    return any(t.dep_ in ("nummod", "quantmod") and t.head.i != noun.i and t.head.lower_ in words
               and t.lower_ not in words for left in noun.lefts for t in left.subtree)


def _hyphen_prefix(noun) -> bool:
    """Is ``noun`` the first piece of a hyphenated word the parser split ("co" of "co-author",
    "ex" of "ex-president", "mayor" of "mayor-elect")?"""
    doc = noun.doc
    return (not noun.whitespace_ and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-"
            and not doc[noun.i + 1].whitespace_)


def in_list(head, appos) -> bool:
    """Is the apposition of ``appos`` to ``head`` a misread list ("Crete, the Greek mainland and Otranto")?

    An apposition and a list item look alike after a comma; a list shows itself
    by a coordinator: a conjunct of the head before the apposition ("the field and
    Thesprotia, Greece": Greece goes with Thesprotia), a noun phrase after a comma
    conjoined to the apposition ("US Congress, his 2014 runs ..., and his 2018 run"), or
    "and"/"or" right after it ("Crete, the Greek mainland, and ..."). "X, a lawyer
    and activist," stays an apposition (the conjunct shares the article).
    """
    if any(c.dep_ == "conj" and head.i < c.i < appos.i for c in head.children):
        return True
    if any(c.dep_ == "conj" and _listed(c) for c in appos.children):
        return True
    doc = appos.doc
    after = appos.right_edge.i + 1
    if after < len(doc) and doc[after].is_punct and doc[after].text == ",":
        after += 1
    return after < len(doc) and doc[after].lower_ in _COORDINATORS and doc[after].sent == appos.sent


class DescriptionRules:
    """Facts from appositions, copulas, titles and relational possessives.

    Expects ``doc``, ``index``, the argument, clause and output rules and
    the word set ``relational`` on the reader.
    """

    def role(self, entity_arg: Argument, noun, anchor, kind: str, *, negated=False):
        """(X, is a, noun) or, for "noun of Y" and, in apposition, "Y's noun", (X, noun of, Y).

        A description put in the past ("formerly a deputy administrator") is none.
        """
        if any(c.dep_ == "advmod" and c.lower_ in _PAST_ADVERBS for c in (*noun.children, *anchor.children)):
            return
        if _hyphen_prefix(noun):
            return  # "co" of "co-author", "ex" of "ex-president": a piece of a word, no noun
        of = prepositional_objects(noun, ("of",))
        targets = [a for p in of for a in self.arguments(p) if a.type != "CONCEPT"]
        if not of and kind == "appos" and noun.lemma_.lower() not in self.relational:
            # "Shapiro's widow, Pam Shriver" -> (Pam Shriver, widow of, Shapiro); a named possessor only,
            # and a noun with no "of" of its own ("X's chief of staff" is no chief of X)
            owner, resolved = self.owner(noun)
            if owner is not None and not resolved and owner.type != "CONCEPT":
                targets = [owner]
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
        if concept is None or concept.type != "CONCEPT" or _lost_number(noun, concept.label):
            return
        predicate = Predicate(lemma="is a", text=span.text, start=span.start_char, end=span.end_char)
        self.emit(entity_arg, predicate, concept, noun, negated=negated, confidence=confidence)

    @staticmethod
    def _fronted_participle(root) -> bool:
        """Is ``root`` inside a participle or prepositional phrase that opens the sentence before its verb
        ("Speaking to Reuters, ...", "According to the BBC, ...")? A noun in apposition after it may
        be the main clause's subject."""
        tok = root
        while tok.dep_ in ("pobj", "pcomp", "prep", "advcl") and tok.head.i != tok.i:
            head = tok.head
            if tok.dep_ in ("prep", "advcl") and head.pos_ in ("VERB", "AUX") and tok.i < head.i:
                return tok.left_edge.i == tok.sent.start
            tok = head
        return False

    @staticmethod
    def _second_subject(root) -> bool:
        """Is ``root`` a subject set off by a comma after another subject of its verb, a misread
        apposition ("Otranto, Italy is an end point": Italy is Otranto's country, not the end point)?"""
        doc, first = root.doc, root.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            return False
        before = doc[first - 2]  # "Otranto" of "Otranto, Italy is ...", parsed as a subject or left loose
        return before.pos_ == "PROPN" and root.head in (before.head, before.head.head) and before.dep_ in (
            "nsubj", "dep", "compound", "npadvmod")

    def _place_pair(self, root, mention) -> bool:
        """Is the place ``root`` the second of "X, Y" after another place ("off the coast of California,
        United States, resulted"): Y is X's country or region, not in apposition to a noun before X?"""
        doc, index = self.doc, self.index
        first = mention.token_start
        if index[mention.key].type not in _PLACE_TYPES or first < 2 or doc[first - 1].text != ",":
            return False
        before = index.mention_at(first - 2)
        return before is not None and index[before.key].type in _PLACE_TYPES

    def _named_after(self, root, noun):
        """A person's name in apposition after ``noun``, beside it on a head that is no person: the
        description is the name's ("AFP, the president of X, Jamel Msallem"), or None."""
        index = self.index
        own = index.mention_at(root.i)
        if own is not None and index[own.key].type == "PERSON":
            return None
        for sibling in root.children:
            if sibling.dep_ == "appos" and sibling.i > noun.i:
                mention = index.mention_at(sibling.i)
                if mention is not None and index[mention.key].type == "PERSON":
                    return sibling
        return None

    def descriptions(self):
        """Facts from appositions, copulas, titles and relational possessives."""
        doc, index = self.doc, self.index
        titles = self.titles
        for mention in index.mentions:
            root = doc_span(doc, mention.token_start, mention.token_end).root
            arg = self.argument(root)
            if arg is None:
                continue
            # "Hayat Tahrir Al Sham, a group dominated by ..."
            for child in root.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN" and index.mention_at(child.i) is None:
                    if (mention.token_start <= child.i < mention.token_end or in_list(root, child)
                            or not _set_off(root, child)):
                        continue  # a word of the name, a list item, or a noun further on hung on the name
                    if self._fronted_participle(root):
                        continue  # "Speaking to Reuters, the president of X said": the title is the subject's
                    person = self._named_after(root, child)
                    if person is not None:
                        # "Speaking to AFP, the president of X, Jamel Msallem, said": the title is the name's
                        person_arg = self.argument(person)
                        if person_arg is not None:
                            self.role(person_arg, child, child, "appos")
                        continue
                    self.role(arg, child, child, "appos")
            # "the group, Hayat Tahrir Al Sham"
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and index.mention_at(root.head.i) is None:
                if index.reference_at(root.head.i) is None and not in_list(root.head, root) and not self._place_pair(
                        root, mention):
                    # "our main website hoster Uberspace": the noun the name carries heads the description
                    described = described_name(root.head, index)
                    noun = name_compound(root) if described is not None and described.i == root.i else root.head
                    self.role(arg, noun, noun, "appos")
            # "YPG is the main fighting force of the SDF"
            if root.dep_ in ("nsubj",) and root.head.lemma_ == "be" and not self._second_subject(root):
                verb = root.head
                for child in verb.children:
                    if child.dep_ == "attr" and child.pos_ == "NOUN" and index.mention_at(child.i) is None and not any(
                            compound_verb_patients(c, self.lexicon) for c in child.children):  # "was gang raped"
                        self.role(arg, child, verb, "copula", negated=self.negated(verb) or denied(child))
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
                label = index[country.key].label if country is not None else None
                if country is not None and self.lexicon.countries.country_of(label) == label:
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
                    country = self.lexicon.countries.country_of_seat(owner.label)
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
