"""RDF input/output throughput: serializers, the embedded store, pushes to a server.

Builds a graph of at least ``--triples`` triples (default one million):
the Wikinews benchmark articles (``benchmarks/data/wikinews_2019_2020.jsonl``)
are extracted once, then their facts are replicated under different
document ids (``copy<k>:<id>``) and merged into one ``KnowledgeGraph``, so
every copy has its own documents, statements, appearances and named graphs
(the entities are shared, as the same names would be). Then it prints
triples per second for:

- export of the union graph to N-Triples and Turtle with rdflib's
  serializers and with pyoxigraph's (and the project's own writer,
  ``graph.rdf.to_rdf_bytes``, for N-Triples and N-Quads);
- loading into the embedded store, one transaction per document
  (``graph.store.load_into_store``) and with pyoxigraph's non-transactional
  ``bulk_extend`` for reference;
- pushing to a local ``oxigraph serve`` with the Graph Store protocol and
  with SPARQL Update ``INSERT DATA``;

and the speedup of the fastest Turtle / N-Triples path over rdflib's Turtle
serializer.

Usage::

    python benchmarks/rdf_io.py [--triples 1000000] [--docs 293]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.servers import start_oxigraph as start_server  # noqa: E402
from benchmarks.servers import stop_server  # noqa: E402
from extract.documents import read_documents  # noqa: E402
from extract.facts import extract_facts  # noqa: E402
from graph.model import KnowledgeGraph  # noqa: E402
from graph.rdf import to_rdf, to_rdf_bytes  # noqa: E402
from graph.store import graphs_of, load_into_store, push  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def renamed(facts, k: int):
    """The same facts under the document id ``copy<k>:<id>``."""
    doc_id = f"copy{k}:{facts.document.id}"
    return dataclasses.replace(
        facts,
        document=dataclasses.replace(facts.document, id=doc_id),
        relations=tuple(dataclasses.replace(r, doc_id=doc_id) for r in facts.relations),
    )


def timed(label: str, triples: int, action, results: dict):
    gc.collect()
    start = time.perf_counter()
    out = action()
    seconds = time.perf_counter() - start
    results[label] = (triples, seconds)
    print(f"{label:<58} {triples:>9} triples {seconds:8.2f} s {triples / seconds:>11,.0f} triples/s",
          flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples")
    parser.add_argument("--docs", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--cache", default=None,
                        help="pickle of the extracted facts: written on the first run, read after")
    args = parser.parse_args()

    start = time.perf_counter()
    documents = list(read_documents([DATA]))[: args.docs]
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as handle:
            base = pickle.load(handle)
    else:
        base = list(extract_facts(documents))
        if args.cache:
            with open(args.cache, "wb") as handle:
                pickle.dump(base, handle)
    print(f"extracted {len(base)} articles in {time.perf_counter() - start:.1f} s", flush=True)
    # Size the copies on the union (triple formats merge the entity
    # descriptions that all copies share), so both it and the dataset reach
    # the target.
    one_kg = KnowledgeGraph(base)
    one = len(to_rdf_bytes(one_kg, format="nquads").splitlines())
    shared = len(to_rdf_bytes(one_kg, format="nt").splitlines())
    two = len(to_rdf_bytes(KnowledgeGraph(renamed(f, k) for k in range(2) for f in base),
                           format="nt").splitlines())
    per_copy = two - shared
    copies = max(1, -(-(args.triples - shared) // per_copy) + 1)
    start = time.perf_counter()
    kg = KnowledgeGraph(renamed(f, k) for k in range(copies) for f in base)
    graphs = graphs_of(kg)
    n_quads = sum(len(t) for t in graphs.values())
    print(f"one build: {one} quads; {copies} copies -> {len(graphs)} named graphs, {n_quads} quads, "
          f"{kg.number_of_entities()} entities ({time.perf_counter() - start:.1f} s to build)", flush=True)

    results: dict = {}
    # The union as an rdflib Graph (what rdflib's triple serializers take).
    union = rdflib.Graph()
    for s, p, o, _ in to_rdf(kg).quads((None, None, None, None)):
        union.add((s, p, o))
    n = len(union)
    ox_triples = [ox.Triple(*(_ox(t) for t in triple)) for triple in union]
    print(f"union graph: {n} triples", flush=True)

    nt_rdflib = timed("export N-Triples  rdflib serializer", n, lambda: union.serialize(format="nt"), results)
    timed("export N-Triples  pyoxigraph serializer", n,
          lambda: ox.serialize(ox_triples, format=ox.RdfFormat.N_TRIPLES), results)
    timed("export N-Triples  graph.rdf.to_rdf_bytes (from the graph)", n,
          lambda: to_rdf_bytes(kg, format="nt"), results)
    timed("export N-Quads    graph.rdf.to_rdf_bytes (from the graph)", n_quads,
          lambda: to_rdf_bytes(kg, format="nquads"), results)
    timed("export Turtle     pyoxigraph serializer", n,
          lambda: ox.serialize(ox_triples, format=ox.RdfFormat.TURTLE,
                               prefixes={"ng": "https://w3id.org/newsgraph/ns#"}), results)
    timed("export Turtle     graph.rdf.to_rdf_bytes (from the graph)", n,
          lambda: to_rdf_bytes(kg, format="turtle"), results)
    timed("export Turtle     rdflib serializer", n, lambda: union.serialize(format="turtle"), results)
    del nt_rdflib, union, ox_triples
    gc.collect()

    work = Path(tempfile.mkdtemp(prefix="rdf_io_"))
    try:
        timed("load embedded store, one transaction per document", n_quads,
              lambda: load_into_store(graphs, work / "store"), results)
        # Replacement goes through SPARQL Update (one transaction per
        # document); measured on the first copy's documents only.
        first = {g: t for g, t in graphs.items() if "/graph/copy0%3A" in g.value}
        timed("reload embedded store, replacing one copy's documents", sum(map(len, first.values())),
              lambda: load_into_store(first, work / "store"), results)

        def bulk():
            store = ox.Store(str(work / "bulk"))
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, g)
                              for g, ts in graphs.items() for t in ts)
            store.flush()

        timed("load embedded store, pyoxigraph bulk_extend (reference)", n_quads, bulk, results)

        for method in ("graph-store", "update"):
            proc, url = start_server(work / f"server-{method}")
            try:
                report = timed(f"push to oxigraph serve, {method}", n_quads,
                               lambda: push(graphs, url, method=method, timeout=300), results)
                assert report.triples == n_quads
            finally:
                stop_server(proc)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rdflib_turtle = results["export Turtle     rdflib serializer"]
    rate = rdflib_turtle[0] / rdflib_turtle[1]
    print()
    for label in ("export Turtle     pyoxigraph serializer", "export Turtle     graph.rdf.to_rdf_bytes (from the graph)",
                  "export N-Triples  pyoxigraph serializer"):
        t, s = results[label]
        print(f"speedup over rdflib's Turtle serializer at {n} triples: {label.split(None, 2)[2]} "
              f"({label.split()[1]}) x{(t / s) / rate:.1f}")


def _ox(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


if __name__ == "__main__":
    main()
