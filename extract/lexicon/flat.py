"""Read-only tables kept as a few flat buffers, so the compiled lexicon loads in milliseconds.

Unpickling a dict of 30,000 keys takes some ten milliseconds (every key
hashed and inserted, every value made), and the lexicon holds a dozen such
tables. These keep the same content as buffers that unpickle by copying:

- :class:`FlatTable`, a ``str`` -> value mapping: the keys in one string
  (in the order given) with an array of offsets, an open-addressing hash
  table of CRC-32s in an array, and the values ``marshal``-ed into one
  ``bytes`` with an array of ends;
- :class:`FlatList`, a sequence of values stored the same way.

A value is made from its bytes on first access and kept (an optional
``decode`` function turns the marshalled plain form into the object the
rules want, ``encode`` the other way at build time). Iteration follows
the order given, as a dict's does. Values must be what :mod:`marshal`
writes (None, bools, numbers, strings, tuples, lists, dicts, sets) once
encoded. ``marshal``'s format is fixed within a Python version, which the
lexicon cache key includes.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any
from zlib import crc32

__all__ = ["FlatList", "FlatTable"]

_MISSING = object()


def _hash(key: str) -> int:
    return crc32(key.encode("utf-8", "surrogatepass"))


class _Values:
    """Values marshalled into one ``bytes`` with an array of ends; each made once, on first access."""

    __slots__ = ("_blob", "_ends", "_decode", "_made")

    def __init__(self, blob: bytes, ends: array, decode: Callable[[Any], Any] | None) -> None:
        self._blob, self._ends, self._decode = blob, ends, decode
        self._made: dict[int, Any] = {}

    @classmethod
    def of(cls, values: Iterable[Any], encode: Callable[[Any], Any] | None,
           decode: Callable[[Any], Any] | None) -> _Values:
        values = list(values)
        parts, ends, end = [], array("i"), 0
        for value in values:
            data = marshal.dumps(encode(value) if encode is not None else value)
            parts.append(data)
            end += len(data)
            ends.append(end)
        made = cls(b"".join(parts), ends, decode)
        made._made = dict(enumerate(values))  # the objects given, not copies (a pickled copy makes its own)
        return made

    def __len__(self) -> int:
        return len(self._ends)

    def value(self, i: int) -> Any:
        found = self._made.get(i, _MISSING)
        if found is _MISSING:
            ends = self._ends
            data = marshal.loads(self._blob[ends[i - 1] if i else 0:ends[i]])
            found = self._made[i] = data if self._decode is None else self._decode(data)
        return found

    def state(self) -> tuple:
        return self._blob, self._ends, self._decode


class FlatList(Sequence):
    """A read-only sequence of values, unpickled as two buffers; an item is made on first access.

    Parameters
    ----------
    values : iterable
        The items.
    encode, decode : callable, optional
        Turn an item into a value :mod:`marshal` writes, and back.

    Examples
    --------
    >>> rows = FlatList([("Q1", 2), ("Q3", 4)])
    >>> rows[1], len(rows), list(rows)[0], rows[-1]
    (('Q3', 4), 2, ('Q1', 2), ('Q3', 4))
    """

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[Any] = (), *, encode: Callable[[Any], Any] | None = None,
                 decode: Callable[[Any], Any] | None = None) -> None:
        self._values = _Values.of(values, encode, decode)

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self._values)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("FlatList index out of range")
        return self._values.value(i)

    def __iter__(self) -> Iterator[Any]:
        value = self._values.value
        return (value(i) for i in range(len(self._values)))

    def __eq__(self, other) -> bool:
        if not isinstance(other, FlatList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (_list_from_state, self._values.state())


def _list_from_state(blob, ends, decode) -> FlatList:
    made = FlatList.__new__(FlatList)
    made._values = _Values(blob, ends, decode)
    return made


_UNSEEN = object()
#: How many answers a table keeps before it starts afresh.
_SEEN_MAX = 100_000


class FlatTable(Mapping):
    """A read-only ``str`` -> value mapping, unpickled as five buffers; a value is made on first access.

    Lookups hash the key (CRC-32) into an open-addressing table, so a miss
    costs about as little as a hit; iteration follows the order given.

    Parameters
    ----------
    items : mapping or iterable of (str, value)
        The content; a later pair with the same key wins, as in a dict.
    encode, decode : callable, optional
        Turn a value into what :mod:`marshal` writes, and back.

    Examples
    --------
    >>> table = FlatTable({"kill": ("190", None), "bomb": ("195", "air")})
    >>> table["bomb"], table.get("sneeze"), "kill" in table, list(table)
    (('195', 'air'), None, True, ['kill', 'bomb'])
    """

    __slots__ = ("_keys", "_starts", "_slots", "_values", "_seen")

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), *,
                 encode: Callable[[Any], Any] | None = None, decode: Callable[[Any], Any] | None = None) -> None:
        content = dict(items)
        keys = list(content)
        self._keys = "".join(keys)
        self._starts = array("i", [0])
        for key in keys:
            if not isinstance(key, str):
                raise TypeError(f"FlatTable keys are strings, got {key!r}")
            self._starts.append(self._starts[-1] + len(key))
        size = 8
        while size < 2 * len(keys):
            size *= 2
        slots = array("i", bytes(size * array("i").itemsize))
        mask = size - 1
        for number, key in enumerate(keys, 1):
            at = _hash(key) & mask
            while slots[at]:
                at = (at + 1) & mask
            slots[at] = number
        self._slots = slots
        self._values = _Values.of(content.values(), encode, decode)
        self._seen: dict = {}

    def _find(self, key: str) -> int:
        """The number of ``key``, or -1."""
        try:
            code = _hash(key)
        except AttributeError:  # not a string: in no table
            return -1
        slots, starts, keys = self._slots, self._starts, self._keys
        mask = len(slots) - 1
        at = code & mask
        length = len(key)
        while True:
            number = slots[at]
            if not number:
                return -1
            start = starts[number - 1]
            if starts[number] - start == length and keys[start:start + length] == key:
                return number - 1
            at = (at + 1) & mask

    def _look(self, key):
        """The value of ``key``, or ``_MISSING``; answers (misses too) are kept, so the rules'
        repeated questions ("is 'court' an agent?") cost one dict look-up."""
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            number = self._find(key)
            found = _MISSING if number < 0 else self._values.value(number)
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            self._seen[key] = found
        return found

    # get, [] and in read the kept answers first themselves: one Python call less per question, the
    # rules ask some 10^5 of them per 100,000 words, nearly all of them asked before

    def get(self, key, default=None):
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._look(key)
        return default if found is _MISSING else found

    def __getitem__(self, key):
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._look(key)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._look(key)
        return found is not _MISSING

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        starts, keys = self._starts, self._keys
        return (keys[starts[i]:starts[i + 1]] for i in range(len(self._values)))

    def __repr__(self) -> str:
        return f"<FlatTable of {len(self)} keys>"

    def __reduce__(self):
        return (_table_from_state, (self._keys, self._starts, self._slots, *self._values.state()))


def _table_from_state(keys, starts, slots, blob, ends, decode) -> FlatTable:
    made = FlatTable.__new__(FlatTable)
    made._keys, made._starts, made._slots = keys, starts, slots
    made._values = _Values(blob, ends, decode)
    made._seen = {}
    return made
