"""Quotations and their speakers, round 2 (issue 11): a quotation split around its attribution,
"according to X" before a quotation, discourse fillers, two speakers, an inverted attribution the
parser misreads, a title in quotation marks, a lead-in sentence, and a speaker pronoun.

Every sentence is invented for the test. The expected speaker of each quotation is the person the
sentence's grammar names (the subject of the verb the quotation hangs on, or the one person of the
sentence before it); the expected objects are the names the quotations hold.
"""

from __future__ import annotations

from functools import partial

from extract.lexicon import get_lexicon
from extract.relations.quotation_cues import discourse_filler, names_a_thing
from extract.relations.speakers import quotation_runs

from .helpers import document_facts

DATE = "2021-03-02"
_facts = partial(document_facts, date=DATE)


def _named(facts, lemma: str) -> list:
    return [r for r in facts.relations if r.predicate.lemma == lemma]


def _one(facts, lemma: str):
    found = _named(facts, lemma)
    assert len(found) == 1, [(r.subject.label, r.predicate.lemma, r.object.label) for r in facts.relations]
    return found[0]


# --------------------------------------------------------------------------
# a quotation split around its attribution, and "according to"


def test_a_split_quotation_gives_its_infinitive_the_first_pieces_subject(nlp):
    facts = _facts(nlp, '"We wish," Foreign Minister Sergey Lavrov said, "to thank the Iraqi government for its help."')
    rel = _one(facts, "thank")
    # "We wish ... to thank": Lavrov speaks; a foreign minister's "we" is his government
    assert rel.subject.label == "Sergey Lavrov" and rel.subject.resolved_from == "We"
    assert "Iraqi government" in rel.object.text and rel.modality == "asserted"


def test_a_split_quotation_of_an_intent_gives_no_asserted_act(nlp):
    facts = _facts(nlp, '"We hope," Foreign Minister Sergey Lavrov said, "to meet the Iraqi president soon."')
    for rel in _named(facts, "meet"):
        # hoping to meet is no meeting
        assert rel.modality != "asserted" or rel.subject.label != "Sergey Lavrov"


def test_according_to_before_a_quotation_keeps_the_infinitive(nlp):
    facts = _facts(nlp, 'According to Foreign Minister Sergey Lavrov, "we wish to thank the Iraqi government for its help."')
    rel = _one(facts, "thank")
    assert rel.subject.label == "Sergey Lavrov" and rel.subject.resolved_from == "we"


def test_according_to_a_source_keeps_a_named_subjects_infinitive(nlp):
    facts = _facts(nlp, "According to the newspaper, Chancellor Angela Merkel wishes to thank the Iraqi government.")
    rel = _one(facts, "thank")
    assert rel.subject.label == "Angela Merkel"


# --------------------------------------------------------------------------
# discourse fillers


def test_i_mean_and_you_know_make_no_relation(nlp):
    facts = _facts(nlp, '"It was, you know, a hard day for Springfield. I mean, just a ball of flames," '
                        'said the witness, John Smith.')
    assert not _named(facts, "mean") and not _named(facts, "know")


def test_a_verb_of_the_filler_class_with_its_object_is_no_filler(nlp):
    doc = nlp("I mean what I say, and you know the rules.")
    lexicon = get_lexicon()
    mean, know = (t for t in doc if t.lower_ in ("mean", "know"))
    assert not discourse_filler(mean, lexicon) and not discourse_filler(know, lexicon)
    doc = nlp("It was, you know, hard. I mean, nobody came.")
    mean, know = (t for t in doc if t.lower_ in ("mean", "know"))
    assert discourse_filler(mean, lexicon) and discourse_filler(know, lexicon)


# --------------------------------------------------------------------------
# two speakers


def test_the_speaker_whose_verb_governs_the_quotation_speaks(nlp):
    facts = _facts(nlp, 'Prime Minister Boris Johnson said that Chancellor Angela Merkel told him: '
                        '"I thank the Iraqi government for its help."')
    rel = _one(facts, "thank")
    assert rel.subject.label == "Angela Merkel" and rel.subject.resolved_from == "I"


def test_an_i_of_two_conjoined_speakers_gets_no_speakers_code(nlp):
    facts = _facts(nlp, 'Chancellor Angela Merkel and Prime Minister Boris Johnson said: '
                        '"I thank the Iraqi government for its help."')
    for rel in _named(facts, "thank"):
        # neither is "I": no edge, and no code of the first speaker (DEU) nor of the second (GBR)
        assert rel.subject.label not in ("Angela Merkel", "Boris Johnson")
        assert rel.subject.actor_code is None


# --------------------------------------------------------------------------
# an inverted attribution whose title the parser reads as a verb


def test_an_inverted_attribution_with_a_misread_title_names_the_speaker(nlp):
    facts = _facts(nlp, '"I thank Governor Tom Baker for his help", Caloundra coach Geoff Ingram said.')
    rel = _one(facts, "thank")
    assert rel.subject.label == "Geoff Ingram" and rel.subject.resolved_from == "I"
    assert rel.object.label == "Tom Baker"
    # the title's word "coach" is no verb: no one coached Ingram
    assert not _named(facts, "coach")


# --------------------------------------------------------------------------
# a title in quotation marks, a verb of reacting


def test_a_title_in_apposition_speaks_for_no_one(nlp):
    doc = nlp('Matt Roberts says his event, "Storm the Base, They Will Never Catch Us", was a joke.')
    runs = quotation_runs(doc)
    (run,) = set(runs.values())
    assert names_a_thing(doc, run, runs)
    doc = nlp('Matt Roberts said, "they will never catch us at the base."')
    runs = quotation_runs(doc)
    (run,) = set(runs.values())
    assert not names_a_thing(doc, run, runs)


def test_a_verb_of_reacting_names_the_speaker(nlp):
    facts = _facts(nlp, 'Senator Jane Doe reacted on Twitter, "I condemn the attack on the embassy."')
    rel = _one(facts, "condemn")
    assert rel.subject.label == "Jane Doe" and rel.subject.resolved_from == "I"


# --------------------------------------------------------------------------
# a lead-in sentence, a speaker pronoun


def test_a_quotation_after_a_lead_in_is_its_subjects(nlp):
    facts = _facts(nlp, 'Maria Lopez visited the flooded district on Monday. "I thank Governor Tom Baker for his help."')
    rel = _one(facts, "thank")
    assert rel.subject.label == "Maria Lopez" and rel.subject.resolved_from == "I"


def test_a_lead_in_that_names_other_people_gives_no_speaker(nlp):
    facts = _facts(nlp, 'Maria Lopez met the families of the victims on Monday. "We thank Governor Tom Baker for his help."')
    for rel in _named(facts, "thank"):
        # the families may be the ones who speak
        assert rel.subject.label != "Maria Lopez"


def test_a_lead_in_in_another_paragraph_gives_no_speaker(nlp):
    facts = _facts(nlp, 'Maria Lopez visited the flooded district on Monday.\n\n"I thank Governor Tom Baker for his help."')
    for rel in _named(facts, "thank"):
        assert rel.subject.label != "Maria Lopez"


def test_a_speaker_pronoun_is_not_a_name_inside_the_quotation(nlp):
    facts = _facts(nlp, 'Maria Lopez was devastated when the storm hit the town. '
                        '"I thank Governor Tom Baker for his help," she recalls.')
    rel = _one(facts, "thank")
    # "she" is not Tom Baker, whom only the quotation names: it is the one person before
    assert rel.subject.label == "Maria Lopez" and rel.subject.resolved_from == "I"
