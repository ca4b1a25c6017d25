"""Sentence-level open triples: clause rules, argument phrases, the TSV layout."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.errors import InputError
from extract.openie import format_triple, triples_from_sentences, triples_of
from extract.types import Triple


def pairs(triples):
    return {(t.relation, t.arguments) for t in triples}


# (sentence, a triple it must yield): read off the sentence, one rule each.
EXPECTED = [
    # subject-verb-object with a time modifier as a further argument
    ("Rebels shelled the town on Monday .", ("shelled", ("Rebels", "the town", "on Monday"))),
    # arguments that are not named entities, as whole noun phrases
    ("The angry farmers blocked the main road .", ("blocked", ("The angry farmers", "the main road"))),
    # copula
    ("Paris is the capital of France .", ("is", ("Paris", "the capital of France"))),
    # passive: the agent's preposition joins the relation
    ("The bridge was destroyed by the army .", ("was destroyed by", ("The bridge", "the army"))),
    # no direct object: the first preposition joins the relation
    ("She lives in Berlin .", ("lives in", ("She", "Berlin"))),
    # particle
    ("The rebels gave up the fight .", ("gave up", ("The rebels", "the fight"))),
    # negation and auxiliary
    ("The company did not pay the workers .", ("did not pay", ("The company", "the workers"))),
    # open complement: its verb joins the relation
    ("The government plans to build a new airport .", ("plans to build", ("The government", "a new airport"))),
    # clausal complement of a said-type verb: the clause is arg2
    (
        "The spokesman said that the talks had failed .",
        ("said that", ("The spokesman", "the talks had failed")),
    ),
    # a quotation before its reporting verb, without the unpaired quote mark
    (
        "`` The talks have failed , '' the spokesman said .",
        ("said", ("the spokesman", "The talks have failed")),
    ),
    # coordinated verbs share the subject
    (
        "The minister resigned on Friday and left the country .",
        ("left", ("The minister", "the country")),
    ),
    # a finite conjunct keeps its own tense: no "was retains"
    (
        "The cathedral was never finished and retains a wooden ceiling .",
        ("retains", ("The cathedral", "a wooden ceiling")),
    ),
    # a verb with no other argument takes its adverbial clause, conjunction in the relation
    ("He resigned after the scandal broke .", ("resigned after", ("He", "the scandal broke"))),
    # relative clause: the relative pronoun stands for the noun it follows
    (
        "Police arrested a man who attacked the embassy .",
        ("attacked", ("a man", "the embassy")),
    ),
    # and the relative clause stays out of the main clause's object
    (
        "Police arrested a man who attacked the embassy .",
        ("arrested", ("Police", "a man")),
    ),
    # apposition: "X, the Y of Z" says X is the Y of Z
    (
        "John Smith , the mayor of Springfield , opened the school .",
        ("is", ("John Smith", "the mayor of Springfield")),
    ),
    # an adjective and its preposition join the relation
    ("The group is responsible for the attack .", ("is responsible for", ("The group", "the attack"))),
    # an adjective's open complement joins the relation too
    ("His father was able to start a business .", ("was able to start", ("His father", "a business"))),
    # the subject leaves out its apposition, which has a triple of its own
    (
        "John Smith , the mayor of Springfield , opened the school .",
        ("opened", ("John Smith", "the school")),
    ),
    # a place set apart by a comma after another place lies in it
    ("She was born in Provo , Utah .", ("is in", ("Provo", "Utah"))),
    # the noun-mediated verb agrees with a plural first argument
    ("The workers of the mine went on strike .", ("are of", ("The workers", "the mine"))),
    # an infinitive after a noun stays in the noun's phrase
    ("These are small prices to pay for peace .", ("are", ("These", "small prices to pay for peace"))),
    # possessive: "X 's Y" says X has Y
    ("Italy 's largest bank filed charges .", ("has", ("Italy", "largest bank"))),
]


@pytest.mark.parametrize("sentence, expected", EXPECTED)
def test_triples_of_sentence(nlp, sentence, expected):
    triples = triples_of(nlp(sentence))
    assert expected in pairs(triples), pairs(triples)
    assert all(t.sentence == sentence for t in triples)
    assert all(0.0 <= t.confidence <= 1.0 for t in triples)
    assert all(len(t.arguments) >= 2 and all(t.arguments) for t in triples)


def test_a_merged_complement_gives_no_triple_of_its_own(nlp):
    triples = triples_of(nlp("The government plans to build a new airport ."))
    assert [t.relation for t in triples] == ["plans to build"]


def test_an_infinitive_after_a_noun_does_not_make_the_noun_its_subject(nlp):
    triples = triples_of(nlp("The union criticised efforts to cut jobs ."))
    assert pairs(triples) == {("criticised", ("The union", "efforts to cut jobs"))}


def test_clauses_rank_above_noun_mediated_triples(nlp):
    triples = triples_of(nlp("John Smith , the mayor of Springfield , opened the school ."))
    opened = next(t for t in triples if t.relation == "opened")
    apposition = next(t for t in triples if t.relation == "is")
    assert opened.confidence > apposition.confidence


def test_each_sentence_of_a_doc(nlp):
    doc = nlp("Rebels shelled the town.\n\nThe army retook the airport.")
    triples = triples_of(doc)
    assert ("retook", ("The army", "the airport")) in pairs(triples)
    assert not any("\n" in field for t in triples for field in (t.sentence, t.relation, *t.arguments))
    assert {t.sentence for t in triples} == {"Rebels shelled the town.", "The army retook the airport."}
    # A span is read on its own.
    second = list(doc.sents)[1]
    assert pairs(triples_of(second)) == {("retook", ("The army", "the airport"))}


def test_no_clause_no_triple(nlp):
    assert triples_of(nlp("Good morning !")) == []
    assert triples_of(nlp("")) == []


# Hand-built parses: the rules, independent of what the model predicts.


def test_hand_built_svo_with_prepositional_argument():
    words = ["Troops", "seized", "the", "port", "in", "March", "."]
    heads = [1, 1, 3, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    [triple] = triples_of(doc)
    assert (triple.relation, triple.arguments) == ("seized", ("Troops", "the port", "in March"))


def test_hand_built_relative_clause_and_passive_agent():
    # "The report that was written by experts warns farmers ."
    words = ["The", "report", "that", "was", "written", "by", "experts", "warns", "farmers", "."]
    heads = [1, 7, 4, 4, 1, 4, 5, 7, 7, 7]
    deps = ["det", "nsubj", "nsubjpass", "auxpass", "relcl", "agent", "pobj", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PRON", "AUX", "VERB", "ADP", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "WDT", "VBD", "VBN", "IN", "NNS", "VBZ", "NNS", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    got = pairs(triples_of(doc))
    assert ("was written by", ("The report", "experts")) in got
    # the main clause's subject leaves the relative clause out
    assert ("warns", ("The report", "farmers")) in got


def test_sentences_are_echoed_exactly(nlp):
    lines = [
        "Rebels  shelled the town .\n",
        "  The army retook the airport on Sunday .\r\n",
        "\n",
        "Earlier this year , President Bush made a final `` take - it '' offer .",
    ]
    triples = list(triples_from_sentences(lines, nlp=nlp))
    assert {t.sentence for t in triples} == {
        "Rebels  shelled the town .",
        "  The army retook the airport on Sunday .",
        "Earlier this year , President Bush made a final `` take - it '' offer .",
    }
    for triple in triples:
        assert format_triple(triple).split("\t")[0] == triple.sentence


def test_triples_from_sentences_streams(nlp):
    def endless():
        yield "Rebels shelled the town ."
        raise AssertionError("read past what was needed")

    first = next(iter(triples_from_sentences(endless(), nlp=nlp, batch_size=1)))
    assert first.relation == "shelled"


def test_format_triple_layout():
    triple = Triple("Ann met Bob in Rome .", "met", ("Ann", "Bob", "in Rome"), 0.875)
    line = format_triple(triple)
    assert line == "Ann met Bob in Rome .\t0.88\tmet\tAnn\tBob\tin Rome"
    sentence, confidence, relation, *arguments = line.split("\t")
    assert 0 <= float(confidence) <= 1
    assert (relation, tuple(arguments)) == ("met", ("Ann", "Bob", "in Rome"))


def test_format_triple_keeps_the_layout_with_tabs_in_fields():
    line = format_triple(Triple("a\tb", "r\nx", ("c", "d\te"), 0.5))
    assert line.count("\t") == 4
    assert "\n" not in line


@pytest.mark.parametrize("bad", ["Rebels shelled the town .", None, 42])
def test_refuses_what_is_not_a_parse(bad):
    with pytest.raises(InputError, match="doc_or_span"):
        triples_of(bad)


def test_refuses_a_doc_without_parse():
    doc = Doc(Vocab(), words=["Rebels", "shelled", "the", "town"])
    with pytest.raises(InputError, match="no dependency parse"):
        triples_of(doc)


def test_refuses_a_missing_pipeline():
    with pytest.raises(InputError, match="nlp"):
        list(triples_from_sentences(["Rebels shelled the town ."], nlp=None))
