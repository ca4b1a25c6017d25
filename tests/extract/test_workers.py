"""Extraction in worker processes, and the compiled lexicon's cache under stress.

The workers are forked from the process that loaded the pipeline and the
lexicon, run the rules themselves, and send back facts only. The cache is
checked stale, concurrent, read-only and corrupt.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from extract.facts import extract_facts
from extract.lexicon import cache, core, get_lexicon
from extract.types import Document
from extract.workers import can_fork, estimate_tokens, in_batches, parallel_map

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not can_fork() and os.environ.get("CI") != "true",
                                reason="worker processes are forked: not on this platform")

SENTENCES = [
    "Russian jets bombed Idlib on Monday, the Syrian Observatory said.",
    "Kenya and Ethiopia signed a trade agreement in Nairobi on Tuesday.",
    "Police in Paris arrested three men after the attack.",
    "The Turkish foreign minister met his Iranian counterpart in Ankara.",
    "Protesters rallied in Hong Kong against the extradition bill.",
]


def _documents(n: int) -> list[Document]:
    return [Document(id=f"d{i}", text=SENTENCES[i % len(SENTENCES)]) for i in range(n)]


# --------------------------------------------------------------------------
# batches


def test_estimate_tokens_counts_words_and_punctuation():
    assert estimate_tokens("Russia bombed Idlib on Monday.") == 6  # Russia|bombed|Idlib|on|Monday|.
    assert estimate_tokens("") == 0


def test_batches_follow_the_token_budget_not_the_document_count():
    texts = ["one two three", "four five six", "a " * 50, "x", "y"]
    batches = list(in_batches(texts, budget=7, size=estimate_tokens))
    assert batches == [["one two three", "four five six"], ["a " * 50], ["x", "y"]]
    assert [t for batch in batches for t in batch] == texts  # nothing lost, order kept
    with pytest.raises(ValueError, match="budget"):
        list(in_batches(texts, budget=0, size=len))


# --------------------------------------------------------------------------
# workers


def test_workers_share_what_the_parent_loaded_and_send_back_results_only():
    lock = threading.Lock()  # cannot be pickled: the function is forked with it, never sent
    lexicon = get_lexicon()

    def work(batch):
        with lock:
            return [(n, os.getpid(), id(get_lexicon()) == id(lexicon)) for n in batch]

    results = [row for out in parallel_map(work, ([n, n + 1] for n in range(0, 12, 2)), workers=2)
               for row in out]
    assert [n for n, _, _ in results] == list(range(12))  # in input order
    assert {pid for _, pid, _ in results} - {os.getpid()}  # ran in other processes
    assert os.getpid() not in {pid for _, pid, _ in results}
    assert all(same for _, _, same in results)  # the parent's lexicon: not loaded or rebuilt again


def test_one_document_starts_no_worker(nlp):
    facts = extract_facts(_documents(1), nlp=nlp, n_process=2)
    first = next(facts)
    assert multiprocessing.active_children() == []
    assert first.document.id == "d0" and list(facts) == []


def test_workers_start_while_the_input_is_still_being_read(nlp, monkeypatch):
    monkeypatch.setattr("extract.facts.DEFAULT_TOKEN_BUDGET", 30)  # two or three sentences a batch
    read = []

    def documents():
        for document in _documents(40):
            read.append(document.id)
            yield document

    facts = extract_facts(documents(), nlp=nlp, n_process=2)
    first = next(facts)
    assert first.document.id == "d0"
    assert multiprocessing.active_children()  # the pool is up
    assert len(read) < 40  # and the input is not read to the end before the first result
    rest = list(facts)
    assert [f.document.id for f in rest] == [f"d{i}" for i in range(1, 40)]
    assert multiprocessing.active_children() == []  # stopped once done


def test_workers_give_the_facts_one_process_gives(nlp):
    documents = _documents(12)
    serial = list(extract_facts(documents, nlp=nlp, n_process=1))
    parallel = list(extract_facts(documents, nlp=nlp, n_process=2))
    assert parallel == serial
    bombed = [r for r in serial[0].relations if r.predicate.lemma == "bomb"]
    assert bombed and bombed[0].object.label == "Idlib"


def test_a_failing_document_stops_the_workers(nlp):
    documents = [*_documents(3), "not a document", *_documents(3)]
    facts = extract_facts(documents, nlp=nlp, n_process=2)
    with pytest.raises(Exception, match=r"documents\[3\]"):
        list(facts)
    assert multiprocessing.active_children() == []


# --------------------------------------------------------------------------
# the compiled lexicon's cache


def _load_in_subprocess(cache_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    code = ("from extract.lexicon import get_lexicon; lx = get_lexicon(); "
            "print(lx.gazetteer.lookup('Damascus', countries=['SY']).geonames_id)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), cache.CACHE_ENV: str(cache_dir)}
    return subprocess.run([sys.executable, "-c", code, *extra], capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.slow
def test_cache_built_by_two_processes_at_once(tmp_path):
    directory = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), cache.CACHE_ENV: str(directory)}
    code = "from extract.lexicon import get_lexicon; print(get_lexicon().gazetteer.lookup('Damascus').geonames_id)"
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    assert [out.strip() for out, _ in outs] == ["170654", "170654"]
    files = list(directory.glob("lexicon-*.pickle"))
    assert len(files) == 1  # one key, one file: the second rename replaced the first whole
    assert not list(directory.glob(".lexicon-*.tmp"))  # no temporary file left behind
    assert isinstance(pickle.loads(files[0].read_bytes()), core.Lexicon)
    again = _load_in_subprocess(directory)
    assert again.returncode == 0 and again.stdout.strip() == "170654"


def test_cache_on_a_read_only_place_still_gives_the_lexicon(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))  # cannot be created
    assert cache.write_cached("k" * 64, {"x": 1}) is None
    assert cache.read_cached("k" * 64) is None
    lexicon = core._load(())
    assert lexicon.gazetteer.lookup("Damascus", countries=["SY"]).geonames_id == 170654


def test_cache_read_only_file_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    key = "e" * 64
    path = cache.write_cached(key, {"x": 1})
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        assert cache.read_cached(key) == {"x": 1}
    finally:
        tmp_path.chmod(0o755)


def test_stale_cache_is_never_read(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "events.tsv").write_text("sneeze\t190\t19\tx\tmaterial conflict\n", encoding="utf-8")
    first = core._load(core.overlay_dirs([overlay]))
    assert first.cameo.event_of("sneeze").code == "190"
    (overlay / "events.tsv").write_text("sneeze\t010\t01\tx\tverbal cooperation\n", encoding="utf-8")
    second = core._load(core.overlay_dirs([overlay]))
    assert second.cameo.event_of("sneeze").code == "010"  # the changed file gave a new key
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 2


def test_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    key = cache.cache_key(core._sources(()))
    cache.write_cached(key, "placeholder")
    (path,) = tmp_path.glob("lexicon-*.pickle")
    path.write_bytes(path.read_bytes()[:10])  # cut short, as by a full disk
    lexicon = core._load(())
    assert lexicon.countries.country_of("Syrian") == "Syria"
    assert isinstance(pickle.loads(path.read_bytes()), core.Lexicon)  # and written whole again


def test_kb_file_is_compiled_once_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    kb = tmp_path / "kb.tsv"
    kb.write_text("qid\tlabel\taliases\ttype\tdescription\n"
                  "Q99999901\tZorblat Industries\tZorblat|ZI Corp\tORG\ta company\n", encoding="utf-8")
    base = get_lexicon()
    first = base.with_knowledge([kb])
    before = set((tmp_path / "cache").glob("lexicon-*.pickle"))
    assert before
    monkeypatch.setattr(core, "read_knowledge", lambda path: pytest.fail("read again instead of the cache"))
    second = base.with_knowledge([kb])
    assert second.knowledge.lookup("Zorblat") and len(second.knowledge) == len(first.knowledge)
    kb.write_text(kb.read_text(encoding="utf-8") + "Q99999902\tQuemlo Party\t\tORG\ta party\n", encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    third = base.with_knowledge([kb])  # the file changed: compiled again
    assert len(third.knowledge) == len(first.knowledge) + 1 and third.knowledge.lookup("Quemlo Party")


def test_the_loaded_pipeline_is_frozen_for_the_workers():
    # load_pipeline moves what it loaded out of the collector's reach (gc.freeze), so a full
    # collection does not walk the model and forked workers do not copy the pages it would touch.
    code = ("import gc; from extract.pipeline import load_pipeline; before = gc.get_freeze_count(); "
            "nlp = load_pipeline(); print(before, gc.get_freeze_count(), len(nlp.pipe_names))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
    before, after, components = (int(n) for n in out)
    assert before == 0 and after > 10_000 and components > 3
    assert gc.isenabled()
