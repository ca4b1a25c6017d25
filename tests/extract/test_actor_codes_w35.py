"""Actor codes from the mention itself (issue 11, points 1-3): adjectives of another sense, coordinated
"of" countries, and a state body in a person's title.

Sentences are invented, or shortened from Wikinews articles in no gold file. Expected codes come from
the text: "an official meeting" is a formal one, no actor; "the prime ministers of Belgium and Spain"
are two actors, so a later "the prime minister" is neither; "Kamloops RCMP Constable Gary Gray" is a
Canadian police officer, whatever minister of that name the Phoenix files list.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


def _relation(nlp, text, verb, *, date="2020-10-01"):
    facts = document_facts(nlp, text, date=date)
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return found[-1]


# --------------------------------------------------------------------------
# 1. an adjective role word of another sense codes no actor


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Government ministers attended an official meeting with the mayor two days earlier.", "attend"),
        ("Five ministers boycotted the official ceremony in the capital on Monday.", "boycott"),
        ("The opposition leader rejected the official results of the vote.", "reject"),
    ],
)
def test_official_as_an_adjective_is_no_government(nlp, text, verb):
    rel = _relation(nlp, text, verb)
    assert rel.object.actor_code is None


@pytest.mark.parametrize(
    ("text", "verb", "side", "code"),
    [
        ("An official spokesman criticised the plan on Monday.", "criticise", "subject", "GOV"),
        ("Military strikes killed five people near the border.", "kill", "subject", "MIL"),
    ],
)
def test_role_words_that_name_actors_stay(nlp, text, verb, side, code):
    rel = _relation(nlp, text, verb)
    assert getattr(rel, side).actor_code == code


# --------------------------------------------------------------------------
# 2. coordinated countries in an "of" phrase: one actor each, no one antecedent


def test_coordinated_of_countries_name_one_actor_each(nlp):
    facts = document_facts(nlp, "The parliaments of Kenya and Uganda criticised the plan on Tuesday.",
                           date="2020-10-01")
    codes = {rel.subject.actor_code for rel in relations_named(facts, "criticise")}
    assert codes == {"KENLEG", "UGALEG"}


def test_singular_role_takes_no_country_of_a_list(nlp):
    text = ("Leaders self-isolating included the Prime Ministers of Belgium, Luxembourg, Spain, and France. "
            "On Friday the Prime Minister apologised to the people for the delay.")
    rel = _relation(nlp, text, "apologise")
    assert rel.subject.actor_code is None or rel.subject.actor_code[:3] not in ("BEL", "LUX", "ESP", "FRA")


def test_of_phrase_with_a_non_country_names_no_country(nlp):
    rel = _relation(nlp, "The ministers of Kenya and two aid agencies signed the accord on Monday.", "sign")
    assert rel.subject.actor_code is None or rel.subject.actor_code[:3] != "KEN"


# --------------------------------------------------------------------------
# 3. a state body before a person's title names the person's country


def test_state_body_in_title_beats_a_namesake_entry(nlp):
    text = "Kamloops RCMP Constable Gary Gray said fentanyl had become a popular drug in Kamloops."
    assert _relation(nlp, text, "say").subject.actor_code == "CANCOP"


def test_namesake_entry_stands_without_another_country(nlp):
    text = "Gary Gray criticised the plan on Monday."
    assert _relation(nlp, text, "criticise", date="2012-06-01").subject.actor_code == "AUSGOV"


def test_party_before_title_gives_the_candidate_its_country(nlp):
    text = ("The Libertarian Party won ballot access in Texas on Monday. Libertarian Party presidential "
            "candidate Jo Jorgensen passed a milestone in September.")
    assert _relation(nlp, text, "pass").subject.actor_code == "USAPTY"


def test_party_of_no_country_before_title_gives_none(nlp):
    text = "Zephyr Party presidential candidate Jane Roe criticised the plan on Monday."
    code = _relation(nlp, text, "criticise").subject.actor_code
    assert code is None or len(code) == 3 and code == "PTY"


# --------------------------------------------------------------------------
# 4. a clause of an apposition is no part of the title


def test_clause_of_apposition_gives_no_title(nlp):
    text = ("Crowds marched after the death of Tom Reed, a local man who died in Denver while a police officer "
            "restrained him. Reed's family thanked the marchers.")
    facts = document_facts(nlp, text, date="2020-06-19")
    codes = {r.subject.actor_code for r in facts.relations if r.subject.text == "Tom Reed"}
    codes |= {r.object.actor_code for r in facts.relations if r.object is not None and r.object.text == "Tom Reed"}
    assert not any(code and code.endswith("COP") for code in codes)


def test_apposition_before_its_clause_still_titles(nlp):
    text = "Ana Soto, a Chilean diplomat who met the police chief, criticised the plan on Monday."
    assert _relation(nlp, text, "criticise").subject.actor_code == "CHLGOV"
