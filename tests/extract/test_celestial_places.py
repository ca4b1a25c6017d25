"""A celestial body is no place of the gazetteer (issue 12).

``extract/name_kinds.py`` types the planets LOC in an article about astronomy; a planet's name that
is also a town's ("Jupiter", Florida) must not take the town's GeoNames id, nor a "located in" edge
from it. The town keeps its id where the article speaks of the town. Sentences are invented.
"""

from __future__ import annotations

from extract.documents import Document
from extract.facts import extract_document

__all__: list[str] = []


def _entities(nlp, text):
    return {e.label: e for e in extract_document(Document(id="t", text=text), nlp=nlp).entities}


def test_planet_takes_no_town_id(nlp):
    found = _entities(nlp, "Astronomers said the probe photographed storms on Jupiter, the largest planet in the Solar System.")
    assert found["Jupiter"].type == "LOC"
    assert found["Jupiter"].geonames_id is None


def test_town_keeps_its_id(nlp):
    found = _entities(nlp, "A man was arrested in Jupiter, Florida, on Monday.")
    assert found["Jupiter"].geonames_id is not None
