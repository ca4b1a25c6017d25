"""it / they on unseen news, round 11c (``benchmarks/data/entities_audit.md``, extract/coref_clauses.py):
a relative pronoun subject stands for the noun its clause qualifies, a possessive in a phrase whose verb
was left out has no clause subject to take, and "the news" is no reference back to a medium named.

Invented sentences through the real pipeline (real parse).
"""

from __future__ import annotations

from extract.coref_clauses import elided_clause, generic_medium_noun, relative_antecedent
from extract.entities import entities_of
from extract.lexicon import get_lexicon
from tests.extract.test_pronoun_agreement import resolved


def _token(doc, text, nth=0):
    return [t for t in doc if t.text == text][nth]


def test_a_relative_which_stands_for_the_noun_its_clause_qualifies(nlp):
    doc = nlp("The council counted the ballots, which filled ten boxes.")
    assert relative_antecedent(_token(doc, "which")).text == "ballots"
    assert relative_antecedent(_token(doc, "council")) is None  # no relative pronoun


def test_its_in_a_relative_clause_on_a_plural_noun_is_not_the_last_name(nlp):
    text = ("The Green Party gained two seats. There were no Reform candidates elected, "
            "which lost all of its seats.")
    assert resolved(nlp, text, "its") != ("green party",)


def test_a_relative_clause_on_a_plural_noun_no_name_qualifies_decides_nothing(nlp):
    text = "As of Tuesday, Ohio was one of six states that had decided to postpone its election."
    assert resolved(nlp, text, "its") == ("ohio",)


def test_a_relative_clause_on_a_name_gives_the_name(nlp):
    text = "Italy, the proposed end point, and Egypt, which has gas fields of its own, were invited to join."
    assert resolved(nlp, text, "its") == ("egypt",)


def test_its_in_a_relative_clause_on_a_name_is_that_name(nlp):
    text = "The Labour Party, which lost its majority in 2010, met on Monday."
    assert resolved(nlp, text, "its") == ("labour party",)


def test_they_in_a_relative_clause_on_a_plural_name_is_that_name(nlp):
    text = "Police praised the Turpins, who told their neighbours about the fire."
    assert resolved(nlp, text, "their") != ("police",)


def test_a_possessive_in_a_phrase_whose_verb_was_left_out_is_unresolved(nlp):
    text = ("ABS-CBN is a network. After a hearing on Monday, the Senate did not find the network had "
            "breached laws, nor its franchise terms.")
    assert resolved(nlp, text, "its") != ("senate",)
    doc = nlp(text)
    assert elided_clause(_token(doc, "its"))


def test_a_possessive_in_a_coordinated_object_still_takes_its_subject(nlp):
    text = "Google bought the firm and renamed its offices in London."
    assert resolved(nlp, text, "its") == ("google",)
    assert not elided_clause(_token(nlp(text), "its"))


def test_the_news_of_a_death_is_no_reference_to_a_news_channel(nlp):
    text = ("Sky News reported the show was delayed. The writer Dave Smith tweeted after hearing "
            "the news of the death.")
    refs = {r.text for r in entities_of(nlp(text)).references}
    assert "the news" not in refs


def test_the_press_is_no_reference_to_a_press_agency(nlp):
    text = "The Associated Press reported the fire. The minister later told the press that it was over."
    refs = {r.text: r.keys for r in entities_of(nlp(text)).references}
    assert "the press" not in refs


def test_a_capitalised_name_head_still_refers_back(nlp):
    text = "Thames Valley Police arrested a man on Sunday. Police said he was 25."
    assert resolved(nlp, text, "Police", 1) == ("thames valley police",)


def test_only_lower_case_words_for_the_media_are_generic(nlp):
    doc = nlp("The news spread fast, and News Corp denied it.")
    lexicon = get_lexicon()
    assert generic_medium_noun(_token(doc, "news"), lexicon)
    assert not generic_medium_noun(_token(doc, "News"), lexicon)
    assert not generic_medium_noun(_token(doc, "fast"), lexicon)


def test_a_possessive_fronted_before_a_named_subject_is_that_subject(nlp):
    text = "In a statement on its website, the Ministry of Defence said two soldiers had died."
    assert resolved(nlp, text, "its") == ("ministry of defence",)


def test_a_possessive_fronted_before_a_person_is_no_organisation(nlp):
    text = "Google sued the firm in May. During its visit to China, Boris Johnson met officials."
    assert resolved(nlp, text, "its") == ()


def test_a_fronted_possessive_before_a_common_noun_is_not_a_name_after_it(nlp):
    text = "In its ruling, the court said Google must pay the fine."
    assert resolved(nlp, text, "its") != ("google",)


def test_a_plural_indirect_object_is_nearer_than_the_subject_for_they(nlp):
    text = "The Civil Human Rights Front had sent the police a plan for the march, which they rejected."
    assert resolved(nlp, text, "they") == ()
