"""Actor codes read off the mention (issue 11, points 2-3): descriptions before names,
speakers of a named person, coreference of a role description, and what gives no code.

Every sentence is invented for the test; the expected codes come from its words (a
nationality adjective, a person the dictionaries list at the article's date).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.actors import (
    body_title_code,
    descriptor_code,
    generic_actor_codes,
    role_antecedent,
    role_antecedents,
)
from extract.events import EventContext, annotate_entities
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document, Entity

DATE = "2019-06-01"


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _facts(nlp, text):
    return extract_document(Document(id="t", text=text, date=DATE), nlp=nlp)


def _subject_codes(facts, lemma):
    found = [r.subject.actor_code for r in facts.relations if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in facts.relations]
    return found


def _name(doc, text):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


# --------------------------------------------------------------------------
# a describing phrase before a name: "the German carmaker Volkswagen"


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("The German carmaker Volkswagen sued the regulator.", "Volkswagen", "DEUBUS"),
        ("Israeli spyware firm Tamar Labs sued the newspaper.", "Tamar Labs", "ISR"),
        ("Kenyan manufacturer Jua Works hired two hundred workers.", "Jua Works", "KENBUS"),
    ],
)
def test_nationality_before_a_name_gives_its_country(nlp, lexicon, text, name, code):
    doc = nlp(text)
    found = descriptor_code(_name(doc, name), date=DATE, lexicon=lexicon)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    "text, name",
    [
        # a hyphenated nationality names a backer, not the group's country
        ("Iranian-backed militia Liwa Nasr attacked the base.", "Liwa Nasr"),
        ("The pro-Russian movement Narodny Front held a rally.", "Narodny Front"),
        # a country's name before a noun says what the person deals with, not where he is from
        ("The Syria envoy Lars Brenner met the delegates.", "Lars Brenner"),
        # two nationalities name no one country
        ("The British and Dutch company Delta Oil sold the field.", "Delta Oil"),
        # a title (proper noun) is read elsewhere; no descriptor
        ("Chancellor Heinz Albrecht met the delegates.", "Heinz Albrecht"),
    ],
)
def test_no_descriptor_code_without_one_nationality(nlp, lexicon, text, name):
    doc = nlp(text)
    assert descriptor_code(_name(doc, name), date=DATE, lexicon=lexicon) is None


def test_described_name_keeps_its_country_in_later_mentions(nlp):
    facts = _facts(nlp, "Austrian arms maker Hirtenberg Works sold the plant on Monday. "
                        "Hirtenberg Works later sued the buyer.")
    (code,) = _subject_codes(facts, "sue")
    assert code is not None and code.startswith("AUT")


# --------------------------------------------------------------------------
# a speaker of a named person: "Putin's spokesman"


def test_possessive_speaker_takes_the_listed_persons_code(nlp, lexicon):
    doc = nlp("Putin's spokesman criticised the new sanctions.")
    found = generic_actor_codes(_name(doc, "Putin's spokesman"), date=DATE, lexicon=lexicon)
    assert [f.code for f in found] == ["RUSGOV"]


def test_possessive_speaker_of_an_unlisted_person_keeps_the_role_alone(nlp, lexicon):
    doc = nlp("Miller's spokesman criticised the new sanctions.")
    found = generic_actor_codes(_name(doc, "Miller's spokesman"), date=DATE, lexicon=lexicon)
    assert all(f.country is None for f in found)


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("The Kenyan army spokesman denied the report.", "The Kenyan army spokesman", "KENMIL"),
        ("The Peruvian foreign ministry spokesman denied the report.", "The Peruvian foreign ministry spokesman",
         "PERGOV"),
        ("The White House spokesman denied the report.", "The White House spokesman", "USAGOV"),
    ],
)
def test_speaker_after_the_body_he_speaks_for(nlp, lexicon, text, phrase, code):
    doc = nlp(text)
    found = generic_actor_codes(_name(doc, phrase), date=DATE, lexicon=lexicon)
    assert [f.code for f in found] == [code]


# --------------------------------------------------------------------------
# an official of an international body: "EU foreign policy chief Josep Borrell"


def test_title_of_an_international_body_wins_over_an_older_entry(nlp):
    # Bachelet is listed as Chile's president; in 2019 the title before her name is the UN's
    facts = _facts(nlp, "UN human rights chief Michelle Bachelet criticised Venezuela on Monday.")
    assert _subject_codes(facts, "criticise") == ["IGOUNO"]


def test_office_of_a_listed_body_before_a_name(nlp, lexicon):
    doc = nlp("EU foreign policy chief Tomas Varga urged Iran to return to the deal.")
    found = body_title_code(_name(doc, "Tomas Varga"), date=DATE, lexicon=lexicon)
    assert found is not None and found.code == "IGOEUREEC"


@pytest.mark.parametrize(
    "text, name",
    [
        # a body before a plain noun is no title: "a UN convoy driver" is no UN official
        ("The UN convoy driver Tomas Varga was injured.", "Tomas Varga"),
    ],
)
def test_no_body_title(nlp, lexicon, text, name):
    doc = nlp(text)
    assert body_title_code(_name(doc, name), date=DATE, lexicon=lexicon) is None


def test_chief_of_a_listed_body_in_compound(nlp, lexicon):
    doc = nlp("The IAEA chief criticised Iran on Monday.")
    found = generic_actor_codes(_name(doc, "The IAEA chief"), date=DATE, lexicon=lexicon)
    assert [f.code for f in found] == ["IGOUNOIAE"]


# --------------------------------------------------------------------------
# coreference of a role description ("the president") with an earlier coded actor


def _antecedent(nlp, lexicon, text, phrase, role):
    doc = nlp(text)
    head = _name(doc, phrase).root
    antecedents = role_antecedents(doc, date=DATE, lexicon=lexicon)
    return role_antecedent(antecedents, head, role)


def test_role_held_by_two_countries_gives_no_code(nlp, lexicon):
    text = ("Kenyan President Daniel Ochieng met Ugandan President Samuel Okello in Kampala. "
            "Reporters said the president praised the deal.")
    assert _antecedent(nlp, lexicon, text, "the president", "GOV") is None


def test_same_word_antecedent_wins_over_other_actors_of_the_role(nlp, lexicon):
    text = ("The Canadian embassy in Lima criticised the Peruvian government. "
            "The embassy later closed its doors.")
    found = _antecedent(nlp, lexicon, text, "The embassy", "GOV")
    assert found is not None and found.code == "CANGOV" and found.source == "coreference"


def test_plural_description_after_several_countries_gives_no_code(nlp, lexicon):
    text = ("The Greek energy minister met the Israeli energy minister and the Cypriot energy minister in Athens. "
            "The energy ministers signed the deal.")
    assert _antecedent(nlp, lexicon, text, "The energy ministers", "GOV") is None


def test_noun_modifier_restricts_the_antecedent(nlp, lexicon):
    text = "The Chilean government praised the plan. The finance ministry later criticised it."
    assert _antecedent(nlp, lexicon, text, "The finance ministry", "GOV") is None
    text = "The Chilean finance ministry praised the plan. The finance ministry later criticised it."
    found = _antecedent(nlp, lexicon, text, "The finance ministry", "GOV")
    assert found is not None and found.code == "CHLGOV"


def test_titled_listed_person_is_an_antecedent(nlp, lexicon):
    text = "President Trump sued the prosecutor. A judge dismissed the president's lawsuit."
    found = _antecedent(nlp, lexicon, text, "the president", "GOV")
    assert found is not None and found.code == "USAGOV"


def test_clause_subject_is_no_antecedent_of_its_object(nlp, lexicon):
    text = "The mayor of the Polish city of Gdansk criticised the government."
    assert _antecedent(nlp, lexicon, text, "the government", "GOV") is None


# --------------------------------------------------------------------------
# a person's mention the tagger labelled a place still carries the person's apposition


def test_apposition_of_a_mistagged_person_mention(nlp, lexicon):
    text = "Haddad, an ethnic Palestinian, opposed the plan."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="GPE")]  # the tagger's confusion, as it happens on real news
    person = Entity(key="haddad", label="Haddad", type="PERSON", aliases=(), mentions=1)
    context = EventContext(doc, Document(id="t", text=text, date=DATE))
    (coded,) = annotate_entities(doc, Document(id="t", text=text, date=DATE), [person], context=context)
    assert coded.actor_code == "PSE"
