"""Pages, feeds, WARC records and copies, without the parser: what becomes a document and what is passed over."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extract.documents import read_documents
from extract.web import CopyFinder, FetchPolicy, PageSkipped, WebReader, page_document
from extract.web.dedup import shingles, strip_dateline
from extract.web.feeds import read_feed
from extract.web.warc import WarcPage, WarcSkip, iter_warc

from .conftest import FRENCH, OTHER_STORY, STORY, article, index_page, rss


def test_a_page_keeps_the_story_and_drops_the_boilerplate():
    html = article("Earthquake kills hundreds in Turkey", STORY, site="Anatolia Times",
                   canonical="https://anatolia.example/quake", dateline="ISTANBUL (AFP) -")
    doc = page_document(html, where="a.html")
    assert "Gaziantep" in doc.text and "European Union promised aid" in doc.text
    for boilerplate in ("cookie", "Subscribe", "Bob wrote", "All rights reserved", "Celebrity wedding", "Sport"):
        assert boilerplate not in doc.text
    assert doc.title == "Earthquake kills hundreds in Turkey"  # the headline, not "... | Anatolia Times"
    assert doc.date == "2023-02-06" and doc.author == "Jane Doe" and doc.source == "Anatolia Times"
    assert doc.url == "https://anatolia.example/quake" and doc.extracted
    # The id is the canonical URL's: the same page saved elsewhere is the same document.
    assert page_document(html, where="copy/a.html", url="https://anatolia.example/amp/quake").id == doc.id
    # A page fetched from another host cannot claim this URL (and replace this document).
    other = page_document(html, where="x", url="https://evil.example/quake")
    assert other.url == "https://evil.example/quake" and other.id != doc.id


def test_a_non_english_page_is_skipped():
    html = article("Séisme en Turquie", FRENCH, site="Le Monde Test", canonical="https://lm.example/a", lang="fr")
    with pytest.raises(PageSkipped) as caught:
        page_document(html, where="fr.html")
    assert caught.value.reason == "not English"
    # Without the lang attribute the words tell.
    with pytest.raises(PageSkipped, match="not English"):
        page_document(html.replace('lang="fr"', ""), where="fr.html")


def test_an_index_page_is_skipped():
    with pytest.raises(PageSkipped) as caught:
        page_document(index_page(), where="index.html")
    assert caught.value.reason == "not an article"


def test_datelines_and_case_do_not_change_the_shingles():
    assert strip_dateline("ISTANBUL, Turkey (Reuters) - Rescuers") == "Rescuers"
    assert strip_dateline("GAZIANTEP — Rescuers") == "Rescuers"
    assert shingles("ISTANBUL (AFP) - " + STORY) == shingles(STORY.upper().replace("\n\n", " "))


def test_copies_are_found_and_other_stories_are_not():
    finder = CopyFinder()
    assert finder.find_or_add("a", "ISTANBUL (AFP) - " + STORY) is None
    assert finder.find_or_add("c", OTHER_STORY) is None
    copy = finder.find_or_add("b", STORY + "\n\nRead more.")
    assert copy is not None and copy.of == "a" and copy.similarity >= 0.9
    # Signatures saved and loaded again find the same copy (a later run into one store).
    later = CopyFinder()
    later.add_signatures(finder.signatures().items())
    assert later.find_or_add("b2", STORY).of == "a"


def test_a_feed_gives_its_entries_and_full_text():
    data = rss([("urn:1", "https://x.example/1"), ("urn:2", "https://x.example/2")], title="Wire").encode()
    feed = read_feed(data, where="f.rss")
    assert feed.title == "Wire" and [e.id for e in feed.entries] == ["urn:1", "urn:2"]
    assert feed.entries[0].date == "2023-02-06T10:00:00Z" and feed.entries[0].content is None
    full = data.replace(b"<guid>urn:1</guid>", b"<guid>urn:1</guid><content:encoded><![CDATA[<p>"
                        + STORY.encode() + b"</p>]]></content:encoded>").replace(
        b'<rss version="2.0">', b'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">')
    assert "Gaziantep" in read_feed(full, where="f.rss").entries[0].content


def test_a_feed_file_with_full_text_is_read_without_fetching(tmp_path):
    entry = (f"<item><title>Quake</title><link>http://10.0.0.1/never</link><guid>urn:q</guid>"
             f"<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}]]>"
             f"</content:encoded></item>")
    path = tmp_path / "wire.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
                    f'content/"><channel><title>Wire</title>{entry}</channel></rss>', encoding="utf-8")
    errors = []
    docs = list(read_documents([path], on_error=errors.append))
    assert errors == [] and len(docs) == 1
    assert docs[0].title == "Quake" and docs[0].source == "Wire" and "Erdogan" in docs[0].text
    assert "urn:q" in docs[0].poll_keys


def write_warc(path: Path, pages: list[tuple[str, str]], *, extra: bool = True) -> None:
    """A WARC.gz of HTML responses, plus a request record and a non-HTML response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(url: str, body: bytes, kind: str) -> None:
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))

        for url, html in pages:
            if extra:
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=http))
            response(url, html.encode("utf-8"), "text/html; charset=utf-8")
        if extra:
            response("https://x.example/logo.png", b"\x89PNG....", "image/png")


def test_a_warc_is_streamed_html_responses_only(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://a.example/q", article("Quake", STORY, site="A", canonical="https://a.example/q")),
                      ("https://c.example/k", article("Kenya", OTHER_STORY, site="C", canonical="https://c.example/k"))])
    records = list(iter_warc(path))
    assert [type(r).__name__ for r in records].count("WarcPage") == 2
    assert sorted(r.reason for r in records if isinstance(r, WarcSkip)) == ["not HTML", "not a response",
                                                                            "not a response"]
    reader = WebReader(FetchPolicy(delay=0))
    docs = list(read_documents([path], web=reader))
    assert [d.url for d in docs] == ["https://a.example/q", "https://c.example/k"]
    assert reader.skipped == {"not a response": 2, "not HTML": 1}
    assert all(isinstance(r, WarcPage) and r.where.startswith(str(path) + "#") for r in records[1:2])


def test_a_broken_warc_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    errors = []
    assert list(read_documents([path], on_error=errors.append)) == []
    assert len(errors) == 1 and str(path) in str(errors[0])


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nt", "nquads", "json-ld", "xml"])
def test_a_pages_text_author_and_copies_read_back_from_rdf(fmt):
    from extract.types import Document, DocumentCopy, DocumentFacts, Entity
    from graph.formats.rdf import from_rdf_bytes, to_rdf_bytes
    from graph.model import KnowledgeGraph, from_node_link, to_node_link

    doc = Document("d1", "Syria accused <b>Israel</b>.", title="Syria accuses Israel", url="https://x.example/a",
                   source="X", author="Jane Doe", extracted=True,
                   copies=(DocumentCopy("d2", "https://y.example/b", "Y Daily", "Syria accuses", 0.95),))
    kg = KnowledgeGraph([DocumentFacts(doc, (Entity("syria", "Syria", "GPE"),))])
    meta = kg.documents["d1"]
    assert meta["text"] == doc.text and meta["author"] == "Jane Doe"
    assert meta["copies"] == [{"id": "d2", "url": "https://y.example/b", "source": "Y Daily",
                               "title": "Syria accuses", "similarity": 0.95}]
    assert from_rdf_bytes(to_rdf_bytes(kg, format=fmt), format=fmt).documents == kg.documents
    assert from_node_link(to_node_link(kg)).documents == kg.documents
