"""Entity types and shapes of the kinds found on unseen news in round 8 (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline, the tagger's names set where its labels on this kind of
sentence matter: a town written with its state, a name run into a quotation mark, a quantifier opening a
sentence, an eponymous concept, a ship in apposition, examples after "including", a law's acronym and a
code, a "USA" brand.
"""

from __future__ import annotations

from extract.entities import entities_of


def entities(nlp, text, tagged):
    """The entities of ``text``, the tagger's names set to ``tagged`` (text, label; a name listed twice is
    its next occurrence), as the tagger gives them on other sentences of this kind."""
    doc = nlp(text)
    spans, after = [], {}
    for name, label in tagged:
        start = text.index(name, after.get(name, 0))
        after[name] = start + len(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    return list(entities_of(doc))


def found_tagged(nlp, text, tagged):
    return {e.label: e.type for e in entities(nlp, text, tagged)}


def test_a_town_written_with_its_state_is_a_place(nlp):
    text = ("The shooting followed four mass shootings in the United States that week, including one in "
            "California at a garlic festival in Gilroy, killing three, and another in Kessel Brook, Wisconsin "
            "where at least five died.")
    got = found_tagged(nlp, text, [("United States", "GPE"), ("California", "GPE"), ("Gilroy", "GPE"),
                                   ("Kessel Brook", "PERSON"), ("Wisconsin", "GPE")])
    assert got["Kessel Brook"] == "GPE"


def test_a_town_with_its_state_is_no_surname_of_a_person(nlp):
    text = ("Police identified the suspect as Tom Reed of Allen, Texas. "
            "The city's police chief Greg Allen said the suspect acted alone.")
    found_entities = entities(nlp, text, [("Tom Reed", "PERSON"), ("Allen", "GPE"), ("Texas", "GPE"),
                                          ("Greg Allen", "PERSON")])
    chief = next(e for e in found_entities if e.label == "Greg Allen")
    assert chief.mentions == 1 and "Allen" not in chief.aliases
    assert any(e.label == "Allen" and e.type == "GPE" for e in found_entities)


def test_a_person_or_a_source_before_a_comma_and_a_country_stays_itself(nlp):
    text = "According to CNN, Turkey hosts many refugees, and statues of Christopher Columbus, US presidents fell."
    got = found_tagged(nlp, text, [("CNN", "ORG"), ("Turkey", "GPE"), ("Christopher Columbus", "PERSON"),
                                   ("US", "GPE")])
    assert got["CNN"] == "ORG" and got["Christopher Columbus"] == "PERSON"
    text = "After outreach from Wikinews, U.S. presidential candidates answered questions."
    doc_entities = entities(nlp, text, [("Wikinews", "ORG"), ("U.S.", "GPE")])
    assert next(e for e in doc_entities if e.label == "Wikinews").type == "ORG"


def test_a_name_ends_before_an_opening_quotation_mark(nlp):
    text = 'The foundation said on Twitter "Downloader-x is a legitimate tool."'
    got = found_tagged(nlp, text, [('Twitter "Downloader', "PERSON")])
    assert set(got) == {"Twitter"}  # the type is left to the other mentions (the tagger said person)
    got = found_tagged(nlp, 'Its founder said "Dwayne "The Rock" Johnson agreed."', [('Dwayne "The Rock" Johnson', "PERSON")])
    assert set(got) == {"Dwayne Johnson"}  # paired marks of a nickname stay in; the node is named without it
    text = "State Senator J.E. `` Buster '' Brown introduced the bill."
    got = found_tagged(nlp, text, [("J.E. `` Buster '' Brown", "PERSON")])
    assert set(got) == {"J.E. `` Buster '' Brown"}  # "``" split into two tokens is one mark


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name(nlp):
    text = "The videos are free. Multiple Iranian officials said so."
    got = found_tagged(nlp, text, [("Multiple Iranian", "NORP")])
    assert "Multiple Iranian" not in got and got.get("Iran") == "GPE"
    # inside a sentence the capital is the name's own: a disease keeps its first word
    text = "In 2016, he was diagnosed with Multiple Sclerosis."
    got = found_tagged(nlp, text, [("Multiple Sclerosis", "ORG")])
    assert "Sclerosis" not in got


def test_a_name_of_an_eponymous_concept_is_no_actor(nlp):
    text = "Sharing the code widely led to a Streisand effect, the lawyers said."
    got = found_tagged(nlp, text, [("Streisand", "ORG")])
    assert "Streisand" not in got


def test_a_ship_named_in_apposition_to_a_vessel_noun_is_no_actor(nlp):
    text = "The boat, Hartwell Star, caught fire overnight. The Hartwell Star sank near the island."
    got = found_tagged(nlp, text, [("Hartwell Star", "GPE"), ("Hartwell Star", "GPE")])
    assert "Hartwell Star" not in got


def test_examples_after_including_take_the_type_of_the_class_noun(nlp):
    text = "The tool downloads videos from multiple websites including Vidzone, Clipwave and Vimeo."
    got = found_tagged(nlp, text, [("Vidzone", "ORG"), ("Clipwave", "GPE"), ("Vimeo", "ORG")])
    assert got["Clipwave"] == "ORG"


def test_a_law_and_its_bracketed_acronym_are_no_actors(nlp):
    text = ("The company received a notice under the Digital Millennium Copyright Act (DMCA). "
            "The DMCA notice was published. It cited 17 U.S. Code section 1201.")
    got = found_tagged(nlp, text, [("Digital Millennium Copyright Act", "LAW"), ("DMCA", "ORG"),
                                   ("DMCA", "ORG"), ("U.S. Code", "ORG")])
    assert "DMCA" not in got and "United States Code" not in got


def test_a_brand_starting_with_usa_keeps_its_name(nlp):
    text = "Both companies have been in operation since the 1970s, according to USA Today."
    got = found_tagged(nlp, text, [("USA Today", "ORG")])
    assert got == {"USA Today": "ORG"}
