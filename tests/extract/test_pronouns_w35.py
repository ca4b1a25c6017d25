"""it / they and things: an "it" able or willing is a body, a name's possessed noun is its clause's subject,
a thing told of in the present and a craft's "it" are no actor (extract/coref_agent_states.py,
extract/coref_subjects.py, extract/coref_things.py), on corpus and invented sentences through the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved

#: (text, pronoun) where a reader says the pronoun is a thing, or nothing: it must stay unresolved.
UNRESOLVED = [
    # the empty "it" of a judgement stays empty
    ("Greenpeace criticised the plan on Monday. It is clear that the forest will suffer.", "It"),
    ("Oxfam sent workers to the camp. Officials said it was dangerous.", "it"),
    # a name's possessed noun is the subject of its clause
    ("The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force "
     "and states it runs flights with Boeing 707s.", "it"),
    # a thing introduced as a past verb's object, told of in the present
    ("The European Parliament approved the new copyright law on Tuesday. It requires platforms to filter uploads.",
     "It"),
    ("The World Bank published a report on poverty. It warns that food prices will rise.", "It"),
    ("The Senate rejected the measure on Friday. It would have raised the minimum wage.", "It"),
    ("The Health Ministry of Peru issued new guidelines on Monday. They ban gatherings of more than ten people.",
     "They"),
    ("Samsung launched a new phone on Monday. It costs 900 dollars.", "It"),
    ("The European Union imposed sanctions on Russia. They target banks and oil companies.", "They"),
    # a craft's "it"
    ("The Grayback was short on torpedoes from its recent attack on Japanese cargo ships. "
     "The Lost 52 Project identifies February 26, 1944 as the day it sank.", "it"),
    ("Sea-Watch said the boat left Libya on Monday, and it capsized off Lampedusa hours later.", "it"),
]

#: (text, pronoun, keys) where a reader says the pronoun is the actor named.
RESOLVED = [
    # an "it" unable or ready is the body before it
    ("Meanwhile the National Transportation Safety Board, commonly involved in major highway accident "
     "probes, was absent. It is presently unable to operate due to a shutdown of the government.", "It",
     ("national transportation safety board",)),
    # an actor's deeds and words keep the actor
    ("Russia launched a missile on Tuesday. It says the test was a success.", "It", ("russia",)),
    ("China condemned the visit on Friday. It has warned the United States before.", "It", ("china",)),
    ("WWE expressed sadness and extended condolences to the family. "
     "They currently feature a video on their website.", "They", ("wwe",)),
    ("Germany closed its borders in March. It is now reopening them.", "It", ("germany",)),
    ("Iran seized the tanker in July. It sank a second vessel in August.", "It", ("iran",)),
]


@pytest.mark.parametrize("text, word", UNRESOLVED)
def test_a_thing_or_nothing_is_left_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


@pytest.mark.parametrize("text, word, keys", RESOLVED)
def test_an_actor_is_resolved(nlp, text, word, keys):
    assert resolved(nlp, text, word) == keys


def test_it_ready_to_talk_is_no_empty_it(nlp):
    text = "The Foreign Ministry of Iran rejected the claims on Monday. It was ready to talk, a spokesman added."
    assert resolved(nlp, text, "It") != ()
