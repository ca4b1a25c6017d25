"""Web inputs at scale: pages/s through trafilatura and the copy finder, and a large WARC streamed.

Two measurements, on pages generated from the Wikinews 2019-2020 articles
(``benchmarks/data``) wrapped in generated site boilerplate (menus, a
cookie notice, a sidebar, comments, a footer; a different site for each
copy):

1. **Pages.** ``--pages`` pages (2,000 by default): each article is
   published by one site and republished by up to ``--copies`` others
   (with and without a wire dateline, with another headline), the rest
   are originals. Every page goes through :func:`extract.web.page_document`
   (trafilatura) and :class:`extract.web.CopyFinder`; the run prints pages/s
   and how many of the generated copies were found (recall) and how many
   pages found as copies were not (false copies).
2. **WARC.** A ``.warc.gz`` of at least ``--warc-mb`` MB (500 by default;
   every page carries an inline image of random bytes, as real pages do,
   so the file is that large compressed) is written to a temporary folder,
   streamed with :func:`extract.web.warc.iter_warc` (one record in
   ``--extract-every`` also through trafilatura) and deleted. The resident
   size is printed at 10 %, 50 % and 100 % of the records: flat memory
   means it does not grow with the file.

Usage::

    python benchmarks/inputs.py                      # 2,000 pages, a 500 MB WARC
    python benchmarks/inputs.py --pages 300 --warc-mb 50
"""

from __future__ import annotations

import argparse
import base64
import gzip
import io
import json
import os
import random
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import CORPUS  # noqa: E402
from benchmarks.memory_trace import peak_mb, rss_mb  # noqa: E402

_SITES = ["Daily Planet", "Global Herald", "Anatolia Times", "Nairobi Daily", "Morning Ledger", "Wire Review",
          "Evening Standard Test", "Coastal Gazette", "Metro Courier", "Valley Tribune", "Northern Echo Test",
          "Capital Observer"]
_SECTIONS = ["World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion", "Travel"]
_TEASERS = ["Ten recipes for the weekend", "Celebrity wedding stuns fans", "Markets close higher",
            "Local team wins derby", "How to save on energy bills", "Review: the new season's best shows"]
_DATELINES = ["({agency}) -", "— {agency} —", ""]


def articles() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def page(record: dict, *, site: str, rng: random.Random, dateline: str = "", headline: str | None = None,
         blob: bytes = b"") -> str:
    """One news page: the article in a site's generated boilerplate."""
    paragraphs = [p for p in record["text"].split("\n") if p.strip()]
    if dateline:
        paragraphs[0] = f"{dateline} {paragraphs[0]}"
    slug = record["id"].split(":")[-1]
    host = site.lower().replace(" ", "") + ".example"
    menu = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in rng.sample(_SECTIONS, 6))
    side = "".join(f'<li><a href="/t{i}">{t}</a></li>' for i, t in enumerate(rng.sample(_TEASERS, 4)))
    comments = "".join(f'<div class="comment"><p>Reader{rng.randint(1, 999)} wrote: {rng.choice(_TEASERS)}? '
                       f"Interesting, thanks for sharing.</p></div>" for _ in range(rng.randint(1, 4)))
    image = f'<img alt="photo" src="data:image/jpeg;base64,{blob.decode()}">' if blob else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    title = headline or record["title"]
    return (f'<!DOCTYPE html><html lang="en"><head><title>{escape(title)} | {site}</title>'
            f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{escape(title)}">'
            f'<meta property="article:published_time" content="{record["date"]}">'
            f'<link rel="canonical" href="https://{host}/news/{slug}"></head><body>'
            f'<header><nav class="menu"><ul>{menu}</ul></nav></header>'
            f'<div class="cookie-notice"><p>We use cookies on {site}. By continuing you accept our cookie policy.'
            f"</p><button>Accept all</button></div><main><article><h1>{escape(title)}</h1>{image}{body}</article>"
            f'<aside class="sidebar"><h3>Most read</h3><ul>{side}</ul></aside></main>'
            f'<section class="comments"><h3>Comments</h3>{comments}</section>'
            f"<footer><p>Copyright 2020 {site}. All rights reserved. Privacy. Terms.</p></footer></body></html>")


def generate_pages(n: int, *, copies: int, seed: int = 7) -> list[tuple[str, str, str | None]]:
    """``n`` pages as ``(site, html, original key or None)``; the key names the article a copy repeats."""
    rng = random.Random(seed)
    base = corpus = [a for a in articles() if len(a["text"].split()) >= 60]
    rounds = 0
    pages: list[tuple[str, str, str | None]] = []
    while len(pages) < n:
        for record in corpus:
            sites = rng.sample(_SITES, 1 + rng.randint(0, copies))
            agency = rng.choice(["AFP", "AP", "Reuters"])
            city = record["title"].split()[0].upper()
            for i, site in enumerate(sites):
                dateline = f"{city} " + rng.choice(_DATELINES).format(agency=agency) if rng.random() < 0.5 else ""
                headline = None if i == 0 else f"{record['title']} ({site})"
                pages.append((site, page(record, site=site, rng=rng, dateline=dateline.strip(), headline=headline),
                              record["id"]))
                if len(pages) == n:
                    return pages
        # Another round of new stories: each article followed by another one, so no text repeats one
        # of an earlier round (they share about half their shingles, far from a copy).
        rounds += 1
        corpus = [dict(a, id=f"{a['id']}+{rounds}", text=a["text"] + "\n" + base[(i + 7 * rounds) % len(base)]["text"])
                  for i, a in enumerate(base)]
    return pages


def bench_pages(n: int, *, copies: int) -> None:
    from extract.errors import InputError
    from extract.web import CopyFinder, page_document
    from extract.web.dedup import THRESHOLD, shingles

    pages = generate_pages(n, copies=copies)
    finder = CopyFinder()
    first: dict[str, str] = {}  # the first page of each generated article: what its copies repeat
    texts: dict[str, str] = {}
    generated: list[tuple[str, str]] = []  # (page id, its article's first page id)
    found: list[tuple[str, str, str]] = []  # (copy id, original found, original generated)
    missed: list[tuple[str, str]] = []
    skipped = 0
    start = time.perf_counter()
    for number, (site, html, key) in enumerate(pages):
        try:
            doc = page_document(html, where=f"page{number}")
        except InputError:
            skipped += 1
            continue
        texts[doc.id] = doc.text
        original = first.setdefault(key, doc.id)
        copy = finder.find_or_add(doc.id, doc.text)
        if original != doc.id:
            generated.append((doc.id, original))
            if copy is None:
                missed.append((doc.id, original))
        if copy is not None:
            found.append((doc.id, copy.of, original))
    elapsed = time.perf_counter() - start

    def exact(a: str, b: str) -> float:
        x, y = shingles(texts[a]), shingles(texts[b])
        return len(x & y) / max(len(x | y), 1)

    # Judged two ways: by what the generator made (the same article on another site), and by the
    # definition itself (exact Jaccard of the shingles >= THRESHOLD).
    right = sum(1 for d, of, original in found if of == original)
    copy_of = {d: of for d, of, _ in found}
    via = sum(1 for d, of, original in found if of != original and copy_of.get(original) == of)
    below = sorted(round(exact(d, of), 3) for d, of, _ in found if exact(d, of) < THRESHOLD)
    exact_true = sum(1 for d, of, _ in found if exact(d, of) >= THRESHOLD)
    missed_true = sum(1 for d, of in missed if exact(d, of) >= THRESHOLD)
    print(f"pages: {len(pages)} generated from {len(articles())} Wikinews articles, {skipped} passed over")
    print(f"  {len(pages) / elapsed:.1f} pages/s through trafilatura + copy finder ({elapsed:.1f} s)")
    print(f"  copies made by the generator: {len(generated)}, {len(generated) - len(missed)} found "
          f"(recall {1 - len(missed) / max(len(generated), 1):.1%}): {right} as copies of their own original, "
          f"{via} of the page their original was itself a copy of")
    print(f"  found {len(found)} in all; by the definition (exact shingle Jaccard >= {THRESHOLD}) {exact_true} are "
          f"copies (precision {exact_true / max(len(found), 1):.1%}; the others at {below}); "
          f"{missed_true} of the {len(missed)} generated copies not found were copies by it")


def write_big_warc(path: Path, *, megabytes: int, seed: int = 11) -> int:
    """Write a WARC.gz of at least ``megabytes`` MB; return its number of records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    corpus = articles()
    target = megabytes * 2**20
    records = 0
    # Random "images", made once: base64 of random bytes, 64 kB to 300 kB each
    # (more than gzip's 32 kB window, so a repeat does not compress).
    images = [base64.b64encode(os.urandom(rng.randint(48_000, 220_000))) for _ in range(32)]
    with open(path, "wb") as stream:
        while stream.tell() < target:
            record = corpus[records % len(corpus)]
            html = page(record, site=rng.choice(_SITES), rng=rng, blob=rng.choice(images))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = f"https://site{records % 97}.example/news/{records}"
            # One gzip member per record, as CC-NEWS writes them; level 1 to write fast.
            buffer = io.BytesIO()
            writer = WARCWriter(buffer, gzip=False)
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=http))
            stream.write(gzip.compress(buffer.getvalue(), compresslevel=1))
            records += 1
    return records


def bench_warc(megabytes: int, *, extract_every: int) -> None:
    from extract.errors import InputError
    from extract.web import page_document
    from extract.web.warc import WarcPage, iter_warc

    with tempfile.TemporaryDirectory(prefix="newsgraph-warc-") as folder:
        path = Path(folder) / "big.warc.gz"
        start = time.perf_counter()
        total = write_big_warc(path, megabytes=megabytes)
        size = path.stat().st_size / 2**20
        print(f"warc: {size:.0f} MB gzip, {total} records, written in {time.perf_counter() - start:.1f} s")
        marks = {max(1, round(total * f)): f for f in (0.1, 0.5, 1.0)}
        base = rss_mb()
        start = time.perf_counter()
        pages = extracted = 0
        for number, record in enumerate(iter_warc(path), 1):
            if isinstance(record, WarcPage):
                pages += 1
                if pages % extract_every == 0:
                    try:
                        page_document(record.body, url=record.url, where=record.where)
                        extracted += 1
                    except InputError:
                        pass
            if number in marks:
                print(f"  {marks[number]:>4.0%} of records: resident {rss_mb():.0f} MB "
                      f"(+{rss_mb() - base:.0f} MB since the start), peak {peak_mb():.0f} MB")
        elapsed = time.perf_counter() - start
        print(f"  streamed {size / elapsed:.0f} MB/s ({pages} HTML records, {extracted} through trafilatura "
              f"at 1 in {extract_every}) in {elapsed:.1f} s; the file is deleted")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=3, help="Most republications of one article.")
    parser.add_argument("--warc-mb", type=int, default=500)
    parser.add_argument("--extract-every", type=int, default=50)
    args = parser.parse_args(argv)
    bench_pages(args.pages, copies=args.copies)
    if args.warc_mb:
        bench_warc(args.warc_mb, extract_every=args.extract_every)


if __name__ == "__main__":
    main()
