"""Names the tagger left untagged that the shipped tables know (``extract/knowledge_names.py``).

Every sentence is invented for the test; the expected names and types come from the text (a company, a
rebel group, a city) and the look-alikes (a common word, a part of a longer name, markup) are no name.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.knowledge_names import common_name_words, knowledge_names
from extract.lexicon import get_lexicon


def _found(nlp, text):
    doc = nlp(text)
    spans = [(e.start, e.end, e.label_) for e in doc.ents]
    return [(doc[ts:te].text, kind) for ts, te, kind in knowledge_names(doc, spans, lexicon=get_lexicon(),
                                                                         date="2020-06-01")]


def _types(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text), lexicon=get_lexicon(), date="2020-06-01").entities}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Shares of Rosneft fell after the sanctions were announced in Washington.", "Rosneft", "ORG"),
        ("Customers of Maersk faced long delays at the port of Rotterdam.", "Maersk", "ORG"),
        ("Regulators in Brussels fined Glencore for fixing the price of zinc.", "Glencore", "ORG"),
    ],
)
def test_untagged_known_name_becomes_a_node_of_the_tables_type(nlp, text, name, kind):
    assert (name, kind) in _found(nlp, text)
    assert _types(nlp, text).get(name) == kind


def test_organisation_of_the_dictionaries_only(nlp):
    # "Boko Haram" is in the Phoenix dictionaries (NGAREB), not in the knowledge base.
    text = "Gunmen of Boko Haram attacked a village in Borno State overnight, killing nine."
    assert ("Boko Haram", "ORG") in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in the Vale of Glamorgan went to the polls on Thursday.",  # part of a longer name
        "The Queen opened the new session of Parliament on Monday.",  # a common word (the band's name)
        "Students at Trinity were told to stay home.",  # a common word, and several entries
    ],
)
def test_look_alikes_are_no_new_name(nlp, text):
    assert _found(nlp, text) == []


def test_speaker_label_is_markup(nlp):
    text = "The reporter spoke with the scientist. ((Wikinews)) What did you find in the samples?"
    assert ("Wikinews", "ORG") not in _found(nlp, text)


def test_common_words_of_the_tables():
    words = common_name_words()
    assert {"apple", "genesis", "target", "queen"} <= words
    assert not {"hezbollah", "greenpeace", "madonna"} & words  # proper nouns only, in WordNet too
