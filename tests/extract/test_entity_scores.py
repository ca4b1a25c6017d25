"""A score after a team's name and a street's head word (``extract/entities.py``, ``data/name_heads.tsv``).

Invented sentences, each with one that must keep its name whole.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts

_DATE = "2020-08-25"


def _labels(nlp, text):
    return {e.label: e.type for e in document_facts(nlp, text, date=_DATE).entities}


@pytest.mark.parametrize("text, cut", [
    ("Maroochydore defeated Caboolture 43–5 on Saturday.", "Caboolture"),
    ("The Harbourside Hawks beat Riverton Rangers 21-14 in the final.", "Riverton Rangers"),
])
def test_a_score_is_no_part_of_a_name(nlp, text, cut):
    labels = _labels(nlp, text)
    assert not any(label[0].isupper() and any(c.isdigit() for c in label) for label in labels), labels
    assert cut in labels


def test_a_model_number_stays_part_of_a_name(nlp):
    # "737-800" has three digits a side: a model, not a score
    labels = _labels(nlp, "Ryanair flew the Boeing 737-800 to Dublin.")
    assert not any(label.endswith(("43–5", "21-14")) for label in labels)
    assert "Dublin" in labels


def test_a_lane_is_a_facility(nlp):
    labels = _labels(nlp, "The bus hit a railway bridge on Wellhouse Lane in Winchester.")
    assert labels.get("Wellhouse Lane") == "FAC", labels
