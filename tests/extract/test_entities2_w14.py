"""Entity nodes of the classes audit round w14b names (``benchmarks/data/entities_audit.md``): a person's name
without its middle names, a lone surname of two words, acronyms defined in square brackets.

Invented sentences through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

from extract.facts import extract_document
from extract.types import Document


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def _aliases(entity) -> set[str]:
    return set(getattr(entity, "aliases", ()) or ())


def test_a_name_without_its_middle_name_is_the_full_name(nlp):
    got = _nodes(nlp, "Robert Gabriel Mugabe was the president of Zimbabwe. Robert Mugabe died in 2019. "
                      "Mugabe was 95.")
    assert "Robert Mugabe" not in got and "Mugabe" not in got
    assert {"Robert Mugabe", "Mugabe"} <= _aliases(got["Robert Gabriel Mugabe"])


def test_two_full_names_that_fit_leave_the_short_form_apart(nlp):
    got = _nodes(nlp, "George H. W. Bush met George W. Bush in Texas. George Bush spoke first.")
    assert "George H. W. Bush" in got and "George W. Bush" in got
    assert "George Bush" not in _aliases(got["George H. W. Bush"]) | _aliases(got["George W. Bush"])


def test_a_lone_surname_of_two_words_is_the_person_named_in_full(nlp):
    got = _nodes(nlp, "Kumar De Zoysa, a lawyer, spoke on Monday. De Zoysa said the case was closed.")
    assert "De Zoysa" not in got
    assert "De Zoysa" in _aliases(got["Kumar De Zoysa"])


def test_an_acronym_before_its_name_in_square_brackets_is_that_body(nlp):
    got = _nodes(nlp, "The CEMB [Council of Ex-Muslims of Britain] held a rally. The CEMB said it would go on.")
    assert "CEMB" not in got and "Council of Ex-Muslims" not in got
    assert "CEMB" in _aliases(got["Council of Ex-Muslims of Britain"])


def test_words_in_square_brackets_the_acronym_does_not_spell_stay_apart(nlp):
    got = _nodes(nlp, "The NHS [Department of Health] said on Monday that it would act.")
    assert "Department of Health" not in _aliases(got.get("NHS") or got.get("National Health Service"))


def test_a_language_written_as_a_language_is_no_node(nlp):
    got = _nodes(nlp, "The Arabic page of the website was removed. The book was translated into Arabic and Persian.")
    assert "Arabic" not in got and "Persian" not in got


def test_a_peoples_adjective_before_other_nouns_stays(nlp):
    got = _nodes(nlp, "Arabic media reported the attack. Persian rugs were sold in the market.")
    assert got["Arabic"].type == "NORP" and got["Persian"].type == "NORP"


def test_a_quoted_nickname_inside_a_name_is_one_person_named_without_it(nlp):
    got = _nodes(nlp, 'Sergeant Matiu "Matt" Ratana was shot in Croydon. Ratana had served for 30 years.')
    assert "Matiu" not in got and "Ratana" not in got
    assert got["Matiu Ratana"].type == "PERSON"
    assert "Ratana" in _aliases(got["Matiu Ratana"])


def test_a_quoted_title_after_a_name_is_no_nickname(nlp):
    got = _nodes(nlp, 'Maria Lopez said "No" to the plan in Madrid.')
    assert "Maria Lopez" in got


def test_a_name_after_ethnic_or_before_tribe_is_a_people(nlp):
    got = _nodes(nlp, "The ethnic Ndebele were killed in the massacres. The Yazidi tribe fled to Mount Sinjar.")
    assert got["Ndebele"].type == "NORP"
    assert got["Yazidi"].type == "NORP"


def test_a_relatives_full_name_joins_no_shorter_form(nlp):
    got = _nodes(nlp, "Gloria Vanderbilt died on Monday. As a child she was the subject of a custody battle between "
                      "her widowed mother, Gloria Morgan Vanderbilt, and her aunt.")
    assert "Gloria Vanderbilt" in got and "Gloria Morgan Vanderbilt" in got
