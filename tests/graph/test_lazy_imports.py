"""What a command imports before it needs it: ``--help`` and argument errors load none of the heavy libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "thinc", "pandas", "dask", "distributed", "rdflib", "pyshacl", "pyoxigraph", "networkx", "pyvis")


def _heavy_after(args: list[str]) -> tuple[int, list[str]]:
    code = (
        "import sys\n"
        "from graph.cli import main\n"
        "try:\n"
        f"    main({args!r}, prog_name='newsgraph')\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        f"print(code, sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    last = proc.stderr.strip().splitlines()[-1]
    exit_code, _, modules = last.partition(" ")
    return int(exit_code), eval(modules)  # noqa: S307 (our own output)


@pytest.mark.parametrize("args", [
    ["--help"], ["build", "--help"], ["extract", "--help"], ["push", "--help"], ["query", "--help"],
    ["kb", "--help"], ["build", "--workers", "zero", "x.txt"], ["query", "--server", "nosuch"],
])
def test_help_and_argument_errors_import_nothing_heavy(args):
    code, heavy = _heavy_after(args)
    assert code in (0, 2)  # help, or a usage error
    assert heavy == [], f"newsgraph {' '.join(args)} imported {heavy}"


def test_the_store_package_names_every_public_name_of_its_modules():
    import graph.store as store
    import graph.validate
    from graph.store import auth, embedded, http, profiles, remote, sparql, terms

    modules = (auth, embedded, http, profiles, remote, sparql, terms, graph.validate)
    public = {name for module in modules for name in module.__all__} - {"Graphs"}
    assert set(store.__all__) == public
    for name in store.__all__:
        where = store._WHERE[name]
        module = graph.validate if where == "..validate" else getattr(store, where)
        assert getattr(store, name) is getattr(module, name), name


def test_reading_text_files_imports_none_of_the_web_reader(tmp_path):
    (tmp_path / "a.txt").write_text("Russia bombed Idlib.", encoding="utf-8")
    code = ("import sys\nfrom pathlib import Path\nfrom extract.documents import read_documents\n"
            f"docs = list(read_documents([Path({str(tmp_path / 'a.txt')!r})]))\n"
            "print(len(docs), sorted(m for m in ('requests', 'trafilatura', 'feedparser', 'warcio', 'datasketch') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120, check=True)
    assert proc.stdout.split(None, 1) == ["1", "[]\n"]
