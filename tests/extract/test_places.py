"""The offline gazetteer (extract/places.py)."""

from __future__ import annotations

import pytest

from extract.places import Gazetteer, GazetteerEntry, gazetteer, normalise_place, split_place


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize(
    "text, countries, geonames_id, country, kind",
    [
        ("Damascus", ["SY"], 170654, "SY", "city"),  # not Damascus, Maryland
        ("Damascus", [], 170654, "SY", "city"),
        ("Homs", ["SY"], 169577, "SY", "city"),  # not Al Khums, Libya ("Homs" is an alternate name)
        ("Homs province", ["SY"], 169577, "SY", "admin1"),
        ("Idlib Province", ["SY"], 169389, "SY", "admin1"),
        ("the rebel-held Idlib province", ["SY"], 169389, "SY", "admin1"),
        ("Khan Sheikhun", ["SY"], 168325, "SY", "city"),
        ("northwest Syria", [], 163843, "SY", "country"),
        ("Israel", [], 294640, "IL", "country"),
        ("Britain", [], 2635167, "GB", "country"),
        ("US", [], 6252001, "US", "country"),
        ("Aleppo", ["SY"], 170063, "SY", "city"),  # Wikinews 2019-02-05
        ("Baghdad", ["IQ", "US"], 98182, "IQ", "city"),  # Wikinews 2020-01-05
    ],
)
def test_lookup(gaz, text, countries, geonames_id, country, kind):
    entry = gaz.lookup(text, countries=countries)
    assert entry is not None
    assert (entry.geonames_id, entry.country, entry.kind) == (geonames_id, country, kind)
    assert entry.lat is not None and entry.lon is not None


def test_country_context_decides_between_namesakes(gaz):
    syria = gaz.lookup("Damascus", countries=["SY"])
    maryland = gaz.lookup("Damascus", countries=["US"])
    assert syria.country == "SY" and 33 < syria.lat < 34
    assert maryland.country == "US" and maryland.admin1 == "MD"
    libya = gaz.lookup("Homs", countries=["LY"])
    assert libya.country == "LY"


def test_unknown_place(gaz):
    assert gaz.lookup("Atlantis Minor") is None
    assert gaz.lookup("") is None


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("northwest Syria", "Syria", None),
        ("Homs Province", "Homs", "admin1"),
        ("the town of Khan Sheikhun", "Khan Sheikhun", None),
        ("Syria's", "Syria", None),
        ("southern Idlib countryside", "Idlib", None),
    ],
)
def test_split_place(text, name, kind):
    assert split_place(text) == (name, kind)


def test_normalise_place_folds_accents_and_quotes():
    assert normalise_place("Khān  Shaykhūn") == "khan shaykhun"
    assert normalise_place("Dar‘ā") == normalise_place("Dar'a")


def test_container(gaz):
    khan = gaz.lookup("Khan Sheikhun", countries=["SY"])
    idlib = gaz.lookup("Idlib province", countries=["SY"])
    homs_province = gaz.lookup("Homs province", countries=["SY"])
    syria = gaz.lookup("Syria")
    assert gaz.container_of(khan, [syria, idlib, homs_province]) is idlib
    assert gaz.container_of(khan, [syria, homs_province]) is syria
    assert gaz.container_of(homs_province, [syria, idlib]) is syria
    assert gaz.container_of(syria, [idlib]) is None


def test_capitals(gaz):
    assert gaz.capitals["SY"] == 170654
    assert gaz.capitals["RU"] == 524901


def test_small_gazetteer_from_entries():
    a = GazetteerEntry(1, "Springfield", "city", "US", "IL", 39.8, -89.6, 100_000)
    b = GazetteerEntry(2, "Springfield", "city", "US", "MA", 42.1, -72.5, 150_000)
    gaz = Gazetteer([(a, ["Springfield"]), (b, ["Springfield"])])
    assert gaz.lookup("Springfield") is b  # the bigger one without context
    assert len(gaz.candidates("springfield")) == 2


def test_places_docstring_examples():
    import doctest

    import extract.places

    result = doctest.testmod(extract.places)
    assert result.attempted > 0 and result.failed == 0


def test_major_city_keeps_its_referent_against_a_namesake_in_context(gaz):
    # an article about Iran and the United States that meets in Paris: Paris, France
    paris = gaz.lookup("Paris", countries=["IR", "US"])
    assert paris.country == "FR"
    # an article whose one country holds the namesake: local news from Maryland
    assert gaz.lookup("Damascus", countries=["US"]).country == "US"


def test_is_major_and_is_ambiguous_on_a_small_gazetteer():
    capital = GazetteerEntry(1, "Paris", "city", "FR", "11", 48.9, 2.3, 2_100_000)
    town = GazetteerEntry(2, "Paris", "city", "US", "TX", 33.7, -95.6, 25_000)
    twin_a = GazetteerEntry(3, "Springfield", "city", "US", "IL", 39.8, -89.6, 100_000)
    twin_b = GazetteerEntry(4, "Springfield", "city", "US", "MA", 42.1, -72.5, 150_000)
    alone = GazetteerEntry(5, "Yonkers", "city", "US", "NY", 40.9, -73.9, 200_000)
    gaz = Gazetteer([(capital, ["Paris"]), (town, ["Paris"]), (twin_a, ["Springfield"]),
                     (twin_b, ["Springfield"]), (alone, ["Yonkers"])], capitals={"FR": 1})
    assert gaz.is_major(capital) and not gaz.is_major(town)
    assert gaz.lookup("Paris", countries=["US", "IR"]) is capital
    assert not gaz.is_ambiguous("Paris", capital)
    assert gaz.is_ambiguous("Paris", town)
    assert gaz.is_ambiguous("Springfield", twin_b)
    assert not gaz.is_ambiguous("Yonkers", alone)


def test_located_in_says_what_supports_it(nlp):
    from extract.facts import extract_facts
    from extract.records import relation_record
    from extract.types import Document

    text = ("Shelling hit Maarrat al-Numan in Idlib province on Monday. "
            "Later, rockets fell on Aleppo. Syria denied it.")
    facts = next(extract_facts([Document(id="t", text=text)], nlp=nlp))
    located = [r for r in facts.relations if r.predicate.lemma == "located in"]
    assert located
    assert {r.basis for r in located} <= {"text", "gazetteer"}
    by_pair = {(r.subject.label, r.object.label): r.basis for r in located}
    assert by_pair.get(("Aleppo", "Syria")) == "gazetteer"
    assert relation_record(located[0])["basis"] == located[0].basis
    others = [r for r in facts.relations if r.predicate.lemma != "located in"]
    assert all(r.basis is None and "basis" not in relation_record(r) for r in others)


def test_namesakes_inside_the_container_are_no_doubt():
    delhi = GazetteerEntry(1, "Delhi", "city", "IN", "07", 28.7, 77.2, 10_000_000)
    new_delhi = GazetteerEntry(2, "New Delhi", "city", "IN", "07", 28.6, 77.2, 300_000)
    india = GazetteerEntry(3, "India", "country", "IN", None, 22.0, 79.0, 0)
    canada = GazetteerEntry(4, "Delhi", "city", "CA", "08", 42.9, -80.5, 16_000_000)
    gaz = Gazetteer([(delhi, ["Delhi"]), (new_delhi, ["New Delhi", "Delhi"]), (india, ["India"])])
    assert not gaz.is_ambiguous("Delhi", delhi, within=india)
    both = Gazetteer([(delhi, ["Delhi"]), (canada, ["Delhi"]), (india, ["India"])])
    assert both.is_ambiguous("Delhi", delhi, within=india)


@pytest.mark.parametrize("text, country", [
    ("North Korea", "KP"), ("North Korea's", "KP"), ("South Korea", "KR"), ("South Sudan", "SS"),
    ("Sudan", "SD"), ("North Macedonia", "MK"), ("Northern Ireland", "GB"), ("the South China Sea", None),
])
def test_whole_name_wins_over_a_compass_word(gaz, text, country):
    # "North" in "North Korea" is part of the name, not a direction inside Korea.
    entry = gaz.lookup(text)
    if country is None:
        assert entry is None or entry.kind != "country"
    else:
        assert entry is not None and entry.country == country


def test_compass_word_still_points_inside_a_place(gaz):
    assert gaz.lookup("northwest Syria").country == "SY"
    assert gaz.lookup("southern Lebanon").country == "LB"
