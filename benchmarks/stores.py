"""Push and query timings against a real Oxigraph and a real Virtuoso.

Starts ``oxigraph serve`` and ``virtuoso-t`` (each on free loopback
ports, with a database in a temporary folder, stopped by PID), then for a
build folder (its ``graph.trig``) prints wall-clock seconds and triples per
second for:

- ``push`` with the Graph Store protocol and with SPARQL Update, once with
  one request per graph and once with ``--batch-size`` triples per request
  (staging graphs and the swap);
- a re-push (every graph replaced);
- the named queries (``--about``, ``--top-actors``, ``--between``,
  ``--events``) and a CONSTRUCT of every relation, each run ``--repeat``
  times (median shown).

Build the 293 Wikinews articles first (``newsgraph build
benchmarks/data/wikinews_2019_2020.jsonl -o out293``), or pass any build
folder. Timings are printed, never asserted.

Usage::

    python benchmarks/stores.py out293 [--batch-size 1000] [--repeat 5] [--methods graph-store]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.servers import start_oxigraph, stop_server  # noqa: E402
from graph.queries import named_query, run_query  # noqa: E402
from graph.store import endpoint_for, push  # noqa: E402
from tests.server.virtuoso import start_virtuoso  # noqa: E402

__all__ = ["main"]

_QUERIES = (
    ("about Russia", "about", {"name": "Russia"}),
    ("top-actors 20", "top-actors", {"limit": 20}),
    ("between United States, Iran", "between", {"a": "United States", "b": "Iran"}),
    ("events", "events", {}),
)
_CONSTRUCT = ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o . "
              "FILTER(STRSTARTS(STR(?p), \"https://w3id.org/newsgraph/rel/\")) } }")


def _clock(action) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def _bench(server: str, url: str, source: Path, *, batch_size: int, repeat: int,
           methods: tuple[str, ...]) -> None:
    endpoint = endpoint_for(server, url)
    for method in methods:
        for size in (1_000_000, batch_size):
            seconds, report = _clock(lambda: push(source, endpoint, method=method, batch_size=size,
                                                  timeout=600))
            what = "one request per graph" if size == 1_000_000 else f"batches of {size}"
            print(f"  push {method:<11} {what:<22} {seconds:7.2f} s  "
                  f"{report.triples / seconds:9,.0f} triples/s  ({report.graphs} graphs)")
    seconds, report = _clock(lambda: push(source, endpoint, timeout=600))
    print(f"  re-push graph-store (replace)          {seconds:7.2f} s  {report.triples / seconds:9,.0f} triples/s")
    for label, name, params in _QUERIES:
        text, bindings = named_query(name, **params)
        times, rows = [], 0
        for _ in range(repeat):
            seconds, result = _clock(lambda: run_query(endpoint, text, bindings=bindings, timeout=600))
            times.append(seconds)
            rows = len(result)
        print(f"  query {label:<32} {statistics.median(times):7.3f} s  ({rows} rows)")
    times = []
    for _ in range(repeat):
        seconds, result = _clock(lambda: run_query(endpoint, _CONSTRUCT, timeout=600))
        times.append(seconds)
    print(f"  query CONSTRUCT every relation         {statistics.median(times):7.3f} s  ({len(result)} triples)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="a build folder holding graph.trig")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--methods", default="graph-store,update",
                        help="push methods to time, comma-separated")
    args = parser.parse_args()
    methods = tuple(m for m in args.methods.split(",") if m)
    source = args.build / "graph.trig"
    quads = sum(1 for _ in ox.parse(path=str(source), format=ox.RdfFormat.TRIG))
    print(f"{source}: {quads} quads")
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_oxigraph(Path(tmp) / "oxigraph")
        try:
            print(f"Oxigraph {url}")
            _bench("oxigraph", url, source, batch_size=args.batch_size, repeat=args.repeat,
                   methods=methods)
        finally:
            stop_server(proc)
        started = time.perf_counter()
        virtuoso = start_virtuoso(Path(tmp) / "virtuoso")
        try:
            print(f"Virtuoso {virtuoso.url} (started in {time.perf_counter() - started:.1f} s)")
            _bench("virtuoso", virtuoso.url, source, batch_size=args.batch_size, repeat=args.repeat,
                   methods=methods)
        finally:
            virtuoso.stop()


if __name__ == "__main__":
    main()
