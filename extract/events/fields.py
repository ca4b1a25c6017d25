"""The event fields of a relation, each read by its own function from the predicate's sentence.

The event type (:func:`_event_for`), time (:func:`_time_field`), place
(:func:`_place_field`), casualties (:func:`_casualties_for`), attribution
(:func:`_attribution_field`) and the actor codes of the arguments
(:func:`_argument_codes`).
"""

from __future__ import annotations

import dataclasses

from ..actors import (ActorCode, actor_argument, actor_code, appositive_code, coreferent, dictionary_code, former_code,
                      listed_title_code, then_titled)
from ..actors import institution_actor_code, state_namesake_country
from ..actors.localities import named_surname
from ..actors.pronoun_owners import owned_code
from ..actors.legislator_titles import full_name_span, legislator_title_code
from ..actors.sole_country import sole_country_code
from ..law_names import thing_argument
from ..actors.own_country import own_country_code
from ..actors.former_offices import former_holder_code
from ..actors.state_offices import may_name_state, state_office_code
from ..actors.body_offices import with_body_kind
from ..actors.title_bodies import title_body_code
from .labour_strikes import STRIKING_ROLES, strikers_country
from ..actors import agent_code, description_role, generic_actor_codes, locality_country, name_country
from ..actors import organisation_code
from ..actors.bodies import body_code
from ..actors.counterparts import NOT_AN_ACTOR, counterpart_code, is_counterpart_noun
from ..actors import ACTOR_TYPE, CONFIDENCE, role_antecedent, with_country
from ..casualties import casualties_at
from ..coref_person_groups import counted_antecedent
from ..doccache import cache_of, doc_text, token_sentence
from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..lexicon.cameo_actors import combine_codes
from ..lexicon.gazetteer import split_place, whole_place_name
from ..lexicon.normalise import fold_key, fold_place
from ..relations.grants import grant_event
from ..relations.implicit import UNSPECIFIED_KEY
from ..relations.mutual_acts import fights_both_ways
from ..relations.partners import mutual_frames
from ..relations.proceeding import proceeding_event
from ..relations.self_reports import reporter_in_place
from ..relations.possessors import recorded_possessor
from ..relations.speakers import recorded_speaker, rival_speakers
from ..syntax import SUBJECT_DEPS, char_span, clause_head, left_phrase, passive_agents, span_root, subtree_span
from ..timex import to_time_span
from ..types import Argument, Event, Place, Relation
from .appeal_frames import appeal_frame, pressing_demand
from .characterisation import characterisation_event
from .coding import NO_SENSE, verb_sense
from .content import content_event
from ..quoted_acts import quoted_act_event
from .encouraging import encouraging_appeal
from .noun_modifiers import modified_event
from .hazard_warnings import hazard_warning_event
from .speeches import speech_event
from .penalties import penalty_event
from .questioning import questioning_event
from .unnamed_accusations import unnamed_accusation_event
from .participants import _acting_noun, token_can_act
from .noun_senses import thing_sense
from .thing_heads import is_adjective_role, is_thing_head
from .context import _PLACE_TYPES, EventContext, _fold, _title_phrases
from .nesting import _place_phrase
from .noun_targets import noun_target
from .owned_targets import owned_target

__all__: list[str] = []

_LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "outside", "inside", "around", "throughout", "within", "into"})
# The word lists are the lexicon's (extract/data): speech_verbs.tsv (claim), modal_verbs.txt,
# light_verbs.tsv (reads: event or both), harm_verbs.tsv (outcome; counts), non_event_causes.txt.


def _light_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs whose event type is their object's ("carried out strikes", "held talks")."""
    return lexicon.keys_where("light_verbs", "reads", "event", "both")


def _speech_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs whose subject is the source of a claim in their complement."""
    return lexicon.keys_where("speech_verbs", "claim", "yes")


def _outcome_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs that report an outcome: the event is their cause ("a mass stabbing killed")."""
    return lexicon.keys_where("harm_verbs", "outcome", "yes")


def _casualty_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs that report a count of the dead or injured."""
    return lexicon.keys_where("harm_verbs", "counts", "killed", "injured")


# --------------------------------------------------------------------------
# event type


def _causes_of(pred, lexicon: Lexicon) -> list:
    """Nouns that may name an outcome's cause: "in an airstrike", then a subject
    that is no actor ("a mass stabbing killed", not "military forces killed")."""
    causes = []
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "after", "from"):
            causes += [obj for obj in child.children if obj.dep_ == "pobj" and obj.pos_ == "NOUN"]
    for child in pred.children:
        if child.dep_ in ("nsubj", "csubj") and child.pos_ == "NOUN" and not child.ent_type_:
            phrase = left_phrase(child).text
            if actor_code(phrase, lexicon=lexicon) is None:
                causes.append(child)
    return causes


def _event_for(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    found = modified_event(pred, _event_for_predicate(relation, pred, lexicon), lexicon)  # extract/events/noun_modifiers.py
    if pred is not None and pred.lemma_.lower() in _outcome_verbs(lexicon):
        # A cause must be an event noun of the hand map, not any lemma.
        nominal = lexicon.cameo.hand
        for cause in _causes_of(pred, lexicon):
            if cause.lemma_.lower() in lexicon.word_sets["non_event_causes"]:
                return None
            compound = " ".join(t.lemma_.lower() for t in cause.subtree if t.dep_ == "compound" or t.i == cause.i)
            typed = nominal.get(compound) or nominal.get(cause.lemma_.lower())
            if typed is not None:
                return typed
    return found


def _event_for_predicate(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    event_of = lexicon.cameo.event_of
    event_map = lexicon.cameo.events
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
    proceeding = proceeding_event(pred, lexicon) if pred is not None and len(words) == 1 else None
    if proceeding is not None:
        return proceeding  # "moving forward with an impeachment inquiry": the inquiry (extract/relations/proceeding.py)
    if lemma in lexicon.word_sets["occurrence_verbs"] and pred is not None and (
            " " in lemma or not any(c.dep_ in ("dobj", "obj") for c in pred.children)):
        return _subject_event(relation, pred, lexicon)  # "protests took place in Belgrade"; not "continued its strikes"
    if len(words) > 1 and lemma in event_map and event_map[lemma] is None:
        return None  # "take place", "catch fire": an idiom mapped to no event, whatever its words
    # The verb's sense by its object, particle and prepositions (the CAMEO verb patterns):
    # a fitting pattern wins ("held talks" 040, "took control" 192, "took a decision": no fit).
    patterns = lexicon.cameo.patterns
    verb = lemma if patterns is not None and patterns.entry(lemma) else (pred.lemma_.lower() if pred is not None else "")
    accused = unnamed_accusation_event(relation, pred, lexicon)
    if accused is not None:
        return accused  # "X claimed the vote was rigged": an accusation of no one named (events/unnamed_accusations.py)
    quoted = quoted_act_event(relation, pred, lexicon)
    if quoted is not None:
        return quoted  # 'X tweeted: "Thank you to Y"': praise of Y, by the quoted formula (extract/quoted_acts.py)
    stated = content_event(relation, pred, lexicon)
    if stated is not None:
        return stated  # "X said Y was a hero": praise of Y, by what is said (extract/events/content.py)
    granted = grant_event(pred, lexicon) if pred is not None else None
    if granted is not None:
        return granted  # "granted X a pardon": the thing granted gives the event
    penalty = penalty_event(relation, pred, lexicon)
    if penalty is not None:
        return penalty  # "was given a fine": the penalty's event (extract/events/penalties.py)
    questioned = questioning_event(relation, pred, lexicon)
    if questioned is not None:
        return questioned  # "was interviewed by police": an investigation (extract/events/questioning.py)
    warned = hazard_warning_event(relation, pred, lexicon)
    if warned is not None:
        return warned  # "issued a flash flood warning": a statement (extract/events/hazard_warnings.py)
    spoken = speech_event(relation, pred, lexicon)
    if spoken is not None:
        return spoken  # "delivered a speech": the speaker's statement (extract/events/speeches.py)
    fitted = verb_sense(verb, pred, None, lexicon)
    if fitted is not NO_SENSE:
        return fitted
    lights = _light_verbs(lexicon)
    light = lemma in lights or (words and words[0] in lights and len(words) <= 2)
    if light:
        found = event_of(obj_lemma) if obj_lemma else None
        if found is None and pred is not None:
            found = _light_noun_event(relation, pred, lexicon)  # "made an appeal to the UN" (to the UN)
        if found is not None:
            return found
    found = None
    candidate = ""
    for candidate in (lemma, " ".join(words[-2:]), words[-1] if words else "", pred.lemma_.lower() if pred is not None else ""):
        if candidate:
            found = event_of(candidate)
            if found is not None:
                break
    characterised = characterisation_event(pred, found, lexicon)
    if characterised is not None:
        return characterised  # "blasted Biden as a career politician" (extract/events/characterisation.py)
    pressed = pressing_demand(pred, found, lexicon)
    if pressed is not None:
        return pressed  # "pressured Hungary to drop the law" (extract/events/appeal_frames.py)
    asked = encouraging_appeal(pred, found, lexicon)
    if asked is not None:
        return asked  # "encouraged Serbia to resume talks" (extract/events/encouraging.py)
    # No pattern fits: an ambiguous verb with a material or conflict default gives no event (not a hand
    # row's, nor a light verb's event noun with a hand row: "launched airstrikes" is the airstrikes' 195, whatever
    # "launch" means; "continued his bid" stays none, "bid" is no event noun of the hand map).
    if (found is not None and lemma not in lexicon.cameo.hand and patterns is not None
            and not (light and candidate in lexicon.cameo.hand and _noun_of_lemma(candidate, verb, words))
            and patterns.withholds(verb, found.code) and not appeal_frame(pred, found.root, lexicon)):
        return None  # "pressed the button"; not "pressed North Korea to resume talks" (extract/events/appeal_frames.py)
    if found is not None and found.root == _STATEMENT_ROOT and pred is not None and _partner(pred, lexicon):
        return event_for_code(_CONSULT, lexicon.cameo.labels)  # "spoke with the minister": a consultation
    return found


def _light_noun_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """The event of a light verb's direct object noun when the relation's object is a target named apart
    from it ("Macron made an appeal to the United Nations" -> the UN, the appeal's 020): the noun still
    says what was done. Only a noun of the hand map, or an appeal noun by its verb
    (``data/appeal_nouns.tsv``: "a plea" pleads, 020); "continued his bid against X" is no demand.
    None when the object is the noun itself or the verb has no such noun."""
    hand = lexicon.cameo.hand
    for child in pred.children:
        if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN" and not (
                relation.object.start <= child.idx < relation.object.end):
            noun = child.lemma_.lower()
            appeal = lexicon.tables["appeal_nouns"].get(noun)
            return hand.get(noun) or (hand.get(appeal[0]) if appeal else None)
    return None


def _noun_of_lemma(candidate: str, verb: str, words: list[str]) -> bool:
    """Is ``candidate`` the noun a light verb's lemma carries after the verb ("airstrike" of "launch
    airstrike"), not the verb itself or its particle phrase ("give up")?"""
    return len(words) > 1 and candidate == words[-1] and candidate not in verb.split() and words[0] in verb.split()


def _subject_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """The event a verb of occurrence reports: its subject's event noun ("clashes broke out" 190)."""
    span = char_span(pred.doc, relation.subject.start, relation.subject.end)
    if span is None:
        return None
    head = span.root
    compound = " ".join(t.lemma_.lower() for t in head.children if t.dep_ == "compound" and t.i < head.i)
    event_of = lexicon.cameo.event_of
    return (event_of(f"{compound} {head.lemma_.lower()}") if compound else None) or event_of(head.lemma_.lower())


_STATEMENT_ROOT = "01"
_CONSULT = "040"
def _partner(pred, lexicon: Lexicon) -> bool:
    """Does the verb have a partner that can act in a "with" phrase ("talked with Erdogan")?"""
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and token_can_act(obj, lexicon)
        for child in pred.children
        for obj in child.children
        if obj.dep_ == "pobj"
    )


# --------------------------------------------------------------------------
# time


def _time_field(ctx: EventContext, pred, clause):
    """The time of the predicate's clause, else of the clause a "when" clause hangs on.

    "Violence broke out on Saturday when thousands rallied": the time of the
    main clause is the time of the "when" clause.
    """
    found = _time_for(ctx, pred, clause)
    if found is None and clause.dep_ == "advcl" and any(
            c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in clause.children):
        found = _time_for(ctx, clause.head, clause_head(clause.head))
    return found


def _time_for(ctx: EventContext, pred, clause):
    best = None
    for ent in ctx.sent_ents(token_sentence(pred)):
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


# --------------------------------------------------------------------------
# place


def _place_field(ctx: EventContext, relation: Relation, pred, clause):
    """Where the event happened: a place after a locative preposition in its clause, else its place object."""
    return _place_for(ctx, relation, pred, clause) or _object_place(ctx, relation)




def _arg_root(doc, arg: Argument) -> int:
    return span_root(doc, arg.start, arg.end)


def _place_for(ctx: EventContext, relation: Relation, pred, clause):
    place_nouns = ctx.lexicon.word_sets["event_place_nouns"]
    best = None
    arg_roots = {_arg_root(pred.doc, relation.subject), _arg_root(pred.doc, relation.object)}
    for ent in ctx.sent_ents(token_sentence(pred)):
        if ent.label_ not in _PLACE_TYPES:
            continue
        root = ent.root
        # "Idlib province", "a Baghdad airport": the noun after the name heads the phrase.
        if root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        # "the city of Aden", "the state of Kerala", "the Serbian capital Belgrade"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in place_nouns:
            root = root.head.head
        elif root.dep_ in ("appos", "compound") and root.head.lower_ in place_nouns:
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
        phrase = _place_phrase(ent, ctx.lexicon)
        name, kind = split_place(phrase.text)
        entry = ctx.place(name, kind)
        label = " ".join(phrase.text.split())
        if root.i >= phrase.end and root.lower_ not in place_nouns:
            label = " ".join(ent.doc[phrase.start : root.i + 1].text.split())
        place = Place(label, entry.geonames_id, entry.lat, entry.lon) if entry and entry.geonames_id else Place(label)
        distance = abs(root.i - pred.i) + penalty
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _locative(relation: Relation) -> bool:
    """Is the object a place after a locative preposition of the predicate ("rallied in", "met at")?"""
    words = relation.predicate.text.lower().split()
    return bool(words) and words[-1] in _LOCATIVE_PREPS and relation.object.type in _PLACE_TYPES


def _object_place(ctx: EventContext, relation: Relation):
    """"rallied at Freedom Plaza": a place object after a locative preposition is the place."""
    if not _locative(relation):
        return None
    name, kind = split_place(relation.object.text)
    entry = ctx.place(name, kind)
    label = " ".join(relation.object.text.split())
    return Place(label, entry.geonames_id, entry.lat, entry.lon) if entry and entry.geonames_id else Place(label)


# --------------------------------------------------------------------------
# casualties


def _casualties_for(pred, clause, lexicon: Lexicon):
    counting = _casualty_verbs(lexicon)
    candidates = [pred]
    if pred.dep_ in SUBJECT_DEPS and pred.head.lemma_.lower() in counting:
        candidates.append(pred.head)  # "the bombardment ... has killed 300"
    for head in (pred, clause):
        for child in head.children:
            if child.dep_ in ("advcl", "xcomp", "conj", "acl") and child.lemma_.lower() in counting:
                if not any(c.dep_ in SUBJECT_DEPS for c in child.children):
                    candidates.append(child)
    for token in candidates:
        found = casualties_at(token, lexicon=lexicon)
        if found is not None:
            return found
    return None


# --------------------------------------------------------------------------
# attribution and modality


def _attribution_field(ctx: EventContext, relation: Relation, pred, relations_by_pred) -> str | None:
    """The source of the claim the relation is part of, unless it is the relation's own subject."""
    source, _own = _attribution_for(ctx, pred, relations_by_pred)
    if source and _fold(source) != _fold(relation.subject.label):
        return source
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
    words = [t.text for t in span if t.dep_ not in ("det", "poss", "case")]  # "Pakistan's army": not "'s army"
    entity = ctx.entity_for(span.text)
    return entity.label if entity else " ".join(words).replace(" - ", "-") or None


def _attribution_for(ctx: EventContext, pred, relations_by_pred) -> tuple[str | None, bool]:
    """(source, is the predicate the speech act itself)."""
    speech = _speech_verbs(ctx.lexicon)
    if pred.lemma_.lower() in speech:
        own = True
    else:
        own = False
    token = pred
    for _ in range(32):
        head = token.head
        if head.i == token.i:
            break
        if head.lemma_.lower() in speech and token.dep_ in ("ccomp", "pcomp", "prep", "xcomp", "advcl", "dobj", "parataxis") and token.dep_ not in SUBJECT_DEPS:
            if not (token.dep_ == "dobj" and head.lemma_.lower() != "accuse"):
                # "X was accused by Y of ...": the passive's agent is the source
                sources = [c for c in head.children if c.dep_ == "nsubj"] or passive_agents(head)
                for child in sources:
                    label = _source_label(ctx, child, relations_by_pred)
                    if label:
                        return label, own
                break
        token = head
    sent = token_sentence(pred)
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


# --------------------------------------------------------------------------
# actor codes of the arguments


def _argument_codes(
    ctx: EventContext, relation: Relation, pred, event: Event | None, *, place: Place | None = None
) -> dict[str, Argument]:
    """The subject and object with the actor codes of their use in the sentence.

    The subject acts; the object acts in a verbal event ("urged Damascus")
    or as a possessor ("Washington's Israeli ally"). A concept that names a
    country and an agent ("a Kenyan court") becomes its generic ACTOR node.
    """
    doc = ctx.doc
    verbal = event is not None and event.quad_class.startswith("verbal")
    if not verbal and pred is not None:
        root = _arg_root(doc, relation.object)
        verbal = root >= 0 and doc[root].dep_ == "poss"
    # "Tehran, the Iranian capital": a capital in a standing relation does not act (no government)
    subject = _argument_code(ctx, relation.subject, agent=not _standing(relation, pred, event)) \
        or _speaker_code(ctx, relation, pred)
    # "met in Kampala": a place after a locative preposition is where, not who (no government of a capital)
    obj = _argument_code(ctx, relation.object, agent=verbal and not _locative(relation))
    if obj is None or obj.country is None and obj.source != "dictionary":
        obj = _owner_code(ctx, relation.object) or noun_target(
            doc, relation.object, pred, lambda tok: _argument_code(ctx, _token_argument(ctx, tok), agent=True),
            event=event, lexicon=ctx.lexicon) or owned_target(  # "expressed dissatisfaction with Bolton"
            doc, relation.object, event, lambda first, last: _argument_code(ctx, _range_argument(ctx, first, last), agent=True),
            lexicon=ctx.lexicon) or obj  # "struck Kurdish militant positions" (extract/events/owned_targets.py)
    if event is not None and event.code.startswith(_PROTEST_ROOT):
        subject = _protester(relation.subject, subject)
        if obj is None and _stands_for_place(ctx, relation.object):
            obj = _place_target(ctx, relation, place)
    elif event is not None and obj is None and relation.object.type == "FAC" and event.quad_class == _MATERIAL_CONFLICT:
        # "bombings struck a cathedral in Mindanao, Philippines": PHL, from the building's own place first
        obj = _building_country(ctx, relation.object) or _place_target(ctx, relation, place)
    elif event is not None and obj is None and event.quad_class == _MATERIAL_CONFLICT and not _locative(relation):
        obj = _struck_place_country(ctx, relation.object)  # "jets struck Khan Sheikhun": SYR
    subject = _local_country(ctx, relation, subject, place, protest=event is not None and event.code.startswith(_PROTEST_ROOT))
    subject = strikers_country(subject, obj, event, ctx.lexicon)  # "went on strike in Argentina" ARGEDU
    code = event.code if event is not None else None
    subject, obj = (sole_country_code(found, ctx.doc, lexicon=ctx.lexicon, mention=arg.text, other=other, event=code,
                                      own=(arg.start, arg.end), other_root=_arg_root(doc, side))
                    for found, arg, other, side in ((subject, relation.subject, obj, relation.object),
                                                    (obj, relation.object, subject, relation.subject)))
    # "Israel condemned the Iran Nuclear Deal": a law, an occasion, a product is no actor (extract/law_names.py)
    subject, obj = (None if thing_argument(arg.type, char_span(doc, arg.start, arg.end), lexicon=ctx.lexicon)
                    else found for found, arg in ((subject, relation.subject), (obj, relation.object)))
    return {
        "subject": _with_code(ctx, relation.subject, subject),
        "object": _with_code(ctx, relation.object, obj),
    }


def _standing(relation: Relation, pred, event: Event | None) -> bool:
    """Is the relation a standing one, no act: a noun with no event ("Tehran, the Iranian capital"),
    "is a" or "capital of" (as :func:`extract.events.annotate._annotated` reads it)?"""
    if event is not None:
        return False
    lemma = relation.predicate.lemma.lower()
    if lemma.endswith(" of") or lemma.split()[:1] in (["is"], ["be"], ["was"]):
        return True
    return pred is not None and pred.pos_ in ("NOUN", "PROPN")


_PROTEST_ROOT = "14"
_MATERIAL_CONFLICT = "material conflict"
_FIRST_PERSON = frozenset({"i"})
_PLURAL_FIRST_PERSON = frozenset({"we", "us"})
#: Pronouns of one person, which take the code of the full name they are resolved to.
_SINGULAR_PRONOUNS = frozenset({"i", "me", "my", "he", "him", "his", "she", "her", "hers"})


def _speaker_code(ctx: EventContext, relation: Relation, pred) -> ActorCode | None:
    """The code of an unresolved first person in what a named person says, as coreference (the
    subject stays unspecified: no edge is added).

    '"I applaud the president," Graham said': "I" is the speaker, with the speaker's code.
    '"We abandoned them," Graham said': "we" is the speaker's side, which CAMEO coders code by the
    speaker's affiliation; the relations leave it unresolved when the speaker's role is no body
    that speaks as one (a senator's "we" may be the party, the chamber or the nation), and it
    takes the speaker's country alone.
    """
    subject = relation.subject
    if pred is None or subject.key != UNSPECIFIED_KEY or subject.text:
        return None
    tokens = [t for t in pred.sent if t.idx == subject.start]
    if not tokens:
        return None
    if tokens[0].lower_ in _PLURAL_FIRST_PERSON:
        return _plural_speaker_code(ctx, tokens[0])
    if tokens[0].lower_ not in _FIRST_PERSON:
        return None
    if rival_speakers(ctx.doc, tokens[0]):
        return None  # 'X and Y said: "I ..."': neither is "I"
    speaker, _own = _attribution_for(ctx, pred, {})
    entity = ctx.entity_for(speaker) if speaker else None
    if entity is None or entity.type != "PERSON" or not entity.actor_code:
        return None
    return coreferent(with_country(entity.actor_code, "entity", ctx.lexicon))


def _plural_speaker_code(ctx: EventContext, tok) -> ActorCode | None:
    """"We" in a quotation whose one speaker is a named person: the person's country alone."""
    key = recorded_speaker(ctx.doc, tok)
    entity = next((e for e in ctx.entities if e.key == key), None) if key else None
    if entity is None or entity.type != "PERSON" or not entity.actor_code:
        return None
    found = with_country(entity.actor_code, "entity", ctx.lexicon)
    if found.country is None:
        return None
    return coreferent(with_country(found.country, "entity", ctx.lexicon))


def _stands_for_place(ctx: EventContext, arg: Argument) -> bool:
    """Is a protest's object a place ("rallied at Uhuru Park") or the protest itself ("held a
    rally")? Any other object ("protested the tax") is no stand-in for the place's country."""
    if arg.type in _PLACE_TYPES:
        return True
    span = char_span(ctx.doc, arg.start, arg.end)
    if span is None or arg.type != "CONCEPT":
        return False
    found = ctx.lexicon.cameo.event_of(span.root.lemma_.lower())
    return found is not None and found.code.startswith(_PROTEST_ROOT)


def _place_target(ctx: EventContext, relation: Relation, place: Place | None) -> ActorCode | None:
    """"Protesters rallied in Minsk": a protest with no coded target is aimed at the country
    of its place, as event coders code it (issue 11, point 8); a place of several countries gives none."""
    alpha3 = _event_place_country(ctx, relation, place)
    return with_country(alpha3, "place", ctx.lexicon) if alpha3 else None


_BUILDING_PREPS = frozenset({"in", "at", "near", "outside"})


def _building_country(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """The country of the place a building's own phrase names ("the cathedral in Davao, Philippines",
    "the hotel in Nairobi"): the place's one country, or a country in apposition to it; None for
    a place of several countries."""
    span = char_span(ctx.doc, arg.start, arg.end)
    if span is None:
        return None
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _BUILDING_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.ent_type_ not in _PLACE_TYPES:
                continue
            names = [left_phrase(pobj).text] + [c.text for c in pobj.children if c.dep_ == "appos"]
            for name in names:
                alpha3 = _place_country(ctx.lexicon, split_place(name.removeprefix("the "))[0])
                if alpha3:
                    return with_country(alpha3, "place", ctx.lexicon)
    return None


def _struck_place_country(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """"Jets struck Khan Sheikhun", "an attack on Abqaiq": a town or region that a material conflict is
    done to and that no dictionary lists stands for its country, as event coders code it (the place's
    one country in the gazetteer, or a city of one reading: :func:`extract.actors.locality_country`);
    None for a place of several countries, and for a place after a locative preposition ("fought in X").
    """
    if arg.type not in ("GPE", "LOC"):
        return None
    alpha3 = _place_country(ctx.lexicon, split_place(arg.label.removeprefix("the "))[0])
    span = char_span(ctx.doc, arg.start, arg.end) if alpha3 is None else None
    if span is not None:
        alpha3 = locality_country([t for t in span if t.ent_type_ in ("GPE", "LOC")], lexicon=ctx.lexicon)
    return with_country(alpha3, "place", ctx.lexicon) if alpha3 else None


# Roles that act only at home: police, courts and protesters, and "authorities", take the country
# of the place their act happens in, when the clause names one and its name has one country.
_LOCAL_ROLES = frozenset({"COP", "JUD", "OPP"})
# A protest makes protesters of a source that is only people ("thousands of people marched").
_PEOPLE_ROLES = frozenset({"PPL", "CVL"})


def _protester(arg: Argument, found: ActorCode | None) -> ActorCode | None:
    """The source of a protest (CAMEO 14): plain people, or the protest itself ("protests took
    place"), are protesters, ``OPP``; a named or country-coded source keeps its code."""
    if arg.type != "CONCEPT" or not arg.text:
        return found
    if found is None or (found.country is None and found.code in _PEOPLE_ROLES):
        return ActorCode("OPP", CONFIDENCE["role"], "role", None, "OPP")
    return found
_LOCAL_NOUNS = frozenset({"authority", "authorities"})


def _local_country(
    ctx: EventContext, relation: Relation, found: ActorCode | None, place: Place | None, *, protest: bool = False
) -> ActorCode | None:
    """"Police arrested twelve people in Tamil Nadu": a country-less local role takes the country
    of the event's place (``INDCOP``), never the article's; a place name of several countries gives none.
    In a ``protest`` (root 14) a labour role does too ("Teachers went on strike in Argentina": ``ARGEDU``)."""
    if found is None or found.country is not None or place is None or found.source not in ("role", "text"):
        return found
    arg = relation.subject
    span = char_span(ctx.doc, arg.start, arg.end)
    local = found.code in _LOCAL_ROLES or (found.code == "GOV" and span is not None and span.root.lower_ in _LOCAL_NOUNS)
    local = local or (protest and found.code in STRIKING_ROLES)  # (extract/events/labour_strikes.py)
    if not local:
        return found
    alpha3 = _event_place_country(ctx, relation, place)
    return with_country(alpha3 + found.code, "place", ctx.lexicon) if alpha3 else found


def _event_place_country(ctx: EventContext, relation: Relation, place: Place | None) -> str | None:
    """The alpha-3 country of an event's place: its name's one country, else a country the
    sentence names right after it ("in Tamil Nadu, India"); None if neither."""
    if place is None:
        return None
    name = split_place(place.label)[0]
    if " " not in place.label and named_surname(ctx.doc, place.label):
        return None  # "in Amman" beside "Ali Amman": a person's surname names no place
    # "Northern Ireland" is a name of its own, not the north of Ireland
    alpha3 = _place_country(ctx.lexicon, whole_place_name(place.label)) or _place_country(ctx.lexicon, name)
    if alpha3 or not name:
        return alpha3
    countries = ctx.lexicon.countries
    start, end = relation.sentence_start, relation.sentence_start + len(relation.sentence)
    ents = [ent for ent in ctx.ents if start <= ent.start_char < end]
    for ent, after in zip(ents, ents[1:]):
        if name not in ent.text or after.start != ent.end + 1 or ctx.doc[ent.end].text != ",":
            continue
        label = countries.country_of(after.text)
        country = countries.by_label.get(label) if label is not None else None
        if country is not None:
            return country.alpha3
    return None


def _place_country(lexicon: Lexicon, name: str) -> str | None:
    """The alpha-3 country of a place name: a country's own name, or a gazetteer name of one country only."""
    label = lexicon.countries.country_of(name)
    if label is not None:
        country = lexicon.countries.by_label.get(label)
        return country.alpha3 if country is not None else None
    countries = {entry.country for entry in lexicon.gazetteer.candidates(name)}
    return lexicon.countries.alpha3(countries.pop()) if len(countries) == 1 else None


_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _argument_code(ctx: EventContext, arg: Argument, *, agent: bool) -> ActorCode | None:
    """:func:`_state_office_code`, made by the kind of body the mention or a person's office names (a union
    ``LAB``, a sports body no government: ``actors/body_offices.py``)."""
    found = _state_office_code(ctx, arg, agent=agent)
    if arg.type in _PLACE_TYPES or arg.resolved_from is not None:
        return found
    if arg.type == "PERSON" and found is not None and found.country is None and (
            span := char_span(ctx.doc, arg.start, arg.end)) is not None:
        # "Libertarian Party presidential candidate Jo Jorgensen": the party's USAPTY (actors/title_bodies.py)
        found = title_body_code(span, found, code_of=lambda tok: _argument_code(ctx, _token_argument(ctx, tok), agent=True),
                                lexicon=ctx.lexicon) or found
    return with_body_kind(found, char_span(ctx.doc, arg.start, arg.end), person=arg.type == "PERSON",
                          lexicon=ctx.lexicon)


def _state_office_code(ctx: EventContext, arg: Argument, *, agent: bool) -> ActorCode | None:
    """:func:`_mention_code`; a person whose title binds a state's namesake to a state office has the
    state's country ("Georgia Governor Brian Kemp": USAGOV, not GEOGOV; ``actors/state_offices.py``)."""
    found = _mention_code(ctx, arg, agent=agent)
    if found is None or arg.type != "PERSON" or not may_name_state(found.code, lexicon=ctx.lexicon) \
            or (span := char_span(ctx.doc, arg.start, arg.end)) is None:
        return found
    entity = ctx.aliases.get(_fold(arg.label)) or ctx.entity_for(arg.text)
    code = state_office_code(found.code, [span, *(ctx.person_spans(entity) if entity is not None else ())],
                             lexicon=ctx.lexicon)
    return found if code == found.code else with_country(code, found.source, ctx.lexicon)


def _mention_code(ctx: EventContext, arg: Argument, *, agent: bool) -> ActorCode | None:
    """The code of an argument in this use, from the mention itself (issue 11, point 3).

    In order: a pronoun or description resolved by coreference takes its
    antecedent's code; a place is a country, or a government where a
    capital acts; a name the Phoenix dictionaries list, at the article's
    date; a country + agent noun ("a Kenyan court"); the phrase's words
    ("the Syrian regime"); a person's title; the entity's own code. The
    article's main country is never a mention's country.
    """
    lexicon = ctx.lexicon
    entity = ctx.aliases.get(_fold(arg.label)) or ctx.entity_for(arg.text)
    if arg.resolved_from is not None and not reporter_in_place(arg):
        return _resolved_code(ctx, arg, entity, agent=agent)
    place = ctx.place(*split_place(arg.text)) if arg.type in _PLACE_TYPES else None
    if place is not None:  # ("Atlanta, Georgia": the US state, not the country)
        code = (state_namesake_country(char_span(ctx.doc, arg.start, arg.end) or (), lexicon=lexicon)
                or actor_code(arg.text, type=arg.type, context=ctx.countries, agent=agent, place=place, lexicon=lexicon))
        code = code or _listed_place(ctx, arg, place)
        return with_country(code, "dictionary", lexicon) if code else None
    span = char_span(ctx.doc, arg.start, arg.end)
    if arg.type == "CONCEPT" and span is not None and thing_sense(span, lexicon) and is_thing_head(span, lexicon):
        return _thing_country(ctx, arg)  # "a state of emergency", "its internal business": no actor
    if span is not None and arg.type == "CONCEPT":
        found = _counterpart_code(ctx, span.root)  # "his Iraqi counterpart": IRQ + the holder's role
        if found is not None:
            return None if found is NOT_AN_ACTOR else found
    if arg.type == "PERSON" and entity is not None:
        found = _described_code(ctx, entity, span, body=True)  # "EU foreign policy chief Josep Borrell"
        if found is not None:
            return found
    found = _named_code(ctx, arg, entity)
    if arg.type == "PERSON" and span is not None and found is not None and found.country and not found.role:
        found = _listed_title(ctx, arg, span, found)  # "Kenyan Health Minister Mutahi Kagwe": KENGOV, not KEN
    if arg.type == "PERSON" and span is not None and (found is None or not found.role):
        # "his Lithuanian counterpart Gitanas Nauseda": the post of the counterpart he is
        found = _apposed_counterpart_code(ctx, span, found) or found
    if found is not None:
        return found
    if span is not None and arg.type in ("CONCEPT", "NORP", "ORG"):
        found = generic_actor_codes(span, date=ctx.anchor, lexicon=lexicon)
        if found and found[0].source != "role":
            return found[0]
        found = _office_code(ctx, span)
        if found is not None:
            return found
    if arg.type == "ORG":
        found = _name_place_code(ctx, arg)  # "Iranian Chess Federation", "Bradford Council"
        if found is not None:
            return found
    code = actor_code(arg.text, type=arg.type, context=ctx.countries, agent=agent, lexicon=lexicon)
    if code is not None and _thing_head(ctx, arg, span):
        # "military assistance", "the Intelligence Star": no actor; "Iranian assistance" keeps its owner's country
        code = code[:3] if lexicon.countries.by_alpha3.get(code[:3]) else None
    if code is not None and lexicon.countries.by_alpha3.get(code[:3]):
        return with_country(code, "text", lexicon)
    if code is not None:
        found = with_country(code, "role", lexicon)
        own = entity.actor_code if entity is not None and entity.actor_code else ""  # "Labour Party": GBRPTY
        if own[3:] == code and lexicon.countries.by_alpha3.get(own[:3]) is not None and _names_entity(ctx, arg, entity):
            return with_country(own, "entity", lexicon)
        if arg.type != "PERSON" and (owned := _possessor_code(ctx, span, found)) is not None:
            return owned  # "his government" after "Scott Morrison": AUSGOV
        return (_role_coreferent(ctx, span) if arg.type != "PERSON" else None) or found
    if arg.type == "PERSON" and span is not None:
        found = _appositive_code(ctx, span) or _title_owner_code(ctx, span)
        if found is not None:
            return found
        own = entity.actor_code if entity is not None and entity.actor_code else arg.actor_code
        own_country = bool(own) and lexicon.countries.by_alpha3.get(own[:3]) is not None
        for phrase in _title_phrases(span):
            code = former_code(actor_code(phrase, type="PERSON", context=ctx.countries, lexicon=lexicon)
                               or legislator_title_code(phrase, span.text, lexicon=lexicon), phrase.split(), lexicon)
            if code and own_country and lexicon.countries.by_alpha3.get(code[:3]) is None:
                break  # "Judge Marrero": a title's role alone yields to the person's own code with a country
            if code:
                return with_country(code, "title", lexicon)
    if arg.type in ("ORG", "GPE") and span is not None and not (entity is not None and entity.actor_code):
        found = _appositive_code(ctx, span)  # "Acme, an Austrian company"; a name tagged as a place
        if found is not None:
            return found
    if arg.type == "GPE" and arg.label[:1].isupper():  # a GPE the gazetteer lacks: "Texas" is USA in the files
        code = dictionary_code(arg.label, date=ctx.anchor, lexicon=lexicon)
        if code is not None:
            return with_country(code, "dictionary", lexicon)
    if arg.type in ("PERSON", "ORG") and entity is not None and not entity.actor_code:
        found = _described_code(ctx, entity, span)  # "the German carmaker Volkswagen", here or before
        if found is not None:
            return found
    code = entity.actor_code if entity is not None and entity.actor_code else arg.actor_code
    if code:
        return with_country(code, "entity", lexicon)
    if arg.type == "ORG":
        return _organisation_entry(ctx, arg, entity)  # "Sky News" with no entry: news media, no country
    if span is not None and arg.type == "CONCEPT":
        found = generic_actor_codes(span, date=ctx.anchor, lexicon=lexicon)
        # "students": the role alone, no country guessed
        owned = _possessor_code(ctx, span, found[0]) if found else None
        return owned or (_role_coreferent(ctx, span) if found else None) or (found[0] if found else None)
    return None


def _thing_country(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """The country a thing's own words name ("Thailand's state of emergency" ``THA``), else None: a role
    noun in its sense of a thing (:mod:`extract.events.noun_senses`) codes no role, here or by its entity."""
    code = actor_code(arg.text, type=arg.type, context=ctx.countries, agent=False, lexicon=ctx.lexicon)
    return with_country(code[:3], "text", ctx.lexicon) if code and ctx.lexicon.countries.by_alpha3.get(code[:3]) else None


def _thing_head(ctx: EventContext, arg: Argument, span) -> bool:
    """Is the argument a concept naming a thing, whose role or nationality words code no actor of
    their own (:mod:`extract.events.thing_heads`)?"""
    return arg.type == "CONCEPT" and span is not None and (
        is_thing_head(span, ctx.lexicon) or is_adjective_role(span, ctx.lexicon))  # "an official meeting"


def _counterpart_code(ctx: EventContext, head) -> ActorCode | None:
    """The code of a counterpart noun by its country and its holder's role (:mod:`extract.actors.counterparts`)."""
    return counterpart_code(
        head, possessor=recorded_possessor(ctx.doc, head.i), lexicon=ctx.lexicon,
        code_of=lambda tok: _argument_code(ctx, _token_argument(ctx, tok), agent=True),
        can_act=lambda tok: token_can_act(tok, ctx.lexicon))


def _apposed_counterpart_code(ctx: EventContext, span, found: ActorCode | None) -> ActorCode | None:
    """The counterpart code of a counterpart noun in apposition with a name ("his French counterpart
    Emmanuel Macron", "Macron, his French counterpart"), when it agrees with the name's own country."""
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:
        if not is_counterpart_noun(noun, ctx.lexicon):
            continue
        code = _counterpart_code(ctx, noun)
        if code is not None and code is not NOT_AN_ACTOR and (found is None or found.country in (None, code.country)):
            return code
    return None


def _organisation_entry(ctx: EventContext, arg: Argument, entity, *, acronyms: bool | None = None) -> ActorCode | None:
    """An organisation's code from its knowledge-base entry (the linker's QID first) or its name's
    last word (:func:`extract.actors.organisation_code`); None for a name no entry or word codes.
    ``acronyms``: whether an acronym alone names the entry; by default, unless the text uses it as
    a noun ("additional CCTV")."""
    qid = entity.wikidata if entity is not None else None
    if acronyms is None:
        acronyms = not _noun_use(char_span(ctx.doc, arg.start, arg.end))
    for name in dict.fromkeys((arg.label, arg.text)):
        found = organisation_code(name, qid=qid, lexicon=ctx.lexicon, acronyms=acronyms)
        if found is not None:
            return found
    return None


def _name_place_code(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """An unlisted organisation whose name starts with a nationality or a large city of one country
    (:func:`extract.actors.name_country`): that country, with the role of the name's agent noun
    ("Bradford Council" ``GBRGOV``) or news word ("Tehran Times" ``IRNMED``) if it ends in one."""
    name = " ".join(arg.label.split())
    country = name_country(name, lexicon=ctx.lexicon)
    words = name.split()
    if country is None or _is_surname(ctx, words):
        return None  # "Imus Ranch Foundation" after "Don Imus", "Van Halen" after "Alex Van Halen": a family's
    agent = agent_code(words[1:], ctx.lexicon)
    role = agent[0] if agent is not None and agent[0].startswith("~") else None
    named = organisation_code(name, qid=None, lexicon=ctx.lexicon)
    code = combine_codes(country, role) if role else country + named.code if named and not named.country else country
    return with_country(code, "name", ctx.lexicon)


def _is_surname(ctx: EventContext, words: list[str]) -> bool:
    """Do the first of ``words`` end a person's name among the document's entities, its last word
    ("Imus") or its surname of two words ("Van Halen")?"""
    keys = {tuple(fold_place(w) for w in words[:size]) for size in range(1, len(words) + 1)}
    for e in ctx.entities:
        names = e.label.split()
        if e.type == "PERSON" and len(names) > 1:
            folded = tuple(fold_place(w) for w in names)
            if any(len(key) < len(folded) and folded[-len(key):] == key for key in keys):
                return True
    return False


def _noun_use(span) -> bool:
    """Is an acronym used as a common noun: modified by a plain adjective ("additional CCTV"; not
    "the state-run CCTV")?"""
    return span is not None and any(
        c.dep_ == "amod" and c.is_alpha and c.is_lower and not (c.i > 0 and c.doc[c.i - 1].text == "-")
        for c in span.root.children)


def _with_entry_country(ctx: EventContext, arg: Argument, entity, found: ActorCode) -> ActorCode:
    """A dictionary code with no country ("Reuters" ``MED``) takes the country of the organisation's
    knowledge-base entry when the entry gives the same role ("news agency, United Kingdom": ``GBRMED``)."""
    if found.country is not None or arg.type != "ORG":
        return found
    entry = _organisation_entry(ctx, arg, entity, acronyms=True)  # the dictionary lists the name: "CNN"
    if entry is not None and entry.country and entry.role == found.code:
        return entry
    return found


def _listed_title(ctx: EventContext, arg: Argument, span, found: ActorCode) -> ActorCode:
    """A listed person's code of a country alone with the office a title gives the mention, or the
    first full mention of the name when this one is the surname alone ("Health Minister Mutahi
    Kagwe ... Kagwe said"; :func:`extract.actors.listed_title_code`)."""
    if then_titled(span):
        return found  # "Then-Defence Secretary Angelo Reyes": an office of another time
    phrases = _title_phrases(span)
    full = " ".join(arg.label.split())
    if " " in full and _fold(span.text).endswith(_fold(full.split()[-1])):
        # "Health Minister Mutahi Kagwe ... Kagwe said": the first full mention's title, as coreference
        first = ctx.namesake(full.split()[-1], arg.start)
        if first is not None and _fold(first.text).endswith(_fold(full)) and not then_titled(first):
            phrases += _title_phrases(first)
    code = listed_title_code(found.code, phrases, name=full, context=ctx.countries, lexicon=ctx.lexicon)
    return found if code == found.code else with_country(code, "title", ctx.lexicon)


def _namesake_code(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """"Robert Mugabe ... Mugabe": a person named by the surname alone is, as news writes, the first
    person the article gave that surname in full; it takes the code that full mention gets (a name
    listed at the article's date, a title, an apposition: "Gáspár Maróth, the Hungarian Government
    commissioner"), as coreference. None when that first full mention has no code (it may be another
    person of the family: the later full names are not read)."""
    label = full = " ".join(arg.label.split())
    if " " in label and label.split()[-1] == arg.text.strip():
        label = arg.text.strip()  # "Tarrant", merged into the entity "Brenton Tarrant"
    if " " in label or not label[:1].isupper():
        return None
    span = ctx.namesake(label, arg.start)
    if full != label and (span is None or _fold(span.text).endswith(" " + _fold(full))):
        span = full_name_span(ctx.doc, full, arg.start) or span  # "Representative Ana Cruz" tagged whole
    if span is None or full != label and _fold(span.text).removeprefix("the ") != _fold(full):
        return None  # the first "X Tarrant" is another person than the entity's "Brenton Tarrant"
    memo = cache_of(ctx.doc).memo("namesake_code")  # every later "Mugabe" asks of the same full name
    if (span.start, id(ctx)) not in memo:
        entity = ctx.entity_for(span.text)
        full = Argument(entity.key if entity else "", entity.label if entity else span.text, "PERSON", span.text,
                        span.start_char, span.end_char)
        memo[span.start, id(ctx)] = _argument_code(ctx, full, agent=True)
    found = memo[span.start, id(ctx)]
    return coreferent(found) if found is not None and found.country else None


def _resolved_code(ctx: EventContext, arg: Argument, entity, *, agent: bool) -> ActorCode | None:
    """The code of a pronoun or description coreference resolved: its own words first ("the US
    president" resolved to Donald Trump), then its antecedent's code, as coreference."""
    lexicon = ctx.lexicon
    span = char_span(ctx.doc, arg.start, arg.end)
    group = counted_antecedent(span.root, lexicon) if span is not None and arg.type == "CONCEPT" else None
    if group is not None:  # "Two French police officers ... Both": the officers' code, as coreference
        found = generic_actor_codes(ctx.doc[group.left_edge.i : group.i + 1], date=ctx.anchor, lexicon=lexicon)
        return coreferent(found[0]) if len(found) == 1 else None
    found = generic_actor_codes(span, date=ctx.anchor, lexicon=lexicon) if span is not None else ()
    if found and found[0].source != "role":
        return found[0]
    code = actor_code(arg.text, type=arg.type, context=ctx.countries, agent=agent, lexicon=lexicon)
    if code is not None and _thing_head(ctx, arg, span):
        # "military assistance", "the Intelligence Star": no actor; "Iranian assistance" keeps its owner's country
        code = code[:3] if lexicon.countries.by_alpha3.get(code[:3]) else None
    if code is not None and lexicon.countries.by_alpha3.get(code[:3]):
        return with_country(code, "text", lexicon)
    code = entity.actor_code if entity is not None else arg.actor_code
    if not code and arg.type == "PERSON":
        # "he" resolved to "Mugabe" after "Robert Mugabe"; "he" resolved to "Robert Mugabe" itself
        # (a singular pronoun only: "we" may be the person's side, coded by country alone)
        return _namesake_code(ctx, arg) or (_namesake_code(ctx, dataclasses.replace(arg, text=arg.label.split()[-1]))
                                            if len(arg.label.split()) > 1 and arg.text.lower() in _SINGULAR_PRONOUNS
                                            else None)
    # "ABS-CBN ... the network": a kind noun of the knowledge base says the role, as an agent noun does
    role = found[0].role if found else _description_role(span, lexicon)
    if not code and arg.type == "ORG" and role:
        # "Volkswagen ... the company": the description's own role must be the entry's (not
        # "the organisation" resolved to a platform, nor a pronoun)
        entry = _organisation_entry(ctx, dataclasses.replace(arg, text=arg.label), entity, acronyms=False)
        return coreferent(entry) if entry is not None and entry.country and entry.role == role else None
    return coreferent(with_country(code, "entity", lexicon)) if code else None


def _description_role(span, lexicon: Lexicon) -> str | None:
    """The role a definite description's head noun gives an organisation ("the network" ``MED``);
    None for a pronoun or a phrase with no determiner or possessor."""
    if span is None or span.root.pos_ != "NOUN":
        return None
    root = span.root
    if not any(c.dep_ in ("det", "poss") for c in root.children):
        return None
    return description_role(root.lemma_, lexicon=lexicon)


def _names_entity(ctx: EventContext, arg: Argument, entity) -> bool:
    """Is the argument the organisation ``entity`` by name: tagged so, or a phrase the parser left
    untagged whose whole text is one of the entity's names ("Thames Valley Police soon arrived")?"""
    if arg.type == "ORG":
        return True
    return arg.type == "CONCEPT" and entity.type == "ORG" and ctx.aliases.get(_fold(arg.text)) is entity


def _named_code(ctx: EventContext, arg: Argument, entity) -> ActorCode | None:
    """The code of a name: listed in the Phoenix dictionaries at the article's date, an
    organisation's knowledge-base entry with a country, or a surname's first full name."""
    if arg.type in _NAMED_TYPES:
        for name in (arg.label, arg.text):
            if not any(word[:1].isupper() for word in name.split()):
                continue  # a common word is no name ("organization")
            span = char_span(ctx.doc, arg.start, arg.end)  # "the Senate": many countries have one
            found = institution_actor_code(span, name, antecedent=lambda: _role_coreferent(ctx, span),
                                           date=ctx.anchor, lexicon=ctx.lexicon)
            if found is not None:
                return found
            code = dictionary_code(name, date=ctx.anchor, lexicon=ctx.lexicon)
            if code is not None and arg.type == "PERSON":  # "King Abdullah of Jordan": not the Saudi entry
                code = own_country_code(code, ctx.person_spans(entity) if entity is not None else [span], lexicon=ctx.lexicon)
                if entity is not None:  # "former president Jacob Zuma" in 2020: ZAFELI (actors/former_offices.py)
                    code = former_holder_code(code, (name, entity.label, *entity.aliases), ctx.person_titles(entity),
                                              date=ctx.anchor, lexicon=ctx.lexicon)
            if code is not None:
                return _with_entry_country(ctx, arg, entity, with_country(code, "dictionary", ctx.lexicon))
    if arg.type == "ORG" and (found := body_code(char_span(ctx.doc, arg.start, arg.end), arg.label, date=ctx.anchor,
                                                 lexicon=ctx.lexicon)) is not None:
        return found  # "the House of Representatives", "the Ministry of Foreign Affairs of Turkey"
    if arg.type == "ORG":
        found = _organisation_entry(ctx, arg, entity)  # "Volkswagen": "company: carmaker, Germany"
        if found is not None and found.country:
            return found
    if arg.type in ("PERSON", "GPE"):
        # "Mugabe" after "Robert Mugabe"; a surname the tagger took for a place the gazetteer lacks
        return _namesake_code(ctx, arg)
    return None


def _owner_code(ctx: EventContext, arg: Argument) -> ActorCode | None:
    """"criticised Senator Kennedy's position", "backed the campaigns of Ron Paul": an object that
    is no actor is aimed at the actor owning it, its possessor or its "of" phrase's name, as event
    coders take the first actor of the object's phrase. Only a code with a country or a listed
    body's code counts ("the party's nomination" stays uncoded); the code stays on the argument
    (no actor node)."""
    span = char_span(ctx.doc, arg.start, arg.end) if arg.type == "CONCEPT" else None
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    root = span.root
    lemma = root.lemma_.lower()
    if lemma in _KIN or _acting_noun(root, ctx.lexicon) and lemma not in ctx.lexicon.cameo.hand:
        return None  # "the son of Indian immigrants", "Trump's critics": a person of its own, not its owner
    owners = [(c, True) for c in root.children if c.dep_ == "poss"]
    owners += [(p, False) for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    # "dismissed a Trump lawsuit": a person's name in compound before the head is its owner (a place
    # there is often the topic: "a Russia probe", "the Iran deal")
    owners += [(c, False) for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_
               and (c.i + 1 == len(c.doc) or c.doc[c.i + 1].ent_iob_ != "I")
               and getattr(_named_entity(ctx, c), "type", None) == "PERSON"]
    for owner, possessor in owners:
        if owner.pos_ not in ("NOUN", "PROPN"):
            continue  # "his position": a pronoun's antecedent is not read here
        found = _argument_code(ctx, _token_argument(ctx, owner), agent=possessor)
        if found is not None and (found.country or found.source == "dictionary"):
            return ActorCode(found.code, CONFIDENCE["owner"], "owner", found.country, found.role)
    return None


#: Kinship nouns (a closed class): "the son of Indian immigrants" is someone of his own.
_KIN = frozenset({
    "son", "daughter", "child", "wife", "husband", "widow", "widower", "mother", "father", "parent", "brother",
    "sister", "sibling", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandchild",
    "grandfather", "grandmother", "spouse", "partner", "fiancé", "fiancée", "relative", "heir", "family",
})


def _token_argument(ctx: EventContext, token) -> Argument:
    """The phrase ``token`` heads up to itself ("Senator Kennedy", not "'s") as an argument to code."""
    return _range_argument(ctx, token.left_edge, token)


def _range_argument(ctx: EventContext, first, token) -> Argument:
    """The phrase from token ``first`` to ``token`` (without "'s") as an argument to code."""
    words = [t for t in ctx.doc[first.i : token.i + 1] if t.dep_ != "case" and t.tag_ != "POS"]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    text = doc_text(ctx.doc)[start:end]
    entity = ctx.entity_for(text) or (_named_entity(ctx, token) if token.ent_type_ else None)
    if entity is not None:
        return Argument(entity.key, entity.label, entity.type, text, start, end)
    return Argument("", text, token.ent_type_ or "CONCEPT", text, start, end)


def _named_entity(ctx: EventContext, token):
    """The entity of the name ``token`` ends, read without the title before it ("Theresa May" of
    "Prime Minister Theresa May's deal"), else of the token alone."""
    doc = ctx.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = doc[start : token.i + 1]
    return ctx.entity_for(name.text) or ctx.entity_for(token.text)


def _listed_place(ctx: EventContext, arg: Argument, place) -> str | None:
    """"Texas sued", "shelled Aleppo": a city or region the Phoenix country dictionaries list is its
    country's actor, as event coders code it, when the listing agrees with the gazetteer's country
    or the gazetteer matched another name (a town the dictionaries do not list gets no code)."""
    alpha3 = ctx.lexicon.countries.alpha3(place.country)
    for name in dict.fromkeys((arg.label, arg.text)):
        name = split_place(name)[0]
        code = dictionary_code(name, date=ctx.anchor, lexicon=ctx.lexicon)
        # the gazetteer read another name ("Hamas" as the town of Hamm): the listed name wins
        if code is not None and (code[:3] == alpha3 or fold_place(place.name) != fold_place(name)):
            return code
    return None


# "The district attorney's office", "the prime minister's office": the office acts for its possessor.
_OFFICE_NOUNS = frozenset({"office", "offices"})


def _office_code(ctx: EventContext, span) -> ActorCode | None:
    """The code of an office's possessor when it names a country ("the Manhattan district
    attorney's office" ``USAJUD``): a code of the phrase's words, not an actor node."""
    root = span.root
    if root.lower_ not in _OFFICE_NOUNS:
        return None
    for child in root.children:
        if child.dep_ != "poss":
            continue
        found = generic_actor_codes(subtree_span(child), date=ctx.anchor, lexicon=ctx.lexicon)
        if found and found[0].country:
            return with_country(found[0].code, "text", ctx.lexicon)
    return None


def _appositive_code(ctx: EventContext, span) -> ActorCode | None:
    """"The mayor of London, Sadiq Khan" / "Ana Soto, a Chilean diplomat" / "Sirhan, an ethnic
    Palestinian" / "Ana Soto, who is a Chilean diplomat": the code of the name's appositive noun,
    when it names a country (``GBRGOV``, ``CHLGOV``, ``PSE``; :func:`extract.actors.appositive_code`)."""
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    if root.dep_ == "appos" and _nationality_head(ctx, root.head):
        nouns = [root.head]  # "An Australian, Brenton Tarrant, appeared in court": AUS
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ in _APPOSITIVE_POS]
    # "Brett Nolan, who was Trump's special envoy": the noun a relative clause of "be" says he is
    nouns += [a for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
              for a in c.children if a.dep_ == "attr" and a.pos_ in _APPOSITIVE_POS]
    for noun in nouns:
        found = appositive_code(noun, date=ctx.anchor, lexicon=ctx.lexicon)
        if found is not None:
            return with_country(found.code, "title", ctx.lexicon)
    return None


_APPOSITIVE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _title_owner_code(ctx: EventContext, span) -> ActorCode | None:
    """"Putin adviser Ivan Petrov": a title that is an agent of a possessor (adviser, aide, envoy)
    with a listed person or a country before it gives that actor's code; "former" keeps the
    country alone (:func:`extract.actors.former_code`)."""
    agents = ctx.lexicon.word_sets["possessor_agents"]
    for child in span.root.children:
        if child.dep_ != "compound" or child.i >= span.start or child.lower_ not in agents:
            continue
        found = generic_actor_codes(ctx.doc[child.left_edge.i : child.i + 1], date=ctx.anchor, lexicon=ctx.lexicon)
        if found and found[0].country:
            words = [t.text for t in ctx.doc[child.left_edge.i : child.i]]
            return with_country(former_code(found[0].code, words, ctx.lexicon), "title", ctx.lexicon)
    return None


def _nationality_head(ctx: EventContext, token) -> bool:
    """Is ``token`` a capitalised nationality word used as a noun ("An Australian, Brenton Tarrant",
    "a Briton, John Smith")? A country's own name is not one: "Kenya, Uganda" lists places."""
    if token.pos_ not in ("PROPN", "ADJ") or not token.text[:1].isupper():
        return False
    if any(c.dep_ in ("poss", "compound", "amod") for c in token.children):
        return False  # "the Australian Open", "Egypt's Australian": not a bare nationality
    key = fold_key(token.text)
    countries = ctx.lexicon.countries
    return key in countries.demonyms and key not in countries.names


def _possessor_code(ctx: EventContext, span, found: ActorCode | None) -> ActorCode | None:
    """A country-less agent noun owned by a possessive pronoun takes its certain owner's country
    (:func:`extract.actors.pronoun_owners.owned_code`)."""
    if span is None or found is None or found.country is not None:
        return None
    return owned_code(span.root, found, recorded_possessor(ctx.doc, span.root.i), lexicon=ctx.lexicon,
                      code_of=lambda tok: _argument_code(ctx, _token_argument(ctx, tok), agent=True))


def _role_coreferent(ctx: EventContext, span) -> ActorCode | None:
    """"Kenyan police ... the police": a mention whose head is a country-less agent noun
    takes the last earlier generic actor of that role, as coreference. A role word that is
    not the head ("the party's nomination") refers to no actor."""
    if span is None:
        return None
    own = generic_actor_codes(span, date=ctx.anchor, lexicon=ctx.lexicon)
    if not own or own[0].source != "role" or not own[0].role:
        return None
    head = span.root
    return role_antecedent(ctx.actor_antecedents(head.i), head, own[0].role)


def _described_code(ctx: EventContext, entity, span, *, body: bool = False) -> ActorCode | None:
    """The code a nationality phrase (or with ``body`` an international body's title) before one
    of the entity's names gives it: this mention's own, else by coreference the one all its
    described mentions agree on."""
    described = ctx.described_mentions(entity, body=body)
    if span is not None:
        for start, found in described:
            if span.start <= start < span.end:
                return found
    codes = {found.country or found.code for _, found in described}
    return coreferent(described[0][1]) if len(codes) == 1 else None


def _with_code(ctx: EventContext, arg: Argument, found: ActorCode | None) -> Argument:
    if found is None:
        return arg if arg.actor_code is None else dataclasses.replace(arg, actor_code=None, actor_confidence=None)
    return actor_argument(arg, found, lexicon=ctx.lexicon)


def _coordinated_actors(ctx: EventContext, relation: Relation) -> list[Relation]:
    """``relation`` once per actor of a coordinated pair: "French and German activists
    criticised Hungary" is FRAOPP -> HUN and DEUOPP -> HUN (issue 11, class 1)."""
    out = [relation]
    for role in ("subject", "object"):
        arg = getattr(relation, role)
        if arg.type != ACTOR_TYPE or arg.actor_confidence != CONFIDENCE["coordinated"]:
            continue
        span = char_span(ctx.doc, arg.start, arg.end)
        found = generic_actor_codes(span, date=ctx.anchor, lexicon=ctx.lexicon) if span is not None else ()
        others = [f for f in found if f.source == "coordinated" and f.code != arg.actor_code]
        out += [
            dataclasses.replace(rel, **{role: actor_argument(
                dataclasses.replace(arg, type="CONCEPT"), other, lexicon=ctx.lexicon)})
            for rel in list(out) for other in others
        ]
    return _mutual_pair(ctx, relation, out)


def _fire_exchanged(ctx: EventContext, relation: Relation) -> bool:
    """Is the relation's object the act of a verb of fighting done both ways ("exchanged fire",
    :mod:`extract.relations.mutual_acts`)?"""
    verb = char_span(ctx.doc, relation.predicate.start, relation.predicate.end)
    return (verb is not None and relation.object.type == "CONCEPT"
            and fights_both_ways(verb.root, ctx.lexicon))


def _mutual_pair(ctx: EventContext, relation: Relation, split: list[Relation]) -> list[Relation]:
    """"Indian and Pakistani troops clashed": a coordinated pair of actors that is the subject of a
    mutual verb with no object, or of a verb whose object is a mutual event noun ("signed an
    agreement"; the "pair" frames of ``data/mutual_events.tsv``), is one event in both directions,
    INDMIL -> PAKMIL and PAKMIL -> INDMIL, each marked mutual (issue 11, point 5)."""
    if len(split) != 2 or split[0].subject.key == split[1].subject.key:
        return split
    if relation.object.text.strip() and not _locative(relation):
        # "signed an agreement": a support verb and an event noun that pairs its parties ("criticised
        # the deal" does not); "clashed with police" has its target
        span = char_span(ctx.doc, relation.object.start, relation.object.end)
        verb = relation.predicate.lemma.lower()
        support = verb in ctx.lexicon.word_sets["support_verbs"] or verb in _light_verbs(ctx.lexicon)
        if (span is None or not support or relation.object.type != "CONCEPT" or "pair" not in mutual_frames(
                span.root.lower_, kind="noun", lexicon=ctx.lexicon)) and not _fire_exchanged(ctx, relation):
            return split
    elif "pair" not in mutual_frames(relation.predicate.lemma.lower(), kind="verb", lexicon=ctx.lexicon):
        return split
    first, second = split
    return [dataclasses.replace(first, object=second.subject, mutual=True),
            dataclasses.replace(second, object=first.subject, mutual=True)]
