"""Multi-word members of the CAMEO synonym sets and the passive's "by" (extract/lexicon/cameo_verbs.py,
extract/events/coding.py): a member such as ``TOMCAT_FIGHTER`` needs all its words, and a passive's agent
is no pattern's target. Toy dictionaries and invented sentences."""

from __future__ import annotations

from extract.lexicon.cameo_verbs import parse_verb_patterns

from .helpers import relation_of

_TOY = """\
&AIRCRAFT
+WARPLANE
+TOMCAT_FIGHTER
+FIGHTER_JET
+IS_TO

&WEAPON
+RIFLE
+TEAR_GAS_

--- FIGHT [190] ---
ATTACK
FIRE
- * BY &AIRCRAFT [195]  # ATTACK
- * BY + [141]  # ATTACK
- * &WEAPON AT [194]  # FIRE
- * TEAR GAS [175]  # FIRE
"""


def test_a_multi_word_member_needs_all_its_content_words():
    table = parse_verb_patterns(_TOY)
    # "fighters" alone is no aircraft: the member is "tomcat fighter" / "fighter jet"
    assert table.code_for("attack", {"by", "taliban", "fighter", "fighters"}) == (True, "141")
    assert table.code_for("attack", {"by", "fighter", "jet", "jets"}, {"by", "jet", "jets"}) == (True, "195")
    assert table.code_for("attack", {"by", "warplane", "warplanes"}) == (True, "195")
    # a function word of a member ("IS_TO") is not asked of the frame
    members = table.entry("attack").patterns[0].words[1]
    assert "to" in members and "tomcat fighter" in members and "fighter" not in members


def test_the_more_literal_pattern_wins_a_tie():
    table = parse_verb_patterns(_TOY)
    # "* TEAR GAS" (two words of its own) over "* &WEAPON AT" (a set and a preposition)
    assert table.code_for("fire", {"tear", "gas", "at", "protesters"}, {"gas", "at"}) == (True, "175")
    assert table.code_for("fire", {"rifle", "rifles", "at", "soldiers"}, {"rifles", "at"}) == (True, "194")


def _code(nlp, text, lemma):
    rel = relation_of(nlp, text, lemma, date="2020-03-01")
    return rel.event.code if rel.event else None


def test_a_passive_agent_is_no_target_of_a_by_pattern(nlp):
    # "ATTACK * BY + [141]" has the target after "by"; in a passive, "by" brings the source
    code = _code(nlp, "The convoy was attacked by gunmen near the border on Monday.", "attack")
    assert code is not None and code[:2] != "14"


def test_fighters_are_not_aircraft(nlp):
    code = _code(nlp, "The convoy was attacked by Taliban fighters near Kandahar on Monday.", "attack")
    assert code is not None and code != "195"
