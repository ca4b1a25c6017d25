"""The command line end to end, on the seed article and broken inputs.

The commands run in-process (click's CliRunner, the same ``main`` the
console script calls), so these tests share the session's spaCy model; the
few tests marked ``slow`` run ``newsgraph`` as a real subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from graph.cli import main
from tests.conftest import DATA, ROOT

NEWSGRAPH = [sys.executable, "-m", "graph.cli"]


@dataclass(frozen=True)
class Proc:
    """What a command did: as :class:`subprocess.CompletedProcess` names it."""

    returncode: int
    stdout: str
    stderr: str


def run(*args, cwd=None, input=None, check=False) -> Proc:
    """Run ``newsgraph ARGS`` in this process (on one parser process unless ``--workers`` is given)."""
    args = [str(a) for a in args]
    if args and args[0] in ("build", "extract") and "--workers" not in args and "--help" not in args:
        args += ["--workers", "1"]
    previous = os.getcwd()
    os.chdir(cwd or ROOT)
    try:
        result = CliRunner().invoke(main, args, input=input)
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    proc = Proc(result.exit_code, result.stdout, result.stderr)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


def run_process(*args, cwd=None, input=None) -> subprocess.CompletedProcess:
    """Run ``newsgraph ARGS`` as a real subprocess."""
    return subprocess.run(
        [*NEWSGRAPH, *map(str, args)], cwd=cwd or ROOT, input=input, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out"
    proc = run("build", DATA / "seed.txt", "-o", out, "--format", "nt", "--format", "jsonld", "--quiet",
               check=True)
    return out, proc


def test_build_writes_every_output(seed_build):
    out, proc = seed_build
    for name in ("graph.json", "graph.ttl", "graph.trig", "graph.html", "graph.nt", "graph.jsonld"):
        assert (out / name).stat().st_size > 0, name
    assert "documents: 1 read, 0 skipped" in proc.stdout
    assert "Donald Trump" in proc.stdout  # among the top entities


@pytest.mark.parametrize(("name", "fmt"), [("graph.ttl", "turtle"), ("graph.trig", "trig"),
                                           ("graph.nt", "nt"), ("graph.jsonld", "json-ld")])
def test_build_rdf_parses(seed_build, name, fmt):
    out, _ = seed_build
    ds = rdflib.Dataset()
    ds.parse(out / name, format=fmt)
    assert len(ds) > 0 or sum(len(g) for g in ds.graphs()) > 0


def test_build_graph_json_has_the_seed_relations(seed_build):
    from graph.model import read_json

    kg = read_json(seed_build[0] / "graph.json")
    edges = {(kg.graph.nodes[u]["label"], d["predicate"], kg.graph.nodes[v]["label"])
             for u, v, d in kg.graph.edges(data=True)}
    assert ("Russia", "bomb", "Idlib") in edges
    assert ("Donald Trump", "urge", "Damascus") in edges
    assert ("Syria", "accuse", "Israel") in edges


def test_build_html_has_no_external_url(seed_build):
    html = (seed_build[0] / "graph.html").read_text(encoding="utf-8")
    import re

    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html)


def test_extract_prints_json_lines():
    proc = run("extract", DATA / "seed.txt", "--quiet", check=True)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records
    for r in records:
        assert set(r) >= {"doc", "sentence", "subject", "predicate", "object", "confidence", "negated"}
        assert set(r["subject"]) >= {"label", "type", "text"}
        assert set(r["predicate"]) >= {"lemma", "text"}
        assert 0.0 <= r["confidence"] <= 1.0
        # The actor layer and modality: every record has the fields, None where nothing gives them.
        assert set(r) >= {"modality", "modality_cue", "mutual"}
        for role in ("subject", "object"):
            assert set(r[role]) >= {"actor_code", "actor_confidence", "country", "role"}
            assert (r[role]["actor_confidence"] is None) or r[role]["actor_code"] is not None
    triples = {(r["subject"]["label"], r["predicate"]["lemma"], r["object"]["label"]) for r in records}
    assert ("Israel", "strike", "Syria") in triples


def test_extract_from_stdin_jsonl():
    line = json.dumps({"id": "a1", "text": "Syria accused Israel of targeting an airbase in Homs province."})
    proc = run("extract", "-", "--quiet", input=line + "\n", check=True)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["doc"] for r in records} == {"a1"}
    assert ("Syria", "accuse", "Israel") in {
        (r["subject"]["label"], r["predicate"]["lemma"], r["object"]["label"]) for r in records
    }


def test_triples_echoes_the_sentence_exactly():
    sentence = "Syria accused Israel of targeting an airbase ."
    proc = run("triples", "-", input=sentence + "\n", check=True)
    lines = proc.stdout.splitlines()
    assert lines
    for line in lines:
        fields = line.split("\t")
        assert fields[0] == sentence
        assert 0.0 <= float(fields[1]) <= 1.0
        assert len(fields) >= 5


def test_bad_inputs_are_counted_and_the_run_goes_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Russia bombed Idlib province on Monday.", encoding="utf-8")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (corpus / "feed.jsonl").write_text('{"text": "Syria accused Israel."}\n{"text": 5}\n')
    out = tmp_path / "out"
    proc = run("build", corpus, "-o", out, "--quiet")
    assert proc.returncode == 1
    assert "documents: 2 read, 2 skipped" in proc.stdout
    assert f"{corpus / 'feed.jsonl'}:2: 'text' must be a string" in proc.stderr
    assert f"{corpus / 'bin.txt'}: binary data" in proc.stderr
    assert (out / "graph.json").exists()


def test_strict_stops_with_nonzero_exit(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": 5}\n{"text": "Syria accused Israel."}\n')
    out = tmp_path / "out"
    proc = run("build", feed, "-o", out, "--strict", "--quiet")
    assert proc.returncode == 1
    assert f"{feed}:1: 'text' must be a string" in proc.stderr
    assert not out.exists()


def test_nothing_readable_keeps_earlier_outputs(tmp_path, seed_build):
    out = tmp_path / "out"
    run("build", DATA / "seed.txt", "-o", out, "--quiet", check=True)
    before = (out / "graph.json").read_bytes()
    proc = run("build", tmp_path / "missing.txt", "-o", out, "--quiet")
    assert proc.returncode != 0
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in proc.stderr
    assert (out / "graph.json").read_bytes() == before


def test_missing_model_names_the_package():
    proc = run("extract", DATA / "seed.txt", "--model", "en_core_web_xx_nope")
    assert proc.returncode == 2
    assert "pip install en-core-web-xx-nope" in proc.stderr


def test_unknown_format_lists_the_valid_ones(tmp_path):
    proc = run("build", DATA / "seed.txt", "-o", tmp_path / "o", "--format", "docx")
    assert proc.returncode == 2
    assert "docx" in proc.stderr and "turtle" in proc.stderr


@pytest.mark.parametrize("command", ["build", "extract", "triples", None])
def test_every_command_has_help(command):
    args = [command, "--help"] if command else ["--help"]
    proc = run(*args, check=True)
    assert "Usage:" in proc.stdout


@pytest.mark.slow
def test_workers_give_the_same_graph(tmp_path):
    inputs = [DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]
    run("build", *inputs, "-o", tmp_path / "one", "--workers", "1", "--quiet", check=True)
    run("build", *inputs, "-o", tmp_path / "two", "--workers", "2", "--quiet", check=True)
    assert (tmp_path / "one" / "graph.json").read_bytes() == (tmp_path / "two" / "graph.json").read_bytes()


_BULK = ["--bulk-dir", "parts", "--dask", "tcp://127.0.0.1:9"]


@pytest.mark.parametrize(("args", "message"), [
    ([], "missing option -o/--out (or --bulk-dir with --dask)"),
    (["--bulk-dir", "parts"], "--bulk-dir needs --dask ADDRESS"),
    ([*_BULK, "-o", "out"], "--bulk-dir and -o/--out exclude each other"),
    ([*_BULK, "--format", "nt"], "--bulk-dir and --format exclude each other"),
    ([*_BULK, "--store", "st"], "--bulk-dir and --store exclude each other"),
])
def test_build_outputs_are_either_a_folder_or_bulk_parts(tmp_path, args, message):
    proc = run("build", DATA / "seed.txt", *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.slow
def test_build_bulk_dir_with_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    proc = run_process("build", DATA / "seed.txt", "--dask", "tcp://127.0.0.1:9", "--bulk-dir", tmp_path / "parts",
               "--quiet")
    assert proc.returncode == 2
    assert "newsgraph: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
    assert not (tmp_path / "parts").exists()



@pytest.mark.slow
def test_dask_never_loads_the_model_here(tmp_path):
    # An uninstalled model: the local runner would stop at it; with --dask only the workers load it.
    proc = run("build", DATA / "seed.txt", "--dask", "tcp://127.0.0.1:9", "--model", "en_core_web_xx_nope",
               "-o", tmp_path / "out", "--quiet")
    assert proc.returncode == 2
    assert "cannot reach the Dask scheduler" in proc.stderr
    assert "pip install" not in proc.stderr


@pytest.mark.parametrize("command", ["build", "extract"])
def test_an_empty_folder_exits_2_for_build_and_extract(tmp_path, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    args = ["-o", tmp_path / "out"] if command == "build" else []
    proc = run(command, empty, *args, "--quiet")
    assert proc.returncode == 2, proc.stderr
    assert "no document could be read" in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["build", "extract"])
def test_only_unreadable_documents_exit_1_for_build_and_extract(tmp_path, command):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    args = ["-o", tmp_path / "out"] if command == "build" else []
    proc = run(command, corpus, *args, "--quiet")
    assert proc.returncode == 1, proc.stderr
    assert f"{corpus / 'bin.txt'}: binary data" in proc.stderr


def test_every_build_format_is_a_registry_name(tmp_path, seed_build):
    out, _ = seed_build
    proc = run("build", DATA / "seed.txt", "-o", tmp_path / "o", "--format", "xml", "--format", "json",
               "--max-nodes", "5", "--quiet", check=True)
    written = [line.removeprefix("wrote ") for line in proc.stdout.splitlines() if line.startswith("wrote ")]
    assert [Path(p).name for p in written] == ["graph.json", "graph.ttl", "graph.trig", "graph.rdf", "graph.html"]
    assert (tmp_path / "o" / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_a_prefixed_iri_from_graph_ttl_works_in_query(tmp_path):
    out = tmp_path / "out"
    run("build", DATA / "seed.txt", "-o", out, "--store", out / "store", "--quiet", check=True)
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix entity: <https://w3id.org/newsgraph/id/entity/> ." in turtle
    assert "entity:idlib" in turtle  # as a user would copy it from the file
    proc = run("query", "--store", out / "store", "--format", "csv",
               "SELECT DISTINCT ?who WHERE { ?s rel:bomb entity:idlib ; rdfs:label ?who } ORDER BY ?who", check=True)
    assert "Russia" in proc.stdout.splitlines()[1:]


@pytest.mark.slow
def test_the_console_script_runs_as_a_subprocess(tmp_path, seed_build):
    proc = run_process("build", DATA / "seed.txt", "-o", tmp_path / "out", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "documents: 1 read, 0 skipped" in proc.stdout
    assert (tmp_path / "out" / "graph.json").read_bytes() == (seed_build[0] / "graph.json").read_bytes()
    proc = run_process("extract", tmp_path / "missing.txt", "--quiet")
    assert proc.returncode == 1
    assert "no such file or folder" in proc.stderr


def test_lexicon_overlay_option_reaches_the_rules(tmp_path, monkeypatch):
    """``--lexicon DIR`` adds a user's event verb; without it the verb has no event."""
    from extract.lexicon import cache

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))  # keep the user's cache out of it
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "events.tsv").write_text("sneeze\t190\t19\tUse conventional mass violence\tmaterial conflict\n",
                                        encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Syria sneezed at the protesters in Damascus on Monday.\n", encoding="utf-8")

    def sneeze_events(*extra):
        result = run("extract", str(article), "--quiet", *extra)
        assert result.returncode == 0, result.stderr
        records = [json.loads(line) for line in result.stdout.splitlines()]
        return [r["event"] for r in records if r["predicate"]["lemma"] == "sneeze"]

    assert sneeze_events() and all(event is None for event in sneeze_events())
    assert [event["code"] for event in sneeze_events("--lexicon", str(overlay))] == ["190"]


def test_lexicon_overlay_that_does_not_exist_is_refused(tmp_path):
    result = run("extract", str(tmp_path), "--lexicon", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "--lexicon" in result.stderr and "missing" in result.stderr
