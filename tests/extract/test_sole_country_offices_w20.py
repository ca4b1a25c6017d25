"""A country named after an office's "of" inside a name the tagger took whole for a person counts as a
country the article names (wave 20).

"The Indian prime minister met the King of Jordan": the tagger reads "the King of Jordan" as one
PERSON, so Jordan was not counted, India looked like the article's only country, and the king took
India's government code. A name that merely holds a country ("Voice of America") is no office and
names no second country. Every sentence is invented for the test.
"""

from __future__ import annotations

from .helpers import document_facts, relations_named


def test_the_king_of_another_country_is_not_the_only_named_countrys(nlp):
    facts = document_facts(nlp, "The Indian prime minister met the King of Jordan.", date="2021-05-04")
    (meeting, *_) = relations_named(facts, "meet")
    assert meeting.subject.actor_code == "INDGOV"
    assert not (meeting.object.actor_code or "").startswith("IND")


def test_a_name_holding_a_country_is_no_second_country(nlp):
    from extract.actors.sole_country import only_named_country
    from extract.lexicon import get_lexicon

    doc = nlp("Thousands of protesters marched in London on Saturday. "
              "Voice of America filmed the march.")
    assert only_named_country(doc, get_lexicon()) == "GBR"
