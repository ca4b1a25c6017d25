"""Broken inputs: a corpus of bad files beside good ones.

Binary files, UTF-16 and Latin-1 files, empty and whitespace-only files,
JSON lines with a wrong ``text`` type, a missing ``text`` and a truncated
last line, JSON nested too deeply and numbers too long to parse, dangling symbolic links, link loops and a named pipe (files no
process can read, root included), and a 20 MB document. Each bad one is a
named error (or a named warning where it can still be read), counted in the
summary; the run goes on and every good document is in the graph, or,
under ``--strict``, the run stops at the first bad one and writes nothing.
"""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from extract.documents import read_documents
from extract.errors import InputError
from extract.facts import LONG_DOCUMENT_CHARS, PIECE_CHARS, split_text
from tests.hardening.conftest import run_cli, wikinews_records

# name -> (title of the good document it holds, or None for a bad file)
GOOD = {
    "good.txt": "Russia bombs Idlib",
    "utf16-bom.txt": "Erdoğan visits Moscow",
    "utf16le-no-bom.txt": "Syria accuses Israel",
    "latin1.txt": "Café owners protest in Besançon",
    "utf8-bom.txt": "Kremlin denies report",
    "crlf.md": "Iran and China talk",
    "nested/deeper/good2.txt": "Aleppo block collapses",
    "feed.jsonl:1": "Iran talks",
    "array.json[1]": "Array article",
    "limits.jsonl:3": "After the deep lines",
}

# (file, line or record, message): every error a build of the corpus must name.
ERRORS = [
    ("array.json[2]", "record has no 'text' field"),
    ("binary.txt", "binary data (NUL bytes), not text"),
    ("deep.json", "malformed JSON (nested too deeply)"),
    ("blank.txt", "empty document"),
    ("empty.jsonl", "empty file"),
    ("empty.txt", "empty document"),
    ("feed.jsonl:2", "'text' must be a string, got int"),
    ("feed.jsonl:3", "record has no 'text' field"),
    ("feed.jsonl:4", "'text' must be a string, got list"),
    ("feed.jsonl:5", "expected a JSON object with 'text', got list"),
    ("feed.jsonl:6", "malformed JSON line"),
    ("gone.txt", "cannot read file (No such file or directory)"),
    ("limits.jsonl:1", "malformed JSON line (nested too deeply)"),
    ("limits.jsonl:2", "malformed JSON line (Exceeds the limit (4300 digits) for integer string conversion)"),
    ("loop-a.txt", "cannot read file (Too many levels of symbolic links)"),
    ("loop-b.txt", "cannot read file (Too many levels of symbolic links)"),
    ("pipe.txt", "not a regular file (use - to read a stream)"),
]
WARNINGS = [
    ("utf16le-no-bom.txt", "no byte-order mark; decoded as UTF-16-LE"),
    ("latin1.txt", "not valid UTF-8; decoded as Windows-1252"),
]


def article(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def make_corpus(root: Path) -> Path:
    """Write the corpus of good and bad files under ``root``/corpus."""
    corpus = root / "corpus"
    (corpus / "nested" / "deeper").mkdir(parents=True)
    (corpus / "good.txt").write_text(article(GOOD["good.txt"], "Russia bombed Idlib province on Monday."),
                                     encoding="utf-8")
    (corpus / "utf16-bom.txt").write_bytes(article(
        GOOD["utf16-bom.txt"], "Turkish President Recep Tayyip Erdoğan met Vladimir Putin in Moscow."
    ).encode("utf-16"))
    (corpus / "utf16le-no-bom.txt").write_bytes(article(
        GOOD["utf16le-no-bom.txt"], "Syria accused Israel of air strikes near Damascus.").encode("utf-16-le"))
    (corpus / "latin1.txt").write_bytes(article(
        GOOD["latin1.txt"], "Café owners in Besançon protested against the tax on Friday.").encode("latin-1"))
    (corpus / "utf8-bom.txt").write_bytes(codecs.BOM_UTF8 + article(
        GOOD["utf8-bom.txt"], "The Kremlin denied the report on Tuesday.").encode("utf-8"))
    (corpus / "crlf.md").write_bytes(article(
        GOOD["crlf.md"], "Iran held talks with China in Beijing.").replace("\n", "\r\n").encode("utf-8"))
    (corpus / "nested" / "deeper" / "good2.txt").write_text(article(
        GOOD["nested/deeper/good2.txt"], "A block of flats collapsed in Aleppo, killing eleven people."),
        encoding="utf-8")
    lines = [
        json.dumps({"id": "feed-1", "title": "Iran talks", "text": "Iran held talks with Iraq in Baghdad."}),
        json.dumps({"id": "feed-2", "text": 5}),
        json.dumps({"id": "feed-3", "title": "no text"}),
        json.dumps({"id": "feed-4", "text": ["Syria", "accused", "Israel"]}),
        json.dumps(["not", "an", "object"]),
        '{"id": "feed-6", "text": "Syria accused Isr',  # truncated last line, no newline
    ]
    (corpus / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (corpus / "array.json").write_text(json.dumps([
        {"id": "array-1", "title": "Array article", "text": "NATO warned Russia over Ukraine."},
        {"id": "array-2", "text": None},
    ]), encoding="utf-8")
    # JSON past the parser's limits: nesting 100,000 deep, a 5,000-digit number.
    (corpus / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (corpus / "limits.jsonl").write_text("\n".join([
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"text": "Syria accused Israel.", "id": ' + "9" * 5000 + "}",
        json.dumps({"id": "limits-3", "title": "After the deep lines", "text": "Egypt hosted talks in Cairo."}),
    ]) + "\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_text("  \n\t\n\u3000\n", encoding="utf-8")
    (corpus / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (corpus / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))  # not an article: passed over
    # Files nobody can read, root included: a dangling link, a link loop, a named pipe.
    (corpus / "gone.txt").symlink_to(corpus / "deleted.txt")
    (corpus / "loop-a.txt").symlink_to("loop-b.txt")
    (corpus / "loop-b.txt").symlink_to("loop-a.txt")
    os.mkfifo(corpus / "pipe.txt")
    # Folder link loops: not followed.
    (corpus / "nested" / "up").symlink_to("..")
    (corpus / "nested" / "deeper" / "root").symlink_to(corpus)
    return corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("broken"))


def where(corpus: Path, name: str) -> str:
    return str(corpus / name) if name[-1] not in "]0123456789" else str(corpus) + os.sep + name


def test_reader_reads_the_good_and_names_the_bad(corpus, caplog):
    errors: list[str] = []
    with caplog.at_level("WARNING", logger="newsgraph"):
        documents = list(read_documents(corpus, on_error=lambda err: errors.append(str(err))))
    titles = {d.title for d in documents}
    assert titles == set(GOOD.values())
    assert len(documents) == len(GOOD)
    for name, message in ERRORS:
        assert any(e.startswith(where(corpus, name) + ": " + message) for e in errors), (name, errors)
    assert len(errors) == len(ERRORS)
    for name, message in WARNINGS:
        assert f"{corpus / name}: {message}" in caplog.messages
    by_title = {d.title: d for d in documents}
    assert "Café owners in Besançon protested" in by_title[GOOD["latin1.txt"]].text
    assert "Erdoğan met Vladimir Putin" in by_title[GOOD["utf16-bom.txt"]].text
    assert "\r" not in by_title[GOOD["crlf.md"]].text


def _file(name: str) -> str:
    return name.split(":")[0].split("[")[0]


# Each bad file and the first error in it.
_FIRST_ERRORS = {}
for _name, _message in ERRORS:
    _FIRST_ERRORS.setdefault(_file(_name), (_name, _message))


@pytest.mark.parametrize(("name", "message"), list(_FIRST_ERRORS.values()))
def test_strict_reader_stops_at_the_first_bad_record_of_each_file(corpus, name, message):
    read: list = []
    with pytest.raises(InputError) as raised:
        for document in read_documents([corpus / "good.txt", corpus / _file(name)], strict=True):
            read.append(document.title)
    assert str(raised.value) == f"{where(corpus, name)}: {message}"
    assert read[0] == GOOD["good.txt"]


@pytest.mark.slow  # a newsgraph subprocess
def test_build_counts_and_names_every_bad_input_and_keeps_every_good_one(corpus, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("build", corpus, "-o", out)
    assert proc.returncode == 1, proc.stderr
    assert f"documents: {len(GOOD)} read, {len(ERRORS)} skipped" in proc.stdout
    for name, message in ERRORS:
        assert f"newsgraph: error: {where(corpus, name)}: {message}" in proc.stderr, name
    for name, message in WARNINGS:
        assert f"newsgraph: warning: {corpus / name}: {message}" in proc.stderr, name
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    documents = graph["graph"]["documents"] if "graph" in graph else graph["documents"]
    assert sorted(meta["title"] for meta in documents.values()) == sorted(GOOD.values())
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 0


@pytest.mark.slow  # a newsgraph subprocess
def test_strict_build_stops_and_writes_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("build", corpus, "-o", out, "--strict")
    assert proc.returncode == 1
    # The first bad input in the walk's order (files sorted, then folders).
    first = f"{corpus / 'array.json'}[2]: record has no 'text' field"
    assert f"newsgraph: error: {first} (stopped: --strict)" in proc.stderr
    assert proc.stderr.count("newsgraph: error:") == 1
    assert not out.exists()


# -- a 20 MB document ----------------------------------------------------------

MB = 1_000_000


def twenty_mb_text(megabytes: float = 20) -> str:
    """About 20 MB of text made of a few distinct Wikinews paragraphs, each numbered."""
    paragraphs = [p for r in wikinews_records(6) for p in r["text"].split("\n\n") if len(p) > 200][:12]
    chunks, size, i = ["A very long report\n\n"], 0, 0
    while size < megabytes * MB:
        chunk = f"{i}. {paragraphs[i % len(paragraphs)]}\n\n"
        chunks.append(chunk)
        size += len(chunk)
        i += 1
    return "".join(chunks)


@pytest.fixture(scope="module")
def big_text() -> str:
    return twenty_mb_text()


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_20_mb_document_is_read_whole_and_cut_into_pieces(nlp, tmp_path, big_text, suffix):
    # The reader path (read + cut): parsing 20 MB takes longer than make test
    # allows; test_soak.py builds it in full (make soak).
    path = tmp_path / f"big{suffix}"
    if suffix == ".txt":
        path.write_text(big_text, encoding="utf-8")
    else:
        path.write_text(json.dumps({"id": "big", "text": big_text}) + "\n", encoding="utf-8")
    started = time.perf_counter()
    documents = list(read_documents(path, strict=True))
    elapsed = time.perf_counter() - started
    assert len(documents) == 1
    text = documents[0].text
    assert len(text) == len(big_text) > 20 * MB - 1
    assert text == big_text
    # extraction cuts it into pieces of at most PIECE_CHARS characters
    assert len(text) > LONG_DOCUMENT_CHARS and PIECE_CHARS <= nlp.max_length
    pieces = split_text(text, PIECE_CHARS)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= PIECE_CHARS for p in pieces)
    assert len(pieces) >= 20 * MB // PIECE_CHARS
    # Pieces end at paragraph or sentence boundaries, not inside a word.
    assert all(p[-1].isspace() or p[-1] in ".!?\"'" for p in pieces[:-1])
    print(f"\nread and cut 20 MB in {elapsed:.1f} s")
