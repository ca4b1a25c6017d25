"""Actor codes, round 14 (issue 11, point 3): institutions many countries have, and codes from modifiers.

Every sentence is invented for the test. The expected codes come from the shipped tables: the
Phoenix country file lists "Senate" under the United States Congress (``USAGOVLEG``), the agents
file gives "senate" the role ``LEG``; ``data/shared_institutions.txt``, ``data/state_namesakes.txt``
and ``data/party_names.txt`` name what several countries share.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


@pytest.fixture(scope="module")
def lexicon():
    from extract.lexicon import get_lexicon

    return get_lexicon()


def _subject(nlp, text, verb):
    facts = document_facts(nlp, text, date="2019-06-01")
    rel = relations_named(facts, verb)[-1]
    return rel.subject.actor_code, facts


# --------------------------------------------------------------------------
# 1-2. a bare institution name: its country from the mention, its chain, or an article of one country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # two countries with a senate named, neither chosen: the role alone, not the listed USAGOVLEG
        ("The Senate criticised the President on Monday. Officials in the Philippines and Mexico welcomed the vote.", "LEG"),
        # of the countries named, only the Philippines has a senate (data/shared_institutions.txt)
        ("The Senate criticised the President on Tuesday. Officials in Manila and Beijing welcomed it.", "PHLLEG"),
        # a chain antecedent of a country with no senate is not taken; Japan has none either
        ("Emirati lawmakers met on Monday. The Senate criticised the President in Washington and Tokyo.",
         "USAGOVLEG"),
        # "Georgia" among US states is no second country
        ("The Senate criticised the President on Tuesday. Officials in Florida, Utah and Georgia welcomed it.",
         "USAGOVLEG"),
        # an "of" phrase names the country
        ("The Senate of the Philippines criticised the President on Monday.", "PHLLEG"),
        # a nationality adjective
        ("The Philippine Senate criticised the President on Monday.", "PHLLEG"),
        # coreference: a coded generic actor of the same role before it
        ("Philippine senators met on Monday. The Senate later criticised the President.", "PHLLEG"),
        # coreference: an earlier mention of the same name that names its country
        ("Italy's Senate approved the bill on Monday. The Senate also criticised the government.", "ITALEG"),
        # the article names only US places: the listed US Senate
        ("The Senate criticised the President on Tuesday. Officials in Ohio and Texas welcomed it.", "USAGOVLEG"),
        # the article names the US and another country: no country
        ("The Senate criticised the President on Tuesday. Officials in Texas and Manila welcomed it.", "LEG"),
        # two senates named before: the bare one is neither
        ("The Philippine Senate and the US Senate met on Monday. The Senate later criticised the President.", "LEG"),
    ],
)
def test_shared_institution_country_comes_from_the_text(nlp, text, code):
    found, _ = _subject(nlp, text, "criticise")
    assert found == code


def test_shared_institution_entity_keeps_no_listed_country(nlp):
    facts = document_facts(nlp, "The Senate approved the bill on Monday. Officials in the Philippines and Mexico welcomed the vote.",
                           date="2019-06-01")
    (senate,) = [e for e in facts.entities if e.label == "Senate"]
    assert senate.actor_code == "LEG"


def test_senate_of_the_articles_senators(nlp):
    # the article names only Mexico, which has a senate too; the senator it names is listed as American
    text = ("Senator Mitch McConnell met Mexican officials in Mexico City on Monday. "
            "The Senate later criticised the President.")
    found, facts = _subject(nlp, text, "criticise")
    assert found[:3] == "USA"
    # its senator scopes the bare name too: the node is the United States Senate (extract/institution_members.py)
    (senate,) = [e for e in facts.entities if e.label == "United States Senate"]
    assert senate.actor_code == "USAGOVLEG" and senate.key == "united states senate"


def test_named_us_senate_keeps_its_code(nlp):
    # "US Senate" is listed whole: the country is in the name
    found, _ = _subject(nlp, "The US Senate criticised the President on Monday.", "criticise")
    assert found == "USAGOVLEG"


def test_shared_names_are_listed_in_the_dictionaries(lexicon):
    # every row of the list is a name the actor files give a country: no dead rows
    from extract.actors import is_shared_institution

    rows = [line.partition(":")[0] for line in lexicon.words["shared_institutions"]]
    assert rows
    for name in rows:
        assert is_shared_institution(name, lexicon=lexicon)
        codes = lexicon.dictionaries.actor_codes(name, date="2019-06-01")
        assert codes and lexicon.countries.by_alpha3.get(codes[0][:3]) is not None, name


def test_listed_country_is_among_the_countries_with_the_body(lexicon):
    from extract.actors import institution_countries

    senate = institution_countries("Senate", "USAGOVLEG", lexicon=lexicon)
    assert {"USA", "PHL", "ITA"} <= senate and "CHN" not in senate
    # a row without countries: the listed country alone
    assert institution_countries("National Security Council", "USAGOV", lexicon=lexicon) == {"USA"}


def test_dictionary_code_of_a_shared_name_is_the_role(lexicon):
    from extract.actors import dictionary_code

    assert dictionary_code("Senate", date="2019-06-01", lexicon=lexicon) == "LEG"
    assert dictionary_code("US Senate", date="2019-06-01", lexicon=lexicon) == "USAGOVLEG"


# --------------------------------------------------------------------------
# 3. Georgia the US state is never the country


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Georgia's governor criticised the President on Monday.", "criticise", "USAGOV"),
        ("The governor of Georgia criticised the President on Monday.", "criticise", "USAGOV"),
        # the country, as before
        ("Georgia accused Russia of aggression on Monday.", "accuse", "GEO"),
    ],
)
def test_georgia_state_or_country(nlp, text, verb, code):
    found, _ = _subject(nlp, text, verb)
    assert found == code


def test_georgia_after_a_us_city_is_the_state(nlp):
    facts = document_facts(nlp, "Police in Atlanta, Georgia arrested twelve protesters on Monday.",
                           date="2019-06-01")
    (georgia,) = [e for e in facts.entities if e.label == "Georgia"]
    assert georgia.actor_code == "USA"
    assert all(not (r.subject.actor_code or "").startswith("GEO") for r in facts.relations)


def test_georgia_after_its_own_capital_is_the_country(nlp):
    facts = document_facts(nlp, "Tbilisi, Georgia hosted talks on Monday. Georgia accused Russia of aggression.",
                           date="2019-06-01")
    (georgia,) = [e for e in facts.entities if e.label == "Georgia"]
    assert georgia.actor_code == "GEO"


# --------------------------------------------------------------------------
# 3. "X-based": the country of the place the actor is based in


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Lagos-based activists", "NGAOPP"),  # Lagos: the Portuguese namesake is a small town
        ("Activists based in Lagos", "NGAOPP"),
        ("A Nairobi-based rights group", "KENHRI"),
        ("A London-based Syrian activist", "SYROPP"),  # the nationality, not the base
        ("A Georgia-based company", "BUS"),  # the US state or the country: none
        ("A Victoria-based company", "BUS"),  # a name of several countries' places: none
        ("The Luxembourg-based court", "JUD"),  # a state's role "based" somewhere: an international body
    ],
)
def test_based_modifier(nlp, lexicon, phrase, code):
    from extract.actors import generic_actor_codes

    doc = nlp(phrase + " criticised the government.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    found = generic_actor_codes(doc[subject.left_edge.i : subject.right_edge.i + 1], date=None, lexicon=lexicon)
    assert found and found[0].code == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Lagos-based activists", "NGA"), ("a London-based Syrian activist", "SYR"), ("a Georgia-based company", "BUS"),
     ("the Hague-based court", "JUD")],
)
def test_based_words_in_a_phrase(lexicon, phrase, code):
    from extract.actors import actor_code

    assert actor_code(phrase, lexicon=lexicon) == code


# --------------------------------------------------------------------------
# 3. parties named without a country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Labour criticised the government on Monday.", "PTY"),  # no country named
        ("Labour criticised the government in London on Monday.", "GBRPTY"),
        # two countries with a Labour party named: none
        ("Labour criticised the government in London on Monday. Officials in Canberra also spoke.", "PTY"),
        ("The Conservatives criticised the Prime Minister in Ottawa on Monday.", "CANPTY"),
    ],
)
def test_party_without_country(nlp, text, code):
    found, _ = _subject(nlp, text, "criticise")
    assert found == code


def test_based_court_takes_no_antecedent(nlp):
    # "based" somewhere, the court is an international one, and no anaphor of the Austrian court
    from extract.actors import ActorCode, role_antecedent

    doc = nlp("An Austrian court asked for guidance. The court criticised the rule. "
              "The Luxembourg-based court criticised the rule.")
    courts = [t for t in doc if t.lower_ == "court"]
    antecedents = [(courts[0].i, ActorCode("AUTJUD", 0.85, "adjective", "AUT", "JUD"))]
    assert role_antecedent(antecedents, courts[1], "JUD").code == "AUTJUD"  # the plain anaphor
    assert role_antecedent(antecedents, courts[2], "JUD") is None
