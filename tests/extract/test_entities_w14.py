"""Entity nodes of the classes audit round w14 found on unseen articles (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline, the tagger's names set as it gives them on sentences of this
kind: a caption credit's word read into a name, a title's fragment, a capitalised verb or adjective, a
demonym's plural typed ORG, a short form without a scope word or with a head-first name, a genus cut from its
species, a class of planets, an award, a session's ordinal, a given name left after a title, a work in
apposition, a court cut before its circuit, a law read as a party's short form, class nouns before a name,
a facility written as a town in its state, a briefing.
"""

from __future__ import annotations

from .helpers import by_label, tagged_entities as entities


def test_a_caption_credit_word_is_no_part_of_the_name_before_it(nlp):
    text = "Maria Lopez Photo: Jan Novak."
    got = by_label(entities(nlp, text, [("Maria Lopez Photo", "PERSON"), ("Jan Novak", "PERSON")]))
    assert "Maria Lopez Photo" not in got
    assert got["Maria Lopez"].type == "PERSON"


def test_a_name_before_a_capitalised_advisor_is_part_of_the_title(nlp):
    text = "Former Climate Policy Advisor Tom Reed resigned on Friday."
    got = by_label(entities(nlp, text, [("Climate Policy", "ORG"), ("Tom Reed", "PERSON")]))
    assert "Climate Policy" not in got
    assert "Tom Reed" in got


def test_a_body_with_its_head_word_before_advisor_stays(nlp):
    text = "Security Council Advisor Tom Reed resigned on Friday."
    got = by_label(entities(nlp, text, [("Security Council", "ORG"), ("Tom Reed", "PERSON")]))
    assert "Security Council" in got


def test_a_body_noun_before_member_or_after_member_of_is_part_of_the_title(nlp):
    text = "Council Member Ana Ruiz voted against it, and a Member of Parliament asked why."
    got = by_label(entities(nlp, text, [("Council", "ORG"), ("Ana Ruiz", "PERSON"), ("Parliament", "ORG")]))
    assert "Council" not in got and "Parliament" not in got


def test_a_capitalised_verb_before_its_particle_is_no_name(nlp):
    text = 'She turned to him and asked, "Will you Sit down, please?"'
    got = by_label(entities(nlp, text, [("Sit", "PERSON")]))
    assert "Sit" not in got


def test_a_capitalised_word_that_is_all_its_sentence_says_is_no_name(nlp):
    text = "((Ana Ruiz))  Correct.  We tested it twice."
    got = by_label(entities(nlp, text, [("Ana Ruiz", "PERSON"), ("Correct", "ORG")]))
    assert "Correct" not in got


def test_a_proper_adjective_inside_a_phrase_stays(nlp):
    text = "In 1990, the Smithsonian museum featured her work."
    got = by_label(entities(nlp, text, [("Smithsonian", "ORG")]))
    assert "Smithsonian" in got


def test_an_adjective_with_a_capitalised_prefix_is_no_name(nlp):
    text = "The talks between the two Post-Soviet states failed again."
    got = by_label(entities(nlp, text, [("Post-Soviet", "ORG")]))
    assert "Post-Soviet" not in got


def test_a_country_demonym_plural_typed_org_is_the_countrys_people(nlp):
    text = "The Slovaks say they were provoked by Hungary."
    got = by_label(entities(nlp, text, [("Slovaks", "ORG"), ("Hungary", "GPE")]))
    assert "Slovaks" not in got
    assert "Slovakia" in got and got["Slovakia"].type != "ORG"


def test_a_facility_name_without_its_scope_word_is_the_facility(nlp):
    text = "A plane landed at Norwood Regional Airport on Monday. Norwood Airport reopened later that day."
    got = by_label(entities(nlp, text, [("Norwood Regional Airport", "FAC"), ("Norwood Airport", "FAC")]))
    assert "Norwood Airport" not in got
    assert "Norwood Airport" in got["Norwood Regional Airport"].aliases


def test_a_lone_head_word_is_the_body_whose_name_it_heads_before_on(nlp):
    text = "The Commission on Water Rights met in May. The Commission's report came late."
    got = by_label(entities(nlp, text, [("The Commission on Water Rights", "ORG"), ("Commission", "ORG")]))
    assert "Commission" not in got
    assert "Commission" in got["Commission on Water Rights"].aliases


def test_a_genus_cut_from_its_species_is_no_name_but_a_demonym_before_a_noun_is(nlp):
    text = "Traces of Vibrio cholerae were found. A Georgian tennis player was arrested."
    got = by_label(entities(nlp, text, [("Vibrio", "ORG"), ("Georgian", "NORP")]))
    assert "Vibrio" not in got
    assert "Georgia" in got


def test_planets_named_in_the_plural_are_a_class(nlp):
    text = "Astronomers found three hot Neptunes and two Super Earths around the star."
    got = by_label(entities(nlp, text, [("Neptunes", "PERSON"), ("Super Earths", "ORG")]))
    assert "Neptunes" not in got and "Super Earths" not in got


def test_an_award_is_no_name_but_a_company_beginning_with_best_is(nlp):
    text = "She was named Best Actress at the festival and later shopped at Best Buy."
    got = by_label(entities(nlp, text, [("Best Actress", "ORG"), ("Best Buy", "ORG")]))
    assert "Best Actress" not in got
    assert got["Best Buy"].type == "ORG"


def test_a_place_beginning_with_an_ordinal_is_a_cut_session(nlp):
    text = "Members of the 118th United States Congress were sworn in."
    got = by_label(entities(nlp, text, [("118th United", "GPE"), ("Congress", "ORG")]))
    assert "118th United" not in got
    assert "United States Congress" in got  # the words before it give the bare "Congress" its country


def test_a_given_name_left_between_a_title_and_the_name_is_the_persons(nlp):
    text = "Chief Inspector Marta Kowalczyk said the road would stay closed."
    got = by_label(entities(nlp, text, [("Kowalczyk", "PERSON")]))
    assert "Kowalczyk" not in got
    assert got["Marta Kowalczyk"].type == "PERSON"


def test_a_work_in_apposition_to_its_noun_is_no_actor(nlp):
    text = "Her latest album, Quiet Harbour, sold forty thousand copies."
    got = by_label(entities(nlp, text, [("Quiet Harbour", "ORG")]))
    assert "Quiet Harbour" not in got


def test_a_court_cut_before_for_the_circuit_is_one_court(nlp):
    text = "The case was sent back to the Court of Appeals for the Ninth Circuit last week."
    got = by_label(entities(nlp, text, [("the Court of Appeals", "ORG"), ("the Ninth Circuit", "ORG")]))
    assert "Ninth Circuit" not in got and "Court of Appeals" not in got
    assert got["Court of Appeals for the Ninth Circuit"].type == "ORG"


def test_a_law_read_by_the_tagger_is_no_short_form_of_a_party(nlp):
    text = "Ann Lee of the Constitution Party spoke first. Judges must interpret the Constitution faithfully."
    got = by_label(entities(nlp, text, [("Ann Lee", "PERSON"), ("Constitution Party", "ORG"),
                                        ("Constitution", "LAW")]))
    assert "Constitution" not in got["Constitution Party"].aliases


def test_a_peoples_adjective_before_organization_stays_a_people(nlp):
    text = "The Jewish organization filed the complaint on Monday."
    got = by_label(entities(nlp, text, [("Jewish", "NORP")]))
    assert got["Jewish"].type == "NORP"


def test_an_organisation_or_journal_noun_before_the_name_types_it(nlp):
    text = "The activist organization Green Wave sued, citing the journal Marine Letters."
    got = by_label(entities(nlp, text, [("Green Wave", "PERSON"), ("Marine Letters", "GPE")]))
    assert got["Green Wave"].type == "ORG"
    assert got["Marine Letters"].type == "ORG"


def test_a_facility_written_as_a_town_in_its_state_is_the_town(nlp):
    text = "The plane was in an accident in Maple Falls, Iowa on June 3, 1990."
    got = by_label(entities(nlp, text, [("Maple Falls", "FAC"), ("Iowa", "GPE")]))
    assert got["Maple Falls"].type == "GPE"


def test_a_briefing_is_an_event(nlp):
    text = "He spoke about it at the Senate Press Briefing on Tuesday."
    got = by_label(entities(nlp, text, [("Senate Press Briefing", "ORG")]))
    assert got["Senate Press Briefing"].type == "EVENT"


def test_a_name_after_a_capitalised_the_is_the_medium_the_knowledge_base_names_so(nlp):
    text = "Later, The Atlantic reported that the visit was cancelled."
    got = by_label(entities(nlp, text, [("Atlantic", "LOC")]))
    assert got["Atlantic"].type == "ORG"
