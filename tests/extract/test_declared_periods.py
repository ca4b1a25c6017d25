"""A declared period as the verb's object: "declared Monday a national day of mourning" (017)."""

from __future__ import annotations

from .helpers import relation_of


def test_declared_day_of_mourning_is_a_symbolic_act(nlp):
    text = "The regional government declared Monday a national day of mourning for the flood victims."
    rel = relation_of(nlp, text, "declare", date="2021-05-02")
    assert rel.object.label == "mourning"
    assert rel.event is not None and rel.event.code == "017"


def test_declared_at_a_time_is_no_period_object(nlp):
    text = "The minister declared the plan a failure last week."
    rel = relation_of(nlp, text, "declare", date="2021-05-02")
    assert rel.object.label != "week"

