"""The web side of a build: syndicated copies found once, and the poll state kept beside the store.

A build that reads web pages keeps, beside its ``--store`` folder, a small
JSON file (``<store>.poll.json``, written atomically) holding what the next
build into that store needs to read only what is new: the canonical URLs
and feed entry ids the store holds, each feed's ETag and Last-Modified,
and the MinHash signature of each page's text, so a copy published after
its original was stored is still found to be a copy.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BuildError

__all__ = ["CopyRecord", "WebSession", "state_path", "read_poll_state", "write_poll_state"]

_SUFFIX = ".poll.json"


def state_path(store: str | os.PathLike) -> Path:
    """The poll-state file of ``store``: ``<store>.poll.json`` beside the store folder."""
    store = Path(store)
    return store.with_name(store.name + _SUFFIX)


def read_poll_state(store: str | os.PathLike | None):
    """The :class:`~extract.web.PollState` kept beside ``store`` (empty if none or no store).

    Raises
    ------
    BuildError
        If the file is there but is not a poll state (naming it).
    """
    from extract.errors import InputError
    from extract.web import PollState, from_state_json

    if store is None or not state_path(store).is_file():
        return PollState()
    path = state_path(store)
    try:
        return from_state_json(json.loads(path.read_text(encoding="utf-8")), name=str(path))
    except (OSError, ValueError, InputError) as err:
        raise BuildError(f"{path}: cannot read the poll state ({err}); remove it to poll afresh") from None


def write_poll_state(store: str | os.PathLike, state) -> Path:
    """Write ``state`` beside ``store``, atomically."""
    from extract.web import to_state_json

    from .io import atomic_write

    path = state_path(store)
    with atomic_write(path) as stream:
        json.dump(to_state_json(state), stream, separators=(",", ":"))
    return path


@dataclass(frozen=True, slots=True)
class CopyRecord:
    """A syndicated copy: document ``of`` republished at ``url`` by ``source``."""

    of: str
    id: str
    url: str | None
    source: str | None
    title: str | None
    similarity: float

    def as_dict(self) -> dict:
        from extract.types import DocumentCopy

        from .model import copy_meta

        return copy_meta(DocumentCopy(self.id, self.url, self.source, self.title, self.similarity))


@dataclass
class WebSession:
    """What one build does about web pages: the reader, copies and the poll state.

    Parameters
    ----------
    policy : extract.web.FetchPolicy
    store : path, optional
        The store built into: its poll state is read now and written by :meth:`save`.
    """

    policy: object = None
    store: str | os.PathLike | None = None
    copies: list[CopyRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        from extract.web import FetchPolicy, WebReader

        self.state = read_poll_state(self.store)
        self.reader = WebReader(self.policy or FetchPolicy(), self.state)
        self._finder = None

    @property
    def finder(self):
        """The :class:`~extract.web.CopyFinder`, made (and datasketch imported) at the first page."""
        if self._finder is None:
            from extract.web import CopyFinder

            self._finder = CopyFinder()
            self._finder.add_signatures(self.state.signatures.items())
        return self._finder

    def copy_of(self, doc) -> CopyRecord | None:
        """The copy ``doc`` is of a page read before (in this run or into the store), or None.

        Only pages (documents extracted from markup) are compared.
        """
        if not doc.extracted:
            return None
        found = self.finder.find_or_add(doc.id, doc.text)
        if found is None:
            return None
        record = CopyRecord(of=found.of, id=doc.id, url=doc.url, source=doc.source, title=doc.title,
                            similarity=found.similarity)
        self.copies.append(record)
        self.state.held.update(doc.poll_keys)
        return record

    def record_copies(self, kg) -> None:
        """Give each original in ``kg`` its ``copies``, and remember them in the poll state."""
        for record in self.copies:
            known = self.state.copies.setdefault(record.of, [])
            if all(c.get("id") != record.id for c in known):
                known.append(record.as_dict())
            if record.of in kg.documents:
                kg.documents[record.of]["copies"] = list(known)

    @property
    def skipped(self) -> dict[str, int]:
        """Pages and records passed over, by reason."""
        return dict(sorted(self.reader.skipped.items()))

    def store_copies(self) -> int:
        """Give the originals in the store the copies found in this run (their graphs were written first)."""
        if self.store is None or not self.copies:
            return 0
        from .store.embedded import add_copies

        originals = sorted({record.of for record in self.copies})
        return add_copies(self.store, ((of, self.state.copies.get(of, [])) for of in originals))

    def save(self) -> Path | None:
        """Write the poll state beside the store (nothing without a store, or without web inputs)."""
        self.reader.close()
        if self.store is None:
            return None
        if self._finder is not None:
            self.state.signatures = self._finder.signatures()
        state = self.state
        if not (state.held or state.validators or state.signatures or state.copies or state_path(self.store).exists()):
            return None  # no web input: no file beside the store
        return write_poll_state(self.store, self.state)
