"""The extraction entry point: streaming, order, long documents, bad input, speed."""

from __future__ import annotations


import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract.facts
from extract.errors import InputError
from extract.facts import extract_document, extract_facts, split_text
from extract.records import relation_record
from extract.types import Document, DocumentFacts


def triples(facts):
    return {(r.subject.key, r.predicate.lemma, r.object.key) for r in facts.relations}


def test_yields_one_facts_per_document_in_order(nlp):
    texts = ["Germany supports France.", "", "Syria accused Israel.", "Nothing happened here."]
    documents = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    out = list(extract_facts(iter(documents), nlp=nlp, batch_size=2))
    assert [f.document.id for f in out] == ["d0", "d1", "d2", "d3"]
    assert all(isinstance(f, DocumentFacts) for f in out)
    assert ("germany", "support", "france") in triples(out[0])
    assert out[1].entities == () and out[1].relations == ()  # empty text, empty result
    assert ("syria", "accuse", "israel") in triples(out[2])
    assert {r.doc_id for r in out[2].relations} == {"d2"}


def test_is_lazy(nlp):
    def documents():
        yield Document(id="a", text="Germany supports France.")
        raise AssertionError("read past the first document")

    stream = extract_facts(documents(), nlp=nlp, batch_size=1)
    assert next(stream).document.id == "a"


def test_extract_document(nlp):
    facts = extract_document(Document(id="x", text="Russia and Syria bombed Idlib."), nlp=nlp)
    assert {("russia", "bomb", "idlib"), ("syria", "bomb", "idlib")} <= triples(facts)


def test_headline_does_not_run_into_the_body(nlp):
    text = "Israeli strikes\n\nThe latest violence in Idlib comes amid tensions."
    [facts] = extract_facts([Document(id="h", text=text)], nlp=nlp)
    assert not [r for r in facts.relations if r.predicate.lemma == "come"]


def test_long_document_is_split_at_paragraphs(nlp, seed_text):
    text = (seed_text.strip() + "\n\n") * 3
    [whole] = extract_facts([Document(id="w", text=text)], nlp=nlp)
    saved = nlp.max_length
    nlp.max_length = 700  # shorter than the text, longer than any paragraph
    try:
        [split] = extract_facts([Document(id="w", text=text)], nlp=nlp)
    finally:
        nlp.max_length = saved
    assert len(text) > 3 * 700
    # the parser sees less context at a cut, so a few parses may differ; the
    # facts the article states plainly hold either way
    required = {
        ("russia", "bomb", "idlib"), ("donald trump", "urge", "damascus"), ("israel", "strike", "syria"),
        ("hayat tahrir al sham", "control", "idlib"), ("syria", "accuse", "israel"),
    }
    assert required <= triples(split) and required <= triples(whole)
    assert {e.key for e in split.entities} == {e.key for e in whole.entities}
    # "Trump" is said 9 times; the whole text maps every one to the full name,
    # while a piece that never gives "Donald Trump" cannot (see extract_facts)
    assert text.count("Trump") == 9 == {e.key: e.mentions for e in whole.entities}["donald trump"]
    assert 3 <= {e.key: e.mentions for e in split.entities}["donald trump"] < 9
    late = [r for r in split.relations if r.sentence_start > 2 * len(seed_text.strip())]
    assert late, "relations of the third copy carry offsets into the original text"
    for rel in split.relations:
        for part in (rel.subject, rel.predicate, rel.object):
            if part.end > part.start:
                assert text[part.start : part.end] == part.text


def test_paragraph_longer_than_max_length_does_not_fail(nlp):
    text = "Syria accused Israel. " * 40
    saved = nlp.max_length
    nlp.max_length = 100
    try:
        [facts] = extract_facts([Document(id="p", text=text)], nlp=nlp)
    finally:
        nlp.max_length = saved
    assert ("syria", "accuse", "israel") in triples(facts)


@pytest.mark.parametrize(
    "text, size, pieces",
    [
        ("one.\n\ntwo.\n\nthree.", 12, ["one.\n\ntwo.\n\n", "three."]),
        ("one two three", 8, ["one two ", "three"]),
        ("abcdef", 4, ["abcd", "ef"]),
        ("A. B. C.", 5, ["A. ", "B. C."]),
        ("short", 100, ["short"]),
        ("", 5, [""]),
    ],
)
def test_split_text_table(text, size, pieces):
    assert split_text(text, size) == pieces


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(1, 40))
def test_split_text_round_trips_and_bounds(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


def test_split_text_rejects_bad_size():
    with pytest.raises(ValueError, match="max_length"):
        split_text("abc", 0)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": "8"}, "batch_size"),
        ({"n_process": 0}, "n_process"),
        ({"n_process": True}, "n_process"),
    ],
)
def test_bad_options(nlp, options, message):
    with pytest.raises(InputError, match=message):
        extract_facts([], nlp=nlp, **options)


def test_bad_document(nlp):
    with pytest.raises(InputError, match=r"documents\[1\].*Document.*str"):
        list(extract_facts([Document(id="a", text="x"), "plain text"], nlp=nlp))


@pytest.mark.slow
def test_worker_processes_give_the_same_facts(nlp):
    text = "Headline\n\nSyria accused Israel. Russia and Syria bombed Idlib."
    documents = [Document(id=str(i), text=text) for i in range(4)]
    parallel = list(extract_facts(documents, nlp=nlp, n_process=2, batch_size=1))
    serial = list(extract_facts(documents, nlp=nlp))
    assert [f.document.id for f in parallel] == ["0", "1", "2", "3"]
    assert [f.relations for f in parallel] == [f.relations for f in serial]
    assert ("syria", "accuse", "israel") in triples(parallel[3])


def test_bad_text_names_the_document_and_where_it_came_from(nlp):
    bad = Document(id="a1", text=b"bytes", origin="feed.jsonl:7")
    with pytest.raises(InputError, match=r"'a1'.*feed\.jsonl:7.*str"):
        list(extract_facts([bad], nlp=nlp))


@pytest.mark.parametrize("module", ["extract.entities", "extract.relations", "extract.facts"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_generator_is_read_lazily(nlp):
    read = []

    def documents():
        for i in range(50):
            read.append(i)
            yield Document(id=str(i), text="Syria accused Israel.")

    stream = extract_facts(documents(), nlp=nlp, batch_size=4)
    first = next(stream)
    assert first.document.id == "0"
    # one batch and the one read ahead of it, not the fifty documents
    assert len(read) <= 9
    assert len(list(stream)) == 49 and len(read) == 50


def test_paragraph_longer_than_max_length_keeps_offsets(nlp):
    sentence = "Syria accused Israel of bombing Damascus. "
    text = "Headline\n\n" + sentence * 12
    saved = nlp.max_length
    nlp.max_length = 120  # the one paragraph is four times as long
    try:
        [facts] = extract_facts([Document(id="p", text=text)], nlp=nlp)
    finally:
        nlp.max_length = saved
    accusations = [r for r in facts.relations if r.predicate.lemma == "accuse"]
    assert len(accusations) == 12
    for rel in accusations:
        assert text[rel.subject.start : rel.subject.end] == "Syria"
        assert text[rel.object.start : rel.object.end] == "Israel"
        assert text[rel.sentence_start :].startswith(rel.sentence)
    assert {r.sentence_start for r in accusations} == {10 + k * len(sentence) for k in range(12)}


def test_lone_surrogates_are_a_clear_error(nlp):
    with pytest.raises(InputError, match=r"document 'x'.*lone surrogates"):
        list(extract_facts([Document(id="x", text="Syria accused Israel \ud800.")], nlp=nlp))


# -- long documents, extracted piece by piece ---------------------------------


@pytest.fixture(scope="module")
def sample_articles(data_dir) -> list[Document]:
    """The six articles of tests/data/wikinews_sample.jsonl, all with one date.

    One date, because a long document has one: relative dates ("on Monday")
    then resolve alike whether an article is read alone or inside it. Their
    paragraphs are joined by single line breaks, so that the only blank lines
    of the articles put end to end are those between two articles.
    """
    with (data_dir / "wikinews_sample.jsonl").open(encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream]
    return [
        Document(id=r["id"], text=r["text"].replace("\n\n", "\n"), title=r["title"], date="2019-10-08")
        for r in records
    ]


def assert_offsets_point_into(text: str, facts: DocumentFacts) -> None:
    assert facts.relations
    for rel in facts.relations:
        assert text[rel.sentence_start : rel.sentence_start + len(rel.sentence)] == rel.sentence
        for part in (rel.subject, rel.predicate, rel.object):
            assert 0 <= part.start <= part.end <= len(text)
            if part.end > part.start:
                assert text[part.start : part.end] == part.text


def test_a_long_document_is_extracted_piece_by_piece(nlp, sample_articles, monkeypatch):
    # Six articles, one after the other with a blank line between: the only
    # blank lines. Each is at most 4,306 characters and any two next to each
    # other are more than 4,308 together, so pieces of at most 4,308
    # characters are exactly the articles.
    lengths = [len(a.text) for a in sample_articles]
    size = max(lengths) + 2
    assert all(a + 2 + b > size for a, b in zip(lengths, lengths[1:]))
    text = "\n\n".join(a.text for a in sample_articles)
    starts = [sum(n + 2 for n in lengths[:k]) for k in range(len(lengths))]
    assert split_text(text, size) == [a.text + "\n\n" for a in sample_articles[:-1]] + [sample_articles[-1].text]
    monkeypatch.setattr(extract.facts, "LONG_DOCUMENT_CHARS", size - 1)
    monkeypatch.setattr(extract.facts, "PIECE_CHARS", size)
    long_document = Document(id="long", text=text, date="2019-10-08")

    [long] = extract_facts([long_document], nlp=nlp, batch_size=4)
    # Each article alone as its piece is cut: with the blank line that ends it in the long text
    # (a trailing blank line may change how the parser splits the article's last sentence).
    pieces = split_text(text, size)
    alone = list(extract_facts([dataclasses.replace(a, text=p) for a, p in zip(sample_articles, pieces)],
                               nlp=nlp, batch_size=4))

    assert long.document is long_document
    assert {r.doc_id for r in long.relations} == {"long"}
    assert_offsets_point_into(text, long)
    assert long.relations[-1].sentence_start > starts[-1], "the last article's relations are there"

    def shifted(rel, by):
        # What relation_record gives, but for the document id and the labels
        # and types (the long document merges the entities of all six).
        record = json.loads(json.dumps(relation_record(rel)))
        record.pop("doc")
        for role in ("subject", "object"):
            # a bare institution with no country is keyed for its own document ("congress@<doc id>")
            record[role]["key"] = record[role]["key"].removesuffix(f"@{rel.doc_id}")
            record[role].pop("label")
            record[role].pop("type")
            record[role]["start"] += by
            record[role]["end"] += by
        record["predicate"]["start"] += by
        record["predicate"]["end"] += by
        return record, rel.sentence_start + by

    expected = [shifted(rel, start) for facts, start in zip(alone, starts) for rel in facts.relations]
    assert [shifted(rel, 0) for rel in long.relations] == expected
    assert len(expected) >= 30

    # One entity per key; mentions add up over the articles, and every label
    # an article gives is the label or an alias.
    mentions, names = {}, {}
    for facts in alone:
        for entity in facts.entities:
            key = entity.key.removesuffix(f"@{facts.document.id}")
            mentions[key] = mentions.get(key, 0) + entity.mentions
            names.setdefault(key, set()).update({entity.label, *entity.aliases})
    keys = [e.key for e in long.entities]
    assert len(keys) == len(set(keys))
    assert {e.key.removesuffix("@long"): e.mentions for e in long.entities} == mentions
    for entity in long.entities:
        assert {entity.label, *entity.aliases} == names[entity.key.removesuffix("@long")]
    # arguments name the merged entity
    by_key = {e.key: e for e in long.entities}
    for rel in long.relations:
        for arg in (rel.subject, rel.object):
            if arg.key in by_key and arg.resolved_from is None:
                assert (arg.label, arg.type) == (by_key[arg.key].label, by_key[arg.key].type)


@pytest.mark.parametrize("n_process", [1, 2])
def test_pieces_of_long_documents_go_with_short_ones(nlp, sample_articles, monkeypatch, n_process):
    # Short, long, short, long: in order, each with its own facts.
    monkeypatch.setattr(extract.facts, "LONG_DOCUMENT_CHARS", 3000)
    monkeypatch.setattr(extract.facts, "PIECE_CHARS", 1500)
    documents = [
        Document(id="s1", text="Syria accused Israel."),
        Document(id="l1", text="\n\n".join(a.text for a in sample_articles[:2])),
        Document(id="s2", text="Russia and Syria bombed Idlib."),
        Document(id="l2", text=sample_articles[3].text),
    ]
    out = list(extract_facts(documents, nlp=nlp, batch_size=3, n_process=n_process))
    assert [f.document.id for f in out] == ["s1", "l1", "s2", "l2"]
    assert ("syria", "accuse", "israel") in triples(out[0])
    assert ("russia", "bomb", "idlib") in triples(out[2])
    for facts in out:
        assert_offsets_point_into(facts.document.text, facts)
        assert {r.doc_id for r in facts.relations} == {facts.document.id}
    # pieces of at most 1,500 characters: the facts of the first piece and of the last are there
    assert min(r.sentence_start for r in out[1].relations) < 1500
    assert max(r.sentence_start for r in out[1].relations) > len(documents[1].text) - 1500
    assert out[1].relations == serial_long_facts(nlp, documents[1]).relations


def serial_long_facts(nlp, document: Document) -> DocumentFacts:
    """The facts of ``document`` extracted with no worker process, one piece a batch."""
    [facts] = extract_facts([document], nlp=nlp, batch_size=1)
    return facts


def test_short_documents_are_not_cut(nlp, monkeypatch):
    # a document as long as the threshold is parsed whole: one Doc, so a
    # sentence's relation can name an entity the first paragraph gave
    text = "Vladimir Putin visited Syria.\n\nPutin met Bashar al-Assad in Damascus."
    monkeypatch.setattr(extract.facts, "LONG_DOCUMENT_CHARS", len(text))
    monkeypatch.setattr(extract.facts, "PIECE_CHARS", 30)
    [whole] = extract_facts([Document(id="a", text=text)], nlp=nlp)
    assert ("vladimir putin", "meet", "bashar al-assad") in triples(whole)
    monkeypatch.setattr(extract.facts, "LONG_DOCUMENT_CHARS", len(text) - 1)
    [cut] = extract_facts([Document(id="a", text=text)], nlp=nlp)
    # the second piece never gives the full name: coreference does not cross a cut
    assert ("vladimir putin", "meet", "bashar al-assad") not in triples(cut)
    assert_offsets_point_into(text, cut)


def test_no_doc_is_kept_once_its_facts_are_read(nlp, sample_articles, monkeypatch):
    # memory stays bounded by one batch: neither short documents' Docs nor a
    # long document's pieces stay alive once their facts are out
    import gc

    from spacy.tokens import Doc

    def live_docs() -> int:
        gc.collect()
        return sum(isinstance(o, Doc) for o in gc.get_objects())

    monkeypatch.setattr(extract.facts, "LONG_DOCUMENT_CHARS", 3000)
    monkeypatch.setattr(extract.facts, "PIECE_CHARS", 1000)
    before = live_docs()
    facts = list(extract_facts(sample_articles, nlp=nlp, batch_size=2))
    assert sum(len(f.relations) for f in facts) >= 30
    assert live_docs() <= before
