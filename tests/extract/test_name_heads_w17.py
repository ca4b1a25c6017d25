"""Labels of names the tagger left out of every entity, wave 17 (``extract/relations/name_heads.py``).

A concept argument whose head is a proper noun is a name: its label keeps the text's own casing
("B Shiva Parvathi", not "b shiva Parvathi") and drops a role noun before it ("lawmaker"); a concept
with a common-noun head stays lower-case as before.
"""

from __future__ import annotations

from extract.entities import entities_of
from extract.relations.name_heads import name_label, proper_run

from .helpers import document_facts, hand_parse

_TRAIN = (
    "The state-run Indian Railways launched this event ahead of International Women's Day, "
    "for promoting gender equality at work places.\n\n"
    "B Shiva Parvathi  was running the train as loco pilot (locomotive pilot), and 22-year-old "
    "Rangoli Patil was her loco co-pilot.\n\n"
    "Speaking to newspaper Star of Mysore, B Shiva Parvathi said, \"It is a proud moment for me to be "
    "steering this train today along with my Loco Pilot Rangoli and the all-women staff\"."
)


def _labels(nlp, text, word):
    facts = document_facts(nlp, text, date="2020-03-08")
    at = text.rindex(word)
    return {a.label for r in facts.relations for a in (r.subject, r.object) if a.start <= at < a.end}


def test_an_unrecognised_name_keeps_its_casing(nlp):
    labels = _labels(nlp, _TRAIN, "Parvathi")
    assert labels == {"B Shiva Parvathi"}


def test_a_common_noun_concept_stays_lower_case(nlp):
    labels = _labels(nlp, "Police in Lagos arrested three armed suspects on Monday.", "suspects")
    assert labels and all(label == label.lower() for label in labels), labels


def _parse(nlp):
    # "veteran lawmaker Elijah Cummings", the name untagged: role nouns, then a proper-noun compound
    return hand_parse(nlp, [
        ("Veteran", 1, "amod", "ADJ", "JJ", "O"),
        ("lawmaker", 3, "compound", "NOUN", "NN", "O"),
        ("Elijah", 3, "compound", "PROPN", "NNP", "O"),
        ("Cummings", 4, "nsubj", "PROPN", "NNP", "O"),
        ("spoke", 4, "ROOT", "VERB", "VBD", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ])


class _NoMentions:
    """An entity index that recognised no name: the fallback's own case."""

    def mention_at(self, i):
        return None


def test_the_role_noun_before_the_name_is_dropped(nlp):
    doc = _parse(nlp)
    assert proper_run(doc[3], _NoMentions()) == (2, "Elijah Cummings")


def test_the_untagged_name_after_a_role_noun_is_a_persons_mention(nlp):
    # extract.person_cues: the role noun marks the untagged name as a person's before the fallback runs
    mention = entities_of(_parse(nlp)).mention_at(3)
    assert mention is not None and mention.label == "PERSON" and mention.key == "elijah cummings"


def test_a_common_noun_head_has_no_name(nlp):
    doc = _parse(nlp)
    assert proper_run(doc[1], entities_of(doc)) is None


def _adjective_parse(nlp, adjective):
    # "<adjective> Tesla arrived": an adjective on an unrecognised name
    return hand_parse(nlp, [
        (adjective, 1, "amod", "ADJ", "JJ", "O"),
        ("Tesla", 2, "nsubj", "PROPN", "NNP", "O"),
        ("arrived", 2, "ROOT", "VERB", "VBD", "O"),
    ])


def test_a_describing_adjective_stays_a_role_adjective_goes(nlp):
    doc = _adjective_parse(nlp, "personal")
    assert name_label(doc[1], entities_of(doc), [(doc[0], "personal")]) == "personal Tesla"
    doc = _adjective_parse(nlp, "former")
    assert name_label(doc[1], entities_of(doc), [(doc[0], "former")]) == "Tesla"
