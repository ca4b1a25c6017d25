"""it / they against the anaphor's own phrase (issue 12, ``benchmarks/data/coref_audit.md`` set w15,
extract/coref_complements.py).

Invented sentences through the real pipeline (real parse): the object of "urge", "ask", "encourage" is
the subject of the infinitive after it and so what its "its" / "their" refers to; a description with a
bare common noun after "of" ("the state of emergency") is another thing than the name described so before.
"""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


def test_its_after_urge_goes_to_the_object_not_the_speaker(nlp):
    text = "The European Union urged Venezuela to release its political prisoners."
    assert resolved(nlp, text, "its") == ("venezuela",)


def test_their_after_encourage_goes_to_the_organisation_asked(nlp):
    text = ("The report named the agency's failures. "
            "Ms Ortiz encouraged the FBI to publish the results of their inquiry.")
    assert resolved(nlp, text, "their") == ("fbi",)


def test_a_common_noun_object_leaves_its_unresolved(nlp):
    text = "Germany asked the company to withdraw its application."
    assert resolved(nlp, text, "its") != ("germany",)


def test_a_verb_of_trying_still_gives_its_to_the_subject(nlp):
    text = "Brazil tried to renew its trade agreement with Argentina."
    assert resolved(nlp, text, "its") == ("brazil",)


def test_the_state_of_emergency_is_not_the_state_named_before(nlp):
    text = ("Farmers from the border state of Arizona filed a motion. "
            "They claimed the state of emergency was unlawful.")
    assert resolved(nlp, text, "the state") == ()


def test_the_party_of_government_is_not_the_party_named_before(nlp):
    text = ("The Liberal Party won the election in May. "
            "Critics said the party of government had forgotten the north.")
    assert resolved(nlp, text, "the party") == ()


def test_a_description_whose_of_noun_is_in_the_name_still_refers(nlp):
    text = "The Ninth Circuit Court of Appeals issued a stay. Later the court of appeals heard the case."
    assert resolved(nlp, text, "the court") == ("ninth circuit court of appeals",)


def test_their_after_telling_a_news_medium_is_not_the_medium(nlp):
    text = "Maria Chen, a spokeswoman for the inquiry, told Sky News their report would take a month."
    assert resolved(nlp, text, "their") != ("sky news",)


def test_it_is_not_for_someone_to_is_an_empty_it(nlp):
    text = "The Senate passed the bill in March. It is not for the governor to change the law alone."
    assert resolved(nlp, text, "It") == ()


def test_an_emphatic_itself_after_a_relative_is_no_earlier_name(nlp):
    text = ("The Guardian cited a minister as saying the smugglers were linked to the Black Harbour network, "
            "which itself was tied to a cartel.")
    assert resolved(nlp, text, "itself") == ()


def test_an_emphatic_itself_after_a_name_is_that_name(nlp):
    text = "The birds vanished from Morocco itself during the drought."
    assert resolved(nlp, text, "itself") == ("morocco",)


def _parsed(nlp, words, heads, deps):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_of_two_subjects_the_parse_gave_a_verb_the_nearer_is_the_subject(nlp):
    from extract.coref_subjects import _subject_before

    # "UNESCO chief Ana Ruiz said ...": the parse hung "UNESCO" on "said" as a second subject
    doc = _parsed(nlp, ["UNESCO", "chief", "Ana", "Ruiz", "said", "it", "would", "wait"],
                  [4, 3, 3, 4, 4, 7, 7, 4], ["nsubj", "compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    assert _subject_before(doc[4], doc[5]).text == "Ruiz"


def test_two_subjects_joined_by_and_keep_the_first(nlp):
    from extract.coref_subjects import _subject_before

    doc = _parsed(nlp, ["Acme", ",", "and", "Zenco", "said", "they", "would", "wait"],
                  [4, 0, 0, 4, 4, 7, 7, 4], ["nsubj", "punct", "cc", "nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    assert _subject_before(doc[4], doc[5]).text == "Acme"


def test_the_movement_of_things_is_not_the_movement_named_before(nlp):
    text = ("The Green Youth Movement held a rally in Leeds. "
            "Scientists at the rally tracked the movement of the dust across the city.")
    assert resolved(nlp, text, "the movement") == ()



def test_the_company_of_a_person_is_no_company(nlp):
    text = "Vexa Media fired its editor in May. The actor died at home in the company of his wife."
    assert resolved(nlp, text, "the company") == ()


def test_a_description_of_a_body_noun_still_refers(nlp):
    text = "The Green Youth Movement held a rally in Leeds. The leaders of the movement spoke first."
    assert resolved(nlp, text, "the movement") == ("green youth movement",)
