"""Types a sentence gives a name whatever the tagger guessed (extract.defined_kinds): a definition by the
copula, a list of organisations, a title before a surname that is a head word, a work named with its author.

Corpus sentences (free Wikinews articles) and invented ones of the same kinds; the expected types are what a
reader says the names are.
"""

from __future__ import annotations

from extract.defined_kinds import authored_work, copula_kind, gendered_speaker, listed_body, titled_surname_head
from extract.lexicon import get_lexicon

from .helpers import named_types


def _span(doc, text: str) -> tuple[int, int]:
    words = text.split()
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i:i + len(words)]] == words:
            return i, i + len(words)
    raise AssertionError(f"{text!r} not in {doc.text!r}")


def test_an_organisation_defined_by_the_copula_is_an_organisation(nlp):
    text = "Faithess Hijabi is an organisation which helps other ex-Muslim women by sharing their stories."
    assert named_types(nlp, text).get("Faithess Hijabi") == "ORG"


def test_a_relative_clause_defines_a_company(nlp):
    doc = nlp("Zorbex, which is a small software company, said on Monday it would cut jobs.")
    assert copula_kind(doc, *_span(doc, "Zorbex"), lexicon=get_lexicon()) == "ORG"


def test_a_village_defined_by_the_copula_is_a_place(nlp):
    doc = nlp("Kelmora was a small fishing village before the war.")
    assert copula_kind(doc, *_span(doc, "Kelmora"), lexicon=get_lexicon()) == "GPE"


def test_a_negated_copula_defines_nothing(nlp):
    doc = nlp("Valdoria is not a company but a charity.")
    assert copula_kind(doc, *_span(doc, "Valdoria"), lexicon=get_lexicon()) is None


def test_a_relation_noun_after_the_copula_defines_nothing(nlp):
    doc = nlp("Brenmoor is a member of the regional trade group.")
    assert copula_kind(doc, *_span(doc, "Brenmoor"), lexicon=get_lexicon()) is None


def test_a_person_noun_after_the_copula_is_no_definition(nlp):
    doc = nlp("Tarnovia is a major player in the gas market.")
    assert copula_kind(doc, *_span(doc, "Tarnovia"), lexicon=get_lexicon()) is None


def test_a_news_site_listed_among_media_is_an_organisation(nlp):
    text = ("Following the tweet, Newsweek, Politico, The Hill, Time Magazine,  Mediaite, The Independent,  and TMZ, "
            "among others, published stories on the incident.")
    assert named_types(nlp, text).get("Mediaite") == "ORG"


def test_a_person_listed_among_people_is_no_organisation(nlp):
    doc = nlp("Speakers included Jimmy Carter, Bill Clinton and Barack Obama.")
    start, end = _span(doc, "Bill Clinton")
    assert not listed_body(doc, start, end, lexicon=get_lexicon(), label="PERSON")


def test_a_district_listed_with_towns_is_a_place(nlp):
    assert named_types(nlp, "We work in Mysore, Mandya, Chikmagalur, Kodagu.").get("Kodagu") == "GPE"


def test_a_nominee_whose_surname_is_a_head_word_is_a_person(nlp):
    text = "Is it possible to improve on the electoral performance of 2016 presidential nominee Darrell Castle?"
    assert named_types(nlp, text).get("Darrell Castle") == "PERSON"


def test_a_facility_named_after_a_place_is_no_titled_surname(nlp):
    doc = nlp("Crowds gathered at Windsor Castle on Sunday.")
    start, end = _span(doc, "Windsor Castle")
    assert not titled_surname_head(doc, start, end, "Windsor Castle", lexicon=get_lexicon())


def test_a_book_named_with_its_author_is_no_node(nlp):
    text = "The first book that I read was The Atheist Muslim by Ali Rizvi who is a friend of mine."
    types = named_types(nlp, text)
    assert "Atheist Muslim" not in types and "The Atheist Muslim" not in types
    assert types.get("Ali Rizvi") == "PERSON"


def test_a_victim_named_before_by_and_the_killer_stays_a_person(nlp):
    doc = nlp("Protests followed the shooting of George Floyd by Derek Chauvin in Minneapolis.")
    assert not authored_work(doc, *_span(doc, "George Floyd"), lexicon=get_lexicon())


def test_a_body_criticised_by_a_person_is_no_work(nlp):
    doc = nlp("Microsoft was criticised by Elizabeth Warren on Monday.")
    assert not authored_work(doc, *_span(doc, "Microsoft"), lexicon=get_lexicon())


def test_a_speaker_who_says_he_is_a_person(nlp):
    assert named_types(nlp, "Chester Bexley said he would appeal the ruling.").get("Chester Bexley") == "PERSON"


def test_a_speaker_who_tells_reporters_she_is_a_person(nlp):
    doc = nlp("Paris Hilton told reporters she was proud of the campaign.")
    assert gendered_speaker(doc, *_span(doc, "Paris Hilton"), lexicon=get_lexicon())


def test_a_council_reporting_on_a_man_stays_a_body(nlp):
    doc = nlp("The Zetland Council said he had been dismissed in March.")
    assert not gendered_speaker(doc, *_span(doc, "Zetland Council"), lexicon=get_lexicon())


def test_a_company_saying_it_is_no_person(nlp):
    doc = nlp("Brackley Motors said it would recall ten thousand cars.")
    assert not gendered_speaker(doc, *_span(doc, "Brackley Motors"), lexicon=get_lexicon())


def test_a_name_after_its_class_noun_and_a_colon_takes_the_class(nlp):
    text = "Wikinews got in touch with Zara Kay to discuss her organisation: Faithless Hijabi."
    assert named_types(nlp, text).get("Faithless Hijabi") == "ORG"


def test_a_laboratory_named_after_a_colon_is_a_body(nlp):
    assert named_types(nlp, "The study was led by one laboratory: Halvorsen Labs.").get("Halvorsen Labs") == "ORG"


def test_shares_in_an_unknown_name_make_it_a_company(nlp):
    assert named_types(nlp, "Shares in Veltrax fell 12 percent after the announcement.").get("Veltrax") == "ORG"


def test_a_stake_in_a_name_makes_it_a_company(nlp):
    assert named_types(nlp, "The fund bought a 10 percent stake in Orlenko last year.").get("Orlenko") == "ORG"


def test_shares_sold_in_a_city_leave_the_city_a_place(nlp):
    assert named_types(nlp, "Investors sold shares in London on Friday.").get("London") == "GPE"


def test_a_plural_name_defined_as_a_community_is_a_people(nlp):
    text = "The Narikuravars are a nomadic community in Tamil Nadu."
    assert named_types(nlp, text).get("Narikuravars") == "NORP"


def test_a_town_defined_as_a_community_stays_a_place(nlp):
    doc = nlp("Kelmora is a small community in the hills.")
    assert copula_kind(doc, *_span(doc, "Kelmora"), lexicon=get_lexicon()) != "NORP"


def test_a_pride_named_after_its_city_is_an_event(nlp):
    text = "There has been a lot of homophobia on Twitter since London Pride."
    assert named_types(nlp, text).get("London Pride") == "EVENT"


def test_a_person_whose_surname_is_pride_stays_a_person(nlp):
    assert named_types(nlp, "Robert Pride said he would stand for election.").get("Robert Pride") == "PERSON"
