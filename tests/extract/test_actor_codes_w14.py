"""Actor codes of event sources and targets (issue 11, point 3): named police forces, lower-case
office titles, members of armed groups, owners named after a title or in compound.

Every sentence is invented for the test. The expected codes come from the shipped tables:
``Newsgraph.Recent.actors.txt`` (named police forces), the Phoenix files (al-Qaeda
``IMGMUSALQ``, Theresa May ``GBRGOV`` in 2019, Donald Trump ``USAGOV`` in 2020), the agents file
(governor, secretary ``~GOV``; troops ``~MIL``) and ``data/group_member_nouns.txt``.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


@pytest.fixture(scope="module")
def lexicon():
    from extract.lexicon import get_lexicon

    return get_lexicon()


def _relation(nlp, text, verb, *, date="2019-06-01"):
    facts = document_facts(nlp, text, date=date)
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return found[-1]


# --------------------------------------------------------------------------
# 1. named police forces whose names hold no country word


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Kent Police arrested two men in Maidstone on Friday.", "arrest", "GBRCOP"),
        ("Greater Manchester Police detained a 30-year-old woman on Sunday.", "detain", "GBRCOP"),
        ("The Royal Canadian Mounted Police arrested a suspect on Monday.", "arrest", "CANCOP"),
        ("Queensland Police arrested three teenagers after the robbery.", "arrest", "AUSCOP"),
    ],
)
def test_named_police_force_has_its_country(nlp, text, verb, code):
    assert _relation(nlp, text, verb).subject.actor_code == code


def test_police_refer_back_to_a_named_force(nlp):
    text = ("Essex Police said on Monday that a man had been charged with burglary. "
            "Police arrested a second man on Tuesday.")
    assert _relation(nlp, text, "arrest").subject.actor_code == "GBRCOP"


def test_a_force_of_a_shared_name_is_not_listed(lexicon):
    from extract.actors.mentions import dictionary_code

    # Cleveland (Ohio and England) and Victoria (Australia, Canada, Seychelles) name several forces
    assert dictionary_code("Cleveland Police", date="2019-06-01", lexicon=lexicon) is None
    assert dictionary_code("Thames Valley Police", date="2019-06-01", lexicon=lexicon) == "GBRCOP"


# --------------------------------------------------------------------------
# 2. a lower-case office title after a capitalised modifier


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("New Mexico governor Mark Ellery", "USAGOV"),
        ("Kenyan defence secretary Paul Otieno", "KENGOV"),
    ],
)
def test_lower_case_office_title(lexicon, text, code):
    from extract.actors.codes import actor_code

    assert actor_code(text, type="PERSON", lexicon=lexicon) == code


@pytest.mark.parametrize("text", ["told journalists Adamowicz", "Trump lawyer Ann Roe", "local teacher Ann Roe"])
def test_lower_case_words_that_are_no_office(lexicon, text):
    from extract.actors.titles import title_role

    assert title_role(text, lexicon=lexicon) is None


def test_former_office_in_lower_case_keeps_the_country(nlp):
    rel = _relation(nlp, "Former New Mexico governor Mark Ellery criticised the decision on Monday.", "criticise")
    assert rel.subject.actor_code == "USAELI"  # the country's elite, no longer its government


# --------------------------------------------------------------------------
# 3. members of a listed armed group act for it


def test_group_member_in_compound(nlp):
    rel = _relation(nlp, "An al-Qaeda member attacked a police checkpoint in the north.", "attack")
    assert rel.subject.actor_code == "IMGMUSALQ"


def test_group_member_in_apposition(nlp):
    text = "Abu Khalid, a senior al-Qaeda member, threatened the government on Sunday."
    assert _relation(nlp, text, "threaten").subject.actor_code == "IMGMUSALQ"


def test_member_of_an_international_body_is_no_person_of_it(nlp, lexicon):
    from extract.actors.members import member_body_code

    doc = nlp("A European Union member blocked the proposal.")
    head = next(t for t in doc if t.lower_ == "member")
    assert member_body_code(head, date="2019-06-01", lexicon=lexicon) is None  # a member state


def test_hyphenated_country_name_in_compound(nlp):
    rel = _relation(nlp, "Guinea-Bissau troops attacked the rebels near the border.", "attack")
    assert rel.subject.actor_code == "GNBMIL"


# --------------------------------------------------------------------------
# 4. the owner of an object: named after a title, or in compound


def test_owner_named_after_a_title(nlp):
    text = "Senator Ann Roe criticised Prime Minister Theresa May's proposed agreement on Monday."
    assert _relation(nlp, text, "criticise").object.actor_code == "GBRGOV"


def test_person_in_compound_owns_the_object(nlp):
    text = ("President Donald Trump spoke on Sunday. "
            "On Monday a federal judge dismissed a Trump lawsuit over the count.")
    assert _relation(nlp, text, "dismiss", date="2020-11-26").object.actor_code == "USAGOV"


def test_place_in_compound_is_no_owner(nlp):
    # "a Texas lawsuit": a place in compound may be the topic or the party; only a person's name owns
    text = "President Donald Trump spoke on Sunday. On Monday Senator Ann Roe criticised a Texas lawsuit over the count."
    assert _relation(nlp, text, "criticise", date="2020-11-26").object.actor_code is None
