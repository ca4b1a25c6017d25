"""The speaker of a quotation, further ways a text names it (issue 11): a statement issued
before the quotation, "according to X", and "let us" whose speaker may not stand for "we".

Every sentence is invented for the test. The expected speakers come from the sentences' words
(the one person named beside the quotation); the expected codes from the shipped tables.
"""

from __future__ import annotations

from functools import partial

from .helpers import document_facts, relations_named

DATE = "2020-11-08"
_facts = partial(document_facts, date=DATE)


def test_the_subject_of_an_issued_statement_speaks_its_quotation(nlp):
    facts = _facts(nlp, 'President Emmanuel Macron issued a statement: "We congratulate Joe Biden on his victory."')
    (rel,) = relations_named(facts, "congratulate")
    # Macron issued the statement the quotation gives; a head of state's "we" is his government
    assert rel.subject.label == "Emmanuel Macron" and rel.subject.resolved_from == "We"
    assert rel.object.label == "Joe Biden"


def test_a_posted_message_names_the_speaker_of_i(nlp):
    facts = _facts(nlp, 'President Emmanuel Macron posted a message on Twitter: "I congratulate Joe Biden."')
    (rel,) = relations_named(facts, "congratulate")
    assert rel.subject.label == "Emmanuel Macron" and rel.subject.resolved_from == "I"


def test_according_to_names_the_speaker(nlp):
    facts = _facts(nlp, 'According to President Emmanuel Macron, "I congratulate Joe Biden on his victory."')
    (rel,) = relations_named(facts, "congratulate")
    assert rel.subject.label == "Emmanuel Macron" and rel.subject.resolved_from == "I"


def test_a_statement_of_two_speakers_gives_none(nlp):
    facts = _facts(nlp, 'President Emmanuel Macron and Chancellor Angela Merkel issued a statement: '
                        '"I congratulate Joe Biden."')
    for rel in relations_named(facts, "congratulate"):
        # two persons issue the statement: "I" is neither of them
        assert rel.subject.resolved_from != "I" or rel.subject.label not in ("Emmanuel Macron", "Angela Merkel")


def test_a_statement_noun_that_is_not_the_object_names_no_speaker(nlp):
    facts = _facts(nlp, 'Emmanuel Macron read the news. Reporters quoted a message: "I congratulate Joe Biden."')
    for rel in relations_named(facts, "congratulate"):
        # the reporters quoted the message, they did not write it; Macron is in another sentence
        assert rel.subject.label != "Emmanuel Macron"


def test_let_me_takes_the_speaker(nlp):
    facts = _facts(nlp, 'Foreign Minister Sergey Lavrov spoke on Monday. '
                        '"Let me thank the Iraqi government for its help," Lavrov said.')
    (rel,) = relations_named(facts, "thank")
    assert rel.subject.label == "Sergey Lavrov" and rel.subject.resolved_from == "me"


def test_let_us_of_a_senator_is_his_country_not_the_senator(nlp):
    facts = _facts(nlp, '"Let us thank the Iraqi government," Senator Bernie Sanders said.')
    (rel,) = relations_named(facts, "thank")
    # a senator's "us" may be the party or the nation: no edge from Sanders, the event
    # fields give the side his country (USA), as for his "we"
    assert rel.subject.label != "Bernie Sanders" and rel.subject.text == ""
    assert rel.subject.actor_code == "USA"
    assert rel.object.actor_code.startswith("IRQ")



def test_two_conjoined_speakers_of_a_verb_of_saying_give_none(nlp):
    facts = _facts(nlp, '"I congratulate Joe Biden," Emmanuel Macron and Angela Merkel said.')
    for rel in relations_named(facts, "congratulate"):
        # "I" is one of two persons: the relation names neither
        assert rel.subject.label not in ("Emmanuel Macron", "Angela Merkel")


def test_a_quotation_continuing_the_one_before_it_keeps_its_speaker(nlp):
    facts = _facts(nlp, '"The vote is over," President Emmanuel Macron said. "I congratulate Joe Biden."')
    (rel,) = relations_named(facts, "congratulate")
    # the second quotation names no speaker; the one right before it in the paragraph is Macron's
    assert rel.subject.label == "Emmanuel Macron" and rel.subject.resolved_from == "I"


def test_a_quotation_in_a_new_paragraph_does_not_continue(nlp):
    facts = _facts(nlp, '"The vote is over," President Emmanuel Macron said.\n\n"I congratulate Joe Biden."')
    for rel in relations_named(facts, "congratulate"):
        # a new paragraph may quote someone else: no speaker
        assert rel.subject.label != "Emmanuel Macron"


def test_a_continued_quotation_with_its_own_speaker_takes_that_one(nlp):
    facts = _facts(nlp, '"The vote is over," President Emmanuel Macron said. '
                        '"I congratulate Joe Biden," Chancellor Angela Merkel said.')
    (rel,) = relations_named(facts, "congratulate")
    assert rel.subject.label == "Angela Merkel"


def test_a_verb_of_saying_with_no_subject_takes_its_heads(nlp):
    facts = _facts(nlp, '"The vote is over," President Emmanuel Macron said. '
                        'Chancellor Angela Merkel went on to add, "I congratulate Joe Biden."')
    (rel,) = relations_named(facts, "congratulate")
    # "add" has no subject of its own: Merkel's, of "went on"; not the Macron of the quotation before
    assert rel.subject.label == "Angela Merkel"


def test_an_unnamed_speaker_in_the_sentence_stops_the_continuation(nlp):
    facts = _facts(nlp, '"The vote is over," President Emmanuel Macron said. '
                        'Reporters were quoted, writing "I congratulate Joe Biden."')
    for rel in relations_named(facts, "congratulate"):
        # "writing" speaks here, its writer unnamed (the subject is passive): "I" is not Macron
        assert rel.subject.label != "Emmanuel Macron"
