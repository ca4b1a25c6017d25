"""Products and works the text describes by their kind, family names by their endings, towns of the article's
country (``extract.product_cues``, ``extract.surname_shapes``); and the look-alikes each rule must leave alone.

Invented sentences and sentences of the Wikinews corpus, through the real pipeline (the tagger's own names);
where the tagger's label decides whether a rule is asked at all, the rule is called with that label.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.product_cues import product_cue
from extract.surname_shapes import family_ending, surname_cue
from extract.type_cues import person_reading

from .helpers import named_types


def _span(doc, text: str, nth: int = 1) -> tuple[int, int]:
    """The token range of the ``nth`` occurrence of ``text`` in ``doc``."""
    for tok in doc:
        if doc.text[tok.idx:].startswith(text):
            nth -= 1
            if nth:
                continue
            end = tok.i
            while doc[end].idx + len(doc[end].text) < tok.idx + len(text):
                end += 1
            return tok.i, end + 1
    raise AssertionError(f"{text!r} not in {doc.text!r}")


def _cue(nlp, cue, text: str, name: str, label: str, nth: int = 1):
    doc = nlp(text)
    ts, te = _span(doc, name, nth)
    return cue(doc, ts, te, lexicon=get_lexicon(), label=label)


# --- through the pipeline: products, works, family names, towns -----------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    # the name heads a kind of no work: no node (None)
    ("The Rocky Linux operating system was released on Monday by the foundation.", "Rocky Linux", None),
    # the kind in apposition, and the name's later mention (corpus, wikinews:5b7de9034526)
    ("Gregory Kurtzer, who had started the CentOS project, announced a new operating system, Rocky Linux. "
     "Kurtzer said Rocky Linux will run on ARM processors.", "Rocky Linux", None),
    ("Gregory Kurtzer, who had started the CentOS project, announced a new operating system, Rocky Linux. "
     "Kurtzer said Rocky Linux will run on ARM processors.", "Gregory Kurtzer", "PERSON"),
    ("Critics praised the TV series Ozark, which returned for a third season.", "Ozark", None),
    # the work of a numbered season; the maker stays
    ("Sony released the third season of Ozark.", "Ozark", None),
    ("Sony released the third season of Ozark.", "Sony", "ORG"),
    # a league's season, a work's maker: they keep their nodes
    ("The 2020 season of Formula One was shortened by the pandemic.", "Formula One", "ORG"),
    ("Critics watched the Spielberg film at the festival.", "Spielberg", "PERSON"),
    # a Swedish family name the tagger took for a body (corpus, wikinews:aea10c6840d1)
    ('"Both these prizes tell us something essential, something existential about our place in the Universe", '
     "said selection committee member Ulf Danielsson.", "Ulf Danielsson", "PERSON"),
    # a company named like a person, called one beside its name
    ("Kowalski Nowak, the Polish engineering company, said it would cut jobs.", "Kowalski Nowak", "ORG"),
    # a town of the Philippines in a story that names them
    ("Militants fled to Jolo after the attack, Philippine officials said.", "Jolo", "GPE"),
])
def test_named_types(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


# --- products and works (extract.product_cues) -------------------------------------------------------------

def test_the_kind_before_the_name_makes_it_a_product(nlp):
    assert _cue(nlp, product_cue, "Engineers tested the web browser Vandora on old laptops.", "Vandora",
                "PERSON") == "PRODUCT"
    assert _cue(nlp, product_cue, "Engineers met Vandora on Monday.", "Vandora", "PERSON") is None


def test_a_described_name_that_speaks_elsewhere_keeps_its_node_there(nlp):
    text = "The band released the album Molokai Bay in May. Molokai Bay said the tour would start in June."
    assert _cue(nlp, product_cue, text, "Molokai Bay", "PERSON", nth=1) == "PRODUCT"  # the album
    assert _cue(nlp, product_cue, text, "Molokai Bay", "PERSON", nth=2) is None


# --- family names and towns (extract.surname_shapes) -------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("Danielsson", True), ("Kowalski", True), ("Davutoglu", True), ("Papadopoulos", True),
    ("Ski", False), ("Jones", False),
])
def test_family_ending(word, expected):
    assert family_ending(word, ("sson", "ski", "oglu", "opoulos")) is expected


def test_a_polish_family_name_tagged_as_a_body_is_a_person(nlp):
    assert _cue(nlp, surname_cue, "Marek Wojcikowski arrived in Gdansk on Tuesday.", "Marek Wojcikowski",
                "ORG") == "PERSON"


def test_a_given_name_is_read_as_a_person(nlp):
    doc = nlp("Maria spoke to reporters in Manila.")
    assert person_reading("Maria", get_lexicon(), doc)


# --- look-alikes both rules leave alone ---------------------------------------------------------------------

@pytest.mark.parametrize(("cue", "text", "name", "label", "nth"), [
    # a company the tables know, before a vaccine: its maker
    (product_cue, "The Pfizer vaccine was approved in December.", "Pfizer", "ORG", 1),
    # a people's name before a kind: the thing's origin
    (product_cue, "We have never felt the need to consume English medicine.", "English", "NORP", 1),
    # "the company" in the sentence: a company named like a person
    (surname_cue, "Jankowski Gorski said the company would open a plant in Lodz.", "Jankowski Gorski", "ORG", 1),
    # a known company and Poland's own name
    (surname_cue, "In the past few years, Tesco Polska has cut expenditures by streamlining its stores.",
     "Tesco Polska", "ORG", 1),
    # a place of the gazetteer with a family name's ending
    (surname_cue, "Tourists crowded the shores of Lake Geneva.", "Lake Geneva", "LOC", 1),
    # a word of English with a family name's ending
    (surname_cue, "Leaders of the Coptic Christian community met in Cairo.", "Coptic Christian", "ORG", 1),
    # a town of a country the article does not name
    (surname_cue, "Militants fled to Jolo after the attack, Kenyan officials said.", "Jolo", "PERSON", 1),
    # the short form of a company named after a town
    (surname_cue, "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation. "
                  "Mahan has been the subject of United States sanctions since 2011.", "Mahan", "PERSON", 2),
    # a son listed with his brother
    (surname_cue, "The American heiress is survived by two sons with Stokowski, Stanislaus and Christopher, "
                  "and by her son Anderson Cooper.", "Stanislaus", "PERSON", 1),
    # a town before a station: the noun says what it is
    (surname_cue, "An engineer was killed while working at Waterloo station in the British capital London.",
     "Waterloo", "PERSON", 1),
])
def test_look_alikes_keep_the_taggers_type(nlp, cue, text, name, label, nth):
    assert _cue(nlp, cue, text, name, label, nth) is None
