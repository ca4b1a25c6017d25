"""The flat tables of the compiled lexicon (extract/lexicon/flat.py) answer as the dicts they replace."""

from __future__ import annotations

import doctest
import pickle

import pytest

from extract.lexicon import Lexicon, build_lexicon, flat
from extract.lexicon.flat import FlatList, FlatTable


def test_flat_table_answers_as_a_dict():
    # Keys a dict takes that a byte-level table could get wrong: empty, accented, other scripts,
    # a lone surrogate (from a badly decoded file), prefixes of one another.
    content = {"": 0, "kill": (1, None), "killing": "x", "Erdoğan": [2, 3], "北京": {"a": 1}, "\udcff": None,
               "kil": 1.5, "blow up": ("190",)}
    table = FlatTable(content)
    again = pickle.loads(pickle.dumps(table))
    for made in (table, again):
        assert dict(made) == content and list(made) == list(content) and len(made) == len(content)
        for key, value in content.items():
            assert key in made and made[key] == value and made.get(key, "default") == value
        for miss in ("kills", "Kill", "erdogan", "blow  up", " ", "\0"):
            assert miss not in made and made.get(miss) is None
            with pytest.raises(KeyError):
                made[miss]
        assert 7 not in made and made.get(None, "none") == "none"  # not a string: in no table


def test_flat_table_later_pair_wins_and_many_keys_collide_safely():
    pairs = [(f"k{n}", n) for n in range(5000)] + [("k7", "last")]
    table = pickle.loads(pickle.dumps(FlatTable(pairs)))
    assert len(table) == 5000 and table["k7"] == "last" and table["k4999"] == 4999
    assert all(table[f"k{n}"] == n for n in range(5000) if n != 7)
    assert all(f"k{n}" not in table for n in range(5000, 6000))


def test_flat_list_and_decode():
    rows = FlatList([("a", 1), ("b", 2, ("c",))], encode=list, decode=tuple)
    assert rows[0] == ("a", 1) and len(rows) == 2
    with pytest.raises(IndexError):
        rows[2]
    again = pickle.loads(pickle.dumps(rows))  # made from the stored lists by decode
    assert list(again) == [("a", 1), ("b", 2, ("c",))] and again[-1] == ("b", 2, ("c",)) and again == rows
    words = pickle.loads(pickle.dumps(FlatList(["x", None, "z"])))
    assert list(words) == ["x", None, "z"] and words[1:] == [None, "z"] and words != FlatList(["x"])


def test_flat_docstring_examples():
    assert doctest.testmod(flat).failed == 0


# --------------------------------------------------------------------------
# the shipped data: the lexicon as built (the objects the builders made) and as the cache gives it


@pytest.fixture(scope="module")
def built() -> Lexicon:
    return build_lexicon()


@pytest.fixture(scope="module")
def loaded(built) -> Lexicon:
    return pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))


def _flat(lexicon: Lexicon) -> dict:
    tables, knowledge, gazetteer = lexicon.dictionaries, lexicon.knowledge, lexicon.gazetteer
    columns = gazetteer._entries._columns
    return {
        "verb patterns": lexicon.cameo.patterns.verbs, "events": lexicon.cameo.events,
        "actor names": tables.names, "actor spans": tables.spans, "actor origins": tables.origins,
        "actor first words": tables.first, "agents": tables.agents, "agent first words": tables.agent_first,
        "knowledge names": knowledge._names, "knowledge rows": knowledge._rows,
        "place index": gazetteer._index, "place main names": gazetteer._main, "place names": columns[1], "place countries": columns[3],
        "place admin1": columns[4],
    }


def test_shipped_flat_tables_give_the_builders_values(built, loaded):
    again = _flat(loaded)
    for name, table in _flat(built).items():
        # The builders' own objects, by position: no hashing, no decoding.
        given = [table._values._made[i] for i in range(len(table))]
        copy = again[name]
        assert type(copy) is type(table) and len(copy) == len(given) > 50, name
        if isinstance(table, FlatTable):
            keys = list(table)
            assert list(copy) == keys and len(set(keys)) == len(keys), name
            for key, value in zip(keys, given):
                assert copy[key] == value and table[key] == value, (name, key)
            misses = {key + "x" for key in keys[:3000]} | {key.upper() for key in keys[:3000]}
            for miss in misses - set(keys):
                assert copy.get(miss) is None and miss not in copy, (name, miss)
        else:
            assert list(copy) == given, name


def test_shipped_lookups_agree_built_and_cached(built, loaded):
    names = list(built.dictionaries.names)
    for name in names[::7]:
        for date in (None, "2019-06-01"):
            assert loaded.dictionaries.actor_codes(name, date=date) == built.dictionaries.actor_codes(name, date=date)
    tokens = "The U.N. Secretary-General met Vladimir Putin and a Kenyan court in Nairobi".split()
    assert loaded.dictionaries.match_actors(tokens, date="2019-06-01") == built.dictionaries.match_actors(
        tokens, date="2019-06-01")
    assert [m[:2] for m in loaded.dictionaries.match_agents(tokens)] == [(9, 10)]  # "court"
    for lemma in list(built.cameo.patterns.verbs)[::3]:
        assert loaded.cameo.patterns.entry(lemma) == built.cameo.patterns.entry(lemma)
        assert loaded.cameo.event_of(lemma) == built.cameo.event_of(lemma)
    assert loaded.cameo.patterns.code_for("take", {"hostage"}) == built.cameo.patterns.code_for("take", {"hostage"})
    for name in list(built.knowledge._names)[::5]:
        assert loaded.knowledge.lookup(name) == built.knowledge.lookup(name)
    assert loaded.knowledge.entries == built.knowledge.entries
    for name in ("Damascus", "Springfield", "Idlib province", "Homs", "Paris", "New Delhi", "São Paulo"):
        assert loaded.gazetteer.lookup(name) == built.gazetteer.lookup(name)
        assert loaded.gazetteer.candidates(name) == built.gazetteer.candidates(name)


def test_knowledge_labels_column(built, loaded):
    for lexicon in (built, loaded):
        entries = lexicon.knowledge.entries
        assert lexicon.knowledge.labels() == [e.label for e in entries]
        people = lexicon.knowledge.labels("PERSON")
        assert people == [e.label for e in entries if e.type == "PERSON"] and len(people) > 100
        assert lexicon.knowledge.labels("NO SUCH TYPE") == []
