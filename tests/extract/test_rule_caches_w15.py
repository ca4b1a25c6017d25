"""Per-word and per-Doc caches of the rules give the answers of the uncached reading.

- :func:`extract.edge_shapes.shape_doubts` reads a label cut inside a compound only where a hyphen
  stands by the label (its word patterns are compiled once per word);
- :func:`extract.events.coding.verb_sense` is read once per verb, ``default`` code and Doc.
"""

from __future__ import annotations

import pytest

from extract.edge_shapes import shape_doubts
from extract.events.coding import NO_SENSE, _verb_sense, verb_sense
from extract.lexicon import get_lexicon
from extract.lexicon.cameo import event_for_code
from extract.types import Argument, Predicate, Relation


def _relation(sentence, obj_label, obj_text, *, nth=0):
    """"X was an opponent of OBJ": the object's label and the surface text (its ``nth`` occurrence)."""
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(obj_text, at + 1)
    start = sentence.index("Pierre Blanc")
    subject = Argument("pierre blanc", "Pierre Blanc", "PERSON", "Pierre Blanc", start, start + 12)
    pred_at = sentence.index("opponent")
    obj = Argument(obj_label, obj_label, "EVENT", obj_text, at, at + len(obj_text))
    return Relation("d", subject, Predicate("opponent of", "opponent", pred_at, pred_at + 8), obj, sentence, 0)


@pytest.mark.parametrize("sentence, label, text, cut", [
    ("Pierre Blanc was an opponent of the Paris-led war in 2003.", "led war", "led war", True),
    ("Pierre Blanc was an opponent of the Paris -led war in 2003.", "led war", "led war", True),  # a space before it
    ("Pierre Blanc was an opponent of the Paris - led war in 2003.", "led war", "led war", False),  # a dash: spaced
    ("Pierre Blanc was an opponent of the war-time curfew in 2003.", "war", "war", True),  # ends before one
    ("Pierre Blanc was an opponent of the war- time curfew.", "war", "war", True),
    ("Pierre Blanc was an opponent of the war in 2003-2004.", "war", "war", False),  # a hyphen farther on
    ("Pierre Blanc, a self-made man, was an opponent of the war.", "war", "war", False),
    ("Pierre Blanc was an opponent of the war in 2003.", "war", "war", False),
])
def test_a_cut_compound_needs_a_hyphen_beside_the_label(sentence, label, text, cut):
    assert ("cut compound" in shape_doubts(_relation(sentence, label, text))) is cut


def test_the_same_label_word_is_read_alike_in_every_sentence():
    # the word's compiled patterns are shared: each sentence still gets its own answer
    hyphened = _relation("Pierre Blanc was an opponent of the Paris-led war in 2003.", "led war", "led war")
    plain = _relation("Pierre Blanc was an opponent of the led war in 2003.", "led war", "led war")
    for _ in range(2):
        assert "cut compound" in shape_doubts(hyphened)
        assert "cut compound" not in shape_doubts(plain)


def test_the_remembered_sense_is_the_sense_read_anew(nlp):
    lexicon = get_lexicon()
    doc = nlp("Police arrested the suspect on Monday. The minister took part in the protest. She said nothing.")
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert {t.lemma_ for t in verbs} >= {"arrest", "take", "say"}
    for token in verbs:
        lemma = token.lemma_.lower()
        first = verb_sense(lemma, token, None, lexicon)
        assert verb_sense(lemma, token, None, lexicon) == first == _verb_sense(lemma, token, None, lexicon)
    took = next(t for t in verbs if t.lemma_ == "take")
    assert verb_sense("take", took, None, lexicon).code[:2] == "14"  # taking part in a protest: a protest


def test_the_default_code_keys_its_own_answer(nlp):
    # "take" with no pattern fitting: withheld under a material default, the patterns' silence under a verbal one
    lexicon = get_lexicon()
    doc = nlp("They took the bus to the city.")
    took = doc[1]
    assert took.lemma_ == "take"
    material = event_for_code("171", lexicon.cameo.labels)
    verbal = event_for_code("010", lexicon.cameo.labels)
    answers = [verb_sense("take", took, material, lexicon), verb_sense("take", took, verbal, lexicon)]
    assert answers == [_verb_sense("take", took, material, lexicon), _verb_sense("take", took, verbal, lexicon)]
    assert answers[0] is None and answers[1] is NO_SENSE
