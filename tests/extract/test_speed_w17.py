"""Speed work of wave 17: each shortcut gives what the longer way gives.

- the Doc's text kept from its document (:func:`extract.doccache.known_text`);
- span roots kept per Doc (:func:`extract.syntax.span_root`);
- a CAMEO verb pattern whose first word the frame cannot hold is passed over with one set test
  (:meth:`extract.lexicon.cameo_verbs.VerbPatterns.code_for`);
- a description's phrase walked for a name in apposition only when one lies between its edges (coref);
- the coder fallback's annotation walks no place nesting (``annotate_relations(places=False)``).

The sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from extract.doccache import doc_text, known_text
from extract.events.annotate import annotate_relations
from extract.events.nesting import LOCATED_IN
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.lexicon import cameo_verbs
from extract.lexicon.cameo_verbs import parse_verb_patterns
from extract.syntax import char_span, span_root
from extract.types import Document

TEXT = ("Kenyan police arrested two men in Mombasa, Kenya, on Monday. The president, William Ruto, "
        "condemned the attack and called for calm. The men were taken into custody, officials said.")


def test_known_text_is_the_text_the_doc_gives(nlp):
    doc = nlp.make_doc(TEXT)
    known_text(doc, TEXT)
    assert doc_text(doc) == doc.text == TEXT


def test_a_text_of_another_length_is_not_kept(nlp):
    doc = nlp.make_doc(TEXT)
    known_text(doc, TEXT + " More.")
    assert doc_text(doc) == TEXT  # joined from the tokens, as before


def test_span_root_is_the_root_of_the_char_span_asked_twice(nlp):
    doc = nlp(TEXT)
    start = TEXT.index("two men")
    end = start + len("two men")
    expected = char_span(doc, start, end).root.i
    assert doc[expected].text == "men"
    assert span_root(doc, start, end) == expected
    assert span_root(doc, start, end) == expected  # kept, the same answer
    assert span_root(doc, len(TEXT) + 5, len(TEXT) + 9) == -1  # no token there


_TABLE = parse_verb_patterns("""&HOSTAGE
+HOSTAGE
+CAPTIVE

--- APPREHEND [171] ---
TAKE {TAKES TOOK TAKEN}
- * &HOSTAGE [181]  # TAKE
- * ANOTHER SHOT AT [---]  # TAKE
- * CONTROL_ [192]  # TAKE
- * PART IN PROTEST [141]  # TAKE
- * INTO CUSTODY [173]  # TAKE
""")


def _without_first_words(table, *args, **kwargs):
    """``table.code_for`` with every pattern matched in full (no first-word test)."""
    saved = cameo_verbs._first_words
    cameo_verbs._first_words = lambda patterns: (None,) * len(patterns)
    try:
        return table.code_for(*args, **kwargs)
    finally:
        cameo_verbs._first_words = saved


def test_first_word_keys_are_the_words_a_frame_must_hold():
    entry = _TABLE.entry("take")
    keys = [cameo_verbs._first_word_keys(p) for p in entry.patterns]
    assert frozenset({"hostage", "captive"}) in keys  # a synonym set's members
    assert frozenset({"control"}) in keys  # "CONTROL_": the word, its mark off
    assert frozenset({"another"}) in keys  # the first word of "ANOTHER SHOT AT"


@pytest.mark.parametrize(("frame", "expected"), [
    ({"captive", "two"}, (True, "181")),
    ({"another", "shot", "at"}, (True, None)),
    ({"control", "city"}, (True, "192")),
    ({"controls"}, (True, "192")),  # an inflection of "control": its stem is in the frame's stems
    ({"into", "custody"}, (True, "173")),
    ({"custody"}, (False, "171")),  # the first word is missing
    ({"book"}, (False, "171")),
])
def test_code_for_with_the_first_word_test_is_code_for_without_it(frame, expected):
    assert _TABLE.code_for("take", frame) == expected
    assert _without_first_words(_TABLE, "take", frame) == expected


def test_the_shipped_verbs_give_the_same_codes_with_and_without_the_first_word_test():
    patterns = get_lexicon().cameo.patterns
    words = ["into", "custody", "control", "part", "in", "protest", "hostage", "fire", "on", "troops", "for",
             "talks", "with", "aid", "to", "sanctions", "against", "the", "government", "attack", "calm"]
    compared = 0
    for lemma in ("take", "call", "open", "launch", "impose", "send", "hold", "accuse", "fire", "demand"):
        assert patterns.entry(lemma) is not None
        for size in (1, 2, 3):
            for frame in itertools.islice(itertools.combinations(words, size), 0, None, 7):
                for objects in ((), frame[:1]):
                    assert patterns.code_for(lemma, frame, objects=objects) == _without_first_words(
                        patterns, lemma, frame, objects=objects), (lemma, frame, objects)
                    compared += 1
    assert compared > 1000


def test_apposed_name_test_is_the_subtree_walk(nlp):
    from extract.coref import _Resolver
    from extract.entities import entities_of

    text = ("The president, Joe Biden, met the chancellor of Germany, Olaf Scholz, in Berlin. "
            "The leader of the opposition party, Friedrich Merz, criticised the meeting.")
    doc = nlp(text)
    index = entities_of(doc, lexicon=get_lexicon())
    mentions = index.mentions
    token_mention = [-1] * len(doc)
    for n, m in enumerate(mentions):
        token_mention[m.token_start:m.token_end] = [n] * (m.token_end - m.token_start)
    resolver = _Resolver(doc, mentions, {e.key: e for e in index.entities}, token_mention, get_lexicon())
    assert resolver.apposed  # "Joe Biden", "Olaf Scholz", "Friedrich Merz" stand in apposition
    walked = [any(c.dep_ == "appos" and token_mention[c.i] >= 0 for c in tok.subtree) for tok in doc]
    assert [resolver._has_apposed_name(tok) for tok in doc] == walked
    assert walked[[t.lower_ for t in doc].index("president")]


def test_annotation_without_places_is_the_annotation_less_its_located_in_relations(nlp):
    document = Document(id="speed-places", text=TEXT, date="2022-10-10")
    facts = extract_document(document, nlp=nlp)
    doc = nlp(TEXT)
    plain = [r for r in facts.relations if r.predicate.lemma != LOCATED_IN]
    with_places = annotate_relations(doc, document, plain, entities=list(facts.entities))
    without = annotate_relations(doc, document, plain, entities=list(facts.entities), places=False)
    assert any(r.predicate.lemma == LOCATED_IN for r in with_places)  # "Mombasa, Kenya"
    assert without == [r for r in with_places if r.predicate.lemma != LOCATED_IN]


def test_listed_names_are_the_tagged_names_of_the_list(nlp):
    from extract.entity_context import _listed_beside

    doc = nlp("Fires burned in Kings, Kern, Fresno, and Tulare on Sunday, officials in California said.")
    for ent in doc.ents:
        listed = _listed_beside(ent)
        ents = list(doc.ents)
        at = ents.index(ent)
        # what the walk over doc.ents gives: the names before and after, glued by commas and "and"
        expected = []
        glue = {",", "and", "or"}
        i = at
        while i > 0 and 0 < ents[i].start - ents[i - 1].end <= 2 and all(
                t.lower_ in glue for t in doc[ents[i - 1].end:ents[i].start]):
            i -= 1
            expected.append(ents[i])
        i = at
        while i + 1 < len(ents) and 0 < ents[i + 1].start - ents[i].end <= 2 and all(
                t.lower_ in glue for t in doc[ents[i].end:ents[i + 1].start]):
            i += 1
            expected.append(ents[i])
        assert [(e.start, e.end, e.label_, e.text) for e in listed] == [
            (e.start, e.end, e.label_, e.text) for e in expected]
    kern = next(e for e in doc.ents if e.text == "Kern")
    assert {e.text for e in _listed_beside(kern)} >= {"Kings", "Fresno"}
