"""Role nouns used in a sense that names a thing code no actor (issue 11, points 1-3).

Sentences are invented. Expected codes come from the text: "a state of emergency" is a condition,
"its internal business" affairs, "new industries" sectors, "a settlement" an agreement or a place,
"Court packing" an act; none of them names the government, companies, civilians or a court. Where
the role noun names the actors ("the business community", "settlers", "state media"), they keep it.
"""

from __future__ import annotations

import pytest

from extract.events.noun_senses import thing_sense
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


def _relation(nlp, text, verb, *, date="2020-10-01"):
    facts = document_facts(nlp, text, date=date)
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return found[-1]


def _span(nlp, text, phrase):
    start = text.index(phrase)
    return nlp(text).char_span(start, start + len(phrase))


# --------------------------------------------------------------------------
# 1. a role noun in its sense of a thing: no actor code


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Bolivian President Evo Morales declared a state of emergency in the northern province.", "declare"),
        ("Governor Andrew Cuomo lifted the state of emergency on Friday.", "lift"),
        ("Thailand imposed a state of emergency in Bangkok.", "impose"),
        ("Siemens will restructure its internal business next year.", "restructure"),
        ("Walmart sold its retail business in Brazil to Advent International.", "sell"),
        ("Shell expanded its gas business in Nigeria.", "expand"),
        ("Xi Jinping discussed Party business with the delegates in Beijing.", "discuss"),
        ("Boeing and the union reached a settlement after months of talks.", "reach"),
        ("The Israeli army demolished the settlement near Hebron.", "demolish"),
        ("Israel approved a new settlement in the West Bank.", "approve"),
        ("Senator Mitch McConnell denounced Court packing as a threat to democracy.", "denounce"),
        ("The Chinese government promoted new industries in Xinjiang.", "promote"),
        ("India opened its defence industry to foreign investors.", "open"),
    ],
)
def test_role_noun_naming_a_thing_codes_no_actor(nlp, text, verb):
    rel = _relation(nlp, text, verb)
    assert rel.object.actor_code is None


# --------------------------------------------------------------------------
# 2. the same nouns naming actors keep their codes


@pytest.mark.parametrize(
    ("text", "verb", "role"),
    [
        ("Israeli settlers attacked a Palestinian village on Sunday.", "attack", "CVL"),
        ("Chinese state media reported the arrests on Monday.", "report", "MED"),
        ("British businesses criticised the Brexit deal.", "criticise", "BUS"),
        ("The oil industry rejected the proposal from the European Commission.", "reject", "BUS"),
        ("Local businesses welcomed the decision.", "welcome", "BUS"),
        ("Labour Party members criticised Keir Starmer.", "criticise", "PTY"),
    ],
)
def test_role_nouns_naming_actors_keep_their_codes(nlp, text, verb, role):
    code = _relation(nlp, text, verb).subject.actor_code
    assert code is not None and role in code


def test_a_named_owner_keeps_its_code(nlp):
    # the lending business is Deutsche Bank's: an act on it is aimed at the bank
    rel = _relation(nlp, "German regulators examined Deutsche Bank's lending business.", "examine")
    assert rel.object.actor_code is not None and rel.object.actor_code.endswith("DEU")


def test_the_state_of_a_place_is_an_actor(nlp):
    rel = _relation(nlp, "The state of Texas sued Google over advertising.", "sue")
    assert rel.subject.actor_code is not None


# --------------------------------------------------------------------------
# 3. the cues of the sense, read from the phrase's structure


@pytest.mark.parametrize(
    ("text", "phrase", "thing"),
    [
        ("They declared a state of siege.", "a state of siege", True),
        ("They met the state of Texas.", "the state of Texas", False),
        ("They presented a body of evidence.", "a body of evidence", True),
        ("They formed a body of experts.", "a body of experts", False),
        ("The party handled its internal business.", "its internal business", True),
        ("She runs a family business.", "a family business", False),
        ("They helped small business.", "small business", False),
        ("They protected key industries.", "key industries", True),
        ("The two sides reached a settlement.", "a settlement", True),
    ],
)
def test_thing_sense_cues(nlp, text, phrase, thing):
    span = _span(nlp, text, phrase)
    assert span is not None
    assert thing_sense(span, get_lexicon()) is thing


def test_sectors_that_act_are_companies(nlp):
    # "new industries from overseas" engage with the city: the businesses that do it
    text = "The plan allows new industries from overseas to engage with the City of Melbourne."
    assert thing_sense(_span(nlp, text, "new industries from overseas"), get_lexicon()) is False
    assert thing_sense(_span(nlp, "The state protected key industries.", "key industries"), get_lexicon()) is True


@pytest.mark.parametrize(
    ("text", "phrase", "thing"),
    [
        ("The backyard party took place near the school.", "The backyard party", True),
        ("The party was organised by a Hindu group in Delhi.", "The party", True),
        ("Students threw a party after the exams.", "a party", True),
        ("The ruling party won the election.", "The ruling party", False),
        ("The party was held responsible for the defeat.", "The party", False),
        ("The party held a rally in the capital.", "The party", False),
    ],
)
def test_a_party_held_is_a_gathering(nlp, text, phrase, thing):
    assert thing_sense(_span(nlp, text, phrase), get_lexicon()) is thing


def test_a_gathering_codes_no_party(nlp):
    rel = _relation(nlp, "Police said the birthday party was organised by Ravi Kumar in Delhi.", "organise")
    assert rel.object.actor_code is None or "PTY" not in rel.object.actor_code
