"""A title in the text gives its office to a person the dictionaries list with a country alone.

The Phoenix country files list many officials under their country with an office of an earlier
term ("Abdullah Aripov" ``UZBGOV`` up to 2014): in a 2020 article the name alone is the country
(``UZB``), and "Abdullah Aripov said ..." is a private person's remark, no statement. With a title
("Uzbek Prime Minister Abdullah Aripov", "Vlado Popovski, the justice minister") the code is the
office the text gives, as a coder codes it; "former" makes it the country's elite, "then-" speaks
of another time and adds nothing, and no title adds nothing. A transport minister is a government
office (``GOV``), not the media role the agents file gives it (its ``GOVMED`` made the minister a
news medium, whose "said" is no statement).

Sentences are invented; the persons are listed in the Phoenix country files.
"""

from __future__ import annotations

import pytest

from extract.actors import listed_title_code
from extract.actors.body_parts import part_body_codes
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named

DATE = "2020-05-01"


def _subject_code(nlp, text, verb, *, date=DATE):
    """The code of the verb's subject that is a person (not the other side of a mutual event)."""
    rels = relations_named(document_facts(nlp, text, date=date), verb)
    return next(r.subject.actor_code for r in rels if r.subject.type == "PERSON")


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Uzbek Prime Minister Abdullah Aripov said the government would cut fuel taxes next month.", "say", "UZBGOV"),
        ("Zimbabwean Local Government Minister July Moyo said the council would reopen the markets on Monday.",
         "say", "ZWEGOV"),
        ("Dutch Interior Minister Ronald Plasterk criticised the mayors of three cities on Tuesday.", "criticise",
         "NLDGOV"),
        ("Belgian Interior Minister Patrick Dewael met police chiefs in Brussels on Tuesday.", "meet", "BELGOV"),
        ("Viktor Medvedchuk, a Ukrainian lawmaker, accused the government of corruption.", "accuse", "UKRLEG"),
        ("Foreign Minister Ismat Jahan said Bangladesh would reopen its embassy in Kabul.", "say", "BGDGOV"),
        ("Vlado Popovski, the justice minister, criticised the court's ruling on Monday.", "criticise", "MKDGOV"),
        ("Kyrgyz Energy Minister Kurmanbek Osmonov signed a gas deal with Russia on Friday.", "sign", "KGZGOV"),
        ("Chilean Interior Minister Belisario Velasco condemned the attack on the police station.", "condemn",
         "CHLGOV"),
        ("Hungarian Ambassador Andras Simonyi met the Estonian foreign minister in Tallinn.", "meet", "HUNGOV"),
    ],
)
def test_a_title_gives_a_listed_person_its_office(nlp, text, verb, code):
    assert _subject_code(nlp, text, verb) == code


def test_a_foreign_envoy_is_his_own_countrys_official(nlp):
    facts = document_facts(nlp, "The Taliban met US peace envoy Zalmay Khalilzad in Doha on Monday.", date=DATE)
    codes = {r.object.actor_code for r in relations_named(facts, "meet") if "Khalilzad" in r.object.text}
    assert codes == {"USAGOV"}


def test_a_listed_speaker_with_a_title_makes_a_statement(nlp):
    rel = relations_named(document_facts(
        nlp, "Nigerian Transport Minister Adamu Bello said the railway would reopen in June.", date=DATE), "say")[-1]
    assert rel.subject.actor_code == "NGAGOV" and rel.event is not None and rel.event.root == "01"


def test_a_former_office_is_the_countrys_elite(nlp):
    text = "Former Belgian Interior Minister Patrick Dewael criticised the plan."
    assert _subject_code(nlp, text, "criticise") == "BELELI"


def test_a_then_title_adds_no_office(nlp):
    text = "Then-Defence Secretary Angelo Reyes ordered the troops to withdraw from the island."
    assert _subject_code(nlp, text, "order") == "PHL"


def test_no_title_adds_no_office(nlp):
    facts = document_facts(nlp, "Isabelle Simonis, who was born in Liege, wrote a book about the city.", date=DATE)
    assert relations_named(facts, "write")[-1].subject.actor_code == "BEL"


def test_the_first_mentions_title_holds_for_later_mentions(nlp):
    text = ("Dutch Interior Minister Ronald Plasterk visited Rotterdam on Monday. "
            "Plasterk said the police would get more money.")
    assert _subject_code(nlp, text, "say") == "NLDGOV"


def test_a_dated_dictionary_role_holds_only_at_its_date(nlp):
    text = "Abdullah Aripov said the government would cut fuel taxes next month."
    facts = document_facts(nlp, text, date="2006-05-01")
    assert relations_named(facts, "say")[-1].subject.actor_code == "UZBGOV"
    later = document_facts(nlp, text, date=DATE)
    assert all(r.subject.actor_code in (None, "UZB") for r in later.relations if "Aripov" in r.subject.text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nigerian Transport Minister Ali Danjuma said the railway would reopen in June.", "NGAGOV"),
        ("The Kenyan transport minister said the airline would resume flights next week.", "KENGOV"),
    ],
)
def test_a_transport_minister_is_a_government_office(nlp, text, code):
    rel = relations_named(document_facts(nlp, text, date=DATE), "say")[-1]
    assert rel.subject.actor_code == code and rel.event is not None


@pytest.mark.parametrize(
    ("code", "phrases", "name", "want"),
    [
        ("KEN", ["Interior Minister Mutahi Kagwe"], "Mutahi Kagwe", "KENGOV"),
        ("KEN", ["Ugandan Health Minister Mutahi Kagwe"], "Mutahi Kagwe", "UGAGOV"),
        ("KEN", ["the airline's founder"], "Mutahi Kagwe", "KEN"),
        ("KEN", ["Kenyan singer Mutahi Kagwe"], "Mutahi Kagwe", "KEN"),
        ("KEN", ["Interior Minister Kagwe"], "Kagwe", "KEN"),
        ("IND", ["the Congress party by Indira Gandhi"], "Indira Gandhi", "IND"),
        ("KENGOV", ["Health Minister Mutahi Kagwe"], "Mutahi Kagwe", "KENGOV"),
    ],
)
def test_listed_title_code(code, phrases, name, want):
    assert listed_title_code(code, phrases, name=name, lexicon=get_lexicon()) == want


def test_a_high_commissioner_is_his_countrys_envoy(nlp):
    facts = document_facts(
        nlp, "In Kenya, British High Commissioner Jane Marriott met President Uhuru Kenyatta on Monday.", date=DATE)
    codes = {r.subject.actor_code for r in relations_named(facts, "meet") if "Marriott" in r.subject.text}
    assert codes == {"GBRGOV"}


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("The Kenyan parliament's health committee criticised the ministry on Tuesday.", "criticise", "KENLEG"),
        ("A committee of the Kenyan parliament criticised the ministry on Tuesday.", "criticise", "KENLEG"),
    ],
)
def test_a_committee_acts_for_the_body_it_belongs_to(nlp, text, verb, code):
    assert relations_named(document_facts(nlp, text, date=DATE), verb)[-1].subject.actor_code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Kenyan parliament's committee criticised the plan.", ("KENLEG",)),
        ("Kenya's committee criticised the plan.", ()),
        ("Its committee criticised the plan.", ()),
        ("The committees of Kenya and Uganda criticised the plan.", ()),
    ],
)
def test_part_body_codes(nlp, text, codes):
    doc = nlp(text)
    head = next(t for t in doc if t.lemma_ == "committee")
    assert tuple(c.code for c in part_body_codes(head, date=DATE, lexicon=get_lexicon())) == codes


def test_a_region_adjective_names_no_country(nlp):
    text = ("Brazil is part of a pact between the European Union and the South American group Mercosur, "
            "which requires compliance with the Paris accord.")
    relations = document_facts(nlp, text, date=DATE).relations
    codes = {r.subject.actor_code for r in relations if r.subject.text == "Mercosur"}
    assert codes and "USA" not in codes


def test_a_family_name_is_no_citys(nlp):
    text = ("Eddie Van Halen, lead guitarist of the rock band Van Halen, died on Tuesday. "
            "The guitarist formed Van Halen with his brother Alex Van Halen in 1972.")
    rels = relations_named(document_facts(nlp, text, date=DATE), "form")
    assert all(r.object.actor_code != "TUR" for r in rels)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenyan Information Minister John Mwangi said the government would resume talks next week.", "KENGOVMED"),
        ("Zambian Information Minister Chanda Mwape said the government would lift the curfew on Monday.", "ZMBGOVMED"),
    ],
)
def test_an_information_minister_makes_a_statement(nlp, text, code):
    rel = relations_named(document_facts(nlp, text, date=DATE), "say")[-1]
    assert rel.subject.actor_code == code and rel.event is not None and rel.event.root == "01"


def test_official_code_of_a_state_medium_and_a_minister():
    from extract.said_sources import official_code

    assert official_code("KENGOVMED", "PERSON", lexicon=get_lexicon())
    assert not official_code("CHNGOVMED", "ORG", lexicon=get_lexicon())
