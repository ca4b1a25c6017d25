"""Government bodies named by a name the actor files lack (``extract/actors/bodies.py``): the listed
national bodies of ``data/national_bodies.txt`` and a body's name followed by "of <country>".

Every sentence is invented for the test; the expected codes come from the text (the country named,
the one country that has the body, the agent noun's role).
"""

from __future__ import annotations

import pytest

from extract.actors.bodies import listed_body
from extract.lexicon import get_lexicon

from .helpers import relation_of


def _code(arg):
    return arg.actor_code or ""


@pytest.mark.parametrize(
    ("text", "verb", "want"),
    [
        ("The Ministry of Foreign Affairs of Turkey accused Greece of violating its airspace.", "accuse", "TURGOV"),
        ("The Ministry of Defence of Ukraine accused the rebels of shelling the port.", "accuse", "UKR"),
        ("The National Hurricane Center warned residents against returning to the coast.", "warn", "USAGOV"),
    ],
)
def test_body_takes_the_country_its_text_gives(nlp, text, verb, want):
    rel = relation_of(nlp, text, verb, date="2020-06-01")
    assert rel.event is not None
    assert _code(rel.subject).startswith(want)


def test_shared_body_takes_the_one_country_the_article_names(nlp):
    text = ("Lawmakers met in Manila on Monday. The House of Representatives condemned the attack on the "
            "journalists in Manila.")
    rel = relation_of(nlp, text, "condemn", date="2020-06-01")
    assert _code(rel.subject) == "PHLLEG"


@pytest.mark.parametrize(
    "text",
    [
        "The House of Representatives condemned the attack on the protesters.",  # no country named
        "Harrods Department Store sued its former supplier over unpaid bills.",  # a shop
        "The Ministry of Health warned residents against drinking tap water.",  # no country named
    ],
)
def test_body_with_no_country_in_the_text_gets_none(nlp, text):
    verb = next(v for v in ("condemn", "sue", "warn") if v in text.lower())
    rel = relation_of(nlp, text, verb, date="2020-06-01")
    code = _code(rel.subject)
    assert code[:3] not in get_lexicon().countries.by_alpha3


def test_listed_body_reads_role_and_countries():
    role, countries = listed_body("the House of Representatives", lexicon=get_lexicon())
    assert role == "LEG" and {"USA", "PHL", "AUS"} <= countries
    assert listed_body("Harrods Department Store", lexicon=get_lexicon()) is None
