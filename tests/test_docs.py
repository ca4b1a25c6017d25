"""The README's examples and claims run, as a new user would type them.

The Python examples and the claims that can be checked run in this
process; the shell examples (``newsgraph`` subprocesses, an Oxigraph
server) are marked ``slow``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
BIN = os.path.dirname(sys.executable)


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def shell_scripts() -> list[str]:
    """The README's ``sh`` blocks that run newsgraph, without ``make`` lines."""
    scripts = []
    for block in blocks("sh"):
        lines = [line for line in block.splitlines() if not line.startswith("make ")]
        if any("newsgraph " in line for line in lines):
            scripts.append("\n".join(lines))
    return scripts


@pytest.fixture
def workdir(tmp_path):
    """A folder where README paths such as examples/ resolve."""
    for name in ("examples", "benchmarks", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory, nlp):
    """``newsgraph build examples/ -o out --store out/store``, through the library."""
    from graph.build import build
    from graph.runners import LocalRunner

    out = tmp_path_factory.mktemp("readme") / "out"
    return build(ROOT / "examples", out, store=out / "store", runner=LocalRunner(nlp=nlp, workers=1))


def test_readme_has_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_readme_fast_lane_is_the_makefiles():
    fast = re.search(r"^FAST := (.+)$", MAKEFILE, flags=re.M).group(1)
    assert "make test-fast" in README
    assert f'pytest -m "{fast}"' in README
    assert "test-fast:" in MAKEFILE and '-m "$(FAST)"' in MAKEFILE


@pytest.mark.slow
@pytest.mark.parametrize("script", shell_scripts(), ids=lambda s: s.splitlines()[0][:60])
def test_readme_shell_examples_run(script, workdir):
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    proc = subprocess.Popen(["bash", "-e", "-c", script], cwd=workdir, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=600)
    finally:
        # A server the script started in the background goes with it.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    assert proc.returncode == 0, f"{script}\n{out}\n{err}"
    assert out.strip(), f"{script} printed nothing"


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_readme_python_examples_run(index, workdir, monkeypatch, nlp):
    code = blocks("python")[index]
    monkeypatch.chdir(workdir)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"README.md python block {index}", "exec"), {"__name__": "__readme__"})  # noqa: S102
    assert printed.getvalue().strip() or "print(" not in code


def test_readme_sparql_example_runs_on_the_store_and_the_trig(examples_build):
    import rdflib

    from graph.queries import run_query
    from graph.store import open_store

    (sparql,) = blocks("sparql")
    store = open_store(examples_build.store.path, read_only=True)
    from_store = {row["who"] for row in run_query(store, sparql).values()}
    dataset = rdflib.Dataset()
    dataset.parse(examples_build.written[2], format="trig")
    assert examples_build.written[2].name == "graph.trig"
    from_trig = {str(row.who) for row in dataset.query(sparql)}
    assert "Russia" in from_store
    assert from_store == from_trig


def test_readme_named_queries_bind_with_values_not_substitutions(examples_build):
    from graph.queries import bind, named_query, run_query
    from graph.store import open_store

    assert "substitutions" not in README
    hostile = 'Idlib" } DROP ALL #'
    text, bindings = named_query("about", name=hostile)
    assert "#VALUES(name)" in text
    bound = bind(text, bindings)
    assert 'VALUES ?name { "Idlib\\" } DROP ALL #" }' in bound  # one escaped string
    store = open_store(examples_build.store.path, read_only=True)
    assert len(run_query(store, *named_query("about", name="Idlib")[:1],
                         bindings=named_query("about", name="Idlib")[1])) > 0
    for option, name in (("--about", "about"), ("--top-actors", "top-actors"), ("--between", "between")):
        assert option in README
        named_query(name, **{"about": {"name": "x"}, "top-actors": {"limit": 1},
                             "between": {"a": "x", "b": "y"}}[name])


def test_readme_prefixed_names_from_the_files_work_in_queries(examples_build):
    from graph.queries import run_query
    from graph.store import open_store
    from graph.vocab import PREFIXES

    turtle = examples_build.written[1].read_text(encoding="utf-8")
    for prefix in ("entity", "rel", "ng", "doc"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in turtle
        assert f"`{prefix}:` = `{PREFIXES[prefix]}`" in README or f"`{prefix}:`" in README
    query = re.search(r"newsgraph query --store out/store '(SELECT DISTINCT \?who WHERE \{ \?s rel:bomb entity:idlib[^']*)'",
                      README).group(1)
    store = open_store(examples_build.store.path, read_only=True)
    assert "Russia" in {row["who"] for row in run_query(store, query).values()}


def test_readme_formats_are_the_registry(examples_build):
    from graph.formats import OUTPUT_FORMATS, output_format

    listed = re.search(r"`graph\.formats\.OUTPUT_FORMATS` \(([^)]*)\)", README).group(1)
    assert set(re.findall(r"`([a-z-]+)`", listed)) == set(OUTPUT_FORMATS)
    builds = [line for line in README.splitlines() if line.startswith("newsgraph build")]
    for name in re.findall(r"--format ([\w-]+)", "\n".join(builds)):
        output_format(name)
    assert [path.name for path in examples_build.written] == ["graph.json", "graph.ttl", "graph.trig", "graph.html"]


def test_readme_document_ids_are_the_sha256_of_the_text(tmp_path):
    import hashlib

    from extract.documents import read_documents

    text = "Syria accused Israel of targeting an airbase."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (doc,) = read_documents(tmp_path)
    assert doc.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def test_readme_notebooks_exist():
    for name in re.findall(r"`(\w+)\.ipynb`|`(0\d_\w+)`", README):
        stem = next(part for part in name if part)
        assert (ROOT / "notebooks" / f"{stem}.ipynb").is_file(), stem


def test_readme_blas_claim(monkeypatch):
    from threadpoolctl import threadpool_info, threadpool_limits

    from extract.pipeline import BLAS_THREADS_ENV, blas_ops, limit_blas_threads, load_pipeline

    assert "limit_blas_threads" in README
    monkeypatch.delenv(BLAS_THREADS_ENV, raising=False)
    with threadpool_limits(limits=2, user_api="blas"):
        blas_ops.cache_clear()
        load_pipeline()  # cached: the pipeline, not the limit
        blas_ops()
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {2}
        limit_blas_threads(1)
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {1}
    blas_ops.cache_clear()
