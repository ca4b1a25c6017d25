"""``newsgraph build`` on the web inputs end to end: a feed URL, a saved page, a WARC, a mix with a .txt,
copies counted once, and a second poll into one store fetching nothing it holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.documents import read_documents
from extract.web import FetchPolicy, WebReader
from graph.polling import state_path
from tests.conftest import DATA
from tests.test_cli import run

from .conftest import OTHER_STORY, STORY, article
from .test_pages import write_warc

FAST = ("--crawl-delay", "0", "--timeout", "1", "--quiet")


def documents(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["documents"]


def evidence_of(out: Path, doc_id: str) -> list[tuple]:
    """Each relation of one document with its number of pieces of evidence."""
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    found = []
    for link in data["links"]:
        pieces = [e for e in link["evidence"] if e["doc"] == doc_id]
        if pieces:
            found.append((link["source"], link["key"], link["target"], len(pieces)))
    return sorted(found)


@pytest.fixture(scope="module")
def feed_build(site, tmp_path_factory):
    """The feed built into a store: the first poll."""
    root = tmp_path_factory.mktemp("feed")
    proc = run("build", site.url("/feed.xml"), "-o", root / "out", "--store", root / "store", *FAST)
    return root, proc, dict(site.hits)


def test_a_feed_url_is_built_with_pages_passed_over_and_failures_reported(site, feed_build):
    root, proc, _ = feed_build
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the dead link failed
    assert site.url("/dead") in proc.stderr and "404" in proc.stderr
    docs = documents(root / "out")
    by_url = {meta["url"]: meta for meta in docs.values()}
    # /a and /c (reached through a redirect) are read; /b is a copy of /a.
    assert sorted(by_url) == [site.url("/a"), site.url("/c")]
    quake = by_url[site.url("/a")]
    assert quake["title"] == "Earthquake kills hundreds in Turkey" and quake["source"] == "Anatolia Times"
    assert quake["date"] == "2023-02-06" and quake["author"] == "Jane Doe"
    assert "Gaziantep" in quake["text"] and "cookie" not in quake["text"]
    assert [(c["url"], c["source"]) for c in quake["copies"]] == [(site.url("/b"), "Global Herald")]
    assert "1 syndicated copies found" in proc.stdout
    for counted in ("1 not English", "1 not an article", "1 robots.txt"):
        assert counted in proc.stdout
    assert site.hits["/private/secret"] == 0


def test_evidence_offsets_point_into_the_kept_text(feed_build):
    root, _, _ = feed_build
    data = json.loads((root / "out" / "graph.json").read_text(encoding="utf-8"))
    texts = {d: meta["text"] for d, meta in data["graph"]["documents"].items()}
    pieces = [e for link in data["links"] for e in link["evidence"]]
    assert pieces
    for e in pieces:
        for part in ("subject", "predicate", "object"):
            start, end = e[part]
            if end > start:  # a relation read off a construction ("located in") has no predicate words
                assert texts[e["doc"]][start:end] == e[f"{part}_text"], part


def test_a_copy_adds_no_evidence(site, feed_build, tmp_path):
    root, _, _ = feed_build
    alone = tmp_path / "alone"
    assert run("build", site.url("/a"), "-o", alone, *FAST).returncode == 0
    (doc_id,) = documents(alone)
    assert evidence_of(root / "out", doc_id) == evidence_of(alone, doc_id) != []


def test_polling_again_fetches_no_page_the_store_holds(site, feed_build):
    root, _, _ = feed_build
    again = ("build", site.url("/feed.xml"), "-o", root / "out", "--store", root / "store", *FAST)
    hits, asked = dict(site.hits), len(site.conditional)
    proc = run(*again)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert site.conditional[asked:] == ["/feed.xml"]  # asked with If-None-Match, answered 304: nothing else fetched
    fetched = {p: n - hits.get(p, 0) for p, n in site.hits.items() if n != hits.get(p, 0)}
    assert fetched == {"/robots.txt": 1, "/feed.xml": 1}  # robots.txt is read once a run
    state_file = state_path(root / "store")
    state = json.loads(state_file.read_text(encoding="utf-8"))
    assert site.url("/a") in state["held"] and "urn:wire:a" in state["held"]
    assert state["validators"][site.url("/feed.xml")]["etag"] == '"feed-v1"'
    # The feed changed (no validators match): still no page held or passed over is fetched again.
    state["validators"] = {}
    state_file.write_text(json.dumps(state), encoding="utf-8")
    hits = dict(site.hits)
    proc = run(*again)
    assert proc.returncode == 1  # the dead link, tried again, fails again
    fetched = {p for p, n in site.hits.items() if n != hits.get(p, 0)}
    assert fetched == {"/robots.txt", "/feed.xml", "/dead"}
    assert "already held" in proc.stdout


def store_counts(store: Path) -> tuple[int, list[str]]:
    """Statements in the store, and the URLs of the copies it records."""
    import pyoxigraph as ox

    from graph.vocab import NG, SCHEMA

    db = ox.Store.read_only(str(store))
    try:
        statements = sum(1 for _ in db.quads_for_pattern(None, ox.NamedNode(str(ox_type())),
                                                         ox.NamedNode(str(NG.Statement)), None))
        copies = [q.object for q in db.quads_for_pattern(None, ox.NamedNode(str(NG.copy)), None, None)]
        urls = sorted(q.object.value for c in copies
                      for q in db.quads_for_pattern(c, ox.NamedNode(str(SCHEMA.url)), None, None))
    finally:
        del db
    return statements, urls


def ox_type() -> str:
    return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def test_a_copy_in_a_later_run_is_recorded_and_adds_nothing(site, tmp_path):
    store = tmp_path / "store"
    first = run("build", site.url("/a"), "-o", tmp_path / "one", "--store", store, *FAST)
    assert first.returncode == 0, first.stderr
    statements, copies = store_counts(store)
    assert statements > 0 and copies == []
    proc = run("build", site.url("/b"), "-o", tmp_path / "two", "--store", store, *FAST)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 syndicated copies found" in proc.stdout
    assert not (tmp_path / "two" / "graph.json").exists()  # nothing new to write
    (doc_id,) = documents(tmp_path / "one")
    state = json.loads(state_path(store).read_text(encoding="utf-8"))
    assert [c["url"] for c in state["copies"][doc_id]] == [site.url("/b")]
    # The store records the copy and holds the same evidence as with one copy.
    assert store_counts(store) == (statements, [site.url("/b")])


def test_a_saved_page_a_warc_and_a_text_file_in_one_build(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(article("Kenyan police arrest opposition leaders", OTHER_STORY, site="Nairobi Daily",
                            canonical="https://nairobi.example/arrests", date="2023-07-11"), encoding="utf-8")
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [
        ("https://anatolia.example/quake", article("Earthquake kills hundreds in Turkey", STORY,
                                                   site="Anatolia Times", canonical="https://anatolia.example/quake",
                                                   dateline="ISTANBUL (AFP) -")),
        ("https://herald.example/q", article("Quake hits Turkey", STORY, site="Global Herald",
                                             canonical="https://herald.example/q")),
    ])
    single = run("build", page, "-o", tmp_path / "page-out", *FAST)
    assert single.returncode == 0, single.stderr
    assert [m["title"] for m in documents(tmp_path / "page-out").values()] == [
        "Kenyan police arrest opposition leaders"]
    proc = run("build", crawl, page, DATA / "seed.txt", "-o", tmp_path / "out", *FAST)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    docs = documents(tmp_path / "out")
    assert sorted(m["url"] or "" for m in docs.values()) == ["", "https://anatolia.example/quake",
                                                            "https://nairobi.example/arrests"]
    assert "documents: 3 read, 0 skipped" in proc.stdout
    assert "1 syndicated copies found" in proc.stdout and "2 not a response" in proc.stdout
    assert "1 not HTML" in proc.stdout


def test_links_in_a_feed_file_to_private_addresses_need_allow_private(site, tmp_path):
    # The feed itself is not at the private address (it is a file), so its links there are refused.
    feed = tmp_path / "wire.rss"
    feed.write_bytes(site.routes["/feed.xml"][2].encode("utf-8"))
    errors = []
    assert list(read_documents([feed], on_error=errors.append, web=WebReader(FetchPolicy(delay=0)))) == []
    assert errors and all("non-public address" in str(e) for e in errors)
    docs = list(read_documents([feed], on_error=errors.append,
                               web=WebReader(FetchPolicy(delay=0, allow_private=True, retries=0))))
    assert {d.url for d in docs} >= {site.url("/a"), site.url("/c")}


def test_allow_private_on_the_command_line(site, tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_bytes(site.routes["/feed.xml"][2].encode("utf-8"))
    refused = run("build", feed, "-o", tmp_path / "refused", *FAST)
    assert refused.returncode != 0 and "non-public address" in refused.stderr
    assert not (tmp_path / "refused" / "graph.json").exists()
    allowed = run("build", feed, "-o", tmp_path / "allowed", "--allow-private", *FAST)
    assert allowed.returncode == 1  # the dead link still fails
    assert sorted(m["url"] for m in documents(tmp_path / "allowed").values()) == [site.url("/a"), site.url("/c")]
