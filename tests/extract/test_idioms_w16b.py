"""Verbal idioms, demands with a mandative clause and idioms of undergoing (wave 16b).

Every sentence is invented for the test; the expected source, target and CAMEO root come from the
text: "took aim at X" and "hit back at X" criticise X (111), "threw its weight behind X" endorses X
(051), "sat down with X" is a meeting (040), "blasted <person>" criticises (111), "demanded that X
resign" is a demand on X (100), "X came under fire from Y" is Y's criticism of X (111) and gunfire
when Y is an armed force (190).
"""

from __future__ import annotations

import pytest

from .helpers import event_root, text_relations

DATE = "2020-06-01"


def _joined(relations, source: str, target: str) -> list:
    return [r for r in relations if source in r.subject.text and target in r.object.text and r.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The Kenyan opposition leader took aim at President Uhuru Kenyatta on Sunday.", "leader", "Kenyatta", "11"),
        ("Former President Jimmy Carter threw his weight behind Bernie Sanders on Friday.", "Carter", "Sanders", "05"),
        ("Indian Prime Minister Narendra Modi sat down with Chinese President Xi Jinping in Wuhan.", "Modi", "Xi", "04"),
        ("The senator blasted the attorney general over the report.", "senator", "attorney general", "11"),
        ("The Kremlin hit back at Washington on Wednesday.", "Kremlin", "Washington", "11"),
        ("Lebanese students demanded that the government step down.", "students", "government", "10"),
        ("Brazil's health minister came under fire from the World Health Organization.", "World Health Organization",
         "minister", "11"),
        ("Afghan soldiers came under fire from Taliban militants.", "militants", "soldiers", "19"),
    ],
)
def test_idiom_event(nlp, text, source, target, root):
    joined = _joined(text_relations(nlp, text, date=DATE), source, target)
    assert root in {event_root(r) for r in joined}, [(r.subject.text, r.predicate.lemma, r.object.text) for r in joined]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the idiom's own noun is no target
        ("Germany threw its weight behind the French proposal on Monday.", "Germany", "weight"),
        # hitting back with weapons, or between forces, is no criticism
        ("Soldiers hit back at the rebels on Tuesday.", "Soldiers", "rebels"),
        # a statement and a finite clause are no demand
        ("The minister noted that Canada had signed the agreement.", "minister", "Canada"),
        ("The president said that the commission should respect the courts.", "president", "commission"),
    ],
)
def test_no_criticism_or_demand(nlp, text, source, target):
    joined = _joined(text_relations(nlp, text, date=DATE), source, target)
    assert not {event_root(r) for r in joined} & {"05", "10", "11"}, [
        (r.subject.text, r.predicate.lemma, r.object.text, r.event) for r in joined]


def test_hit_back_with_weapons_stays_force(nlp):
    relations = text_relations(nlp, "Israel hit back at Hamas with air strikes.", date=DATE)
    assert not [r for r in relations if r.predicate.lemma == "hit back"]


def test_come_under_fire_source_is_the_from_phrase(nlp):
    relations = text_relations(nlp, "The health ministry came under criticism from Amnesty International.", date=DATE)
    assert _joined(relations, "Amnesty", "ministry")
    assert not _joined(relations, "ministry", "Amnesty")
