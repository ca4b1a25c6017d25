"""Actor codes from a place inside the mention, from a title before a name, and by coreference
with a mention that names the place (issue 11, point 3).

Every sentence is invented for the test. Expected countries come from the place names (a
gazetteer city or first-level division of one country, or the one country the sentence names
among the namesakes' countries) and expected roles from the title words (the Phoenix agents
file: a solicitor general and a mayor are ``~GOV``, a senate president and a house speaker
``~LEG``, a chief justice ``~JUD``).
"""

from __future__ import annotations

from functools import partial

import pytest
from spacy.tokens import Span

from extract.actors import actor_code, locality_country, person_title_code, title_role
from extract.lexicon import get_lexicon

from .helpers import find, relation_of, text_relations


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


_relation = partial(relation_of, date="2019-06-01")
_relations = partial(text_relations, date="2019-06-01")


def _tagged(nlp, text: str, word: str, label: str):
    """The tokens of ``word`` in ``text``, the name given the tagger label ``label`` ('' for none)."""
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == word)
    others = [e for e in doc.ents if e.end <= at or e.start > at]
    doc.ents = others + ([Span(doc, at, at + 1, label=label)] if label else [])
    return doc[at : at + 1]


# --------------------------------------------------------------------------
# a city or region of one reading names its country


def test_city_of_one_country(nlp, lexicon):
    assert locality_country(_tagged(nlp, "Gdańsk residents protested.", "Gdańsk", "GPE"), lexicon=lexicon) == "POL"


def test_city_several_countries_share_gives_none_alone(nlp, lexicon):
    # Victoria is a city in Canada, Hong Kong, Argentina, Chile, Seychelles ...: no country
    assert locality_country(_tagged(nlp, "Victoria police made arrests.", "Victoria", "GPE"), lexicon=lexicon) is None


def test_namesake_town_takes_the_country_the_article_names(nlp, lexicon):
    # Cheltenham is a town in England and in Australia; the text names England
    tokens = _tagged(nlp, "A Cheltenham man was questioned in England.", "Cheltenham", "ORG")
    assert locality_country(tokens, lexicon=lexicon) == "GBR"
    tokens = _tagged(nlp, "A Cheltenham man was questioned on Monday.", "Cheltenham", "ORG")
    assert locality_country(tokens, lexicon=lexicon) is None


def test_a_place_mistaken_for_a_person_needs_its_country_named(nlp, lexicon):
    tokens = _tagged(nlp, "Kerala's government, the Indian state's cabinet, met.", "Kerala", "PERSON")
    assert locality_country(tokens, lexicon=lexicon) == "IND"
    tokens = _tagged(nlp, "Kerala's government met on Monday.", "Kerala", "PERSON")
    assert locality_country(tokens, lexicon=lexicon) is None


def test_a_word_that_is_also_a_town_is_no_place(nlp, lexicon):
    # "Police" is a town in Poland: untagged, with Poland unnamed, it is the police
    tokens = _tagged(nlp, "Police spokesman Jan Kowal spoke on Monday.", "Police", "")
    assert locality_country(tokens, lexicon=lexicon) is None


def test_a_surname_of_the_article_is_no_place(nlp, lexicon):
    # Lincoln is an English city too; here it is the surname of the person named before
    text = "Abraham Lincoln spoke in England. Lincoln's government won the vote."
    doc = nlp(text)
    at = [t.i for t in doc if t.text == "Lincoln"][-1]
    doc.ents = [e for e in doc.ents if not e.start <= at < e.end] + [Span(doc, at, at + 1, label="PERSON")]
    assert locality_country(doc[at : at + 1], lexicon=lexicon) is None


def test_another_name_of_a_place_is_not_read(nlp, lexicon):
    # "Valley" is a name of The Valley, Anguilla's capital
    assert locality_country(_tagged(nlp, "The Valley officials met.", "Valley", "GPE"), lexicon=lexicon) is None


# --------------------------------------------------------------------------
# in a sentence: compound, possessive, "in"/"from" phrase, a place noun's modifier


def test_police_in_a_city_are_its_country(nlp):
    rel = _relation(nlp, "Police in Christchurch, New Zealand, arrested a teacher on Sunday.", "arrest")
    assert rel.subject.actor_code == "NZLCOP"


def test_coreferent_police_take_the_code(nlp):
    rels = _relations(nlp, "Police in Christchurch, New Zealand, arrested a teacher on Sunday. "
                           "Police later charged the teacher with fraud.")
    assert [r.subject.actor_code for r in find(rels, "Police", "charge")] == ["NZLCOP"]


def test_troops_from_a_country(nlp):
    rel = _relation(nlp, "Troops from Chad attacked the rebels on Monday.", "attack")
    assert rel.subject.actor_code == "TCDMIL"


def test_officials_in_a_capital_are_not_its_government(nlp):
    # officials may be foreign where they are: only local roles take the place's country
    rel = _relation(nlp, "Officials in Kabul criticised Pakistan on Monday.", "criticise")
    assert rel.subject.actor_code in (None, "GOV")


def test_ambiguous_city_before_police_gives_no_country(nlp):
    rel = _relation(nlp, "Victoria police arrested two men on Monday.", "arrest")
    assert rel.subject.actor_code == "COP"


def test_state_before_police(nlp):
    rel = _relation(nlp, "Lagos state police arrested the suspects on Monday.", "arrest")
    assert rel.subject.actor_code == "NGACOP"


# --------------------------------------------------------------------------
# titles before a name


@pytest.mark.parametrize(("text", "role"), [
    ("Solicitor General Maria Santos", "GOV"),
    ("Senate President Ana Ruiz", "LEG"),
    ("House Speaker Ana Ruiz", "LEG"),
    ("Chief Justice Ana Ruiz", "JUD"),
    ("Mayor Kowalczyk", "GOV"),
])
def test_title_before_a_name_gives_its_role(lexicon, text, role):
    assert actor_code(text, type="PERSON", lexicon=lexicon) == role


def test_the_whole_title_beats_its_last_role_word(lexicon):
    assert title_role("Senate President Ana Ruiz", lexicon=lexicon) == ("LEG", 2)
    assert actor_code("Kenyan Senate President Ana Ruiz", type="PERSON", lexicon=lexicon) == "KENLEG"


def test_no_title_without_a_name_or_with_a_plain_noun(lexicon):
    assert title_role("the secretary of state", lexicon=lexicon) is None
    assert title_role("told journalists Kowalczyk", lexicon=lexicon) is None


def test_a_title_with_a_country_wins_over_a_role_alone(lexicon):
    phrases = ["Mayor Jan Kowalczyk", "Polish Mayor Jan Kowalczyk"]
    assert person_title_code(phrases, lexicon=lexicon) == "POLGOV"
    assert person_title_code(phrases[::-1], lexicon=lexicon) == "POLGOV"
    assert person_title_code(phrases[:1], lexicon=lexicon) == "GOV"
    assert person_title_code(["former Polish Mayor Jan Kowalczyk"], lexicon=lexicon) == "POLELI"


def test_titled_person_in_a_sentence(nlp):
    rel = _relation(nlp, "Solicitor General Maria Santos sued the broadcaster on Monday.", "sue")
    assert rel.subject.actor_code == "GOV"


def test_no_title_from_a_given_name_or_a_plain_noun(lexicon):
    assert title_role("Christian Okafor", lexicon=lexicon) is None  # a given name, not a Christian
    assert title_role("Engineer Maria Santos", lexicon=lexicon) is None  # a description, no office


# --------------------------------------------------------------------------
# a place name of two words in a title: its one country, and no country word inside it


@pytest.mark.parametrize(("text", "code"), [
    ("New Jersey Governor Ana Ruiz", "USAGOV"),  # not Jersey's
    ("New South Wales Premier Ana Ruiz", "AUSGOV"),  # not the United Kingdom's
    ("British Columbia Premier Ana Ruiz", "CANGOV"),
    ("San Juan Mayor Ana Ruiz", "GOV"),  # San Juan is a city of many countries
])
def test_place_of_two_words_in_a_title(lexicon, text, code):
    assert actor_code(text, type="PERSON", lexicon=lexicon) == code


def test_country_word_still_read_beside_a_place(lexicon):
    assert actor_code("Papua New Guinea Prime Minister Ana Ruiz", type="PERSON", lexicon=lexicon) == "PNGGOV"
    assert actor_code("the Syrian regime", lexicon=lexicon) == "SYRGOV"


def test_no_title_without_a_name_after_it(lexicon):
    # "Candidate" is a person noun, not a name: the phrase names no one
    assert title_role("Deputy Lord Mayor Candidate", lexicon=lexicon) is None


def test_place_after_then(lexicon):
    assert actor_code("then-New Jersey Governor Ana Ruiz", type="PERSON", lexicon=lexicon) == "USAGOV"


def test_no_title_held_no_longer(lexicon):
    assert title_role("Tanzanian-born ex-Muslim Amina Odhiambo", lexicon=lexicon) is None
