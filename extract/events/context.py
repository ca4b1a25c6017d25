"""The document's context: what event annotation reads off one parsed Doc, computed once."""

from __future__ import annotations

import bisect
import functools
from collections import Counter

from spacy.attrs import LOWER

from ..actors.title_places import title_place_phrase
from ..doccache import cache_of, doc_ents, doc_span, sentence_bounds, span_text
from ..errors import InputError
from ..lexicon import Lexicon, get_lexicon
from ..lexicon.gazetteer import GazetteerEntry, split_place
from ..lexicon.normalise import fold_mention, fold_place
from ..syntax import left_phrase, subtree_span
from ..timex import parse_anchor
from ..types import Entity

__all__ = ["EventContext"]

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Tagger labels of names that a person's mention may be mistaken for (not dates or numbers: "Day").
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
#: The labels of the mentions a phrase before the name may describe (:meth:`EventContext.described_mentions`).
_DESCRIBED_LABELS = _NAME_LABELS | {"PERSON"}


class EventContext:
    """What annotation reads off one parsed document, computed once.

    Make one per Doc and pass it to :func:`annotate_entities` and
    :func:`annotate_relations` to share its caches (sentence entities,
    gazetteer look-ups, country context). It holds nothing a call leaves
    for another: each entry point sets the entities it was given. It holds
    the Doc, so drop it with the Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    document : Document
        The article; its ``date`` anchors relative dates.
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.
    """

    __slots__ = (
        "doc", "anchor", "countries", "entities", "aliases", "places", "ents", "_sent_ents", "_sent_countries",
        "_according", "lexicon", "_actor_antecedents", "_antecedents_end", "_persons", "_descriptors",
        "_ent_folds", "_ent_starts",
    )

    def __init__(self, doc, document, *, lexicon: Lexicon | None = None):
        self.doc = doc
        self.lexicon = lexicon or get_lexicon()
        self.ents = tuple(doc_ents(doc))  # doc.ents builds new spans on every access (doccache.doc_ents: once per Doc)
        self._sent_ents: dict[int, list] = {}
        self._sent_countries: dict[int, list[str]] = {}
        self.anchor = parse_anchor(getattr(document, "date", None))
        self.entities: list[Entity] = []
        self.aliases: dict[str, Entity] = {}
        self.countries = _country_context(self.ents, self.lexicon)
        self.places: dict[str, GazetteerEntry | None] = {}
        self._according: list[int] | None = None
        self._actor_antecedents: list | None = None
        self._antecedents_end = 0  # the tokens before it are scanned for antecedents
        self._persons: list | None = None  # (text, folded text, span) of the PERSON mentions
        self._descriptors: dict[tuple, tuple] = {}  # (entity key, body) -> (token start, ActorCode) of its mentions
        self._ent_starts: list[int] | None = None  # the first token of each of ``ents``, once asked for
        self._ent_folds: tuple | None = None  # (span, folded text) of the ``ents`` a description may name, once asked for

    def use_entities(self, entities) -> None:
        """Look names up among ``entities`` (the canonical entities of the Doc) from now on."""
        self.entities = list(entities)
        self.aliases = {}
        for entity in self.entities:
            for name in (entity.label, *entity.aliases):
                self.aliases.setdefault(_fold(name), entity)
        self._persons = None  # the PERSON mentions depend on the entities' types

    def according_to(self, start: int, end: int) -> list[int]:
        """Positions i in [start, end) of "according" followed by "to", in order."""
        if self._according is None:
            doc = self.doc
            lowers = doc.to_array(LOWER).tolist()
            according, to = doc.vocab.strings["according"], doc.vocab.strings["to"]
            self._according = [
                i for i in range(len(lowers) - 1) if lowers[i] == according and lowers[i + 1] == to
            ]
        found = self._according
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]

    def actor_antecedents(self, before: int | None = None) -> list:
        """The generic actors with a country the Doc names, in order (:func:`extract.actors.role_antecedents`).

        With ``before``, at least those whose head is before token ``before``
        (the Doc is scanned only as far as asked; the list may hold later ones).
        """
        end = len(self.doc) if before is None else min(max(before, 0), len(self.doc))
        if self._actor_antecedents is None:
            self._actor_antecedents = []
        if end > self._antecedents_end:
            from ..actors import organisation_antecedents, role_antecedents

            found = role_antecedents(
                self.doc, date=self.anchor, lexicon=self.lexicon, start=self._antecedents_end, end=end)
            # "Volkswagen ... the company": named organisations with a country and a role too
            found += organisation_antecedents(
                self.ents, date=self.anchor, lexicon=self.lexicon, start=self._antecedents_end, end=end)
            self._actor_antecedents += sorted(found, key=lambda pair: pair[0])
            self._antecedents_end = end
        return self._actor_antecedents

    def place(self, text: str, kind: str | None = None) -> GazetteerEntry | None:
        key = (fold_place(text), kind)
        if key not in self.places:
            self.places[key] = self.lexicon.gazetteer.lookup(text, countries=self.countries, kind=kind)
        return self.places[key]

    def sent_ents(self, sent) -> list:
        """The named-entity spans of a sentence."""
        found = self._sent_ents.get(sent.start)
        if found is None:
            if self._ent_starts is None:
                self._ent_starts = [e.start for e in self.ents]  # in order: a sentence's names are one run
            starts = self._ent_starts
            found = self._sent_ents[sent.start] = list(
                self.ents[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)])
        return found

    def sent_countries(self, sent) -> list[str]:
        """The countries a sentence names, then the article's: "government forces"
        in a sentence about Syrian state media are Syria's."""
        if sent is None:
            return self.countries
        found = self._sent_countries.get(sent.start)
        if found is None:
            local = _country_context(self.sent_ents(sent), self.lexicon)
            found = self._sent_countries[sent.start] = local + [c for c in self.countries if c not in local]
        return found

    def person_titles(self, entity: Entity) -> list[str]:
        """The phrases around a person's mentions that may hold a title."""
        names = {_fold(n) for n in (entity.label, *entity.aliases)}
        out = []
        for _, folded, ent in self.persons():
            if folded in names:
                out += _title_phrases(ent)
        return out

    def person_spans(self, entity: Entity) -> list:
        """The PERSON mentions of a person, with a title the tagger took in ("King Abdullah" of "Abdullah")."""
        names = {_fold(n) for n in (entity.label, *entity.aliases)}
        return [ent for _, folded, ent in self.persons()
                if folded in names or " " in folded and folded.split(" ", 1)[1] in names]

    def persons(self) -> list[tuple[str, str, object]]:
        """(text, folded text, span) of each PERSON mention, in order (a Span's text is built on every access).

        A mention the tagger labelled another kind of name (place, group, organisation) counts
        when its text names a person of the entities in use ("Sirhan, an ethnic Palestinian"
        tagged GPE, where the article's entity Sirhan Sirhan is a person): the apposition
        still describes the person.
        """
        if self._persons is None:
            self._persons = [
                (text, folded, ent) for ent in self.ents  # the names' texts cut from the Doc's text
                for text in (span_text(self.doc, ent.start, ent.end),) for folded in (_fold(text),)
                if ent.label_ == "PERSON" or ent.label_ in _NAME_LABELS and self._names_person(folded)
            ]
        return self._persons

    def namesake(self, surname: str, before: int):
        """The first mention of a full name (two words or more) of a person that starts before
        character ``before`` and ends in the one word ``surname`` ("Robert Mugabe" for "Mugabe"):
        its span, or None."""
        key = _fold(surname)
        for _, folded, ent in self.persons():
            if ent.start_char >= before:
                break
            words = folded.split()
            if len(words) > 1 and words[-1] == key:
                return ent
        return None

    def _names_person(self, folded: str) -> bool:
        entity = self.aliases.get(folded)
        return entity is not None and entity.type == "PERSON"

    def described_mentions(self, entity: Entity, *, body: bool = False) -> tuple:
        """(start token, code) of the mentions of ``entity`` that a phrase before the name
        describes with a nationality ("the German carmaker Volkswagen";
        :func:`extract.actors.descriptor_code`), in order; with ``body``, those a title
        makes an official of an international body ("EU foreign policy chief Josep
        Borrell"; :func:`extract.actors.body_title_code`)."""
        key = (entity.key, body)
        found = self._descriptors.get(key)
        if found is None:
            from ..actors import body_title_code, descriptor_code

            read = body_title_code if body else descriptor_code
            names = {_fold(n) for n in (entity.label, *entity.aliases)}
            if self._ent_folds is None:  # the names of the labels read, folded once per Doc
                self._ent_folds = tuple((ent, _fold(ent.text)) for ent in self.ents if ent.label_ in _DESCRIBED_LABELS)
            found = self._descriptors[key] = tuple(
                (ent.start, code) for ent, folded in self._ent_folds if folded in names
                for code in (read(ent, date=self.anchor, lexicon=self.lexicon),) if code is not None)
        return found

    def entity_for(self, text: str) -> Entity | None:
        folded = _fold(text)
        return self.aliases.get(folded) or self.aliases.get(_fold(split_place(text)[0]))


def _context_for(doc, document, context: EventContext | None, lexicon: Lexicon | None = None) -> EventContext:
    """``context`` if it was made for ``doc``, else a new one."""
    if context is None:
        return EventContext(doc, document, lexicon=lexicon)
    if not isinstance(context, EventContext) or context.doc is not doc:
        raise InputError("context must be the EventContext made for this doc (EventContext(doc, document))")
    return context


#: How event annotation matches a mention against entity names (:func:`fold_mention`).
_fold = fold_mention


@functools.lru_cache(maxsize=8192)
def _mention_country(label: str, text: str, lexicon: Lexicon) -> tuple[str | None, int]:
    """The country a mention names and its weight: a country name counts 2, a
    demonym 1, a city that only one country has 1."""
    gaz = lexicon.gazetteer
    if label in ("GPE", "LOC"):
        name = split_place(text)[0]
        entry = gaz.country_of(name)
        if entry is not None:
            return entry.country, 2
        if label == "GPE":
            found = gaz.candidates(name)
            if found and len({c.country for c in found}) == 1:
                return found[0].country, 1
    elif label == "NORP":
        code = lexicon.actors.demonyms.get(fold_place(text))
        alpha2 = lexicon.countries.alpha2(code) if code else None
        if alpha2 and alpha2 in gaz.countries:
            return alpha2, 1
    return None, 0


def _country_context(ents, lexicon: Lexicon) -> list[str]:
    """ISO alpha-2 codes of the countries some mentions name, most named first."""
    counts: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "NORP"):
            continue  # no other mention names a country (_mention_country)
        country, weight = _mention_country(ent.label_, ent.text, lexicon)
        if country:
            counts[country] += weight
    return [c for c, _ in counts.most_common()]


def _title_phrases(span) -> list[str]:
    """"US Secretary of State Mike Pompeo", "the Chancellor of Germany" (apposition)."""
    memo = cache_of(span.doc).memo("title_phrases")  # a person's mentions are read for every relation
    key = (span.start, span.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(_read_title_phrases(span))
    return list(found)


#: Clauses of an apposition's noun, which are no part of the title it gives.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _read_title_phrases(span) -> list[str]:
    """:func:`_title_phrases`, computed."""
    root = span.root
    doc = span.doc
    phrases = []
    if root.left_edge.i < span.start:
        phrases.append(doc_span(doc, root.left_edge.i, span.end).text)
    for child in root.children:
        if child.dep_ == "appos":
            # "George Floyd, a man who died while a police officer restrained him": a clause of the
            # apposition tells what happened, not the title; the phrase stops before it
            clauses = [c.left_edge.i for c in child.children if c.dep_ in _CLAUSE_DEPS and c.i > child.i]
            phrase = subtree_span(child)
            phrases.append(doc_span(doc, phrase.start, min(clauses)).text if clauses else phrase.text)
    for child in root.children:
        # "Mike Pompeo, who is the secretary of state"
        if child.dep_ == "relcl" and child.lemma_ == "be":
            for attr in child.children:
                if attr.dep_ == "attr":
                    phrases.append(subtree_span(attr).text)
    # The parser often detaches titles; read the words next to the name too. A name right after "of"
    # is the complement of the noun before it, not its title's holder: "the police killing of X".
    start = span.start
    after_of = start > 0 and doc[start - 1].lower_ == "of"
    sent = doc_span(doc, *sentence_bounds(doc, span.start))  # found once: each ``span.sent`` walks to the sentence's start
    # Not past a conjunction, another person's name or a plural noun: "Senator Warren and Michael
    # Bloomberg" gives Bloomberg no title.
    while (not after_of and start > sent.start and span.start - start < 7 and not doc[start - 1].is_punct
           and doc[start - 1].pos_ not in ("VERB", "AUX", "CCONJ") and doc[start - 1].ent_type_ != "PERSON"
           and doc[start - 1].tag_ not in ("NNS", "NNPS")):  # "told journalists Adamowicz ...": no title
        start -= 1
    if start < span.start:
        phrases.append(doc_span(doc, start, span.end).text)
        carried = title_place_phrase(span, start)  # "Health Minister Olivier Véran of France"
        if carried is not None:
            phrases.append(carried)
    if span.end + 2 < sent.end and doc[span.end].lower_ == "who" and doc[span.end + 1].lemma_ == "be":
        end = span.end + 2
        while end < sent.end and not doc[end].is_punct and end - span.end < 10:
            end += 1
        phrases.append(doc[span.end + 2 : end].text)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        phrases.append(left_phrase(root.head).text)
    return phrases
