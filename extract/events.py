"""Event annotation: CAMEO-style type, time, place, casualties, source; actor codes.

``extract.facts`` calls the two entry points on each parsed document,
with one :class:`EventContext` made for the Doc and passed to both:

- :func:`annotate_entities` gives each entity its default actor code and,
  for places, a GeoNames link with coordinates;
- :func:`annotate_relations` fills each relation's event fields from its
  sentence and appends ``located in`` relations between places.

Each call depends on its arguments only: the context holds what is read
off the Doc (caches), never what another call left behind, and it lives
as long as its caller keeps it.

What a relation gets (each only where the sentence gives it):

``event``
    The CAMEO type of the predicate lemma (``data/events.tsv`` over the
    PETRARCH-derived ``data/events_petrarch.tsv``). A light verb ("carry
    out strikes", "launch an offensive") takes its object's type.
``time``
    A DATE/TIME expression in the predicate's clause, resolved against
    the article's date (:mod:`extract.timex`).
``place``
    A place in the predicate's clause after a locative preposition ("in
    northwest Syria", "in Homs province"), linked to the gazetteer.
``casualties``
    From the predicate's clause and a participle hanging on it ("killed
    six civilians", "leaving at least 15 dead") (:mod:`extract.casualties`).
``attributed_to``
    The source of a claim: "according to X" in the sentence, or the
    subject of a speech or accusation verb whose complement holds the
    predicate ("the Kremlin insisted that ...", "Syria accused Israel of
    targeting ...").
``negated`` / ``modality``
    A negation on the predicate ("did not relent"); a modal auxiliary
    (may, might, could, would, ...), a governing verb (threaten, plan,
    vow, ...) or "reportedly".

Arguments get an actor code for their use in the sentence ("the Syrian
regime" -> ``SYRGOV``, "Damascus urged" -> ``SYRGOV``). All look-ups are
dictionary look-ups; the gazetteer is built once, on first use.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections import Counter

from spacy.attrs import LOWER

from .actors import actor_code, alpha3
from .cameo import event_of, load_event_map
from .casualties import INJURE_LEMMAS, KILL_LEMMAS, casualties_at
from .places import GazetteerEntry, gazetteer, normalise_place, split_place
from .syntax import (
    SUBJECT_DEPS,
    char_span,
    clause_head,
    is_negated,
    left_phrase,
    passive_agents,
    predicate_token,
    span_root,
    subtree_span,
)
from .timex import parse_anchor, to_time_span
from .errors import InputError
from .types import Argument, Entity, Event, Place, Predicate, Relation

__all__ = ["EventContext", "annotate_entities", "annotate_relations", "LOCATED_IN"]

#: The predicate lemma of the place-nesting relations this module adds.
LOCATED_IN = "located in"

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "outside", "inside", "around", "throughout", "within", "into"})
_SPEECH_LEMMAS = frozenset({
    "say", "insist", "claim", "accuse", "allege", "report", "tell", "state", "announce", "deny",
    "add", "confirm", "assert", "argue", "warn", "charge", "blame", "believe", "suggest", "write",
    "tweet", "declare", "maintain", "acknowledge", "admit", "note",
})
_MODAL_AUX = frozenset({"may", "might", "could", "would", "should", "can", "must", "will", "shall"})
_MODAL_VERBS = frozenset({
    "threaten", "plan", "vow", "promise", "intend", "want", "seek", "try", "attempt", "pledge",
    "aim", "hope", "expect", "propose", "prepare", "consider", "offer", "agree", "refuse", "decide",
})
_LIGHT_VERBS = frozenset({
    "carry", "carry out", "launch", "conduct", "stage", "mount", "make", "step up", "unleash",
    "continue", "resume", "hold", "impose", "issue", "level", "begin", "start", "intensify",
    "escalate", "perform", "wage", "execute", "commit", "release", "fire",
})
_AGENT_DEPS = frozenset({"nsubj", "poss"})


# --------------------------------------------------------------------------
# the document's context


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
    """

    __slots__ = (
        "doc", "anchor", "countries", "entities", "aliases", "places", "ents", "_sent_ents", "_sent_countries",
        "_according",
    )

    def __init__(self, doc, document):
        self.doc = doc
        self.ents = tuple(doc.ents)  # doc.ents builds new spans on every access
        self._sent_ents: dict[int, list] = {}
        self._sent_countries: dict[int, list[str]] = {}
        self.anchor = parse_anchor(getattr(document, "date", None))
        self.entities: list[Entity] = []
        self.aliases: dict[str, Entity] = {}
        self.countries = _country_context(self.ents)
        self.places: dict[str, GazetteerEntry | None] = {}
        self._according: list[int] | None = None

    def use_entities(self, entities) -> None:
        """Look names up among ``entities`` (the canonical entities of the Doc) from now on."""
        self.entities = list(entities)
        self.aliases = {}
        for entity in self.entities:
            for name in (entity.label, *entity.aliases):
                self.aliases.setdefault(_fold(name), entity)

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

    def place(self, text: str, kind: str | None = None) -> GazetteerEntry | None:
        key = (normalise_place(text), kind)
        if key not in self.places:
            self.places[key] = gazetteer().lookup(text, countries=self.countries, kind=kind)
        return self.places[key]

    def sent_ents(self, sent) -> list:
        """The named-entity spans of a sentence."""
        found = self._sent_ents.get(sent.start)
        if found is None:
            found = self._sent_ents[sent.start] = [e for e in self.ents if sent.start <= e.start < sent.end]
        return found

    def sent_countries(self, sent) -> list[str]:
        """The countries a sentence names, then the article's: "government forces"
        in a sentence about Syrian state media are Syria's."""
        if sent is None:
            return self.countries
        found = self._sent_countries.get(sent.start)
        if found is None:
            local = _country_context(self.sent_ents(sent))
            found = self._sent_countries[sent.start] = local + [c for c in self.countries if c not in local]
        return found

    def person_titles(self, entity: Entity) -> list[str]:
        """The phrases around a person's mentions that may hold a title."""
        names = {_fold(n) for n in (entity.label, *entity.aliases)}
        out = []
        for ent in self.ents:
            if ent.label_ == "PERSON" and _fold(ent.text) in names:
                out += _title_phrases(ent)
        return out

    def entity_for(self, text: str) -> Entity | None:
        folded = _fold(text)
        return self.aliases.get(folded) or self.aliases.get(_fold(split_place(text)[0]))


def _fold(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).casefold()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
    return text[:-2] if text.endswith("'s") else text


@functools.lru_cache(maxsize=1)
def _iso3_to_2() -> dict[str, str]:
    return {alpha3(c): c for c in gazetteer().countries if alpha3(c)}


@functools.lru_cache(maxsize=8192)
def _mention_country(label: str, text: str) -> tuple[str | None, int]:
    """The country a mention names and its weight: a country name counts 2, a
    demonym 1, a city that only one country has 1."""
    gaz = gazetteer()
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
        from .actors import _lexicon

        code = _lexicon()["demonym"].get(normalise_place(text))
        if code and code in _iso3_to_2():
            return _iso3_to_2()[code], 1
    return None, 0


def _country_context(ents) -> list[str]:
    """ISO alpha-2 codes of the countries some mentions name, most named first."""
    counts: Counter[str] = Counter()
    for ent in ents:
        country, weight = _mention_country(ent.label_, ent.text)
        if country:
            counts[country] += weight
    return [c for c, _ in counts.most_common()]


def _title_phrases(span) -> list[str]:
    """"US Secretary of State Mike Pompeo", "the Chancellor of Germany" (apposition)."""
    root = span.root
    doc = span.doc
    phrases = []
    if root.left_edge.i < span.start:
        phrases.append(doc[root.left_edge.i : span.end].text)
    for child in root.children:
        if child.dep_ == "appos":
            phrases.append(subtree_span(child).text)
    for child in root.children:
        # "Mike Pompeo, who is the secretary of state"
        if child.dep_ == "relcl" and child.lemma_ == "be":
            for attr in child.children:
                if attr.dep_ == "attr":
                    phrases.append(subtree_span(attr).text)
    # The parser often detaches titles; read the words next to the name too.
    start = span.start
    while start > span.sent.start and span.start - start < 7 and not doc[start - 1].is_punct and doc[start - 1].pos_ not in ("VERB", "AUX"):
        start -= 1
    if start < span.start:
        phrases.append(doc[start : span.end].text)
    if span.end + 2 < span.sent.end and doc[span.end].lower_ == "who" and doc[span.end + 1].lemma_ == "be":
        end = span.end + 2
        while end < span.sent.end and not doc[end].is_punct and end - span.end < 10:
            end += 1
        phrases.append(doc[span.end + 2 : end].text)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        phrases.append(left_phrase(root.head).text)
    return phrases


# --------------------------------------------------------------------------
# entities


def _is_agent(token) -> bool:
    """Does this mention act: subject, possessor, passive agent, addressee?"""
    dep = token.dep_
    if dep in _AGENT_DEPS:
        return True
    if dep == "pobj" and token.head.dep_ == "agent":
        return True
    if dep == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN":
        return True  # "the bombardment by Damascus"
    if dep == "conj":
        return _is_agent(token.head)
    if dep == "dobj":
        event = event_of(token.head.lemma_)
        return event is not None and event.quad_class.startswith("verbal")
    return False


def _context_for(doc, document, context: EventContext | None) -> EventContext:
    """``context`` if it was made for ``doc``, else a new one."""
    if context is None:
        return EventContext(doc, document)
    if not isinstance(context, EventContext) or context.doc is not doc:
        raise InputError("context must be the EventContext made for this doc (EventContext(doc, document))")
    return context


def annotate_entities(doc, document, entities, *, context: EventContext | None = None):
    """Return ``entities`` with actor codes and gazetteer links where known.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    document : Document
        The article (its date and text).
    entities : iterable of Entity
        The document's canonical entities (an ``EntityIndex`` works too).
    context : EventContext, optional
        The Doc's context, to share its caches with :func:`annotate_relations`;
        by default a new one. The result does not depend on it.

    Returns
    -------
    list of Entity
        Same order; ``actor_code`` is the entity's default code, and places
        get ``geonames_id``, ``lat`` and ``lon``. A capital gets its
        government's code only if the article uses it as an actor.
    """
    entities = list(entities)
    ctx = _context_for(doc, document, context)
    ctx.use_entities(entities)
    agentive: set[str] = set()
    for ent in ctx.ents:
        if ent.label_ in _PLACE_TYPES and _is_agent(ent.root):
            entity = ctx.entity_for(ent.text)
            if entity is not None:
                agentive.add(entity.key)
    out = []
    for entity in entities:
        changes = {}
        place = None
        if entity.type in _PLACE_TYPES:
            kind = "admin1" if any(split_place(a)[1] == "admin1" for a in entity.aliases) else None
            place = ctx.place(entity.label, kind)
            if place is not None and place.geonames_id is not None:
                changes.update(geonames_id=place.geonames_id, lat=place.lat, lon=place.lon)
        if entity.actor_code is None and entity.type == "PERSON":
            # "US President Donald Trump", "Angela Merkel, the Chancellor of Germany"
            for phrase in ctx.person_titles(entity):
                code = actor_code(phrase, type="PERSON", context=ctx.countries)
                if code:
                    changes["actor_code"] = code
                    break
        elif entity.actor_code is None:
            code = actor_code(
                entity.label,
                type=entity.type,
                context=ctx.countries,
                agent=entity.key in agentive,
                place=place,
            )
            if code is None and entity.type not in _PLACE_TYPES:
                # "US President Donald Trump": a title in an alias gives the role.
                for alias in entity.aliases:
                    code = actor_code(alias, type=entity.type, context=ctx.countries)
                    if code:
                        break
            if code:
                changes["actor_code"] = code
        out.append(dataclasses.replace(entity, **changes) if changes else entity)
    return out


# --------------------------------------------------------------------------
# relations


#: Verbs that report an outcome: the event is their cause ("a mass stabbing killed").
_OUTCOME_LEMMAS = frozenset({"kill", "die", "injure", "wound", "hurt", "leave", "claim"})
#: Causes that are no political event: PETRARCH codes "* (IN ACCIDENT)",
#: "EARTHQUAKE *" and the like as no event ([---]).
_NON_EVENT_CAUSES = frozenset({
    "fire", "blaze", "crash", "accident", "collapse", "earthquake", "quake", "storm", "hurricane",
    "typhoon", "cyclone", "flood", "flooding", "landslide", "avalanche", "heat", "heatwave", "disease",
    "virus", "coronavirus", "covid-19", "stampede", "derailment", "lightning", "tornado", "tsunami",
    "eruption", "illness", "cancer", "overdose", "drowning", "rollover", "wreck",
})


def _causes_of(pred) -> list:
    """Nouns that may name an outcome's cause: "in an airstrike", then a subject
    that is no actor ("a mass stabbing killed", not "military forces killed")."""
    causes = []
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "after", "from"):
            causes += [obj for obj in child.children if obj.dep_ == "pobj" and obj.pos_ == "NOUN"]
    for child in pred.children:
        if child.dep_ in ("nsubj", "csubj") and child.pos_ == "NOUN" and not child.ent_type_:
            phrase = left_phrase(child).text
            if actor_code(phrase) is None:
                causes.append(child)
    return causes


def _event_for(relation: Relation, pred) -> Event | None:
    found = _event_for_predicate(relation, pred)
    if pred is not None and pred.lemma_.lower() in _OUTCOME_LEMMAS:
        for cause in _causes_of(pred):
            if cause.lemma_.lower() in _NON_EVENT_CAUSES:
                return None
            compound = " ".join(t.lemma_.lower() for t in cause.subtree if t.dep_ == "compound" or t.i == cause.i)
            typed = _nominal_events().get(compound) or _nominal_events().get(cause.lemma_.lower())
            if typed is not None:
                return typed
    return found


@functools.lru_cache(maxsize=1)
def _nominal_events() -> dict:
    """Event nouns of the hand map (a cause must be an event noun, not any lemma)."""
    from .cameo import DATA, read_event_map

    return {k: v for k, v in read_event_map(DATA / "events.tsv").items() if v is not None}


def _event_for_predicate(relation: Relation, pred) -> Event | None:
    lemma = " ".join(relation.predicate.lemma.lower().split())
    if lemma.startswith("not "):
        lemma = lemma[4:]
    words = lemma.split()
    obj_head = _fold(relation.object.text).split()
    obj_lemma = obj_head[-1] if obj_head else ""
    if pred is not None:
        span = relation.object
        tok = char_span(pred.doc, span.start, span.end)
        if tok is not None:
            obj_lemma = tok.root.lemma_.lower()
            compound = " ".join(t.lemma_.lower() for t in tok.root.children if t.dep_ == "compound" and t.i < tok.root.i)
            if compound and event_of(f"{compound} {obj_lemma}") is not None:
                obj_lemma = f"{compound} {obj_lemma}"  # "fired tear gas"
            # "a series of strikes": the counted noun is the event.
            if tok.root.lower_ in ("series", "wave", "spate", "number", "string", "round", "barrage"):
                for t in tok.root.subtree:
                    if t.dep_ == "pobj":
                        obj_lemma = t.lemma_.lower()
                        break
    if len(words) > 1 and lemma in load_event_map() and load_event_map()[lemma] is None:
        return None  # "take place", "catch fire": an idiom mapped to no event, whatever its words
    light = lemma in _LIGHT_VERBS or (words and words[0] in _LIGHT_VERBS and len(words) <= 2)
    if light:
        found = event_of(obj_lemma) if obj_lemma else None
        if found is not None:
            return found
    for candidate in (lemma, " ".join(words[-2:]), words[-1] if words else "", pred.lemma_.lower() if pred is not None else ""):
        if candidate:
            found = event_of(candidate)
            if found is not None:
                return found
    return None


def _time_for(ctx: EventContext, pred, clause):
    best = None
    for ent in ctx.sent_ents(pred.sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        head = clause_head(ent.root)
        if head.i != clause.i and ent.root.head.i != pred.i and not _shares_clause(head, clause):
            continue
        span = ent
        # Keep "since" with its date: it changes the range.
        if ent.root.head.lower_ == "since" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since":
            span = ent.doc[ent.start - 1 : ent.end]
        if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("UTC", "GMT", "local"):
            continue
        found = to_time_span(span.text, ctx.anchor)
        if found is None:
            continue
        # A resolved date beats an unresolved one ("Saturday" over "morning").
        distance = (found.start is None and ctx.anchor is not None, abs(ent.root.i - pred.i))
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None


def _shares_clause(a, b) -> bool:
    """Do two clause heads share one subject: conjoined ("killed ... and displaced"),
    a trailing participle ("went on a spree on Thursday, killing four") or an
    infinitive ("was reported yesterday to have killed")?"""
    for x, y in ((a, b), (b, a)):
        if x.head.i != y.i or any(c.dep_ in SUBJECT_DEPS for c in x.children):
            continue
        if x.dep_ == "conj" or x.dep_ == "xcomp" or (x.dep_ == "advcl" and x.tag_ == "VBG"):
            return True
    return False


def _place_phrase(ent):
    doc = ent.doc
    start, end = ent.start, ent.end
    # "northwest Syria", "north-eastern Syria" (tokenised north - eastern)
    while start > 0 and (doc[start - 1].lower_ in _COMPASS_WORDS or (
            doc[start - 1].text == "-" and start > 1 and doc[start - 2].lower_ in _COMPASS_WORDS)):
        start -= 1
    # "Idlib province", but not "United States District Court"
    if end < len(doc) and doc[end].lower_ in ("province", "governorate", "region", "district", "countryside") and (
            end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"):
        end += 1
    return doc[start:end]


_COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern",
    "southwestern", "southeastern", "north-west", "north-east", "south-west", "south-east",
})


_PLACE_NOUNS = frozenset({"city", "town", "village", "province", "state", "region", "district", "capital", "port", "county", "area"})


def _arg_root(doc, arg: Argument) -> int:
    return span_root(doc, arg.start, arg.end)


def _place_for(ctx: EventContext, relation: Relation, pred, clause):
    best = None
    arg_roots = {_arg_root(pred.doc, relation.subject), _arg_root(pred.doc, relation.object)}
    for ent in ctx.sent_ents(pred.sent):
        if ent.label_ not in _PLACE_TYPES:
            continue
        root = ent.root
        # "Idlib province", "a Baghdad airport": the noun after the name heads the phrase.
        if root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        # "the city of Aden", "the state of Kerala", "the Serbian capital Belgrade"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS:
            root = root.head.head
        elif root.dep_ in ("appos", "compound") and root.head.lower_ in _PLACE_NOUNS:
            root = root.head
        if root.i in arg_roots:
            continue  # an argument itself ("strikes against Syria" is not where)
        prep = root.head
        penalty = 0
        if root.dep_ != "pobj" or prep.lower_ not in _LOCATIVE_PREPS:
            if not (root.dep_ == "poss" and root.head.head.lower_ in _LOCATIVE_PREPS):
                continue
            # "in Syria's Idlib region": the possessor is the wider place.
            prep, penalty = root.head.head, 100
        attach = prep.head
        if attach.i != pred.i and clause_head(attach).i != clause.i and not _shares_clause(clause_head(attach), clause):
            continue
        if attach.ent_type_ in _PLACE_TYPES:
            continue  # "Idlib Province in Syria" is nesting, not the event's place
        phrase = _place_phrase(ent)
        name, kind = split_place(phrase.text)
        entry = ctx.place(name, kind)
        label = " ".join(phrase.text.split())
        if root.i >= phrase.end and root.lower_ not in _PLACE_NOUNS:
            label = " ".join(ent.doc[phrase.start : root.i + 1].text.split())
        place = Place(label, entry.geonames_id, entry.lat, entry.lon) if entry and entry.geonames_id else Place(label)
        distance = abs(root.i - pred.i) + penalty
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _object_place(ctx: EventContext, relation: Relation):
    """"rallied at Freedom Plaza": a place object after a locative preposition is the place."""
    words = relation.predicate.text.lower().split()
    if not words or words[-1] not in _LOCATIVE_PREPS or relation.object.type not in _PLACE_TYPES:
        return None
    name, kind = split_place(relation.object.text)
    entry = ctx.place(name, kind)
    label = " ".join(relation.object.text.split())
    return Place(label, entry.geonames_id, entry.lat, entry.lon) if entry and entry.geonames_id else Place(label)


def _casualties_for(pred, clause):
    candidates = [pred]
    if pred.dep_ in SUBJECT_DEPS and pred.head.lemma_.lower() in KILL_LEMMAS | INJURE_LEMMAS:
        candidates.append(pred.head)  # "the bombardment ... has killed 300"
    for head in (pred, clause):
        for child in head.children:
            if child.dep_ in ("advcl", "xcomp", "conj", "acl") and child.lemma_.lower() in KILL_LEMMAS | INJURE_LEMMAS:
                if not any(c.dep_ in SUBJECT_DEPS for c in child.children):
                    candidates.append(child)
    for token in candidates:
        found = casualties_at(token)
        if found is not None:
            return found
    return None


def _source_label(ctx: EventContext, token, relations_by_pred) -> str | None:
    """The canonical label of a source token (the head of its phrase)."""
    rel = relations_by_pred.get(token.head.i)
    if rel is not None and rel.subject.start <= token.idx < rel.subject.end:
        return rel.subject.label
    if token.ent_type_:
        ent = next((e for e in ctx.sent_ents(token.sent) if e.start <= token.i < e.end), None)
        if ent is not None:
            entity = ctx.entity_for(ent.text)
            return entity.label if entity else " ".join(ent.text.split()).removeprefix("the ").removeprefix("The ")
    if token.pos_ == "PRON":
        return None
    span = left_phrase(token)
    words = [t.text for t in span if t.dep_ != "det" and t.dep_ != "poss"]
    entity = ctx.entity_for(span.text)
    return entity.label if entity else " ".join(words).replace(" - ", "-") or None


def _attribution_for(ctx: EventContext, pred, relations_by_pred) -> tuple[str | None, bool]:
    """(source, is the predicate the speech act itself)."""
    if pred.lemma_.lower() in _SPEECH_LEMMAS:
        own = True
    else:
        own = False
    token = pred
    for _ in range(32):
        head = token.head
        if head.i == token.i:
            break
        if head.lemma_.lower() in _SPEECH_LEMMAS and token.dep_ in ("ccomp", "pcomp", "prep", "xcomp", "advcl", "dobj", "parataxis") and token.dep_ not in SUBJECT_DEPS:
            if not (token.dep_ == "dobj" and head.lemma_.lower() != "accuse"):
                # "X was accused by Y of ...": the passive's agent is the source
                sources = [c for c in head.children if c.dep_ == "nsubj"] or passive_agents(head)
                for child in sources:
                    label = _source_label(ctx, child, relations_by_pred)
                    if label:
                        return label, own
                break
        token = head
    sent = pred.sent
    doc = pred.doc
    for i in ctx.according_to(sent.start, sent.end):
        tok = doc[i]
        for obj in tok.doc[tok.i + 1].children:
            if obj.dep_ == "pobj":
                return _source_label(ctx, obj, relations_by_pred), own
        # The parser sometimes leaves "to" without its object: take the
        # phrase up to the next comma.
        end = tok.i + 2
        while end < tok.sent.end and tok.doc[end].text not in (",", ";", ".", ":") and end - tok.i < 12:
            end += 1
        phrase = tok.doc[tok.i + 2 : end]
        if len(phrase):
            ent = next((e for e in phrase.ents), None)
            if ent is not None:
                entity = ctx.entity_for(ent.text)
                return (entity.label if entity else ent.text), own
            return " ".join(t.text for t in phrase if t.dep_ != "det"), own
    return None, own


def _modality_for(pred) -> str | None:
    for child in pred.children:
        if child.dep_ == "aux" and child.lower_ in _MODAL_AUX or child.lemma_.lower() in _MODAL_AUX and child.dep_ == "aux":
            return child.lemma_.lower()
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in _MODAL_VERBS:
        return pred.head.lemma_.lower()
    for child in pred.children:
        if child.dep_ == "advmod" and child.lower_ in ("reportedly", "allegedly", "apparently", "possibly", "probably"):
            return child.lower_
    return None


def _argument_code(ctx: EventContext, arg: Argument, *, agent: bool, countries=None) -> str | None:
    """The code of an argument in this use: its surface text first ("the Syrian
    regime" -> SYRGOV), else its entity's default code. A capital is a
    government only where it acts."""
    countries = ctx.countries if countries is None else countries
    place = ctx.place(*split_place(arg.text)) if arg.type in _PLACE_TYPES else None
    code = actor_code(arg.text, type=arg.type, context=countries, agent=agent, place=place)
    if code is None and arg.type == "PERSON":
        span = char_span(ctx.doc, arg.start, arg.end)
        for phrase in _title_phrases(span) if span is not None else ():
            code = actor_code(phrase, type="PERSON", context=ctx.countries)
            if code:
                break
    if code is not None:
        return code
    if place is not None:
        return None
    entity = ctx.aliases.get(_fold(arg.label)) or ctx.entity_for(arg.text)
    if entity is not None and entity.actor_code:
        return entity.actor_code
    return arg.actor_code


def annotate_relations(doc, document, relations, *, entities=None, context: EventContext | None = None):
    """Return ``relations`` with event fields filled where the sentence gives them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    document : Document
        The article; its ``date`` anchors relative dates ("Monday").
    relations : iterable of Relation
        The document's relations (document character offsets).
    entities : iterable of Entity, optional
        The document's canonical entities as :func:`annotate_entities`
        returned them (their labels, types and actor codes name sources,
        code arguments and nest places). By default they are read off
        ``doc`` as :func:`extract.facts.extract_facts` does, so the result
        is the full pipeline's whatever ran before.
    context : EventContext, optional
        The Doc's context, to share its caches with :func:`annotate_entities`;
        by default a new one. The result does not depend on it.

    Returns
    -------
    list of Relation
        The relations with ``event``, ``time``, ``place``, ``casualties``,
        ``attributed_to``, ``modality``, ``negated`` and argument actor
        codes filled where the text gives them, followed by ``located in``
        relations between the places the article names.
    """
    relations = list(relations)
    ctx = _context_for(doc, document, context)
    if entities is None:
        from .entities import entities_of

        entities = annotate_entities(doc, document, entities_of(doc).entities, context=ctx)
    ctx.use_entities(entities)
    preds = [predicate_token(doc, r.predicate) for r in relations]
    by_pred = {p.i: r for p, r in zip(preds, relations) if p is not None}
    out = []
    for relation, pred in zip(relations, preds):
        if relation.predicate.lemma == LOCATED_IN:
            out.append(relation)
            continue
        changes: dict = {}
        lemma = relation.predicate.lemma.lower()
        # "ally of", "president of", "is a": a standing relation, not an event.
        stative = lemma.endswith(" of") or lemma.split()[:1] in (["is"], ["be"], ["was"])
        event = relation.event or (None if stative else _event_for(relation, pred))
        if event is not None:
            changes["event"] = event
        # A noun that names no event ("Washington's Israeli ally carried out
        # strikes") takes no time, place or toll from its verb's clause.
        stative = stative or (pred is not None and pred.pos_ in ("NOUN", "PROPN") and event is None)
        if pred is not None and not stative:
            clause = clause_head(pred)  # a nominal predicate ("the bombardment") takes its verb's
            if relation.time is None:
                found = _time_for(ctx, pred, clause)
                # "Violence broke out on Saturday when thousands rallied": the
                # time of the main clause is the time of the "when" clause.
                if found is None and clause.dep_ == "advcl" and any(
                        c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in clause.children):
                    found = _time_for(ctx, clause.head, clause_head(clause.head))
                changes["time"] = found
            if relation.place is None:
                changes["place"] = _place_for(ctx, relation, pred, clause) or _object_place(ctx, relation)
            if relation.casualties is None:
                changes["casualties"] = _casualties_for(pred, clause)
        if pred is not None:
            if relation.attributed_to is None:
                source, _own = _attribution_for(ctx, pred, by_pred)
                if source and _fold(source) != _fold(relation.subject.label):
                    changes["attributed_to"] = source
            if relation.modality is None:
                changes["modality"] = _modality_for(pred)
            if not relation.negated and is_negated(pred):
                changes["negated"] = True
        verbal = event is not None and event.quad_class.startswith("verbal")
        if not verbal and pred is not None:
            # "Washington's Israeli ally": a possessor acts.
            root = _arg_root(doc, relation.object)
            verbal = root >= 0 and doc[root].dep_ == "poss"
        countries = ctx.sent_countries(pred.sent if pred is not None else None)
        changes["subject"] = _with_code(relation.subject, _argument_code(ctx, relation.subject, agent=True, countries=countries))
        changes["object"] = _with_code(relation.object, _argument_code(ctx, relation.object, agent=verbal, countries=countries))
        changes = {k: v for k, v in changes.items() if v is not None}
        out.append(dataclasses.replace(relation, **changes))
    out.extend(_located_in(ctx, document, out))
    return out


def _with_code(arg: Argument, code: str | None) -> Argument:
    return arg if code == arg.actor_code else dataclasses.replace(arg, actor_code=code)


# --------------------------------------------------------------------------
# place nesting


def _located_in(ctx: EventContext, document, relations) -> list[Relation]:
    doc = ctx.doc
    doc_id = getattr(document, "id", None) or (relations[0].doc_id if relations else "")
    mentions = []  # (span, entity key, label, type, gazetteer entry)
    for ent in ctx.ents:
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        phrase = _place_phrase(ent)
        name, kind = split_place(phrase.text)
        if not name:
            continue
        entity = ctx.entity_for(phrase.text) or ctx.entity_for(name)
        # The entity's voted type wins over the NER label ("the town of X").
        if (entity.type if entity is not None else ent.label_) not in _PLACE_TYPES:
            continue
        if entity is None and ctx.entities:
            continue
        key = entity.key if entity else _fold(name)
        label = entity.label if entity else name
        etype = entity.type if entity else ent.label_
        mentions.append((phrase, key, label, etype, ctx.place(name, kind)))
    found: dict[tuple[str, str], Relation] = {}
    existing = {(r.subject.key, r.object.key) for r in relations if r.predicate.lemma == LOCATED_IN}

    def add(inner, outer, connector, confidence):
        pair = (inner[1], outer[1])
        if inner[1] == outer[1] or pair in found or pair in existing:
            return
        span = inner[0]
        raw = span.sent.text
        lead = len(raw) - len(raw.lstrip())
        if connector is not None:
            predicate = Predicate(LOCATED_IN, connector.text, connector.idx, connector.idx + len(connector))
        else:
            # Known from the gazetteer, not said: "in", anchored (zero width)
            # right after the inner place.
            predicate = Predicate(LOCATED_IN, "in", span.end_char, span.end_char)
        found[pair] = Relation(
            doc_id=doc_id,
            subject=_place_argument(inner),
            predicate=predicate,
            object=_place_argument(outer),
            sentence=raw.strip(),
            sentence_start=span.sent.start_char + lead,
            confidence=confidence,
        )

    gaz = gazetteer()
    by_token = {}
    for m in mentions:
        for t in m[0]:
            by_token[t.i] = m
    # Syntax: "X in Y", "Y's X".
    for m in mentions:
        span = m[0]
        root = span.root
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    outer = by_token.get(obj.i) or (by_token.get(obj.i - 1) if obj.lower_ in ("province", "region") else None)
                    if outer is not None and _nests(m[4], outer[4]):
                        add(m, outer, child, 0.9 if m[4] and outer[4] else 0.6)
            if child.dep_ == "poss" and child.i < span.start:
                outer = by_token.get(child.i)
                if outer is not None and _nests(m[4], outer[4]):
                    case = next((c for c in child.children if c.dep_ == "case"), None)
                    add(m, outer, case, 0.9 if m[4] and outer[4] else 0.6)
    # Gazetteer: a mentioned city inside a mentioned province or country.
    linked = [m for m in mentions if m[4] is not None]
    entries = []
    seen_ids = set()
    for m in linked:
        if id(m[4]) not in seen_ids:
            seen_ids.add(id(m[4]))
            entries.append(m[4])
    first_by_entry = {}
    for m in linked:
        first_by_entry.setdefault(id(m[4]), m)
    for m in linked:
        container = gaz.container_of(m[4], entries)
        if container is None:
            continue
        outer = first_by_entry[id(container)]
        # Prefer evidence where both are in one sentence.
        same = [o for o in linked if o[4] is container and o[0].sent == m[0].sent]
        add(m, same[0] if same else outer, None, 0.7)
    return list(found.values())


def _nests(inner: GazetteerEntry | None, outer: GazetteerEntry | None) -> bool:
    """May ``inner`` lie in ``outer``? Unknown places may; the gazetteer can refuse."""
    if inner is None or outer is None:
        return True
    if outer.kind == "city" or inner.kind == "country":
        return False
    if inner.country != outer.country:
        return False
    if outer.kind == "admin1" and inner.kind == "city":
        return inner.admin1 == outer.admin1
    return outer.kind == "country" or (outer.kind == "admin1" and inner.kind != "admin1")


def _place_argument(mention) -> Argument:
    span, key, label, etype, _entry = mention
    return Argument(key=key, label=label, type=etype, text=span.text, start=span.start_char, end=span.end_char)
