"""The start-up shortcuts of wave 18 give what the longer way gives.

- the tokenizer loaded with its token match set before its special cases (one compilation of them);
- the person aliases and the tables derived from the lexicon, read from the disk cache;
- the first-level divisions of the gazetteer keyed off its columns;
- the attribute ruler's tests split once and its start tests read per tag and dependency.
"""

from __future__ import annotations

import pytest

from extract.dictionary_names import _read_aliases, person_aliases
from extract.entity_context import _build_given_names, _build_wide_given_names, _given_names, _wide_given_names
from extract.lexicon import cache, core, derived, get_lexicon
from extract.lexicon.flat import FlatTable
from extract.name_kinds import _build_short_forms, _short_forms
from extract.pipeline import DEFAULT_MODEL, CompiledAttributeRuler
from extract.prefixed_verbs import PREFIXED_VERB, keep_prefixed_verbs, load_tokenizer_keeping_prefixed_verbs

_TEXTS = [
    "Bill Gates co-founded Microsoft, not its re-election; police re-arrested him.",
    "I ain't gonna do it, y'all. He'd go. Don't! U.S. troops left at 5 p.m. on Jan. 3rd.",
    "The ex-president's pre-dawn raid (on e-mail: x@y.org, https://example.org/a?b=c) cost $4.5bn.",
]


@pytest.fixture(scope="module")
def shipped_then_kept():
    """The model loaded by spaCy, then given the token match the longer way (a second compilation)."""
    import spacy

    return keep_prefixed_verbs(spacy.load(DEFAULT_MODEL))


def test_tokenizer_is_the_one_loaded_the_longer_way(nlp, shipped_then_kept):
    fast, slow = nlp.tokenizer, shipped_then_kept.tokenizer
    assert fast.token_match.__self__ is PREFIXED_VERB
    assert fast.to_bytes(exclude=["vocab"]) == slow.to_bytes(exclude=["vocab"])
    assert fast.rules == slow.rules and len(fast.rules) > 1000
    for text in _TEXTS:
        assert [(t.text, t.whitespace_, t.norm_) for t in fast(text)] == \
            [(t.text, t.whitespace_, t.norm_) for t in slow(text)]
    assert "co-founded" in [t.text for t in fast(_TEXTS[0])]
    assert [t.text for t in fast("Don't")] == ["Do", "n't"]  # a special case, present once loaded


def test_tokenizer_file_loaded_with_the_token_match(tmp_path):
    import spacy

    source = spacy.blank("en")
    source.tokenizer.to_disk(tmp_path / "tokenizer", exclude=["vocab"])
    target = spacy.blank("en")
    target.tokenizer.rules = {}  # nothing left of the blank tokenizer's own special cases
    load_tokenizer_keeping_prefixed_verbs(target, tmp_path / "tokenizer")
    assert target.tokenizer.rules == source.tokenizer.rules
    assert [t.text for t in target("They re-opened it. Can't stop.")] == \
        ["They", "re-opened", "it", ".", "Ca", "n't", "stop", "."]


def test_person_aliases_from_the_cache_are_the_file_rows(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    person_aliases.cache_clear()
    try:
        first = person_aliases()  # built and written
        person_aliases.cache_clear()
        second = person_aliases()  # read back
        assert isinstance(second, FlatTable) and second is not first
        rows = _read_aliases()
        assert list(second.items()) == list(rows.items()) and len(rows) > 20_000
        assert second.get("kenyatta") == rows.get("kenyatta") and second.get("no such name") is None
        monkeypatch.setenv(cache.CACHE_ENV, "off")
        person_aliases.cache_clear()
        assert person_aliases() == rows and type(person_aliases()) is dict
    finally:
        person_aliases.cache_clear()


def test_derived_tables_are_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    lexicon = core.dataclasses.replace(get_lexicon())
    derived.remember_key(lexicon, "f" * 64)  # as if loaded under that key
    calls = []

    def build(lx):
        calls.append(lx)
        return frozenset({"alpha", "beta"})

    try:
        assert derived.derived(lexicon, "test_table", build, source=__file__) == {"alpha", "beta"}
        assert list(tmp_path.glob("lexicon-*.pickle"))  # one bundle file written
        derived._BUNDLES.clear()  # as a new process finds it
        assert derived.derived(lexicon, "test_table", build, source=__file__) == {"alpha", "beta"}
        assert len(calls) == 1
        monkeypatch.setenv(cache.CACHE_ENV, "off")
        assert derived.derived(lexicon, "test_table", build, source=__file__) == {"alpha", "beta"}
        assert len(calls) == 2  # no disk cache: built again
    finally:
        derived._KEYS.pop(id(lexicon), None)
        derived._BUNDLES.clear()


def test_derived_tables_of_an_unknown_lexicon_are_built_each_time():
    lexicon = get_lexicon()
    other = core.dataclasses.replace(lexicon)  # not loaded by get_lexicon: no cache key
    calls = []
    for _ in range(2):
        derived.derived(other, "test_unknown", lambda lx: calls.append(1) or 1, source=__file__)
    assert len(calls) == 2


def test_derived_tables_equal_their_builds():
    lexicon = get_lexicon()
    assert list(_short_forms(lexicon).items()) == list(_build_short_forms(lexicon).items())
    assert _given_names(lexicon) == _build_given_names(lexicon) and "paul" in _given_names(lexicon)
    assert _wide_given_names(lexicon) == _build_wide_given_names(lexicon)
    assert _given_names(lexicon) <= _wide_given_names(lexicon)


def test_first_level_divisions_off_the_columns():
    gazetteer = get_lexicon().gazetteer
    made = {(e.country, e.admin1): e for e in gazetteer._entries.of_kind("admin1")}
    assert len(gazetteer.admin1) == len(made) > 1000
    assert list(gazetteer.admin1) == list(made)
    assert all(gazetteer.admin1[key] is entry for key, entry in made.items())
    idlib = gazetteer.lookup("Idlib province")
    assert gazetteer.admin1.get((idlib.country, idlib.admin1)).name == idlib.name
    assert gazetteer.admin1.get(("SY", "no such code")) is None


def test_attribute_ruler_start_tests_per_tag_and_dependency():
    import spacy

    shipped = spacy.load(DEFAULT_MODEL)
    ruler = CompiledAttributeRuler(shipped.get_pipe("attribute_ruler"))
    texts = [*_TEXTS, "We gon na win, ol' boy. Nothin' doin'. There are those who said that. Let's go, c'mon."]
    with shipped.select_pipes(enable=["tok2vec", "tagger", "parser"]):  # what the ruler reads
        docs = list(shipped.pipe(texts))
    found = 0
    for doc in docs:
        rows = doc.to_array(["TAG", "LOWER", "DEP", "IS_SPACE"]).tolist()
        fast = sorted(ruler._complex_matches(doc, rows))
        assert fast == sorted(ruler._matcher(doc, allow_missing=True))
        found += len(fast)
    assert found  # the texts reach the Matcher's patterns
    assert ruler._start_lowers  # filled per (tag, dep)
