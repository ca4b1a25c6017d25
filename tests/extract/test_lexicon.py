"""The lexicon layer (extract/lexicon/): loaders, the country table, overlays, the cache."""

from __future__ import annotations

import doctest
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.actors import actor_code
from extract.cameo import event_of
from extract.entities import country_of, country_of_seat
from extract.errors import ExtractError, LexiconError
from extract.lexicon import (
    OVERLAY_ENV,
    EventMapError,
    Lexicon,
    Schema,
    build_lexicon,
    cache,
    get_lexicon,
    read_rows,
    read_words,
)
from extract.lexicon import core

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return get_lexicon()


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# loaders: one schema per table, errors that name file and line


def test_read_rows_skips_comments_and_header_and_pads(tmp_path):
    path = _write(tmp_path, "t.tsv", "# a comment\nname\tcountry\trole\n\nKremlin\tRussia\tGOV\nBern\tSwitzerland\n")
    rows = read_rows(path, Schema("t.tsv", ("name", "country", "role"), required=2))
    assert [(r.line, r.cells) for r in rows] == [(4, ("Kremlin", "Russia", "GOV")), (5, ("Bern", "Switzerland", ""))]


def test_read_rows_names_file_and_line(tmp_path):
    path = _write(tmp_path, "t.tsv", "a\tb\nc\n")
    with pytest.raises(LexiconError, match=r"t\.tsv:2: expected 2 tab-separated columns \(x, y\), got 1"):
        read_rows(path, Schema("t.tsv", ("x", "y")))


def test_read_words_refuses_a_table(tmp_path):
    path = _write(tmp_path, "modal_verbs.txt", "plan\nwant\tto\n")
    with pytest.raises(LexiconError, match=r"modal_verbs\.txt:2"):
        read_words(path)


def test_lexicon_error_is_an_extract_error():
    assert issubclass(LexiconError, ExtractError) and issubclass(EventMapError, LexiconError)


@pytest.mark.parametrize(
    "name, text, where",
    [
        ("countries.tsv", "Freedonia\tfr\tFRE\n", r"countries\.tsv:1: alpha2"),
        ("seats.tsv", "Freedonia City\tFreedonia\n", r"seats\.tsv:1: country 'Freedonia'"),
        ("actors.tsv", "# kinds\nrole\tarmy\tmil\n", r"actors\.tsv:2"),
        ("events.tsv", "hug\t999\t99\tx\ty\n", r"events\.tsv:1"),
        ("events.tsv", "bomb\t190\t18\tx\tmaterial conflict\n", r"events\.tsv:1.*root 19"),
        ("modal_verbs.txt", "plan\tx\n", r"modal_verbs\.txt:1"),
        ("light_verbs.tsv", "launch\tboth\tx\n", r"light_verbs\.tsv:1"),
        ("gazetteer_admin1.tsv", "GB\tCOR\tCornwall\t\t\tQ23148\t50.3\t-4.8\n", r"gazetteer_admin1\.tsv:1: geonames"),
    ],
)
def test_overlay_errors_name_file_and_line(tmp_path, name, text, where):
    _write(tmp_path, name, text)
    with pytest.raises(LexiconError, match=where):
        build_lexicon([tmp_path])


def test_unknown_overlay_file_is_refused(tmp_path):
    _write(tmp_path, "event.tsv", "hug\t010\t01\tx\tverbal cooperation\n")
    with pytest.raises(LexiconError, match=r"event\.tsv: no lexicon table has this name.*events\.tsv"):
        build_lexicon([tmp_path])


def test_missing_overlay_directory_names_its_source(tmp_path, monkeypatch):
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(LexiconError, match=OVERLAY_ENV):
        get_lexicon()


# --------------------------------------------------------------------------
# one country table answers every question the old tables answered


def test_country_questions(lexicon):
    countries = lexicon.countries
    assert countries.country_of("Israeli") == "Israel"  # demonym (entities)
    assert countries.country_of("U.S.") == "United States"  # name (entities)
    assert countries.country_of("the Netherlands") is None and countries.country_of("Netherlands") == "Netherlands"
    assert countries.alpha3("SY") == "SYR" and countries.alpha2("SYR") == "SY"  # actors, events
    assert countries.country_of_seat("the Kremlin") == "Russia"  # seats (entities)
    assert lexicon.actors.seats["kremlin"] == "RUSGOV"  # seats (actors)
    assert lexicon.actors.demonyms["syrian"] == "SYR"  # demonyms (actors, events)
    assert lexicon.gazetteer.country_of("Ivory Coast").country == "CI"  # names (gazetteer)


def test_every_name_demonym_and_part_agrees(lexicon):
    """Entities, the gazetteer and the actor coder read one table, so they agree."""
    countries, gaz = lexicon.countries, lexicon.gazetteer
    for country in countries.countries:
        for name in (country.label, *country.names, *country.parts):
            assert countries.country_of(name.removeprefix("the ")) == country.label, name
            if country.alpha2 in gaz.countries:
                assert gaz.country_of(name).country == country.alpha2, name
        for demonym in country.demonyms:
            assert countries.country_of(demonym) == country.label, demonym
            if country.alpha3:
                assert actor_code(demonym, type="NORP") == country.alpha3, demonym
    for seat in countries.seats.values():
        assert countries.country_of_seat(seat.name) == seat.country


def test_england_is_in_the_united_kingdom_everywhere():
    assert country_of("England") == "United Kingdom"
    assert get_lexicon().gazetteer.lookup("England").country == "GB"
    assert actor_code("England", type="GPE") == "GBR"


def test_a_part_of_a_country_is_a_place_of_its_own():
    # England, Scotland, Wales and Northern Ireland are GeoNames divisions of their own
    # (not the United Kingdom's id, nor London's point), and still code as GBR.
    gaz = get_lexicon().gazetteer
    for name, geonames_id in [("England", 6269131), ("Scotland", 2638360), ("Wales", 2634895),
                              ("Northern Ireland", 2641364)]:
        place = gaz.lookup(name)
        assert (place.geonames_id, place.kind, place.country) == (geonames_id, "admin1", "GB"), name
        assert actor_code(name, type="GPE") == "GBR", name
    assert gaz.lookup("Scotland").lat > gaz.lookup("England").lat  # Scotland lies north of England
    assert gaz.lookup("Britain").geonames_id == gaz.lookup("United Kingdom").geonames_id == 2635167
    london = gaz.lookup("London")
    assert gaz.container_of(london, [gaz.lookup("England")]).name == "England"


def test_bogota_is_the_seat_of_colombia_everywhere():
    assert country_of_seat("Bogotá") == "Colombia" == country_of_seat("Bogota")
    assert actor_code("Bogotá", type="GPE", agent=True) == "COLGOV"


def test_a_part_keeps_its_own_name(lexicon):
    # "England" stands for GB in codes and look-ups, but is no other name of it.
    assert "england" not in lexicon.countries.names
    assert lexicon.countries.parts["england"] == "United Kingdom"


# --------------------------------------------------------------------------
# overlays


@pytest.fixture(scope="module")
def overlay(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("overlay")
    _write(directory, "events.tsv", "# a user's verbs\nsneeze\t190\t19\tUse conventional mass violence\tmaterial conflict\n")
    _write(directory, "actors.tsv", "seat\tthe Kremlin\tRUSSPY\n")
    _write(directory, "modal_verbs.txt", "-want\nyearn\n")
    _write(directory, "Phoenix.MilNonState.actors.txt", "FREEDONIA_LIBERATION_FRONT_ [FREREB]\n")
    return directory


@pytest.fixture(scope="module")
def extended(overlay, tmp_path_factory) -> Lexicon:
    with pytest.MonkeyPatch.context() as patch:  # keep the test's compiled lexicon out of the user's cache
        patch.setenv(cache.CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
        return get_lexicon(overlays=[overlay])


def test_overlay_adds_an_event_verb(extended, lexicon):
    assert event_of("sneeze") is None
    assert event_of("sneeze", lexicon=extended).code == "190"
    assert extended.cameo.event_of("airstrike").code == lexicon.cameo.event_of("airstrike").code == "195"


def test_overlay_overrides_an_actor_code(extended):
    assert actor_code("the Kremlin", type="ORG") == "RUSGOV"
    assert actor_code("the Kremlin", type="ORG", lexicon=extended) == "RUSSPY"


def test_overlay_edits_a_word_list(extended, lexicon):
    assert "want" in lexicon.word_sets["modal_verbs"] and "want" not in extended.word_sets["modal_verbs"]
    assert "yearn" in extended.word_sets["modal_verbs"]


def test_overlay_adds_to_the_actor_dictionaries(extended, lexicon):
    assert lexicon.dictionaries.actor_codes("Freedonia Liberation Front") == ()
    assert extended.dictionaries.actor_codes("Freedonia Liberation Front") == ("FREREB",)
    assert extended.dictionaries.actor_codes("Vladimir Putin", date="2019-06-03") == ("RUSGOV",)


def test_overlay_from_the_environment(overlay, monkeypatch, extended):
    monkeypatch.setenv(OVERLAY_ENV, str(overlay))
    assert get_lexicon() is extended  # the same directories give the same lexicon
    assert event_of("sneeze").code == "190"


def test_overlay_reaches_the_rules(overlay, monkeypatch, nlp):
    from extract.facts import extract_facts
    from extract.types import Document

    document = Document(id="d", text="Syria sneezed at the protesters in Damascus on Monday.", date="2019-06-03")
    monkeypatch.setenv(OVERLAY_ENV, str(overlay))
    (facts,) = extract_facts([document], nlp=nlp)
    events = {r.predicate.lemma: r.event for r in facts.relations}
    assert events["sneeze"] is not None and events["sneeze"].code == "190"


def test_extract_facts_takes_a_lexicon(extended, nlp):
    from extract.facts import extract_facts
    from extract.types import Document

    document = Document(id="d", text="Syria sneezed at the protesters in Damascus on Monday.", date="2019-06-03")
    (plain,) = extract_facts([document], nlp=nlp)
    (facts,) = extract_facts([document], nlp=nlp, lexicon=extended)
    assert {r.predicate.lemma: r.event for r in plain.relations}["sneeze"] is None
    assert {r.predicate.lemma: r.event for r in facts.relations}["sneeze"].code == "190"
    with pytest.raises(ExtractError, match="lexicon must be an extract.lexicon.Lexicon"):
        extract_facts([document], nlp=nlp, lexicon="overlay/")


# --------------------------------------------------------------------------
# one table per concept, with the roles each rule reads it for


def test_light_verbs_by_reading(lexicon):
    events = lexicon.keys_where("light_verbs", "reads", "event", "both")
    relations = lexicon.keys_where("light_verbs", "reads", "relation", "both")
    assert {"carry out", "launch", "wage"} <= events & relations
    assert "hold" in events and "hold" not in relations  # "held talks": talks' type, the verb stays
    assert "order" in relations and "order" not in events


def test_harm_and_speech_verbs_by_role(lexicon):
    assert lexicon.keys_where("harm_verbs", "counts", "injured") == {"injure", "wound", "hurt", "maim"}
    assert "maim" in lexicon.keys_where("harm_verbs", "victims", "yes")
    assert "maim" not in lexicon.keys_where("harm_verbs", "outcome", "yes")
    assert "tweet" in lexicon.keys_where("speech_verbs", "claim", "yes")
    assert "tweet" not in lexicon.keys_where("speech_verbs", "quote", "yes")
    with pytest.raises(LexiconError, match="no column 'colour'"):
        lexicon.keys_where("harm_verbs", "colour", "red")


# --------------------------------------------------------------------------
# the cache


def test_pickle_round_trip(lexicon):
    again = pickle.loads(pickle.dumps(lexicon))
    assert again.gazetteer.lookup("Damascus", countries=["SY"]).geonames_id == 170654
    assert again.gazetteer.candidates("Springfield") == lexicon.gazetteer.candidates("Springfield")
    assert again.countries.country_of("England") == "United Kingdom"
    assert dict(again.cameo.events) == dict(lexicon.cameo.events)
    assert again.word_sets == lexicon.word_sets


def test_cache_is_written_read_and_rebuilt_when_corrupt(tmp_path, monkeypatch, overlay, extended):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    dirs = core.overlay_dirs([overlay])
    key = cache.cache_key(core._sources(dirs))
    assert cache.write_cached(key, extended) is not None
    (path,) = (tmp_path / "cache").glob("lexicon-*.pickle")

    def no_build(*args, **kwargs):
        raise AssertionError("built instead of read from the cache")

    monkeypatch.setattr(core, "build_lexicon", no_build)
    assert core._load(dirs).cameo.event_of("sneeze").code == "190"
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(core, "build_lexicon", lambda dirs: extended)
    assert core._load(dirs) is extended  # rebuilt, not an error
    assert pickle.loads(path.read_bytes()).cameo.event_of("sneeze").code == "190"  # and rewritten


def test_cache_key_follows_the_sources(tmp_path, overlay):
    dirs = core.overlay_dirs([overlay])
    before = cache.cache_key(core._sources(dirs))
    assert cache.cache_key(core._sources(dirs)) == before
    assert cache.cache_key(core._sources(())) != before
    _write(tmp_path, "events.tsv", "sneeze\t190\t19\tx\tmaterial conflict\n")
    assert cache.cache_key(core._sources(core.overlay_dirs([tmp_path]))) != before


def test_cache_keeps_the_most_recently_used_files(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    keys = [f"{n:032x}" + "0" * 32 for n in range(cache.KEEP)]
    for age, key in enumerate(keys):
        path = cache.write_cached(key, {"n": age})
        os.utime(path, (1_000_000 + age, 1_000_000 + age))  # later keys were used later
    assert cache.read_cached(keys[0]) == {"n": 0}  # an old one, used again now
    cache.write_cached("f" * 64, {"n": "new"})
    left = {p.name for p in tmp_path.glob("lexicon-*.pickle")}
    assert len(left) == cache.KEEP
    assert f"lexicon-{'f' * 32}.pickle" in left and f"lexicon-{keys[0][:32]}.pickle" in left
    assert f"lexicon-{keys[1][:32]}.pickle" not in left  # the least recently used went


def test_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_dir() is None and cache.write_cached("k", 1) is None and cache.read_cached("k") is None


# --------------------------------------------------------------------------
# derived tables, imports, docs


def test_derived_tables_are_current():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import derive_tables
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for path, text in derive_tables.derived_tables().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run scripts/derive_tables.py"


def test_every_hand_event_code_is_labelled(lexicon):
    codes = set(lexicon.cameo.labels)
    for lemma, event in lexicon.cameo.hand.items():
        assert {event.code, event.code[:3], event.root + "0", event.root} & codes, lemma


def test_lexicon_imports_no_spacy():
    code = "import sys, extract.lexicon, extract.lexicon.normalise; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_package_exports_every_submodule_name():
    import importlib

    for module in extract._SUBMODULES:
        for name in importlib.import_module(f"extract.{module}").__all__:
            assert name in extract.__all__ and getattr(extract, name) is not None, (module, name)
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        extract.no_such_name


@pytest.mark.parametrize("module", ["normalise", "readers", "countries", "gazetteer", "cameo", "core"])
def test_lexicon_docstring_examples(module):
    import importlib

    result = doctest.testmod(importlib.import_module(f"extract.lexicon.{module}"))
    assert result.failed == 0
