"""Events of a compound subject (extract.relations.compound_subjects).

The CAMEO verb patterns written for a compound actor ("% * DIPLOMATIC TIES [050:050]") say what the
actors of a coordinated subject did to each other. Expected values come from the text: two countries
that restored ties or exchanged prisoners did so with each other, in both directions; two countries
that restored ties with a third one, or criticised something, did nothing to each other.
"""

from __future__ import annotations

from extract.lexicon.cameo_verbs import parse_verb_patterns
from extract.types import Document


def test_percent_before_the_verb_marks_a_compound_pattern():
    table = parse_verb_patterns("""--- FORGE [060] ---
FORGE
- % * TIES [060:060]  # FORGE <OY 13 Mar 2006>
- * DEAL [057]  # FORGE
""")
    assert table.fitted("forge", {"ties"}).compound
    assert not table.fitted("forge", {"deal"}).compound


def _joins(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.root for r in facts.relations if r.event is not None
            and (r.subject.actor_code or "").startswith(source) and (r.object.actor_code or "").startswith(target)}


def test_restored_ties_join_both_countries(nlp):
    text = "Uzbekistan and Tajikistan restored diplomatic ties after years of tension."
    assert "05" in _joins(nlp, text, "UZB", "TJK")
    assert "05" in _joins(nlp, text, "TJK", "UZB")


def test_exchanged_prisoners_join_both_countries(nlp):
    text = "Armenia and Azerbaijan exchanged prisoners on Friday."
    assert "08" in _joins(nlp, text, "ARM", "AZE")
    assert "08" in _joins(nlp, text, "AZE", "ARM")


def test_ties_with_a_third_country_join_not_the_subjects(nlp):
    text = "Spain and Portugal restored diplomatic ties with Venezuela."
    assert not _joins(nlp, text, "ESP", "PRT") and not _joins(nlp, text, "PRT", "ESP")


def test_a_verb_with_no_compound_pattern_joins_nothing(nlp):
    text = "Spain and Portugal criticised the new tariffs."
    assert not _joins(nlp, text, "ESP", "PRT") and not _joins(nlp, text, "PRT", "ESP")
