"""it / its / they / their and organisation descriptions, round two (extract/coref.py): "the company",
"the network" go to the salient company named just before, never to a public body, never to the subject
of their own clause, and nowhere when two companies compete; on invented sentences through the real
pipeline."""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


def test_the_company_is_the_company_named_as_subject_just_before(nlp):
    text = ("Harlow Motors opened a plant in Leeds on Monday. "
            "The company said the site would employ 300 people.")
    assert resolved(nlp, text, "company") == ("harlow motors",)


def test_their_after_the_network_goes_to_the_company_the_network_is(nlp):
    text = ("Altavia Media lost its broadcasting licence last week. "
            "The network tried to renew their franchise in July.")
    assert resolved(nlp, text, "network") == ("altavia media",)
    assert resolved(nlp, text, "their") == ("altavia media",)


def test_the_company_is_not_a_public_body(nlp):
    text = ("The Electoral Commission fined the campaign on Tuesday. "
            "The company said it would appeal.")
    assert resolved(nlp, text, "company") == ()


def test_a_subject_company_outranks_one_after_a_preposition(nlp):
    text = ("Harlow Motors sold its depots to Brightwater Foods on Monday. "
            "The company said the deal was worth 40 million euros.")
    assert resolved(nlp, text, "company") == ("harlow motors",)


def test_the_network_is_not_the_subject_of_its_own_clause(nlp):
    text = ("Altavia Media lost its licence in May. "
            "The National Broadcasting Commission issued an order to the network on Friday.")
    assert "national broadcasting commission" not in resolved(nlp, text, "network")


def test_two_companies_as_salient_leave_the_company_unresolved(nlp):
    text = ("Harlow Motors said on Monday that Brightwater Foods had cut its prices. "
            "The company expects sales to rise.")
    assert resolved(nlp, text, "company") == ()


def test_a_newspaper_after_a_preposition_is_not_the_firm(nlp):
    text = ("In an interview with the Harbour Gazette, the chief executive said the firm "
            "would cut 200 jobs.")
    assert resolved(nlp, text, "firm") == ()


def test_both_parties_are_two_parties_named_just_before(nlp):
    text = "The Labour Party and the Green Party met in Leeds on Monday. Both parties agreed to share the seats."
    assert resolved(nlp, text, "Both parties") == ("labour party", "green party")


def test_both_parties_are_not_a_party_and_another_body(nlp):
    text = ("The Labour Party met Amnesty International in Leeds on Monday. "
            "Both parties agreed to share the seats.")
    assert resolved(nlp, text, "Both parties") == ()


def test_the_company_before_a_name_describes_that_name(nlp):
    text = ("Harlow Motors opened a plant in Leeds. The site is owned by the Mexican company "
            "Cultura Colectiva, which specializes in media.")
    assert "harlow motors" not in resolved(nlp, text, "company")


def test_a_company_noun_before_a_name_describes_it_for_later(nlp):
    text = ("Anna Berg founded the software company Lumetra in 2015. She grew up in Oslo. "
            "She studied physics in Bergen. She moved to London in 2010. The company has two offices.")
    assert resolved(nlp, text, "company", 1) == ("lumetra",)
