"""Doubtful relations (extract/quality.py): each doubt on invented sentences, and what stays."""

from __future__ import annotations

import dataclasses
import doctest

import pytest

from extract import quality
from extract.errors import LexiconError
from extract.quality import DOUBTFUL_CONFIDENCE, demote_doubtful, edge_doubts, quoted_spans, read_edge_words
from extract.types import Argument, Event, Predicate, Relation


def relation(sentence: str, subject: str, verb: str, lemma: str, obj: str, *, obj_type: str = "CONCEPT",
             obj_label: str | None = None, subject_key: str | None = None, obj_key: str | None = None,
             event: Event | None = None, confidence: float = 0.8) -> Relation:
    """A relation over words of ``sentence`` (offsets found in it; the sentence starts at offset 10)."""
    def span(word: str, after: int = 0) -> tuple[int, int]:
        start = sentence.index(word, after)
        return 10 + start, 10 + start + len(word)

    s0, s1 = span(subject) if subject else (10, 10)
    p0, p1 = span(verb)
    o0, o1 = span(obj) if obj else (p1, p1)
    label = obj_label or obj.casefold()
    return Relation(
        doc_id="d",
        subject=Argument(subject_key or subject.casefold(), subject, "GPE", subject, s0, s1),
        predicate=Predicate(lemma, verb, p0, p1),
        object=Argument(obj_key or ("concept:" + label if obj_type == "CONCEPT" else label), label, obj_type,
                        obj, o0, o1),
        sentence=sentence, sentence_start=10, event=event, confidence=confidence,
    )


def test_doctests():
    assert doctest.testmod(quality).failed == 0


@pytest.mark.parametrize("sentence, spans", [
    ('The mayor said "the port is closed" on Friday.', [(15, 35)]),
    ("The mayor said \u201cthe port is closed\u201d on Friday.", [(15, 35)]),
    ('"We will win," the coach said, "and then rest."', [(0, 14), (31, 47)]),
    ('The coach said: "we will win.', [(16, 29)]),  # the quotation goes on in the next sentence
    ('no one will leave," he said.', [(0, 19)]),  # and began in the one before
    ("The port's owner left.", []),
])
def test_quoted_spans(sentence, spans):
    assert quoted_spans(sentence) == spans


def test_an_unnamed_side_is_doubtful():
    sentence = "Two smugglers were arrested in Lyon."
    rel = relation(sentence, "", "arrested", "arrest", "smugglers", obj_label="smuggler",
                   subject_key="concept:unspecified")
    assert edge_doubts(rel) == ("unspecified",)


def test_quoted_words_are_the_speakers():
    sentence = 'Pedro Alvarez said Morocco "is punishing our fishermen."'
    rel = relation(sentence, "Morocco", "punishing", "punish", "fishermen", obj_label="fisherman")
    assert edge_doubts(rel) == ("quoted",)
    # the speaker's act, outside the quotation, stays
    said = relation(sentence, "Pedro Alvarez", "said", "say", "Morocco", obj_type="GPE")
    assert edge_doubts(said) == ()


def test_a_description_inside_quotes_is_quoted():
    sentence = 'He said the mayor is "a coward."'
    rel = relation(sentence, "mayor", "is", "is a", "coward")
    assert edge_doubts(rel) == ("quoted",)


def test_a_quotation_whose_speaker_the_sentence_does_not_name_is_left_alone():
    # a tweet quoted on its own: who wrote it is said in another sentence; its event stays as reported
    sentence = "\u201cHearing that Norland is bombing the hell out of Eastport.\u201d"
    bomb = Event("195", "19", "Employ aerial weapons", "material conflict")
    assert edge_doubts(relation(sentence, "Norland", "bombing", "bomb", "Eastport", obj_type="GPE", event=bomb)) == ()
    # with no event type, a sentence that is all quotation is its speaker's words (extract/edge_speech.py)
    assert edge_doubts(relation(sentence, "Norland", "bombing", "bomb", "Eastport", obj_type="GPE")) == (
        "whole quotation",)


def test_a_quotation_read_as_a_claim_keeps_its_modality():
    sentence = 'Pedro Alvarez said Morocco "is punishing our fishermen."'
    rel = relation(sentence, "Morocco", "punishing", "punish", "fishermen", obj_label="fisherman")
    assert edge_doubts(dataclasses.replace(rel, modality="claimed")) == ()
    assert edge_doubts(dataclasses.replace(rel, modality="asserted")) == ("quoted",)


def test_light_verb_with_a_plain_noun_and_no_event():
    sentence = "Spain took the lead in the talks."
    assert edge_doubts(relation(sentence, "Spain", "took", "take", "lead")) == ("light verb",)
    # with an event type the light verb carries an event: it stays
    phoned = relation("Spain made a phone call to Peru.", "Spain", "made", "make", "phone call",
                      event=Event("041", "04", "Discuss by telephone", "verbal cooperation"))
    assert edge_doubts(phoned) == ()
    # a named object is not a plain noun
    assert edge_doubts(relation("Spain gave Peru a loan.", "Spain", "gave", "give", "Peru", obj_type="GPE")) == ()


def test_is_a_noun_that_lost_its_complement():
    sentence = "Maria Costa, a member of the Portuguese parliament, spoke."
    assert edge_doubts(relation(sentence, "Maria Costa", "member", "is a", "member")) == ("vacuous description",)
    # a noun that says what something is stays
    group = relation("Hamas, a militant group, spoke.", "Hamas", "group", "is a", "militant group")
    assert edge_doubts(group) == ()


def test_shell_noun_object():
    sentence = "Belgium disclosed the matter to the commission."
    assert edge_doubts(relation(sentence, "Belgium", "disclosed", "disclose", "matter")) == ("shell object",)
    # its head decides: "the true reason" points elsewhere, "the reasoning of the court" is no shell noun
    assert edge_doubts(relation("Peru hid the true reason.", "Peru", "hid", "hide", "true reason")) == \
        ("shell object",)
    assert edge_doubts(relation("Peru rejected the proposal.", "Peru", "rejected", "reject", "proposal")) == ()


def test_the_press_as_listener():
    sentence = "The minister told reporters that the border was shut."
    rel = relation(sentence, "The minister", "told", "tell", "reporters", obj_label="reporter")
    assert edge_doubts(rel) == ("press listener",)
    # reporters as the target of an act are actors
    attacked = relation("Police attacked reporters.", "Police", "attacked", "attack", "reporters",
                        obj_label="reporter")
    assert edge_doubts(attacked) == ()


def test_demotion_keeps_the_relation_with_a_low_confidence():
    doubtful = relation("Spain took the lead.", "Spain", "took", "take", "lead", confidence=0.9)
    kept = relation("Spain rejected the proposal.", "Spain", "rejected", "reject", "proposal", confidence=0.9)
    low = relation("Spain took the lead.", "Spain", "took", "take", "lead", confidence=0.1)
    out = demote_doubtful([doubtful, kept, low])
    assert [r.confidence for r in out] == [DOUBTFUL_CONFIDENCE, 0.9, 0.1]
    assert out[0].predicate == doubtful.predicate and out[0].object == doubtful.object


def test_word_table_errors_name_file_and_line(tmp_path):
    path = tmp_path / "edge_doubts.tsv"
    path.write_text("word\tkind\nhave\tlight_verb\nmatter\tshell\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"edge_doubts.tsv:3: unknown kind 'shell'"):
        read_edge_words(path)
    path.write_text("have\tlight_verb\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"edge_doubts.tsv:1: expected 2"):
        read_edge_words(path)


def test_the_unnamed_side_is_the_implicit_rules_concept():
    from extract.relations.implicit import UNSPECIFIED_KEY

    assert quality._UNSPECIFIED == UNSPECIFIED_KEY
