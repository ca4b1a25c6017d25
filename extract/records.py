"""Plain JSON records of extracted relations, as ``newsgraph extract`` prints them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict

from .types import Argument, Entity, Relation

__all__ = ["relation_record"]

_NO_ENTITIES: Mapping[str, Entity] = {}


def _argument(arg: Argument, entities: Mapping[str, Entity]) -> dict:
    entity = entities.get(arg.key)
    return {
        "label": arg.label,
        "type": arg.type,
        "text": arg.text,
        "key": arg.key,
        "start": arg.start,
        "end": arg.end,
        "actor_code": arg.actor_code,
        "actor_confidence": arg.actor_confidence,
        "country": entity.country if entity is not None else None,
        "role": entity.role if entity is not None else None,
        "resolved_from": arg.resolved_from,
    }


def relation_record(relation: Relation, *, entities: Mapping[str, Entity] | None = None) -> dict:
    """Return a JSON-ready dict of ``relation``.

    Parameters
    ----------
    relation : Relation
        The relation.
    entities : mapping of str to Entity, optional
        The document's entities by key. An argument found there gets the
        entity's ``country`` (the key of its country node) and ``role``
        (a role code such as ``"JUD"``), which a generic actor (type
        ``ACTOR``) carries; both are None otherwise.

    Returns
    -------
    dict
        The keys are ``doc``, ``sentence``, ``subject``, ``predicate``,
        ``object``, ``confidence``, ``negated`` and ``mutual``, then the
        event fields (``event``, ``time``, ``place``, ``casualties``,
        ``attributed_to``, ``modality``, ``modality_cue``, ``complement``),
        which are None where the sentence gives nothing; a ``located in``
        relation adds ``basis`` (``text`` or ``gazetteer``), and one the coder's fallback made
        (:mod:`extract.events.fallback`) ``basis`` ``coder``. ``modality`` is one
        of :data:`extract.types.MODALITIES` (only ``"asserted"`` relations
        carry an ``event``); ``modality_cue`` the word that set it. Each
        argument gives its ``actor_code`` with its ``actor_confidence``.
        Offsets are character offsets into the document text.

    Examples
    --------
    >>> from extract.types import Argument, Predicate, Relation
    >>> court = Argument("actor:kenjud", "Kenya: judiciary", "ACTOR", "A Kenyan court", 0, 14,
    ...                  actor_code="KENJUD", actor_confidence=0.8)
    >>> student = Argument("concept:student", "a student", "CONCEPT", "a student", 22, 31)
    >>> r = Relation("d1", court, Predicate("jail", "jailed", 15, 21), student,
    ...              "A Kenyan court jailed a student.", 0, modality="asserted")
    >>> rec = relation_record(r, entities={"actor:kenjud": Entity(
    ...     "actor:kenjud", "Kenya: judiciary", "ACTOR", country="kenya", role="JUD")})
    >>> rec["subject"]["actor_code"], rec["subject"]["country"], rec["subject"]["role"], rec["modality"]
    ('KENJUD', 'kenya', 'JUD', 'asserted')
    """
    entities = entities if entities is not None else _NO_ENTITIES
    p = relation.predicate
    record = {
        "doc": relation.doc_id,
        "sentence": relation.sentence,
        "subject": _argument(relation.subject, entities),
        "predicate": {"lemma": p.lemma, "text": p.text, "start": p.start, "end": p.end},
        "object": _argument(relation.object, entities),
        "confidence": round(relation.confidence, 4),
        "negated": relation.negated,
        "mutual": relation.mutual,
        "complement": relation.complement,
        "event": asdict(relation.event) if relation.event else None,
        "time": asdict(relation.time) if relation.time else None,
        "place": asdict(relation.place) if relation.place else None,
        "casualties": asdict(relation.casualties) if relation.casualties else None,
        "attributed_to": {"label": relation.attributed_to} if relation.attributed_to else None,
        "modality": relation.modality,
        "modality_cue": relation.modality_cue,
        "resolved_from": {
            "subject": relation.subject.resolved_from,
            "object": relation.object.resolved_from,
        } if (relation.subject.resolved_from or relation.object.resolved_from) else None,
    }
    if relation.basis is not None:  # ``located in`` facts and the coder's fallback say what supports them
        record["basis"] = relation.basis
    return record
