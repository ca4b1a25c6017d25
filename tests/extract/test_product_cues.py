"""Products and works the text describes by their kind, family names by their endings, towns of the article's
country (``extract.product_cues``, ``extract.surname_shapes``); and the look-alikes each rule must leave alone.

Invented sentences and sentences of the Wikinews corpus, through the real pipeline (the tagger's own names);
where the tagger's label decides whether a rule is asked at all, the rule is called with that label.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.product_cues import product_cue
from extract.surname_shapes import family_ending, surname_cue
from extract.type_cues import person_reading

from .helpers import named_types


def _span(doc, text: str, nth: int = 1) -> tuple[int, int]:
    """The token range of the ``nth`` occurrence of ``text`` in ``doc``."""
    for tok in doc:
        if doc.text[tok.idx:].startswith(text):
            nth -= 1
            if nth:
                continue
            end = tok.i
            while doc[end].idx + len(doc[end].text) < tok.idx + len(text):
                end += 1
            return tok.i, end + 1
    raise AssertionError(f"{text!r} not in {doc.text!r}")


def _cue(nlp, cue, text: str, name: str, label: str, nth: int = 1):
    doc = nlp(text)
    ts, te = _span(doc, name, nth)
    return cue(doc, ts, te, lexicon=get_lexicon(), label=label)


# --- products and works (extract.product_cues) -------------------------------------------------------------

def test_a_name_before_the_operating_system_it_heads_is_no_node(nlp):
    got = named_types(nlp, "The Rocky Linux operating system was released on Monday by the foundation.")
    assert "Rocky Linux" not in got


def test_a_name_in_apposition_to_its_kind_is_no_node_at_any_mention(nlp):
    got = named_types(nlp, "Gregory Kurtzer, who had started the CentOS project, announced a new operating "
                           "system, Rocky Linux. Kurtzer said Rocky Linux will run on ARM processors.")
    assert got.get("Gregory Kurtzer") == "PERSON"
    assert "Rocky Linux" not in got


def test_the_kind_before_the_name_makes_it_a_product(nlp):
    assert _cue(nlp, product_cue, "Engineers tested the web browser Vandora on old laptops.", "Vandora",
                "PERSON") == "PRODUCT"
    assert _cue(nlp, product_cue, "Engineers met Vandora on Monday.", "Vandora", "PERSON") is None


def test_a_tv_series_after_its_kind_is_no_node(nlp):
    got = named_types(nlp, "Critics praised the TV series Ozark, which returned for a third season.")
    assert "Ozark" not in got


def test_the_work_of_a_numbered_season_is_no_node(nlp):
    got = named_types(nlp, "Sony released the third season of Ozark.")
    assert "Ozark" not in got
    assert got.get("Sony") == "ORG"


def test_a_leagues_season_keeps_the_league(nlp):
    got = named_types(nlp, "The 2020 season of Formula One was shortened by the pandemic.")
    assert got.get("Formula One") == "ORG"


def test_a_work_s_maker_before_its_kind_keeps_its_node(nlp):
    got = named_types(nlp, "Critics watched the Spielberg film at the festival.")
    assert got.get("Spielberg") == "PERSON"


def test_a_known_company_before_a_vaccine_is_not_a_product(nlp):
    assert _cue(nlp, product_cue, "The Pfizer vaccine was approved in December.", "Pfizer", "ORG") is None


def test_a_described_name_that_speaks_elsewhere_keeps_its_node_there(nlp):
    text = "The band released the album Molokai Bay in May. Molokai Bay said the tour would start in June."
    assert _cue(nlp, product_cue, text, "Molokai Bay", "PERSON", nth=1) == "PRODUCT"  # the album
    assert _cue(nlp, product_cue, text, "Molokai Bay", "PERSON", nth=2) is None


# --- family names and towns (extract.surname_shapes) -------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("Danielsson", True), ("Kowalski", True), ("Davutoglu", True), ("Papadopoulos", True),
    ("Ski", False), ("Jones", False),
])
def test_family_ending(word, expected):
    assert family_ending(word, ("sson", "ski", "oglu", "opoulos")) is expected


def test_a_committee_member_with_a_swedish_family_name_is_a_person(nlp):
    got = named_types(nlp, '"Both these prizes tell us something essential, something existential about our '
                           'place in the Universe", said selection committee member Ulf Danielsson.')
    assert got.get("Ulf Danielsson") == "PERSON"


def test_a_polish_family_name_tagged_as_a_body_is_a_person(nlp):
    assert _cue(nlp, surname_cue, "Marek Wojcikowski arrived in Gdansk on Tuesday.", "Marek Wojcikowski",
                "ORG") == "PERSON"


def test_a_company_named_like_a_person_stays_a_body(nlp):
    text = "Jankowski Gorski said the company would open a plant in Lodz."
    assert _cue(nlp, surname_cue, text, "Jankowski Gorski", "ORG") is None


def test_a_company_with_an_apposition_stays_a_body(nlp):
    got = named_types(nlp, "Kowalski Nowak, the Polish engineering company, said it would cut jobs.")
    assert got.get("Kowalski Nowak") == "ORG"


def test_a_place_with_a_family_names_ending_stays_a_place(nlp):
    assert _cue(nlp, surname_cue, "Tourists crowded the shores of Lake Geneva.", "Lake Geneva", "LOC") is None


def test_a_town_of_the_articles_country_tagged_a_person_is_a_place(nlp):
    got = named_types(nlp, "Militants fled to Jolo after the attack, Philippine officials said.")
    assert got.get("Jolo") == "GPE"


def test_a_town_of_another_country_is_left_to_the_tagger(nlp):
    text = "Militants fled to Jolo after the attack, Kenyan officials said."
    assert _cue(nlp, surname_cue, text, "Jolo", "PERSON") is None


def test_a_given_name_is_read_as_a_person(nlp):
    doc = nlp("Maria spoke to reporters in Manila.")
    assert person_reading("Maria", get_lexicon(), doc)


def test_a_company_with_a_countrys_own_name_stays_a_body(nlp):
    text = "In the past few years, Tesco Polska has cut expenditures by streamlining its stores."
    assert _cue(nlp, surname_cue, text, "Tesco Polska", "ORG") is None


def test_a_word_of_english_with_a_family_names_ending_is_no_surname(nlp):
    text = "Leaders of the Coptic Christian community met in Cairo."
    assert _cue(nlp, surname_cue, text, "Coptic Christian", "ORG") is None


def test_a_peoples_name_before_a_kind_is_its_origin(nlp):
    assert _cue(nlp, product_cue, "We have never felt the need to consume English medicine.", "English",
                "NORP") is None


def test_the_short_form_of_a_company_named_after_a_town_is_no_town(nlp):
    text = ("Germany on Monday banned Iranian airline Mahan Air from flying in the European nation. "
            "Mahan has been the subject of United States sanctions since 2011.")
    assert _cue(nlp, surname_cue, text, "Mahan", "PERSON", nth=2) is None


def test_a_son_listed_with_his_brother_is_no_town(nlp):
    text = ("The American heiress is survived by two sons with Stokowski, Stanislaus and Christopher, "
            "and by her son Anderson Cooper.")
    assert _cue(nlp, surname_cue, text, "Stanislaus", "PERSON") is None


def test_a_town_before_a_station_is_left_to_the_noun(nlp):
    text = "An engineer was killed while working at Waterloo station in the British capital London."
    assert _cue(nlp, surname_cue, text, "Waterloo", "PERSON") is None
