"""A re-implementation of the CaRB Open IE scorer.

CaRB (Bhardwaj, Aggarwal and Mausam, EMNLP 2019) compares a system's
extractions with crowdsourced gold extractions, token by token. This module
follows the scoring as ``benchmarks/data/carb-dev/README.md`` describes it:

* sentences are matched after spaces and punctuation are removed;
* every extraction is made binary, ``(arg1, relation, rest)``, where ``rest``
  joins all arguments after ``arg1`` with spaces;
* a (gold, system) pair scores 0 unless the relations share a whitespace
  token (a system relation ``be`` also matches a gold relation holding a
  form of "be"); otherwise shared tokens are counted part by part, each gold
  token matching at most one system token, and precision = shared / system
  tokens, recall = shared / gold tokens;
* for gold relations of the "said" type the two arguments may match in
  reverse order;
* a gold extraction's recall is its best recall over the system's
  extractions; precision pairs system and gold extractions one to one,
  greedily by highest precision;
* every distinct system confidence is a threshold of the precision-recall
  curve, and the best F1 on it and the area under it are reported.

Nothing here needs spaCy. Where two gold sentences differ only in spaces or
punctuation, their gold extractions are pooled (CaRB's dictionary would keep
only the last group). Gold arguments that start with ``C:`` (a context
such as "C: he says") are ignored, as CaRB does; the ``T:`` marker of a time
argument is removed and the argument kept.

Examples
--------
>>> gold = parse_gold(["A cat sat on the mat .\\tsat on\\tA cat\\tthe mat"])
>>> system = parse_extractions(["A cat sat on the mat .\\t0.9\\tsat on\\tA cat\\tthe mat"])
>>> round(score(gold, system).f1, 3)
1.0
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "BenchmarkError",
    "Extraction",
    "Score",
    "normalize_sentence",
    "parse_gold",
    "parse_extractions",
    "read_gold",
    "read_extractions",
    "gold_sentences",
    "match",
    "score",
]

#: Relations whose two arguments may be matched in either order.
_SAID_RELATIONS = ("said", "told", "added", "adds", "says")
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})
_PUNCT = re.compile("[%s]" % re.escape(string.punctuation))
_PTB_ESCAPES = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
}


class BenchmarkError(ValueError):
    """Bad benchmark input: the message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """One gold or system extraction: a relation and its arguments."""

    sentence: str
    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Score:
    """CaRB's result: the best-F1 point of the curve and the area under it.

    ``curve`` holds ``(threshold, precision, recall)`` for every distinct
    system confidence, in increasing order of threshold.
    """

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    curve: tuple[tuple[float, float, float], ...] = field(default=(), repr=False)


def normalize_sentence(sentence: str) -> str:
    """The key by which system and gold sentences are matched.

    Examples
    --------
    >>> normalize_sentence("He said , `` yes . ''")
    'Hesaidyes'
    """
    text = sentence.replace(" ", "")
    for escape, char in _PTB_ESCAPES.items():
        text = text.replace(escape, char)
    return _PUNCT.sub("", text)


def _fields(line: str, where: str, minimum: int) -> list[str]:
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) < minimum:
        raise BenchmarkError(
            f"{where}: expected at least {minimum} tab-separated fields, got {len(fields)}"
        )
    return fields


def parse_gold(lines: Iterable[str], *, source: str = "<gold>") -> dict[str, list[Extraction]]:
    """Gold extractions by sentence from ``sentence, relation, arg1, arg2, ...`` lines.

    Blank lines are skipped. Arguments starting with ``C:`` are dropped.

    Raises
    ------
    BenchmarkError
        If a line has fewer than three fields.
    """
    gold: dict[str, list[Extraction]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = _fields(line, f"{source}:{number}", 3)
        arguments = []
        for argument in fields[2:]:
            argument = argument.strip()
            if argument.startswith("C:"):
                continue
            if argument.startswith("T:"):
                argument = argument[2:].strip()
            arguments.append(argument)
        sentence = fields[0]
        gold.setdefault(sentence, []).append(
            Extraction(sentence, fields[1].strip(), tuple(arguments), 1.0)
        )
    return gold


def parse_extractions(lines: Iterable[str], *, source: str = "<extractions>") -> list[Extraction]:
    """System extractions from ``sentence, confidence, relation, arg1, ...`` lines.

    Raises
    ------
    BenchmarkError
        If a line has fewer than three fields or its confidence is not a number.
    """
    extractions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = _fields(line, f"{source}:{number}", 3)
        try:
            confidence = float(fields[1])
        except ValueError:
            raise BenchmarkError(
                f"{source}:{number}: confidence must be a number, got {fields[1]!r}"
            ) from None
        if math.isnan(confidence):
            raise BenchmarkError(f"{source}:{number}: confidence must be a number, got NaN")
        extractions.append(
            Extraction(fields[0], fields[2].strip(), tuple(a.strip() for a in fields[3:]), confidence)
        )
    return extractions


def read_gold(path: str | Path) -> dict[str, list[Extraction]]:
    """Read a CaRB gold file (see `parse_gold`)."""
    with open(path, encoding="utf-8") as handle:
        return parse_gold(handle, source=str(path))


def read_extractions(path: str | Path) -> list[Extraction]:
    """Read a system's extractions in the Open IE layout (see `parse_extractions`)."""
    with open(path, encoding="utf-8") as handle:
        return parse_extractions(handle, source=str(path))


def gold_sentences(gold: Mapping[str, Sequence[Extraction]]) -> list[str]:
    """The gold sentences, unique as CaRB matches them, in the order of the gold file.

    Two spellings of one sentence (the dev split has a few that differ by a
    trailing space) count once; the first is kept.
    """
    seen: set[str] = set()
    sentences = []
    for sentence in gold:
        key = normalize_sentence(sentence)
        if key not in seen:
            seen.add(key)
            sentences.append(sentence)
    return sentences


def _shared(gold_words: list[str], system_words: list[str]) -> int:
    remaining = list(system_words)
    shared = 0
    for word in gold_words:
        if word in remaining:
            shared += 1
            remaining.remove(word)
    return shared


def _tuple_match(gold_rel: str, gold_args: Sequence[str], rel: str, args: Sequence[str]) -> tuple[float, float]:
    system_words = rel.split()
    gold_words = gold_rel.split()
    p_num, p_den = 0, len(system_words)
    r_num, r_den = 0, len(gold_words)
    shared = _shared(gold_words, system_words)
    if shared == 0:
        if system_words == ["be"] and _BE_FORMS.intersection(w.lower() for w in gold_words):
            shared = 1
        else:
            return 0.0, 0.0
    p_num += shared
    r_num += shared
    for i, gold_arg in enumerate(gold_args):
        gold_words = gold_arg.split()
        r_den += len(gold_words)
        if i >= len(args):
            if i < 2:
                return 0.0, 0.0
            continue
        system_words = args[i].split()
        p_den += len(system_words)
        shared = _shared(gold_words, system_words)
        p_num += shared
        r_num += shared
    return (p_num / p_den if p_den else 0.0), (r_num / r_den if r_den else 0.0)


def _binary(arguments: Sequence[str]) -> tuple[str, ...]:
    if len(arguments) >= 2:
        return (arguments[0], " ".join(arguments[1:]))
    return tuple(arguments)


def match(gold: Extraction, system: Extraction) -> tuple[float, float]:
    """Precision and recall of one system extraction against one gold extraction.

    Examples
    --------
    >>> g = Extraction("s", "sat on", ("A cat", "the mat"))
    >>> match(g, Extraction("s", "sat", ("A cat", "the red mat")))
    (0.8333333333333334, 0.8333333333333334)
    >>> match(g, Extraction("s", "lay", ("A cat", "the mat")))
    (0.0, 0.0)
    """
    gold_args = _binary(gold.arguments)
    args = _binary(system.arguments)
    straight = _tuple_match(gold.relation, gold_args, system.relation, args)
    if not any(said in gold.relation for said in _SAID_RELATIONS):
        return straight
    reverse = _tuple_match(gold.relation, gold_args, system.relation, tuple(reversed(args)))
    return max(straight, reverse)


def _trapezoid(xs: Sequence[float], ys: Sequence[float]) -> float:
    return abs(sum((xs[i + 1] - xs[i]) * (ys[i + 1] + ys[i]) / 2 for i in range(len(xs) - 1)))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score(gold: Mapping[str, Sequence[Extraction]], system: Iterable[Extraction]) -> Score:
    """Score system extractions against gold ones, as CaRB does.

    Parameters
    ----------
    gold : mapping of str to list of Extraction
        Gold extractions by sentence (`parse_gold`, `read_gold`).
    system : iterable of Extraction
        The system's extractions; those of sentences not in ``gold`` are
        ignored.

    Returns
    -------
    Score
        Precision, recall and F1 at the best-F1 threshold, and the area
        under the precision-recall curve (with the point recall 0,
        precision 1 added, as CaRB does).
    """
    predicted: dict[str, list[Extraction]] = {}
    for extraction in system:
        predicted.setdefault(normalize_sentence(extraction.sentence), []).append(extraction)
    thresholds = sorted({e.confidence for es in predicted.values() for e in es})
    index = {c: i for i, c in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den = [0.0] * n, [0] * n
    r_num, r_den = [0.0] * n, [0] * n

    golds: dict[str, list[Extraction]] = {}
    for sentence, extractions in gold.items():
        golds.setdefault(normalize_sentence(sentence), []).extend(extractions)

    for key, gold_exts in golds.items():
        sys_exts = predicted.get(key, [])
        scores = [[match(g, s) for s in sys_exts] for g in gold_exts]
        prev = 0
        for conf in sorted({s.confidence for s in sys_exts}):
            c = index[conf]
            kept = [j for j, s in enumerate(sys_exts) if s.confidence >= conf]
            recall = sum(max((row[j][1] for j in kept), default=0.0) for row in scores)
            precision = 0.0
            used_rows: set[int] = set()
            used_cols: set[int] = set()
            for _ in range(min(len(scores), len(kept))):
                best, best_i, best_j = -1.0, -1, -1
                for i, row in enumerate(scores):
                    if i in used_rows:
                        continue
                    for j in kept:
                        if j not in used_cols and row[j][0] > best:
                            best, best_i, best_j = row[j][0], i, j
                used_rows.add(best_i)
                used_cols.add(best_j)
                precision += best
            for t in range(prev, c + 1):
                p_num[t] += precision
                p_den[t] += len(kept)
                r_num[t] += recall
                r_den[t] += len(scores)
            prev = c + 1
        for t in range(prev, n):
            r_den[t] += len(scores)

    precisions = [a / b if b else 1.0 for a, b in zip(p_num, p_den)]
    recalls = [a / b if b else 0.0 for a, b in zip(r_num, r_den)]
    f1s = [_f1(p, r) for p, r in zip(precisions, recalls)]
    if not f1s:
        return Score(0.0, 0.0, 0.0, 0.0, None, ())
    best = max(range(n), key=lambda t: (f1s[t], -t))
    auc = _trapezoid(recalls + [0.0], precisions + [1.0])
    curve = tuple(zip(thresholds, precisions, recalls))
    return Score(precisions[best], recalls[best], f1s[best], auc, thresholds[best], curve)
