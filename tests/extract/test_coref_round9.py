"""Descriptions on unseen news, round 9 (``benchmarks/data/entities_audit.md``): a description agrees in
kind and number with what it describes, and a contrasting adjective refers to another entity.

Invented sentences through the real pipeline (real parse).
"""

from __future__ import annotations

from extract.entities import entities_of


def references(nlp, text):
    return {r.text: r.keys for r in entities_of(nlp(text)).references}


def test_the_opposing_party_is_not_the_party_named(nlp):
    text = ("The Green Unity Party nominated a teacher on Monday. The nomination was challenged by the "
            "opposing conservative party. The party said it would appeal.")
    refs = references(nlp, text)
    assert not any("opposing" in span for span in refs)
    assert refs.get("The party") == ("green unity party",)


def test_a_rival_group_is_no_reference_back(nlp):
    text = "Fighters of the Free Valley Front took the town. The rival group denied the claim."
    refs = references(nlp, text)
    assert "The rival group" not in refs


def test_a_person_noun_after_a_place_describes_no_place(nlp):
    text = ("The virus killed two visitors in Kessel, Norland - a man from Canada and a woman from Peru. "
            "According to the embassy, the man died on Friday.")
    doc = nlp(text)
    index = entities_of(doc)
    places = {e.key for e in index if e.type == "GPE"}
    assert not any(set(r.keys) & places for r in index.references if r.text.endswith("man"))


def test_a_description_with_a_name_in_apposition_is_that_name_not_an_earlier_one(nlp):
    text = ("Anna Berg, former vice-president of Norland, died on Sunday. She was 82 years old. "
            "The current president of Norland, Tomas Vik, expressed his sadness.")
    refs = references(nlp, text)
    assert not any(span.endswith("president") for span in refs)
