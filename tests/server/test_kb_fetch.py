"""`newsgraph kb fetch` against a real Oxigraph server loaded with a Wikidata-shaped sample."""

from __future__ import annotations

import pytest
import requests
from click.testing import CliRunner

from extract.lexicon import read_knowledge
from graph.cli import main
from graph.kb import fetch_kb
from tests.conftest import DATA

pytestmark = pytest.mark.server


@pytest.fixture
def wikidata_url(oxigraph_url):
    requests.post(oxigraph_url + "/store?default", data=(DATA / "wikidata_sample.ttl").read_bytes(),
                  headers={"Content-Type": "text/turtle"}, timeout=30).raise_for_status()
    return oxigraph_url


def test_fetch_selects_people_in_office_since_2000_and_organisations(wikidata_url):
    rows = {row.qid: row for row in fetch_kb(wikidata_url)}
    # Nixon left office in 1974, the small company has 12 employees, the party has no English label.
    assert sorted(rows) == sorted(["Q567", "Q3052772", "Q29468", "Q28837233", "Q40464", "Q312"])
    merkel = rows["Q567"]
    assert (merkel.label, merkel.type, merkel.description) == ("Angela Merkel", "PERSON",
                                                                "Chancellor of Germany from 2005 to 2021")
    assert set(merkel.aliases) == {"Merkel", "Angela Dorothea Merkel", "Chancellor of Germany@2005-11-22/2021-12-08"}
    assert "Minister of Foreign Affairs of France@2017-05-17/" in rows["Q3052772"].aliases
    assert (rows["Q28837233"].type, set(rows["Q28837233"].aliases)) == ("ORG", {"HTS", "Tahrir al-Sham"})


def test_cli_writes_a_kb_that_build_reads(wikidata_url, tmp_path):
    out = tmp_path / "kb.tsv"
    result = CliRunner().invoke(main, ["kb", "fetch", "--endpoint", wikidata_url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out} (6 entries)"
    entries = {e.qid: e for e in read_knowledge(out)}
    chancellor = next(a for a in entries["Q567"].aliases if a.name == "Chancellor of Germany")
    assert (chancellor.start, chancellor.end) == ("2005-11-22", "2021-12-08")


def test_cli_reports_an_unreachable_endpoint_and_keeps_the_old_file(tmp_path):
    from tests.server.conftest import free_port

    out = tmp_path / "kb.tsv"
    out.write_text("old\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "fetch", "--endpoint", f"http://127.0.0.1:{free_port()}", "-o", str(out),
                                       "--retries", "0", "--timeout", "2"])
    assert result.exit_code == 1
    assert "newsgraph: error:" in result.output
    assert out.read_text(encoding="utf-8") == "old\n"
