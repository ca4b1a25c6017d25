"""Plain JSON records of extracted relations, as ``newsgraph extract`` prints them."""

from __future__ import annotations

from dataclasses import asdict

from .types import Argument, Relation

__all__ = ["relation_record"]


def _argument(arg: Argument) -> dict:
    return {
        "label": arg.label,
        "type": arg.type,
        "text": arg.text,
        "key": arg.key,
        "start": arg.start,
        "end": arg.end,
        "actor_code": arg.actor_code,
        "resolved_from": arg.resolved_from,
    }


def relation_record(relation: Relation) -> dict:
    """Return a JSON-ready dict of ``relation``.

    The keys are ``doc``, ``sentence``, ``subject``, ``predicate``,
    ``object``, ``confidence`` and ``negated``, then the event fields
    (``event``, ``time``, ``place``, ``casualties``, ``attributed_to``,
    ``modality``, ``complement``), which are None where the sentence gives
    nothing; a ``located in`` relation adds ``basis`` (``text`` or
    ``gazetteer``). Offsets are character offsets into the document text.
    """
    p = relation.predicate
    record = {
        "doc": relation.doc_id,
        "sentence": relation.sentence,
        "subject": _argument(relation.subject),
        "predicate": {"lemma": p.lemma, "text": p.text, "start": p.start, "end": p.end},
        "object": _argument(relation.object),
        "confidence": round(relation.confidence, 4),
        "negated": relation.negated,
        "complement": relation.complement,
        "event": asdict(relation.event) if relation.event else None,
        "time": asdict(relation.time) if relation.time else None,
        "place": asdict(relation.place) if relation.place else None,
        "casualties": asdict(relation.casualties) if relation.casualties else None,
        "attributed_to": {"label": relation.attributed_to} if relation.attributed_to else None,
        "modality": relation.modality,
        "resolved_from": {
            "subject": relation.subject.resolved_from,
            "object": relation.object.resolved_from,
        } if (relation.subject.resolved_from or relation.object.resolved_from) else None,
    }
    if relation.basis is not None:  # only ``located in`` facts say what supports them
        record["basis"] = relation.basis
    return record
