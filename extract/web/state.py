"""What a poll remembers between runs into one store: held pages, feed validators, signatures, copies.

:class:`PollState` is a plain value with pure conversions to and from
JSON; the build keeps it in a file beside the store (``graph`` writes it
atomically).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError

__all__ = ["PollState", "to_state_json", "from_state_json"]

_VERSION = 1


@dataclass(slots=True)
class PollState:
    """The polling memory of one store.

    Attributes
    ----------
    held : set of str
        Canonical URLs and feed entry ids of the pages the store holds, and
        of pages fetched and passed over for good (not English, not an article).
    validators : dict
        Per feed URL, ``{"etag": ..., "last_modified": ...}`` of its last answer.
    signatures : dict
        Per document id, the MinHash signature of its text (copies across runs).
    copies : dict
        Per document id, the copies found of it: ``[{"id", "url", "source", "title", "similarity"}]``.
    """

    held: set[str] = field(default_factory=set)
    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    signatures: dict[str, list[int]] = field(default_factory=dict)
    copies: dict[str, list[dict]] = field(default_factory=dict)


def to_state_json(state: PollState) -> dict:
    """The JSON-ready form of ``state``."""
    return {"newsgraph_poll": _VERSION, "held": sorted(state.held), "validators": state.validators,
            "signatures": state.signatures, "copies": state.copies}


def from_state_json(data: object, *, name: str) -> PollState:
    """The :class:`PollState` of JSON data written by :func:`to_state_json`.

    Raises
    ------
    InputError
        If ``data`` is not a poll state (naming ``name``).
    """
    if not isinstance(data, dict) or data.get("newsgraph_poll") != _VERSION:
        raise InputError(f"{name}: not a newsgraph poll state (version {_VERSION})")
    try:
        return PollState(held=set(data.get("held", [])), validators=dict(data.get("validators", {})),
                         signatures=dict(data.get("signatures", {})), copies=dict(data.get("copies", {})))
    except (TypeError, ValueError) as err:
        raise InputError(f"{name}: malformed poll state ({err})") from None
