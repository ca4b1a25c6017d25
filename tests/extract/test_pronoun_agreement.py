"""it / they / their resolve only to an entity of the right number and kind (extract/coref.py),
on invented sentences through the real pipeline."""

from __future__ import annotations

from extract.entities import entities_of


def resolved(nlp, text, word, nth=0):
    """The keys the ``nth`` pronoun ``word`` of ``text`` resolves to (() when unresolved)."""
    index = entities_of(nlp(text))
    starts = [i for i in range(len(text)) if text.startswith(word, i)
              and (i == 0 or not text[i - 1].isalpha()) and not text[i + len(word):i + len(word) + 1].isalpha()]
    start = starts[nth]
    for ref in index.references:
        if ref.start <= start < ref.end:
            return ref.keys
    return ()


def test_its_goes_to_the_subject_of_its_clause(nlp):
    text = "Johns Hopkins University counted the cases. Malawi confirmed its first infections on Thursday."
    assert resolved(nlp, text, "its") == ("malawi",)


def test_a_nearer_common_noun_blocks_a_name(nlp):
    text = ("Lion Air bought the plane in 2018. The aircraft crashed into the sea after it "
            "lost contact with air traffic control.")
    assert resolved(nlp, text, "it") == ()


def test_it_never_goes_to_a_person(nlp):
    text = "Dominic Hare said the golden toilet was stolen. It had been fully plumbed."
    assert resolved(nlp, text, "It") == ()


def test_reporting_clause_subject(nlp):
    text = "The Red Cross sent a convoy to Aleppo. The World Health Organization said it would send doctors."
    assert resolved(nlp, text, "it") == ("world health organization",)


def test_they_still_goes_to_coordinated_countries(nlp):
    text = "Russia and Syria bombed Idlib on Monday. They also attacked Homs."
    assert set(resolved(nlp, text, "They")) == {"russia", "syria"}


def test_they_does_not_go_to_coordinated_towns(nlp):
    text = "Fans travelled from Yonkers and Toowoomba on Friday. They cheered the team."
    assert not {"yonkers", "toowoomba"} & set(resolved(nlp, text, "They"))


def test_they_does_not_go_to_a_single_town(nlp):
    text = "Police in Cheltenham were called on Saturday. They arrested a 66-year-old man."
    assert resolved(nlp, text, "They") == ()
