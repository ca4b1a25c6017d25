"""Subjects the parser lost are never names inside a fronted phrase (issue 11, precision).

When the parser gives a finite verb no subject, the reader takes the names just before it
(``SubjectRules.fallback_subjects``), but not the object of a preposition. A name joined to that
object with no comma ("in the capital city Nairobi") or a place qualifying a place ("of Nakuru,
Kenya") is part of the same phrase and no subject either; a name set off by a comma after a
fronted phrase ("On Monday, Warren ... introduced") still is. Sentences are invented.
"""

from __future__ import annotations

from .helpers import text_relations

__all__: list[str] = []

_DATE = "2020-05-12"


def _subjects(nlp, text, lemma):
    return {r.subject.label for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == lemma}


def test_places_of_a_fronted_phrase_are_no_subject(nlp):
    text = ("At around noon on Friday in the Kenyan capital city Nairobi, John Kamau, 40, of Nakuru, Kenya, "
            "set himself on fire in a public square called the Green.")
    labels = _subjects(nlp, text, "set")
    assert not labels & {"Nairobi", "Kenya", "Nakuru"}


def test_name_after_a_fronted_phrase_stays_the_subject(nlp):
    text = "On Monday, Warren, along with Senator Tim Kaine of Virginia, introduced a bill to ban the sale."
    assert "Warren" in _subjects(nlp, text, "introduce")
