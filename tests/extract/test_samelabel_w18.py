"""Two generic actors with one head noun and different countries are two sides (wave 18,
``extract/relations/sides.py``): "Russian forces attacked Ukrainian forces" is RUSMIL -> UKRMIL, an edge
between two ACTOR nodes, and a mutual verb ("clashed with", "met") reads both directions. One referent
stays without a relation: the same country and role on both sides, a concept with no country, a reflexive.

Every sentence is invented for the test; the expected codes come from the nationality words and the
agent nouns (forces, troops, soldiers ``MIL``; police ``COP``; president, minister ``GOV``).
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

_DATE = "2020-06-01"


def _of_verb(nlp, text, verb):
    return [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma.split()[0] == verb]


@pytest.mark.parametrize(
    ("text", "verb", "source", "target", "root"),
    [
        ("Russian forces attacked Ukrainian forces near Donetsk.", "attack", "RUSMIL", "UKRMIL", "19"),
        ("Colombian police detained Ecuadorian police at the border bridge.", "detain", "COLCOP", "ECUCOP", "17"),
        ("The Polish president criticised the Czech president over the coal mine.", "criticise", "POLGOV",
         "CZEGOV", "11"),
        ("Thai soldiers shelled Cambodian soldiers near the temple.", "shell", "THAMIL", "KHMMIL", "19"),
    ],
)
def test_two_countries_of_one_label_are_two_sides(nlp, text, verb, source, target, root):
    found = _of_verb(nlp, text, verb)
    assert [(r.subject.actor_code, r.object.actor_code) for r in found] == [(source, target)], text
    (relation,) = found
    assert relation.subject.key == "actor:" + source.lower() and relation.object.key == "actor:" + target.lower()
    assert relation.event is not None and relation.event.root == root


@pytest.mark.parametrize(
    ("text", "verb", "one", "other"),
    [
        ("Indian troops clashed with Chinese troops in the Himalayas.", "clash", "INDMIL", "CHNMIL"),
        ("The Chinese foreign minister met the Japanese foreign minister in Tokyo.", "meet", "CHNGOV", "JPNGOV"),
        ("Kenya's president spoke with the Ugandan president on Monday.", "speak", "KENGOV", "UGAGOV"),
    ],
)
def test_mutual_verbs_read_both_directions(nlp, text, verb, one, other):
    found = _of_verb(nlp, text, verb)
    pairs = {(r.subject.actor_code, r.object.actor_code) for r in found}
    assert pairs == {(one, other), (other, one)}, text
    assert all(r.mutual for r in found)


@pytest.mark.parametrize(
    ("text", "verb", "head"),
    [
        ("Turkish troops clashed with Turkish troops loyal to the coup plotters.", "clash", "troops"),
        ("The Nigerian army has cleared the Nigerian army of any wrongdoing.", "clear", "army"),
        ("The company sued the company over the unpaid contract.", "sue", "company"),
        ("Police clashed with police in Lagos on Monday.", "clash", "police"),
        ("Rebels attacked rebels in the north of the country.", "attack", "rebels"),
        ("The Brazilian foreign minister described himself as optimistic.", "describe", "minister"),
        ("Israeli police arrested two Israeli police officers in Hebron.", "arrest", "police"),
    ],
)
def test_one_referent_has_no_relation_to_itself(nlp, text, verb, head):
    found = [r for r in _of_verb(nlp, text, verb) if head in r.subject.text.lower()
             and (head in r.object.text.lower() or r.object.text.lower() == "himself")]
    assert found == [], text
