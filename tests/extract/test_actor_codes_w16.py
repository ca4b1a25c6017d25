"""Actor codes of event sources and targets (wave 16): a country-less national role in an article
that names one country only (``extract/actors/sole_country.py``), outsiders, and juries.

Every sentence is invented for the test. The expected codes come from the text: the one country
the article names (a country's name, a nationality word, a city or region of one reading) and
the role of the agent noun (police ``COP``, government ``GOV``, protesters ``OPP``, jury ``JUD``).
"""

from __future__ import annotations

import pytest

from extract.actors import ActorCode, NATIONAL_ROLES, only_named_country, setting_country, sole_country_code
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


def _relation(nlp, text, verb, *, date="2020-06-01"):
    facts = document_facts(nlp, text, date=date)
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return found[-1]


# --------------------------------------------------------------------------
# 1. one country named: a national role takes it


@pytest.mark.parametrize(
    ("text", "verb", "side", "code"),
    [
        ("Thousands of people marched through Santiago, Chile on Tuesday. The police fired tear gas at "
         "the crowd near the presidential palace.", "fire", "subject", "CHLCOP"),
        ("Floods have displaced more than 40,000 people in western Kenya. The government promised "
         "emergency aid to the worst-hit counties on Monday.", "promise", "subject", "KENGOV"),
        ("A former mayor went on trial in Durban, South Africa, on Monday. The court rejected his "
         "request to delay the hearing.", "reject", "subject", "ZAFJUD"),
        ("Farmers drove tractors into central Paris on Wednesday. The police blocked them from "
         "reaching the ministry.", "block", "subject", "FRACOP"),
        ("Peru's congress voted to remove the president on Monday. Protesters blocked roads in Lima.",
         "block", "subject", "PEROPP"),
        ("A jury in Charleston, West Virginia, convicted the businessman of conspiracy on Monday.",
         "convict", "subject", "USAJUD"),
    ],
)
def test_national_role_takes_the_one_country_named(nlp, text, verb, side, code):
    assert getattr(_relation(nlp, text, verb), side).actor_code == code


# --------------------------------------------------------------------------
# 2. two countries named, or none, or an outsider: the role stays alone


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # a second country, by name or nationality word
        ("Two fishing boats from Vietnam were seized off the coast of Indonesia. The authorities "
         "detained the crews on Friday.", "detain", "GOV"),
        ("A British tourist was attacked in Bali, Indonesia. The government demanded an inquiry.",
         "demand", "GOV"),
        # a country's name the tagger takes for an organisation still counts
        ("Georgia's ruling party won the election in Tbilisi, while Armenia watched closely. The "
         "opposition rejected the results.", "reject", "OPP"),
        # no country named at all
        ("A man was arrested at an airport after a flight landed. Police charged him with assault.",
         "charge", "COP"),
        # outsiders are where they are, not of that country
        ("President Vucic said foreign security forces attacked the protesters in Belgrade, Serbia.",
         "attack", "MIL"),
    ],
)
def test_role_stays_alone_without_one_country(nlp, text, verb, code):
    assert _relation(nlp, text, verb).subject.actor_code == code


def test_roles_of_no_one_country_take_none(nlp):
    text = "The army fought in eastern Myanmar on Monday. The rebels accused the soldiers of burning homes."
    assert _relation(nlp, text, "accuse").subject.actor_code == "REB"


def test_article_country_makes_no_actor_node(nlp):
    """The code stays on the argument: two articles' "police" never merge into one ACTOR node."""
    text = "Thousands of people marched through Santiago, Chile on Tuesday. The police fired tear gas."
    subject = _relation(nlp, text, "fire").subject
    assert subject.actor_code == "CHLCOP"
    assert subject.type != "ACTOR"


# --------------------------------------------------------------------------
# 3. the function itself


def test_only_named_country_of_a_parsed_article(nlp):
    lexicon = get_lexicon()
    assert only_named_country(nlp("Heavy rain flooded parts of Colombo, Sri Lanka on Monday."), lexicon) == "LKA"
    assert only_named_country(nlp("Talks between Ethiopia and Egypt stalled again."), lexicon) is None
    assert only_named_country(nlp("A ship was seized on Friday."), lexicon) is None


def test_sole_country_code_keeps_what_it_cannot_place(nlp):
    lexicon = get_lexicon()
    doc = nlp("Heavy rain flooded parts of Colombo, Sri Lanka on Monday.")
    role = ActorCode("GOV", 0.5, "role", None, "GOV")
    assert sole_country_code(role, doc, lexicon=lexicon).code == "LKAGOV"
    assert sole_country_code(role, doc, lexicon=lexicon, mention="visiting officials") is role
    business = ActorCode("BUS", 0.5, "role", None, "BUS")
    assert sole_country_code(business, doc, lexicon=lexicon) is business
    assert sole_country_code(None, doc, lexicon=lexicon) is None
    assert {"GOV", "COP", "OPP", "CVL"} <= NATIONAL_ROLES and "REB" not in NATIONAL_ROLES


def test_foreign_in_a_title_is_no_outsider(nlp):
    lexicon = get_lexicon()
    doc = nlp("Heavy rain flooded parts of Colombo, Sri Lanka on Monday.")
    role = ActorCode("GOV", 0.5, "role", None, "GOV")
    assert sole_country_code(role, doc, lexicon=lexicon, mention="Foreign Secretary").code == "LKAGOV"
    assert sole_country_code(role, doc, lexicon=lexicon, mention="foreign governments") is role


# --------------------------------------------------------------------------
# 4. police, courts and protesters act where they are: only the places count


def test_local_role_takes_the_country_its_places_lie_in(nlp):
    text = "A British tourist was attacked in Bali, Indonesia. The police arrested two men on Thursday."
    assert _relation(nlp, text, "arrest").subject.actor_code == "IDNCOP"


def test_local_role_takes_none_when_places_lie_in_two_countries(nlp):
    text = ("Two fishing boats from Vietnam were seized off the coast of Indonesia. The police detained "
            "the crews on Friday.")
    assert _relation(nlp, text, "detain").subject.actor_code == "COP"


def test_setting_country_reads_places_not_nationalities(nlp):
    lexicon = get_lexicon()
    assert setting_country(nlp("An Australian man appeared in court in Christchurch, New Zealand."), lexicon) == "NZL"
    assert setting_country(nlp("Ministers met in Canberra and Wellington."), lexicon) is None


# --------------------------------------------------------------------------
# 5. several bodies, and an actor dealing with the one country named


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("The Chinese government banned the film. Governments criticised the ban.", "criticise", "GOV"),
        ("A senator criticised Uganda on Monday.", "criticise", "LEG"),
        ("Social Democratic lawmakers criticised Estonia on Tuesday.", "criticise", "LEG"),
    ],
)
def test_no_one_country_for_several_bodies_or_a_countrys_counterpart(nlp, text, verb, code):
    assert _relation(nlp, text, verb).subject.actor_code == code
