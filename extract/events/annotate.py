"""The entry points: :func:`annotate_entities` and :func:`annotate_relations`."""

from __future__ import annotations

import dataclasses

from ..actors import (actor_code, appositive_code, dictionary_code, listed_title_code, person_title_code,
                      then_titled, with_entry_countries)
from ..actors import organisation_code
from ..actors import is_shared_institution, listed_institution_code, named_state_country, with_party_countries
from ..actors.affiliations import affiliation_code
from ..actors.former_offices import former_holder_code
from ..actors.own_country import own_country_code
from ..actors.state_offices import state_office_code
from ..actors.body_offices import phrase_body_code
from ..said_sources import said_events
from ..quoted_acts import quoted_act_events
from .characterised_statements import characterised_events
from ..actors.party_titles import with_party_title_countries
from ..doccache import doc_text
from ..lexicon import Lexicon
from ..lexicon.gazetteer import split_place
from ..name_kinds import celestial_type
from ..surname_codes import surname_code
from ..syntax import char_span, clause_head, is_negated, predicate_token
from ..types import Relation
from .context import _PLACE_TYPES, EventContext, _context_for
from .fields import (
    _argument_codes,
    _coordinated_actors,
    _attribution_field,
    _casualties_for,
    _event_for,
    _place_field,
    _time_field,
)
from .modality import ASSERTED, denied_member, modality_of
from .participants import can_act, has_partner, needs_partner, token_can_act
from .closures import closure_event
from .roots import armed_target_event
from .weapon_tests import weapon_test_event
from .disputes import one_pair_code
from .senses import refine_event
from .accident_stories import accident_harm
from .interviews import interview_event  # talks with a news medium: 040, not 046
from .nesting import LOCATED_IN, _located_in
from .home_visits import home_visit
from .host_visits import hosted_visit
from .hosted_talks import hosted_talks
from .labour_strikes import labour_strike
from .visit_origins import origin_target
from .meeting_places import meeting_place
from .aid_kinds import aid_kind

__all__ = ["annotate_entities", "annotate_relations"]

_AGENT_DEPS = frozenset({"nsubj", "poss"})


def _is_agent(token, lexicon: Lexicon) -> bool:
    """Does this mention act: subject, possessor, passive agent, addressee?

    A conjunct acts as its coordination's first member does (found by a loop: a list of
    thousands of names is a chain of thousands of conjuncts)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in _AGENT_DEPS:
        return True
    if dep == "pobj" and token.head.dep_ == "agent":
        return True
    if dep == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN":
        return True  # "the bombardment by Damascus"
    if dep == "dobj":
        event = lexicon.cameo.event_of(token.head.lemma_)
        return event is not None and event.quad_class.startswith("verbal")
    return False


def annotate_entities(
    doc, document, entities, *, context: EventContext | None = None, lexicon: Lexicon | None = None
):
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
    lexicon : Lexicon, optional
        The tables of a new context (a given ``context`` has its own); by
        default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    list of Entity
        Same order; ``actor_code`` is the entity's default code, and places
        get ``geonames_id``, ``lat`` and ``lon``. A capital gets its
        government's code only if the article uses it as an actor.
    """
    entities = list(entities)
    ctx = _context_for(doc, document, context, lexicon)
    ctx.use_entities(entities)
    agentive: set[str] = set()
    for ent in ctx.ents:
        if ent.label_ in _PLACE_TYPES and _is_agent(ent.root, ctx.lexicon):
            entity = ctx.entity_for(ent.text)
            if entity is not None:
                agentive.add(entity.key)
    out = []
    for entity in entities:
        changes = {}
        place = None
        if entity.type in _PLACE_TYPES and celestial_type(doc, entity.label, lexicon=ctx.lexicon) is None:
            # a planet is no town of the gazetteer ("Jupiter" is no Jupiter, Florida, where it is a planet)
            kind = "admin1" if any(split_place(a)[1] == "admin1" for a in entity.aliases) else None
            place = ctx.place(entity.label, kind)
            if place is not None and place.geonames_id is not None:
                changes.update(geonames_id=place.geonames_id, lat=place.lat, lon=place.lon)
        named = (_dictionary_code(ctx, entity) or surname_code(
            entity, entities, countries=ctx.countries, date=ctx.anchor, lexicon=ctx.lexicon, doc=ctx.doc)) \
            if entity.actor_code is None else None  # "Salvini said": Matteo Salvini's code
        if named is not None and entity.type == "PERSON":  # "former president Jacob Zuma": ZAFELI
            named = former_holder_code(named, (entity.label, *entity.aliases), ctx.person_titles(entity),
                                       date=ctx.anchor, lexicon=ctx.lexicon)
            # "Kenyan Health Minister Mutahi Kagwe", listed KEN in 2020: KENGOV
            if not any(then_titled(ent) for ent in ctx.person_spans(entity)):
                named = listed_title_code(named, ctx.person_titles(entity), name=entity.label, context=ctx.countries,
                                          lexicon=ctx.lexicon)
        if named is not None:
            changes["actor_code"] = named  # "Vladimir Putin" in 2019: RUSGOV
        elif entity.actor_code is None and entity.type == "PERSON":
            # "US President Donald Trump", "Angela Merkel, the Chancellor of Germany"; a role alone
            # yields to an apposition with a country ("Ali Hassan, a Kenyan lawmaker")
            code = person_title_code(ctx.person_titles(entity), context=ctx.countries, lexicon=ctx.lexicon)
            code = _titled_code(ctx, code, _apposition_code(ctx, entity))
            if code:
                changes["actor_code"] = code
        elif entity.actor_code is None:
            code = named_state_country(ctx.doc, (entity.label, *entity.aliases), lexicon=ctx.lexicon) or actor_code(
                entity.label,
                type=entity.type,
                context=ctx.countries,
                agent=entity.key in agentive,
                place=place,
                lexicon=ctx.lexicon,
            )
            if code is None and entity.type not in _PLACE_TYPES:
                # "US President Donald Trump": a title in an alias gives the role.
                for alias in entity.aliases:
                    code = actor_code(alias, type=entity.type, context=ctx.countries, lexicon=ctx.lexicon)
                    if code:
                        break
            if code:
                changes["actor_code"] = code
        code = changes.get("actor_code", entity.actor_code)
        if code and entity.type == "PERSON":  # "King Abdullah of Jordan": not the Saudi entry of the name
            spans = ctx.person_spans(entity)
            changes["actor_code"] = state_office_code(  # "Governor Brian Kemp of Georgia": USAGOV (state_offices.py)
                own_country_code(code, spans, lexicon=ctx.lexicon), spans, lexicon=ctx.lexicon)
        if entity.type == "ORG":  # "Xinhua": its entry's CHNMED, as its mentions in relations
            changes["actor_code"] = _entry_country_code(ctx, entity, changes.get("actor_code", entity.actor_code))
        if entity.type in ("PERSON", "ORG"):  # "Aslef general secretary X": LAB (body_offices.py)
            changes["actor_code"] = entity_body_code(ctx, entity, changes.get("actor_code", entity.actor_code))
        out.append(dataclasses.replace(entity, **changes) if changes else entity)
    # "Sarah Palin", linked to "American politician": USA, with the title's role (LEG) if any
    out = with_party_countries(out, doc, lexicon=ctx.lexicon)  # "Labour" where the article names only the UK
    out = with_party_title_countries(out, ctx.person_titles, doc, lexicon=ctx.lexicon)  # "Labour MP X" there
    return with_entry_countries(out, text=doc_text(doc), date=document.date if document is not None else None,
                                lexicon=ctx.lexicon)


_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: Codes of bodies that are no country's (international, non-governmental, armed movements): an
#: apposition naming one beats a title's host country.
_BODY_CODES = ("IGO", "NGO", "IMG")


def _entry_country_code(ctx: EventContext, entity, code: str | None) -> str | None:
    """An organisation's role-only ``code`` ("MED" of "Xinhua") with the country of the
    knowledge-base entry its name has (:func:`extract.actors.organisation_code`, the reading
    of its mentions in relations) when that entry gives the same role; any other code unchanged."""
    if not code or ctx.lexicon.countries.by_alpha3.get(code[:3]) is not None or code.startswith(_BODY_CODES):
        return code
    found = organisation_code(entity.label, qid=entity.wikidata, lexicon=ctx.lexicon)
    return found.code if found is not None and found.country and found.role == code else code


def _titled_code(ctx: EventContext, title: str | None, found) -> str | None:
    """A person's code from a title's (``title``) and an apposition's (``found``, an ActorCode or None).

    An apposition naming a body that is no country's wins ("Ana Ruiz, a UN official in Syria":
    the UN's, not the host country's); else a title with a country; else an apposition with a
    country, or one with a role when the title gives nothing.
    """
    if found is not None and found.code.startswith(_BODY_CODES):
        return found.code
    if title and ctx.lexicon.countries.by_alpha3.get(title[:3]):
        return title
    return found.code if found is not None and (title is None or found.country) else title


def _apposition_code(ctx: EventContext, entity):
    """The code an apposition to a person's mention names ("Ali Hassan, a Kenyan lawmaker",
    "Sirhan, an ethnic Palestinian"; :func:`extract.actors.appositive_code`)."""
    names = {entity.label, *entity.aliases}
    for text, _, ent in ctx.persons():
        if text not in names:
            continue
        for child in ent.root.children:
            if child.dep_ == "appos":
                found = appositive_code(child, date=ctx.anchor, lexicon=ctx.lexicon)
                if found is not None:
                    return found
        found = affiliation_code(ent, date=ctx.anchor, lexicon=ctx.lexicon)  # "Mike Ryan of the WHO"
        if found is not None:
            return found
    return None


def _dictionary_code(ctx: EventContext, entity) -> str | None:
    """The code the Phoenix dictionaries give a named person, body or group at the article's date.

    Names only (issue 11, point 2): a common noun is never looked up, so an
    alias such as "organization" codes nothing.
    """
    if entity.type not in _NAMED_TYPES:
        return None
    names = [name for name in (entity.label, *entity.aliases) if any(word[:1].isupper() for word in name.split())]
    for name in names:  # (a common word is no name: "organization" is an alias in the files)
        code = None if is_shared_institution(name, lexicon=ctx.lexicon) else \
            dictionary_code(name, date=ctx.anchor, lexicon=ctx.lexicon)
        if code is not None:
            return code
    # "Senate", many countries have one: the listed code only where the article names that country alone
    found = (listed_institution_code(name, doc=ctx.doc, date=ctx.anchor, lexicon=ctx.lexicon) for name in names)
    return next((code for code in found if code and ctx.lexicon.countries.by_alpha3.get(code[:3])), None)


def annotate_relations(
    doc, document, relations, *, entities=None, context: EventContext | None = None, lexicon: Lexicon | None = None,
    places: bool = True,
):
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
    lexicon : Lexicon, optional
        The tables of a new context (a given ``context`` has its own); by
        default :func:`extract.lexicon.get_lexicon`'s.
    places : bool
        Whether to add the ``located in`` relations between the places the
        article names (a walk over all its names); a caller that keeps only
        relations of its own basis asks for none.

    Returns
    -------
    list of Relation
        The relations with ``event``, ``time``, ``place``, ``casualties``,
        ``attributed_to``, ``modality``, ``negated`` and argument actor
        codes filled where the text gives them, followed (with ``places``) by
        ``located in`` relations between the places the article names.
    """
    relations = list(relations)
    ctx = _context_for(doc, document, context, lexicon)
    if entities is None:
        from ..entities import entities_of

        entities = annotate_entities(doc, document, entities_of(doc, lexicon=ctx.lexicon, date=document.date).entities,
                                     context=ctx)
    ctx.use_entities(entities)
    preds = [predicate_token(doc, r.predicate) for r in relations]
    by_pred = {p.i: r for p, r in zip(preds, relations) if p is not None}
    withheld: dict = {}  # the event each non-asserted relation would carry, for stated intents
    out = [
        split
        for relation, pred in zip(relations, preds)
        for split in (
            [relation] if relation.predicate.lemma == LOCATED_IN
            else _coordinated_actors(ctx, _annotated(ctx, relation, pred, by_pred, withheld))
        )
    ]
    if places:
        out.extend(_located_in(ctx, document, out))
    out = one_pair_code(out)  # "A clashed with B": one code both ways (extract/events/disputes.py)
    # "X said ...": an official's statement only, or the intent it states (said_sources.py, stated_intents.py)
    out = said_events(doc, out, lexicon=ctx.lexicon, withheld=withheld)
    out = quoted_act_events(doc, out, lexicon=ctx.lexicon)  # 'X tweeted: "Thank you to Y"': an official's only
    out = characterised_events(doc, out, lexicon=ctx.lexicon)  # "X characterized Y as ...": an official's 010 only
    # Every relation has a modality; a standing relation ("located in") is asserted.
    return [r if r.modality is not None else dataclasses.replace(r, modality=ASSERTED) for r in out]


def _annotated(ctx: EventContext, relation: Relation, pred, by_pred, withheld: dict | None = None) -> Relation:
    """``relation`` with each event field the sentence gives filled, each by its own function.

    The event a relation that is not asserted would carry is put in ``withheld`` under its
    predicate's and object's offsets (a stated intent is coded by it: :mod:`extract.stated_intents`).
    """
    changes: dict = {}
    lemma = relation.predicate.lemma.lower()
    # "ally of", "president of", "is a": a standing relation, not an event.
    stative = lemma.endswith(" of") or lemma.split()[:1] in (["is"], ["be"], ["was"])
    event = relation.event or (None if stative else _event_for(relation, pred, ctx.lexicon))
    event = labour_strike(event, relation, pred, ctx.lexicon)  # "teachers went on strike" 143 (labour_strikes.py)
    if event is not None:
        changes["event"] = event
    # A noun that names no event ("Washington's Israeli ally carried out
    # strikes") takes no time, place or toll from its verb's clause.
    stative = stative or (pred is not None and pred.pos_ in ("NOUN", "PROPN") and event is None)
    if pred is not None and not stative:
        clause = clause_head(pred)  # a nominal predicate ("the bombardment") takes its verb's
        if relation.time is None:
            changes["time"] = _time_field(ctx, pred, clause)
        if relation.place is None:
            changes["place"] = _place_field(ctx, relation, pred, clause)
        if relation.casualties is None:
            changes["casualties"] = _casualties_for(pred, clause, ctx.lexicon)
    if pred is not None and relation.attributed_to is None:
        changes["attributed_to"] = _attribution_field(ctx, relation, pred, by_pred)
    changes.update(_modality_fields(relation, pred, ctx.lexicon))
    changes.update(_argument_codes(ctx, relation, pred, event, place=changes.get("place") or relation.place))
    if event is None and not stative and relation.event is None:
        # "fought ISIS": an ambiguous verb of force whose object is an armed actor (extract/events/roots.py)
        event = armed_target_event(pred, changes["subject"], changes["object"], ctx.lexicon)
    if event is None and not stative and relation.event is None:
        # "ordered the network to shut down": an authority's closure, 172 (extract/events/closures.py)
        event = closure_event(pred, changes["subject"], changes["object"], ctx.lexicon)
    if not stative:  # "test-fired two missiles": a show of force, 150 (extract/events/weapon_tests.py)
        event = weapon_test_event(event, pred, ctx.lexicon)
    if event is not None:  # the sense the object's kind and the actors give (extract/events/senses.py)
        changes["event"] = event = refine_event(event, pred, changes["subject"], changes["object"], ctx.lexicon)
        event = changes["event"] = interview_event(event, pred, changes["subject"], changes["object"], ctx.lexicon)
    if not stative:  # "donated $10 million to Ukraine": 071 (extract/events/aid_kinds.py)
        changes["event"] = event = aid_kind(event, pred, changes["subject"], changes["object"], ctx.lexicon)
    if accident_harm(event, pred, changes["subject"], ctx.lexicon):
        changes["event"] = event = None  # "two adults were injured" in a story of a fire (accident_stories.py)
    hosted = None if stative else hosted_visit(event, pred, changes["subject"], changes["object"], ctx.lexicon)
    if hosted is not None:
        changes["event"] = event = hosted  # "Xi received the Pakistani prime minister" (extract/events/host_visits.py)
    hosted = None if stative else hosted_talks(event, pred, changes["object"], ctx.lexicon)
    if hosted is not None:
        changes["event"] = event = hosted  # "Norway hosted talks between X and Y" 045 (extract/events/hosted_talks.py)
    if pred is not None and home_visit(event, changes["subject"], changes["object"], ctx.lexicon, pred):
        changes["event"] = event = None  # "the French president returned to Paris" (extract/events/home_visits.py)
    if meeting_place(event, pred, changes["object"]):
        changes["event"] = event = None  # "met in Amman": the place, no partner (extract/events/meeting_places.py)
    if origin_target(event, pred, changes["object"], ctx.lexicon):
        changes["event"] = event = None  # "returned from Russia": the origin (extract/events/visit_origins.py)
    if event is not None and not _has_participants(ctx, event, pred, changes["subject"], changes["object"]):
        changes["event"] = None  # "the fire injured a man", "signed an executive order"
    if changes.get("modality", relation.modality) != ASSERTED:
        if withheld is not None and changes.get("event") is not None:
            withheld[(relation.predicate.start, relation.object.start)] = changes["event"]
        changes["event"] = None  # only an asserted relation is an event
    return dataclasses.replace(relation, **{k: v for k, v in changes.items() if v is not None or k == "event"})


# Consultations (meet, host, visit, discuss, phone: 040-044) are held with someone: "hosted a show",
# "heard the demands", "met the deadline" are none. Mediation and negotiation (045, 046) are of a
# thing ("a truce brokered by Moscow", "negotiated a deal").
_CONSULT_CODES = frozenset({"040", "041", "042", "043", "044"})


def _has_participants(ctx: EventContext, event, pred, subject, obj) -> bool:
    """An event needs a source that can act, and a cooperation or consultation a partner (:mod:`.participants`)."""
    if not can_act(ctx.doc, subject, ctx.lexicon):
        return False
    if event.code[:3] in _CONSULT_CODES:
        return has_partner(ctx.doc, pred, obj, ctx.lexicon) or _partner_of_object(ctx, obj)
    return not needs_partner(event.code) or has_partner(ctx.doc, pred, obj, ctx.lexicon)


def _partner_of_object(ctx: EventContext, obj) -> bool:
    """Does the object have an acting "with" partner ("discussed the budget with Merkel", parsed on the budget)?"""
    span = char_span(ctx.doc, obj.start, obj.end)
    return span is not None and any(
        prep.dep_ == "prep" and prep.lower_ == "with" and token_can_act(pobj, ctx.lexicon)
        for prep in span.root.children for pobj in prep.children if pobj.dep_ == "pobj")


def _modality_fields(relation: Relation, pred, lexicon) -> dict:
    """``modality``, ``modality_cue`` and ``negated``, consistent: negated iff the modality is "negated"."""
    if relation.modality is not None:
        modality, cue = relation.modality, relation.modality_cue
    else:
        modality, cue = modality_of(pred, lexicon)
    if modality != "negated" and (relation.negated or (pred is not None and is_negated(pred, through_aux=True))):
        modality, cue = "negated", "not"
    elif modality == ASSERTED and pred is not None and relation.object is not None:
        # "has a delegate but no senator": the determiner denies this conjunct only
        denied = denied_member(char_span(pred.doc, relation.object.start, relation.object.end), lexicon)
        if denied is not None:
            modality, cue = "negated", denied
    return {"modality": modality, "modality_cue": cue, "negated": modality == "negated"}


def entity_body_code(ctx: EventContext, entity, code: str | None) -> str | None:
    """An organisation's or person's ``code`` made by the kind of body its name or the person's office names
    (:func:`extract.actors.body_offices.phrase_body_code`): the first of its mentions that changes it."""
    if entity.type == "PERSON":
        spans = ctx.person_spans(entity)
    else:
        names = {entity.label.casefold(), *(a.casefold() for a in entity.aliases)}
        spans = [ent for ent in ctx.ents if ent.text.casefold() in names]
    for span in spans:
        new = phrase_body_code(code, span, person=entity.type == "PERSON", lexicon=ctx.lexicon)
        if new != code:
            return new
    return code
