"""The notebooks run top to bottom in a real Jupyter kernel, and are committed without outputs."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    names = {p.name for p in NOTEBOOKS}
    assert {"quickstart.ipynb", "01_quickstart.ipynb", "02_questions.ipynb", "03_sparql_and_stores.ipynb", "04_events.ipynb",
            "06_property_graphs.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name} has outputs"


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path):
    book = nbformat.read(path, as_version=4)
    client = NotebookClient(book, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    # The inline page is embedded in the notebook itself, not an IFrame to a file.
    html = [
        out.get("data", {}).get("text/html", "")
        for cell in book.cells if cell.cell_type == "code" for out in cell.outputs
    ]
    if any("show(kg" in cell.source for cell in book.cells):
        assert any("<iframe srcdoc=" in h and "vis-network" in h or "srcdoc" in h for h in html)
