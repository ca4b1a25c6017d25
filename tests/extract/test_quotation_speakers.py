"""The speaker of a quotation (issue 11, points 1-3): whom "I" and "we" inside it stand for.

Every sentence is invented for the test. The expected speakers come from the sentences' words:
the one named subject of the verb beside the quotation, or the pronoun there whose antecedent
the text names; the expected codes from the shipped tables (a person the project's actor file
lists at the article's date).
"""

from __future__ import annotations

from functools import partial

from .helpers import document_facts, relations_named

DATE = "2019-06-01"
_facts = partial(document_facts, date=DATE)
_relations = relations_named


# --------------------------------------------------------------------------
# (a) a pronoun speaker resolved to a named person


def test_first_person_takes_a_pronoun_speakers_antecedent(nlp):
    facts = _facts(nlp, "Prime Minister Jacinda Ardern spoke on Monday. "
                        '"I applaud the police for their swift response," she said.')
    (rel,) = _relations(facts, "applaud")
    # "she" is Ardern, the one person the text names before it
    assert rel.subject.label == "Jacinda Ardern" and rel.subject.resolved_from == "I"


# --------------------------------------------------------------------------
# (b) a quotation over several sentences, its speaker after it


def test_first_person_in_the_middle_sentence_of_a_long_quotation(nlp):
    facts = _facts(nlp, "Senator Lindsey Graham criticised the decision. "
                        '"The group is not defeated. I applaud the president for his work. '
                        'The losses were very low," Graham continued.')
    (rel,) = _relations(facts, "applaud")
    # the quotation opens before "I applaud" and closes before "Graham continued"
    assert rel.subject.label == "Lindsey Graham" and rel.subject.resolved_from == "I"


def test_a_quotation_verb_with_its_own_object_names_no_speaker(nlp):
    facts = _facts(nlp, "President Uhuru Kenyatta visited Kampala on Tuesday. "
                        'Kenyatta continued his tour as crowds chanted "we reject the Ugandan government".')
    for rel in _relations(facts, "reject"):
        # Kenyatta continued a tour, he said nothing: the crowd's "we" is not Kenyatta
        assert rel.subject.label != "Uhuru Kenyatta"


def test_of_two_speakers_the_one_whose_verb_governs_the_quotation_speaks(nlp):
    facts = _facts(nlp, 'Senator Lindsey Graham told Prime Minister Jacinda Ardern that '
                        'President Uhuru Kenyatta said "I applaud the police."')
    (rel,) = _relations(facts, "applaud")
    # Graham and Kenyatta both speak in the sentence; the quotation is the complement of Kenyatta's "said"
    assert rel.subject.label == "Uhuru Kenyatta" and rel.subject.resolved_from == "I"


# --------------------------------------------------------------------------
# (c) "we" of a named person


def test_we_of_a_government_leader_is_the_leader_speaking_for_the_government(nlp):
    facts = _facts(nlp, "Prime Minister Jacinda Ardern spoke on Monday. "
                        '"We applaud the police for their swift response," Ardern said.')
    (rel,) = _relations(facts, "applaud")
    # Newsgraph.Recent.actors.txt: Ardern NZLGOV from 2017; a head of government speaks for it
    assert rel.subject.label == "Jacinda Ardern" and rel.subject.resolved_from == "We"
    assert rel.subject.actor_code == "NZLGOV"


def test_we_of_a_senator_is_no_edge_from_the_senator(nlp):
    facts = _facts(nlp, "US Senator Bernie Sanders spoke on Monday. "
                        '"We must defeat Donald Trump," Sanders said.')
    (rel,) = _relations(facts, "defeat")
    # a senator's "we" may be the party, the chamber or the nation: not Sanders himself
    assert rel.subject.label != "Bernie Sanders"
    assert rel.subject.text == ""
    # "US Senator": his country stays, the role does not
    assert rel.subject.actor_code == "USA"
    assert rel.subject.actor_confidence < 0.9


def test_we_outside_a_quotation_is_no_speaker(nlp):
    facts = _facts(nlp, "Prime Minister Jacinda Ardern spoke on Monday. We applaud the police, she said.")
    for rel in facts.relations:
        if rel.predicate.lemma == "applaud":
            assert rel.subject.label != "Jacinda Ardern"  # no quotation marks: the writer's "we"


def test_we_of_a_body_named_by_a_description_is_the_body(nlp):
    facts = _facts(nlp, "Amnesty International criticised the Kenyan police on Friday. "
                        '"We urge the Kenyan government to investigate the killings," the group said.')
    (rel,) = _relations(facts, "urge")
    # "the group" is Amnesty International, an organisation: its "we" is itself
    assert rel.subject.label == "Amnesty International" and rel.subject.resolved_from == "We"
    assert rel.object.actor_code == "KENGOV"


def test_body_roles_read_the_role_after_the_country():
    from extract.lexicon import get_lexicon
    from extract.relations.speakers import body_role

    lexicon = get_lexicon()
    assert body_role("USAGOV", lexicon) and body_role("COP", lexicon) and body_role("PHLGOVMIL", lexicon)
    assert not body_role("USALEG", lexicon) and not body_role("USA", lexicon) and not body_role(None, lexicon)
