"""Names in capitals the tagger leaves untagged (``extract/capital_names.py``; ``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline, the tagger's names set so that the capitals are left out as
the tagger leaves them on such sentences ("UNICEF" read as a common noun, a later "ABS-CBN" untagged).
"""

from __future__ import annotations

from extract.capital_names import common_acronyms

from .helpers import tagged_entities as entities


def _named(found) -> dict:
    """Entities by each of their names (label and aliases)."""
    return {name: e for e in found for name in (e.label, *e.aliases)}


def test_an_organisation_the_knowledge_base_knows_is_a_name(nlp):
    found = entities(nlp, "Aid came from UNICEF, which said it had sent food to the valley.", [])
    got = _named(found)
    assert "UNICEF" in got and got["UNICEF"].type == "ORG"


def test_a_name_tagged_once_is_a_name_where_the_tagger_left_it(nlp):
    text = "The broadcaster ABS-CBN lost its licence. Later ABS-CBN said it would appeal."
    found = entities(nlp, text, [("ABS-CBN", "ORG")])
    assert len(found) == 1 and found[0].mentions == 2 and found[0].type == "ORG"


def test_an_acronym_the_article_defines_is_that_body(nlp):
    text = ("The Federation of Quill Widget Makers (FQWM) met on Monday. "
            "Later FQWM said it would strike.")
    found = entities(nlp, text, [("The Federation of Quill Widget Makers", "ORG")])
    got = _named(found)
    assert "FQWM" in got and got["FQWM"].type == "ORG"
    assert got["FQWM"] is got["Federation of Quill Widget Makers"]


def test_an_acronym_defined_after_a_place_is_left_alone(nlp):
    text = "The paper Quill Notes (QNP) wrote on it. QNP said the sale went ahead."
    found = entities(nlp, text, [("Quill Notes", "GPE")])
    assert "QNP" not in _named(found)


def test_common_abbreviations_and_unknown_capitals_are_no_names(nlp):
    assert {"CEO", "GDP", "COVID"} <= common_acronyms()
    text = "The CEO said GDP fell as COVID spread, and the ZQXW plan failed in Chapter XIV."
    assert not entities(nlp, text, [])


def test_a_country_and_a_line_in_capitals_are_left_alone(nlp):
    text = "Travellers to the USA wait. BREAKING NEWS FROM UNICEF TODAY: FOOD RUNS OUT in the valley."
    assert "UNICEF" not in _named(entities(nlp, text, []))
    assert "USA" not in _named(entities(nlp, "Travellers to the USA wait for hours.", []))


def test_a_name_the_tagger_tags_once_in_many_is_left_as_it_is(nlp):
    text = "The QZXV camera took the image. Later QZXV saw a ring, and QZXV saw a moon."
    found = entities(nlp, text, [("QZXV", "ORG")])
    assert len(found) == 1 and found[0].mentions == 1


def test_an_acronym_defined_after_software_is_no_body(nlp):
    text = "Admins run Quill Enterprise Linux (QEL) at home. Later QEL gained a patch."
    found = entities(nlp, text, [("Quill Enterprise Linux", "ORG")])
    assert "QEL" not in _named(found)
