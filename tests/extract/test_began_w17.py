"""A phase verb or "bring" whose event noun names its target after "against" (w17).

Invented sentences. "began/started a campaign against X" is "launched" one (START and BEGIN share
CAMEO's synonym set: "LAUNCH * &MILITARY CAMPAIGN AGAINST +"), its modifiers deciding the event;
"brought a case/lawsuit/suit against X" is suing X (115) and "brought charges against X" charging X (173),
only with "against" ("brought a case of wine" is no lawsuit). Expected sides and roots come from the text.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.relations.object_targets import object_target_prepositions

from .helpers import event_root, text_relations

_DATE = "2021-05-06"


def _joined(relations, subject: str, obj: str) -> list:
    return [r for r in relations if subject in r.subject.text and (obj in r.object.text or obj in (r.object.label or ""))]


@pytest.mark.parametrize("text, subject, target, root", [
    ("Nigeria's air force began a bombing campaign against Boko Haram near Lake Chad.", "air force", "Boko Haram",
     "19"),
    ("Azerbaijan brought a case against Armenia at the International Court of Justice.", "Azerbaijan", "Armenia",
     "11"),
    ("Qualcomm brought a lawsuit against Apple in a San Diego court.", "Qualcomm", "Apple", "11"),
    ("Brazilian prosecutors brought charges against the former governor of Rio.", "prosecutors", "governor", "17"),
])
def test_the_target_after_against_on_the_event_noun(nlp, text, subject, target, root):
    relations = text_relations(nlp, text, date=_DATE)
    found = _joined(relations, subject, target)
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in relations]
    assert any(event_root(r) == root and r.modality == "asserted" for r in found)


@pytest.mark.parametrize("text, subject", [
    ("The ambassador brought a case of champagne to the reception.", "ambassador"),
    ("The Gambia brought a case to the World Court.", "Gambia"),
])
def test_bring_a_case_without_against_is_no_lawsuit(nlp, text, subject):
    relations = text_relations(nlp, text, date=_DATE)
    assert not [r for r in relations if subject in r.subject.text and event_root(r) == "11"]


def test_phase_verbs_take_the_launch_rows():
    lexicon = get_lexicon()
    for verb in ("begin", "start", "launch"):
        assert object_target_prepositions(verb, "campaign", lexicon=lexicon) == frozenset({"against"})
    assert object_target_prepositions("bring", "lawsuit", lexicon=lexicon) == frozenset({"against"})
    assert object_target_prepositions("begin", "tour", lexicon=lexicon) == frozenset()
