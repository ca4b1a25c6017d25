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


def test_light_verb_joined_to_an_infinitive_keeps_the_controlling_subject(nlp):
    from .helpers import text_relations

    text = "Detectives are continuing to question witnesses and have made three arrests."
    rels = text_relations(nlp, text, date="2021-05-02")
    arrests = [r for r in rels if r.predicate.lemma == "arrest"]
    assert arrests and arrests[0].subject.label.casefold().startswith("detective")
    assert arrests[0].event is not None and arrests[0].event.root == "17"
