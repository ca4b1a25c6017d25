"""Statements read from how they are framed: quoted formulas of thanks, sympathy and condemnation.

An event coder codes 'The prime minister tweeted: "Thank you to all emergency
services"' as the prime minister's praise (051), 'Tusk wrote "Let's all pray
for Mayor Adamowicz."' as sympathy (018) with the mayor
(``extract/quoted_acts.py``). Invented wire sentences and sentences of the
kinds met in Wikinews articles, the real spaCy pipeline. A private speaker's
formula is no event between actors; a formula with its own subject, a negated
one, and words that only look like one give nothing new.
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

_DATE = "2020-02-03"


def coded(nlp, text):
    """(subject text, lemma, object text, code) of the asserted relations of ``text`` with an event."""
    return {(r.subject.text, r.predicate.lemma, r.object.text, r.event.code)
            for r in text_relations(nlp, text, date=_DATE) if r.event is not None and r.modality == "asserted"}


def codes_by(nlp, text, speaker):
    """The codes of the relations of ``text`` whose subject holds ``speaker``."""
    return {code for subject, _lemma, _obj, code in coded(nlp, text) if speaker in subject}


@pytest.mark.parametrize("text, speaker, target, code", [
    ('Polish President Andrzej Duda wrote: "Let us all pray for the victims of this tragedy."',
     "Duda", "victims", "018"),
    ("Ex-Prime Minister Donald Tusk wrote \"Let's all pray for Mayor Adamowicz. Pawel, we are with you.\"",
     "Tusk", "Adamowicz", "018"),
    ('Australian Prime Minister Scott Morrison posted on Facebook: "Our hearts go out to the people of New Zealand."',
     "Morrison", "people", "018"),
    ('Indian Prime Minister Narendra Modi tweeted: "Condolences to the people of Sri Lanka."',
     "Modi", "people", "018"),
    ('US President Joe Biden tweeted: "Congratulations to President Emmanuel Macron on his victory."',
     "Biden", "Macron", "051"),
    ('"Thank you to Prime Minister Jacinda Ardern for her leadership," Fijian Prime Minister Frank Bainimarama wrote.',
     "Bainimarama", "Ardern", "051"),
    ('Labour leader Keir Starmer tweeted: "Shame on the Conservative government for this decision."',
     "Starmer", "government", "111"),
])
def test_a_quoted_formula_is_the_speakers_act_on_whom_it_names(nlp, text, speaker, target, code):
    found = coded(nlp, text)
    assert any(speaker in s and target in o and c == code for s, _lemma, o, c in found), found


@pytest.mark.parametrize("text, speaker, code", [
    ('The prime minister, Boris Johnson, tweeted: "Thank you to all emergency services responding to the incident."',
     "Johnson", "051"),
    ('The German chancellor tweeted: "My thoughts are with the families of the victims."', "chancellor", "018"),
])
def test_a_formula_for_people_named_by_a_noun_is_still_the_act(nlp, text, speaker, code):
    assert code in codes_by(nlp, text, speaker)


@pytest.mark.parametrize("text, speaker", [
    # a witness or a resident is no actor whose thanks is an event
    ('A local resident, John Smith, wrote: "Thank you to all the firefighters who saved my house."', "Smith"),
    # praying for peace names no one prayed for
    ('Pope Francis wrote: "Let us pray for peace in the Middle East."', "Francis"),
    # a thank-you to the listener for a question is politeness, not praise
    ('The foreign minister said: "Thank you for your question."', "minister"),
])
def test_no_formula_act_without_an_official_and_someone_it_is_done_to(nlp, text, speaker):
    assert not codes_by(nlp, text, speaker) & {"051", "018"}


def test_a_negated_formula_gives_nothing(nlp):
    text = 'The Iranian foreign ministry spokesman said: "No thanks to the United States for its sanctions."'
    assert "051" not in codes_by(nlp, text, "spokesman")


def test_a_formula_deep_inside_a_quotation_is_not_the_speakers_act(nlp):
    # "thank" is not what the quotation opens with: the speaker reports who thanked whom
    text = 'The mayor said: "Residents came out to thank the firefighters for their work."'
    assert not any(c == "051" and "mayor" in s.lower() for s, _lemma, _o, c in coded(nlp, text))


def test_a_private_speakers_one_place_statement_keeps_its_own_code(nlp):
    text = 'The chancellor\'s neighbour, Anna Weber, tweeted: "Thank you to all the nurses."'
    assert not codes_by(nlp, text, "Weber") & {"051"}


@pytest.mark.parametrize("text, speaker", [
    ('French President Emmanuel Macron wrote on Twitter: "France stands with the people of Lebanon."', "Macron"),
    ("Indian Prime Minister Narendra Modi wrote on Twitter that the country would rebuild the temple.", "Modi"),
    ('The Foreign Ministry posted on its website: "The embassy in Kabul remains open."', "Ministry"),
])
def test_an_officials_written_statement_is_a_statement(nlp, text, speaker):
    assert "010" in codes_by(nlp, text, speaker)


@pytest.mark.parametrize("text, speaker", [
    # a private writer's words are no statement between actors
    ('Local resident John Smith wrote on Facebook: "The town will never be the same."', "Smith"),
    # writing a book, posting a video: no reported clause
    ("Former President Barack Obama wrote a memoir about his years in office.", "Obama"),
    ("The Ukrainian army posted a video of the exercise on Monday.", "army"),
])
def test_writing_with_no_officials_clause_is_no_statement(nlp, text, speaker):
    assert "010" not in codes_by(nlp, text, speaker)


@pytest.mark.parametrize("text, speaker, code", [
    ('US President Donald Trump characterized the talks as "very productive."', "Trump", "010"),
    ('President Trump characterized the call with Zelensky as "perfectly fine and routine."', "Trump", "010"),
    # a neutral name with a verb of statement is the statement (a neutral name with "call" is none)
    ("Prime Minister Imran Khan described the meeting as a routine exchange.", "Khan", "010"),
    # an evaluative word still codes the characterisation by its sense
    ('The Foreign Ministry of Iraq characterized the attack as "a serious violation of Iraqi sovereignty".',
     "Ministry", "111"),
])
def test_a_characterisation_is_a_statement_unless_its_words_judge(nlp, text, speaker, code):
    assert code in codes_by(nlp, text, speaker)


def test_calling_a_thing_something_is_still_no_call(nlp):
    # "call" is no statement verb of its own (a consultation): no 010 and no 04 from the naming frame
    codes = codes_by(nlp, "The prime minister called the proposal a starting point.", "minister")
    assert not {c for c in codes if c[:2] in ("01", "04")}


def test_a_passive_description_is_no_statement_of_its_own(nlp):
    text = 'Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos.'
    assert "010" not in codes_by(nlp, text, "police")


@pytest.mark.parametrize("text, speaker", [
    ("The Chinese foreign ministry issued a statement on Monday.", "ministry"),
    ("Russia's defence ministry issued a communique after the talks.", "ministry"),
])
def test_a_statement_issued_by_an_actor_is_its_statement(nlp, text, speaker):
    assert "010" in codes_by(nlp, text, speaker)


def test_a_statement_issued_that_condemns_is_coded_by_what_it_says(nlp):
    found = coded(nlp, "China's foreign ministry issued a statement condemning the visit.")
    assert any(c == "111" for _s, _l, _o, c in found)
    assert not any(c == "010" and lemma == "issue" for _s, lemma, _o, c in found)


def test_an_issued_thing_that_is_no_statement_gives_no_statement(nlp):
    assert "010" not in codes_by(nlp, "The central bank issued new banknotes on Monday.", "bank")


@pytest.mark.parametrize("text, speaker", [
    # a news anchor's or a private thing's characterisation is no statement between actors
    ('After the debate, CNN anchor Dana Bash described the event as a "shitshow."', "Bash"),
    ("The archive characterizes events where four or more people are killed by gunfire as a mass shooting.",
     "archive"),
])
def test_a_characterisation_by_no_official_keeps_no_event(nlp, text, speaker):
    assert "010" not in codes_by(nlp, text, speaker)


def test_a_formula_for_those_who_suffered_is_sympathy(nlp):
    text = 'Indian Prime Minister Narendra Modi wrote, "My thoughts are with those who lost their loved ones."'
    assert "018" in codes_by(nlp, text, "Modi")


def test_an_officials_neutral_description_is_a_statement(nlp):
    # CAMEO lists DESCRIBE under EXPLAIN_VERBAL (010): no pattern or evaluative word fits "a national event"
    assert "010" in codes_by(nlp, "The mayor of Gdansk described the protests as a national event.", "mayor")


@pytest.mark.parametrize("text, speaker", [
    ('The officers shot him dead in what the police declared a "terrorist-related" attack.', "police"),
    ("The army launched what the defence ministry announced as a major offensive.", "ministry"),
])
def test_a_statement_in_a_free_relative_is_the_speakers(nlp, text, speaker):
    assert "010" in codes_by(nlp, text, speaker)


def test_a_free_relative_of_another_verb_is_no_statement(nlp):
    # "what" is the subject of "happened", and the declaring is negated
    found = coded(nlp, "Police did not declare what happened a terrorist attack.")
    assert not any(c == "010" for _s, _l, _o, c in found)


def test_a_free_relative_with_no_name_given_is_no_statement(nlp):
    text = "Could you briefly explain what Red Hat announced and what it means for the future of CentOS?"
    assert "010" not in codes_by(nlp, text, "Red Hat")
