"""Syndicated copies: near-duplicate texts found by MinHash over word shingles.

A wire story republished by many sites is one story. :class:`CopyFinder`
remembers the texts it has seen as MinHash signatures (datasketch, 256
permutations) of their word shingles, indexed by LSH; a new text whose
estimated Jaccard similarity to one seen is at least :data:`THRESHOLD` is a
copy of it (the estimate is within about 0.02 of the exact value).

Texts are compared as words only: case, punctuation and a leading dateline
("ISTANBUL (AFP) -", "WASHINGTON —") do not count, and trafilatura has
already dropped each site's menus and footers. The signatures can be saved
and loaded again (:meth:`CopyFinder.signatures`, :meth:`CopyFinder.add_signature`),
so copies are found across runs into one store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["THRESHOLD", "SHINGLE_WORDS", "strip_dateline", "shingles", "Copy", "CopyFinder"]

#: Least similarity of two texts' word shingles for one to be a copy of the other.
THRESHOLD = 0.9
#: Words per shingle.
SHINGLE_WORDS = 4
_PERMUTATIONS = 256  # the estimate's standard error is under 0.02 near 0.9
_CANDIDATES = 0.8  # LSH threshold of candidates, below THRESHOLD so banding loses no copy
_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][A-Za-z.'’ -]{1,40}?,\s*)?[A-Z][A-Z.'’ -]{1,40}"  # "ISTANBUL", "Gaziantep, TURKEY"
    r"(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?"  # ", Turkey"
    r"\s*(?:\([A-Za-z .&/-]{1,30}\))?"  # "(AFP)"
    r"\s*[-–—:]+\s+"
)
_WORD = re.compile(r"\w+")


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire dateline.

    Examples
    --------
    >>> strip_dateline("ISTANBUL (AFP) - Turkey said on Monday ...")
    'Turkey said on Monday ...'
    >>> strip_dateline("WASHINGTON — The Senate voted.")
    'The Senate voted.'
    >>> strip_dateline("Turkey said on Monday - and then ...")
    'Turkey said on Monday - and then ...'
    """
    return _DATELINE.sub("", text, count=1)


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[str]:
    """The word shingles of ``text`` (case and punctuation ignored, dateline dropped).

    Examples
    --------
    >>> sorted(shingles("PARIS (AFP) - One two, three. Four five!", size=4))
    ['one two three four', 'two three four five']
    """
    words = [w.casefold() for w in _WORD.findall(strip_dateline(text))]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@dataclass(frozen=True, slots=True)
class Copy:
    """``copy`` (a document id) is a near-duplicate of ``of``, with this ``similarity``."""

    copy: str
    of: str
    similarity: float


class CopyFinder:
    """Near-duplicate look-up over the texts seen so far.

    Parameters
    ----------
    threshold : float
        Least estimated Jaccard similarity of a copy.

    Examples
    --------
    >>> finder = CopyFinder()
    >>> story = "Turkey and Syria signed a trade deal on Monday in Ankara, officials said. " * 3
    >>> finder.find_or_add("a", "ANKARA (AFP) - " + story) is None
    True
    >>> finder.find_or_add("b", story).of
    'a'
    """

    def __init__(self, *, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, _CANDIDATES), num_perm=_PERMUTATIONS)
        self._hashes: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._hashes

    @staticmethod
    def signature(text: str):
        """The MinHash of ``text``'s shingles."""
        from datasketch import LeanMinHash, MinHash

        minhash = MinHash(num_perm=_PERMUTATIONS)
        minhash.update_batch([s.encode("utf-8", "surrogatepass") for s in shingles(text)])
        return LeanMinHash(minhash)

    def find(self, text: str) -> tuple[str, float] | None:
        """The id of the most similar text seen, and the similarity, if it is a copy; else None."""
        return self._find(self.signature(text))

    def _find(self, minhash) -> tuple[str, float] | None:
        best = None
        for other in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._hashes[other])
            if similarity >= self.threshold and (best is None or (similarity, other) > (best[1], best[0])):
                best = (other, similarity)
        return best

    def find_or_add(self, doc_id: str, text: str) -> Copy | None:
        """The :class:`Copy` ``text`` is, or None after remembering it as ``doc_id``.

        A text whose id was seen before is neither a copy nor added again
        (a document read twice replaces itself).
        """
        if doc_id in self._hashes:
            return None
        minhash = self.signature(text)
        found = self._find(minhash)
        if found is not None:
            return Copy(copy=doc_id, of=found[0], similarity=round(found[1], 3))
        self._add(doc_id, minhash)
        return None

    def _add(self, doc_id: str, minhash) -> None:
        self._hashes[doc_id] = minhash
        self._lsh.insert(doc_id, minhash)

    def signatures(self) -> dict[str, list[int]]:
        """Every remembered signature, as JSON-ready lists of integers."""
        return {doc_id: [int(v) for v in m.hashvalues] for doc_id, m in self._hashes.items()}

    def add_signatures(self, signatures: Iterable[tuple[str, list[int]]]) -> None:
        """Remember signatures saved by :meth:`signatures` (from an earlier run)."""
        import numpy as np
        from datasketch import LeanMinHash

        reference = self.signature("")  # the seed and hashing scheme this datasketch uses
        for doc_id, values in signatures:
            if doc_id not in self._hashes and len(values) == _PERMUTATIONS:
                self._add(doc_id, LeanMinHash(seed=reference.seed, scheme=reference.scheme,
                                              hashvalues=np.array(values, dtype=np.uint64)))
