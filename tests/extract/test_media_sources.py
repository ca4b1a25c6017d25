"""News media the tables do not list are sources, not actors of statements (issue 11).

A medium reporting is the article's source, not an event: "ABC reported", "The Hindu reported",
"Gazeta Prawna reports" make no statement (CAMEO 010) of the medium. A name is a medium's when its
knowledge-base entry says it is a newspaper, broadcaster, news agency and so on, when it has a
newspaper's shape, or when a press word stands beside it. Invented sentences through the real pipeline.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.news_media import medium_description, medium_name
from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

_VERBS = ("report", "mention", "explain", "predict")


def statements(nlp, text):
    """(subject text, lemma) of the one-place reporting statements of ``text``."""
    return {(r.subject.text, r.predicate.lemma) for r in text_relations(nlp, text, date="2022-03-14")
            if r.predicate.lemma in _VERBS and r.object.key == UNSPECIFIED_KEY and r.event and r.event.code == "010"}


@pytest.mark.parametrize("description, medium", [
    ("first Australian public television network", True),
    ("media: newspaper, Poland", True),
    ("agency: news agency, China", True),
    ("adult contemporary radio station in Sacramento, California", True),
    ("space-related agency of the United States government", False),
    ("American businessman and magazine publisher", False),
    ("director of music, for an orchestra, film, radio station", False),
    ("American television series", False),
    ("platform: social network, United States", False),
])
def test_a_description_names_a_medium_only_as_its_kind(description, medium):
    assert medium_description(description, get_lexicon()) is medium


@pytest.mark.parametrize("name, medium", [
    ("ABC", True),             # entities_fb15k: "first Australian public television network"
    ("The Hindu", True),       # known_organisations: "media: newspaper, India"
    ("Gazeta Prawna", True),   # alias of "Dziennik Gazeta Prawna", "media: newspaper, Poland"
    ("The Rockford Gazette", True),   # a newspaper's shape, in no table
    ("Valley Evening Tribune", True),
    ("NASA", False),
    ("Apple", False),
    ("USA", False),            # a country as well as a channel's alias
    ("Phivolcs", False),
])
def test_a_name_is_a_medium_by_table_shape_or_knowledge_base(name, medium):
    assert medium_name(name, get_lexicon()) is medium


def test_a_common_noun_takes_neither_shape_nor_knowledge_base():
    assert not medium_name("evening tribune", get_lexicon(), proper=False)
    assert not medium_name("abc", get_lexicon(), proper=False)


@pytest.mark.parametrize("text", [
    "Police said the gunman held a valid licence to buy weapons, ABC reported.",
    "ABC reported that the gunman held a valid licence.",
    "The Hindu reported that the camps offered free check-ups.",
    "Gazeta Prawna reports that only a few shops opened on Sunday.",
    # the parser joins the medium to the earlier subject ("the company ..., but Gazeta Prawna")
    "At the time, the company invested in e-commerce and opened new stores, but Gazeta Prawna reports only 0.5% of "
    "the country's food turnover comes from this segment.",
    "Time, a news magazine, reported that protesters had blocked the road.",
    "The Rockford Gazette reported that the mayor had resigned.",
])
def test_a_medium_no_table_lists_makes_no_statement(nlp, text):
    assert not statements(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("NASA reported that the probe had landed on the moon.", "NASA"),
    ("The Philippine Institute of Volcanology reported the first quake occurred at 7:37 p.m.", "Institute"),
    ("Apple reported that its sales had risen in China.", "Apple"),
])
def test_an_actor_that_is_no_medium_still_makes_a_statement(nlp, text, subject):
    assert any(subject in s for s, _lemma in statements(nlp, text)), statements(nlp, text)
