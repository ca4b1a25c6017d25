"""A phrase fronted before a verb's subject is no part of the verb's CAMEO frame (issue 11).

CAMEO verb patterns read the words after the verb ("DEMONSTRATE * IN FRONT OF PARLIAMENT",
"DISCUSS * WITH +"). A prepositional phrase set before the subject ("In so ruling, the
court ...", "With Reuters, the minister ...") frames the clause; it is no object of the
verb, so no pattern keyed on its preposition fits. A fronted relative phrase ("in which") is
the clause's own and stays in the frame. The sentences are invented.
"""

from __future__ import annotations

from extract.events.coding import frame_words

__all__: list[str] = []


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_fronted_phrase_is_no_part_of_the_frame(nlp):
    words, heads = frame_words(_verb(nlp, "In so ruling, the court demonstrated a shocking ignorance of the law.", "demonstrate"))
    assert "in" not in words and "ruling" not in words
    assert "ignorance" in heads  # the direct object stays


def test_preposition_after_the_verb_stays(nlp):
    words, heads = frame_words(_verb(nlp, "Thousands demonstrated in front of parliament on Sunday.", "demonstrate"))
    assert "in" in heads and "front" in words


def test_fronted_relative_phrase_stays(nlp):
    words, _ = frame_words(_verb(nlp, "It is the square in which the students demonstrated last year.", "demonstrate"))
    assert "in" in words


def test_no_rally_read_from_a_fronted_phrase(nlp):
    from .helpers import text_relations

    events = {(r.predicate.lemma, r.event.code if r.event else None)
              for r in text_relations(nlp, "In so ruling, the court demonstrated a shocking ignorance of the law.",
                                      date="2020-01-10")}
    assert not any(lemma == "demonstrate" and code and code.startswith("14") for lemma, code in events)


def test_fronted_partner_of_an_interview_gives_no_negotiation(nlp):
    from .helpers import text_relations

    codes = {r.event.code for r in text_relations(nlp, "With Reuters, the minister discussed the sanctions.",
                                                  date="2020-01-10") if r.event is not None}
    assert "046" not in codes
