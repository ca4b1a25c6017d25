"""Entity types of the kinds found on unseen news in round 6 (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline: a distance the tagger fused into a storm's name ("placed
Jerry 310 miles east of ..."), a model named in apposition to a product noun ("the helicopter, a
Bell Jetranger"), and a natural feature whose name the tagger took for a person's ("the Tungurahua volcano").
"""

from __future__ import annotations

from extract.entities import entities_of


def found(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


def test_a_number_and_a_unit_after_a_name_are_no_part_of_it(nlp):
    text = "The advisory placed Jerry 310 miles east of the Leeward Islands. Hurricane Jerry weakened."
    labels = found(nlp, text)
    assert not any("miles" in label or "310" in label for label in labels)
    assert "Leeward Islands" in labels


def test_a_model_in_apposition_to_a_product_noun_is_no_actor(nlp):
    labels = found(nlp, "Officials said the helicopter, a Bell Jetranger, was flying to Anchorage when it went down.")
    assert not any("Jetranger" in label for label in labels)


def test_an_organisation_in_apposition_to_a_person_noun_is_untouched(nlp):
    # no product noun before the apposition: the name keeps its type
    labels = found(nlp, "The company, a Boeing supplier, said on Monday that Spirit AeroSystems would cut jobs.")
    assert labels.get("Spirit AeroSystems") == "ORG"


def test_the_name_of_a_volcano_is_a_place_not_a_person(nlp):
    text = ("Scientists said the eruption of the Tungurahua volcano last year was followed by ash falls. "
            "Tungurahua was still erupting when the team arrived.")
    labels = found(nlp, text)
    assert labels.get("Tungurahua") in (None, "LOC")
    assert labels.get("Tungurahua") != "PERSON"
