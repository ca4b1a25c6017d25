"""Reading articles: formats, ids, titles, encodings and bad input."""

from __future__ import annotations

import io
import json

import pytest

from extract.documents import content_id, decode_bytes, parse_text, read_documents
from extract.errors import InputError


def collect(inputs, **kw):
    errors = []
    docs = list(read_documents(inputs, on_error=errors.append, **kw))
    return docs, errors


def test_txt_title_is_first_line_before_blank(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russia bombs Idlib\n\nRussia bombed Idlib on Monday.\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert doc.title == "Russia bombs Idlib"
    # The text is kept whole, so offsets are offsets into the file.
    assert doc.text.startswith("Russia bombs Idlib\n\nRussia bombed")
    assert doc.id == content_id(doc.text)
    assert doc.origin == str(path)


@pytest.mark.parametrize(
    "text",
    ["One line only.", "First line\nsecond line\n\nthird", "\n\n"],
)
def test_txt_without_title(text, tmp_path):
    if not text.strip():
        with pytest.raises(InputError, match="empty document"):
            parse_text(text, name="x.txt")
        return
    assert parse_text(text, name="x.txt").title is None


def test_ids_are_stable_hashes_of_content(tmp_path):
    (tmp_path / "a.txt").write_text("Syria accused Israel.")
    (tmp_path / "b.txt").write_text("Syria accused Israel.")
    (tmp_path / "c.txt").write_text("Israel denied it.")
    ids = [d.id for d in read_documents(tmp_path)]
    assert ids[0] == ids[1] != ids[2]
    assert ids == [d.id for d in read_documents(tmp_path)]


def test_folders_are_searched_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    docs, errors = collect(tmp_path)
    assert [d.text for d in docs] == ["First.", "Second."]
    assert errors == []


def test_jsonl_records_with_metadata(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "x1", "text": "Syria accused Israel.", "title": "T", "url": "http://e.org/1",
         "date": "2019-06-03", "source": "AFP"},
        {"text": "Russia bombed Idlib."},
        {"id": 7, "text": "Iran denied it.", "date": "2019-06-03T10:00:00Z"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs, errors = collect(path)
    assert errors == []
    assert [d.id for d in docs] == ["x1", content_id("Russia bombed Idlib."), "7"]
    assert (docs[0].title, docs[0].url, docs[0].date, docs[0].source) == ("T", "http://e.org/1", "2019-06-03", "AFP")
    assert docs[0].origin == f"{path}:1"
    assert docs[2].date == "2019-06-03T10:00:00Z"


def test_json_array_and_single_object(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps([{"text": "A."}, {"text": "B."}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "C.", "id": "c"}, indent=2))
    docs, errors = collect(tmp_path)
    assert [d.text for d in docs] == ["A.", "B.", "C."]
    assert errors == []


def test_bad_jsonl_lines_are_named_and_skipped(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"text": "Good one."}\n'
        '{"text": 42}\n'
        '{"title": "no text"}\n'
        '["not", "an", "object"]\n'
        '{"text": "Second good one."}\n'
        '{"text": "truncated'
    )
    docs, errors = collect(path)
    assert [d.text for d in docs] == ["Good one.", "Second good one."]
    messages = [str(e) for e in errors]
    assert messages[0].startswith(f"{path}:2: 'text' must be a string")
    assert messages[1].startswith(f"{path}:3: record has no 'text'")
    assert messages[2].startswith(f"{path}:4: expected a JSON object")
    assert messages[3].startswith(f"{path}:6: malformed JSON line")
    assert len(messages) == 4


def test_strict_stops_at_first_bad_document(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Good."}\n{"text": 1}\n{"text": "Never read."}\n')
    seen = []
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        for doc in read_documents(path, strict=True):
            seen.append(doc.text)
    assert seen == ["Good."]


def test_bad_date_is_dropped_with_a_warning(tmp_path, caplog):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "A.", "date": "last Tuesday"}) + "\n")
    [doc] = read_documents(path)
    assert doc.date is None
    assert "not ISO 8601" in caplog.text and f"{path}:1" in caplog.text


@pytest.mark.parametrize(
    ("data", "expected", "warns"),
    [
        ("Café in Idlib".encode("utf-8"), "Café in Idlib", False),
        ("Café in Idlib".encode("utf-8-sig"), "Café in Idlib", False),
        ("Café in Idlib".encode("utf-16"), "Café in Idlib", False),
        ("Café in Idlib".encode("utf-16-le"), "Café in Idlib", True),
        ("Café in Idlib, Aleppo".encode("latin-1"), "Café in Idlib, Aleppo", True),
        ("Café über".encode("utf-8") + b"\xff", "Café über\ufffd", True),
    ],
)
def test_encodings(data, expected, warns, caplog):
    assert decode_bytes(data, name="f.txt") == expected
    assert ("f.txt" in caplog.text) is warns


def test_binary_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 4)
    docs, errors = collect(path)
    assert docs == []
    assert str(errors[0]) == f"{path}: binary data (NUL bytes), not text"


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "empty.jsonl").write_text("")
    docs, errors = collect(tmp_path)
    assert docs == []
    assert sorted(str(e) for e in errors) == sorted(
        [f"{tmp_path / 'blank.txt'}: empty document", f"{tmp_path / 'empty.txt'}: empty document",
         f"{tmp_path / 'empty.jsonl'}: empty file"]
    )


def test_missing_path_and_unknown_format(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF")
    docs, errors = collect([tmp_path / "nope.txt", pdf])
    assert docs == []
    assert str(errors[0]) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert str(errors[1]).startswith(f"{pdf}: unknown format '.pdf'")


def test_control_characters_and_surrogates_are_removed(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Syria\x00 accused\x07 Israel \ud800."}) + "\n")
    [doc] = read_documents(path)
    assert doc.text == "Syria accused Israel \ufffd."


def test_unreadable_file(tmp_path):
    # A dangling link reads as unreadable for every user, root included.
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "ok.txt").write_text("Readable.")
    docs, errors = collect(tmp_path)
    assert [d.text for d in docs] == ["Readable."]
    assert str(errors[0]) == f"{tmp_path / 'gone.txt'}: cannot read file (No such file or directory)"


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("Only one.")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, errors = collect(tmp_path)
    assert [d.text for d in docs] == ["Only one."]


def test_stdin_text_and_jsonl():
    [doc] = read_documents("-", stdin=io.BytesIO(b"Title\n\nBody text here.\n"))
    assert (doc.title, doc.origin) == ("Title", "<stdin>")
    docs = list(read_documents("-", stdin=io.BytesIO(b'{"text": "A."}\n{"text": "B."}\n')))
    assert [d.text for d in docs] == ["A.", "B."]
    assert docs[1].origin == "<stdin>:2"


def test_seed_article(data_dir):
    [doc] = read_documents(data_dir / "seed.txt")
    assert doc.title.startswith("Smoke plumes following reported airstrikes")
    assert "Hayat Tahrir Al Sham" in doc.text
