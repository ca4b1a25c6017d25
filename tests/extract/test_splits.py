"""One node per referent: known second names, a group's plural and adjective, never a government with its place."""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.lexicon import get_lexicon
from extract.second_names import second_name_of


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


@pytest.mark.parametrize(
    "name, label",
    [
        ("Bombay", "Mumbai"),  # an old name
        ("Kyiv", "Kiev"),  # a new spelling: the knowledge base's label is the older one
        ("Rangoon", "Yangon"),
        ("Peking", "Beijing"),
    ],
)
def test_a_known_second_name_is_the_place(lexicon, name, label):
    assert second_name_of(name, lexicon=lexicon) == label


@pytest.mark.parametrize(
    "name",
    [
        "Mumbai",  # the label itself
        "Burma",  # a country: the country table's (Myanmar)
        "River City",  # a nickname shares no word with San Antonio
        "Elizabethtown",  # a town of its own in the gazetteer, not another name of Hagerstown
        "Senate of Venice",  # a government is not its place
        "New York",  # names a state and a city
        "Washington",  # only begins "Washington, D.C."
        "Zxqvbnm",  # unknown
    ],
)
def test_no_second_name(lexicon, name):
    assert second_name_of(name, lexicon=lexicon) is None


def keys(nlp, text):
    return {e.key: e for e in entities_of(nlp(text)) if e.type != "CONCEPT"}


def test_two_names_of_a_city_make_one_entity(nlp):
    found = keys(nlp, "Rescue teams reached Bombay on Tuesday. Officials in Mumbai said 300 people were evacuated.")
    assert "mumbai" in found and "bombay" not in found
    assert "Bombay" in found["mumbai"].aliases


def test_a_second_name_gives_the_same_key_in_every_article(nlp):
    one = keys(nlp, "Talks were held in Kyiv on Monday.")
    other = keys(nlp, "The delegation flew to Kiev on Friday.")
    assert set(one) & set(other) == {"kiev"}


def test_burma_is_myanmar(nlp):
    found = keys(nlp, "Burma held elections in November. Voters in Myanmar queued for hours.")
    assert "myanmar" in found and "burma" not in found


@pytest.mark.parametrize(
    "name, stem",
    [("Kurds", "kurd"), ("Kurdish", "kurd"), ("Kurd", "kurd"), ("Jews", "jew"), ("Amish", "amish"), ("Swiss", "swiss")],
)
def test_group_stem(name, stem):
    from extract.second_names import group_stem

    assert group_stem(name) == stem


def test_a_groups_plural_and_adjective_are_one_node(nlp):
    found = keys(nlp, "Kurds protested in the city on Sunday. Kurdish leaders said the protest would go on.")
    assert "kurds" in found and "kurdish" not in found
    assert found["kurds"].type == "NORP" and "Kurdish" in found["kurds"].aliases


def test_a_movements_singular_and_its_members_plural_are_one_node(nlp):
    # The tagger reads "Houthis" as people; the movement and its members are one armed group.
    found = keys(nlp, "The general manager attributed the bombing to Houthi rebels. "
                      "Mokha was recaptured from Houthis in 2017. A coalition is fighting the Houthis.")
    assert "houthis" in found and "houthi" not in found
    assert found["houthis"].type == "ORG"


def test_a_lone_adjective_keeps_its_name(nlp):
    # no plural in the article: nothing to join, and no made-up plural
    found = keys(nlp, "Kurdish leaders met in the city on Sunday.")
    assert "kurdish" in found and "kurds" not in found


_GOVERNMENT_TEXTS = (
    "The French government announced new taxes on Monday.",
    "France's government announced new taxes on Monday.",
    "The government of France announced new taxes on Monday.",
)


@pytest.fixture(scope="module")
def government_facts(nlp):
    from extract.facts import extract_facts
    from extract.types import Document

    documents = [Document(id=f"d{i}", text=t, date="2020-03-02") for i, t in enumerate(_GOVERNMENT_TEXTS)]
    return {f.document.text: f for f in extract_facts(documents, nlp=nlp)}


@pytest.mark.parametrize("text", _GOVERNMENT_TEXTS)
def test_a_countrys_government_is_one_actor_node_however_written(government_facts, text):
    facts = government_facts[text]
    entities = {e.key: e for e in facts.entities}
    assert {r.subject.key for r in facts.relations} == {"actor:fragov"}
    # the country keeps a node of its own, and it is not the government
    assert entities["actor:fragov"].country == "france"
    france = entities.get("france")
    assert france is None or not any("government" in a.casefold() for a in france.aliases)


def test_a_city_is_not_its_government(nlp):
    found = keys(nlp, "The government of Paris closed the parks on Sunday. Paris is a large city.")
    assert found["paris"].type == "GPE"
    assert not any("government" in a.casefold() for a in found["paris"].aliases)
