"""Place nesting: ``located in`` relations between the places an article names."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.gazetteer import GazetteerEntry, split_place
from ..types import Argument, Predicate, Relation
from .context import _PLACE_TYPES, EventContext, _fold
from ..doccache import doc_span, sentence_bounds, span_text

__all__ = ["LOCATED_IN"]

#: The predicate lemma of the place-nesting relations this module adds.
LOCATED_IN = "located in"


def _place_phrase(ent, lexicon: Lexicon):
    doc = ent.doc
    start, end = ent.start, ent.end
    # "northwest Syria", "north-eastern Syria" (tokenised north - eastern)
    compass = lexicon.word_sets["compass_words"]
    while start > 0 and (doc[start - 1].lower_ in compass or (
            doc[start - 1].text == "-" and start > 1 and doc[start - 2].lower_ in compass)):
        start -= 1
    # "Idlib province", but not "United States District Court"
    if end < len(doc) and doc[end].lower_ in ("province", "governorate", "region", "district", "countryside") and (
            end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"):
        end += 1
    return doc_span(doc, start, end)



def _located_in(ctx: EventContext, document, relations) -> list[Relation]:
    doc = ctx.doc
    doc_id = getattr(document, "id", None) or (relations[0].doc_id if relations else "")
    mentions = []  # (span, entity key, label, type, gazetteer entry)
    for ent in ctx.ents:
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        phrase = _place_phrase(ent, ctx.lexicon)
        text = span_text(doc, phrase.start, phrase.end)  # phrase.text, cut from the Doc's text
        name, kind = split_place(text)
        if not name:
            continue
        entity = ctx.entity_for(text) or ctx.entity_for(name)
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
            basis="text" if connector is not None else "gazetteer",
        )

    gaz = ctx.lexicon.gazetteer
    by_token = {}
    for m in mentions:
        for i in range(m[0].start, m[0].end):  # positions only: no Token made
            by_token[i] = m
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
    # Punctuation: "Dayton, Ohio", "Bishkek, Kyrgyzstan" (not a list: "Maine, New York and Ohio").
    for m in mentions:
        outer = _comma_container(m, by_token)
        if outer is not None:
            add(m, outer, m[0].doc[m[0].end], 0.9)
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
        name = split_place(m[0].text)[0]
        if container is not None and container.kind == "admin1" and _namesake_outside(
                ctx.lexicon, name, m[4], container):
            # a doubted division: the country holds either place ("Delaware" ... "United States")
            container = next((e for e in entries if e.kind == "country" and e.country == m[4].country), None)
        if container is None or gaz.is_ambiguous(name, m[4], within=container) or _namesake_outside(
                ctx.lexicon, name, m[4], container):
            continue  # not said, and the gazetteer cannot tell which of two namesakes is meant
        outer = first_by_entry[id(container)]
        # Prefer evidence where both are in one sentence.
        same = [o for o in linked if o[4] is container and sentence_bounds(doc, o[0].start) == sentence_bounds(doc, m[0].start)]
        add(m, same[0] if same else outer, None, 0.7)
    return list(found.values())


_LIST_WORDS = frozenset({",", "and", "or", "&"})


def _comma_container(mention, by_token):
    """The place mention right after ``mention`` and a comma that contains it by the gazetteer
    ("Dayton, Ohio"), unless the two stand in a list of places ("Maine, New York and Ohio")."""
    span, inner = mention[0], mention[4]
    doc = span.doc
    if inner is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    outer = by_token.get(span.end + 1)
    if outer is None or outer[0].start != span.end + 1 or outer[4] is None or not _nests(inner, outer[4]):
        return None
    if span.start > 1 and doc[span.start - 1].lower_ in _LIST_WORDS and span.start - 2 in by_token:
        return None  # "..., Maine, New York": a list
    after = outer[0].end
    if after < len(doc) and doc[after].lower_ in _LIST_WORDS and (
            doc[after].text != "," or (after + 1 < len(doc) and (
                after + 1 in by_token or doc[after + 1].lower_ in _LIST_WORDS))):
        return None  # "Delaware, Ohio and Texas": a list
    return outer


def _namesake_outside(lexicon: Lexicon, name: str, entry: GazetteerEntry, container: GazetteerEntry) -> bool:
    """Does the knowledge base give ``name`` to another place that may not lie in ``container``?

    The gazetteer holds no division named as one of its country's cities, so "Delaware" is only a
    town in Ohio there, while the article means the state. Another place of the name doubts a
    city's first-level division (a state is in no state, a city may be anywhere); a country of the
    name doubts its country too ("Georgia")."""
    gaz = lexicon.gazetteer
    if gaz.is_major(entry):
        return False  # a capital or major city keeps its well-known referent ("London" in England)
    own = lexicon.knowledge.place(entry.geonames_id)
    for other, _alias in lexicon.knowledge.lookup(name):
        if other.type not in _PLACE_TYPES or (own is not None and other.qid == own[0]):
            continue
        if container.kind == "admin1" or any(e.kind == "country" for e in gaz.candidates(other.label)):
            return True
    return False


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
