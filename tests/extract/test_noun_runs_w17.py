"""An office's adjective alone before a run of lower-case nouns names nothing (extract.noun_runs, used by
extract.name_leftovers). Invented news sentences; the tagger's names are set as it gives them."""

from __future__ import annotations

from extract.noun_runs import modifies_noun_run
from tests.extract.helpers import tagged_entities


def test_adjective_heads_the_last_noun_of_the_run(nlp):
    doc = nlp("Several candidates backed Congressional term limits in the past.")
    tok = next(t for t in doc if t.text == "Congressional")
    assert modifies_noun_run(doc, tok, tok.i + 1)


def test_adjective_before_a_name_is_no_run(nlp):
    doc = nlp("She chaired the Congressional Black Caucus for two years.")
    tok = next(t for t in doc if t.text == "Congressional")
    assert not modifies_noun_run(doc, tok, tok.i + 1)


def test_lone_adjective_before_noun_run_is_no_entity(nlp):
    text = "Several candidates backed Congressional term limits in the past."
    found = {e.label for e in tagged_entities(nlp, text, [("Congressional", "NORP")])}
    assert "Congressional" not in found


def test_body_named_with_the_adjective_is_kept(nlp):
    text = "She chaired the Congressional Black Caucus for two years."
    found = {e.label for e in tagged_entities(nlp, text, [("Congressional Black Caucus", "ORG")])}
    assert "Congressional Black Caucus" in found
