"""Counterparts as actors (wave 18, ``extract/actors/counterparts.py``): "his Iraqi counterpart" takes the
country of its nationality word and the role of the one it is the counterpart of, and meetings, calls and
talks with such a coded generic actor are consultations (CAMEO root 04) as with a named one.

Every sentence is invented for the test. The expected codes come from the text: the counterpart's
nationality word gives the country, the holder's post the role (a minister or president ``GOV``, an army
chief ``MIL``, lawmakers ``LEG``).
"""

from __future__ import annotations

import pytest

from extract.actors.counterparts import NOT_AN_ACTOR, counterpart_code, is_counterpart_noun, names_counterpart
from extract.actors.mentions import with_country
from extract.lexicon import get_lexicon

from .helpers import event_root, text_relations

_DATE = "2020-06-01"


def _relations(nlp, text, verb):
    found = [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma.split()[0] == verb]
    assert found, f"no {verb!r} relation in {text!r}"
    return found


# --------------------------------------------------------------------------
# 1. the counterpart's code, and the consultation with it


@pytest.mark.parametrize(
    ("text", "verb", "source", "target"),
    [
        ("Egypt's foreign minister met his Jordanian counterpart in Amman on Tuesday.", "meet", "EGYGOV", "JORGOV"),
        ("The Indian army chief met his Nepalese counterpart in Kathmandu on Monday.", "meet", "INDMIL", "NPLMIL"),
        ("Vietnam's prime minister spoke with his Thai counterpart on Wednesday.", "speak", "VNMGOV", "THAGOV"),
        ("The Greek defence minister held talks with his Cypriot counterpart in Nicosia.", "hold", "GRCGOV", "CYPGOV"),
    ],
)
def test_a_counterpart_takes_its_country_and_its_holders_role(nlp, text, verb, source, target):
    found = [r for r in _relations(nlp, text, verb) if r.object.actor_code == target]
    assert found, [(r.subject.actor_code, r.object.text, r.object.actor_code) for r in _relations(nlp, text, verb)]
    assert found[0].subject.actor_code == source
    assert event_root(found[0]) == "04"


def test_lawmakers_counterparts_are_lawmakers(nlp):
    text = "Ghanaian lawmakers met their Nigerian counterparts in Abuja on Monday."
    rel = _relations(nlp, text, "meet")[0]
    assert (rel.subject.actor_code, rel.object.actor_code) == ("GHALEG", "NGALEG")


def test_a_named_counterpart_takes_the_post_of_the_counterpart(nlp):
    text = "Estonian Prime Minister Kaja Kallas met her Latvian counterpart Arturs Karins in Riga on Friday."
    codes = {r.object.actor_code for r in _relations(nlp, text, "meet") if "Karins" in r.object.text}
    assert codes == {"LVAGOV"}


# --------------------------------------------------------------------------
# 2. look-alikes: no country, a country's own peer, a thing's counterpart


def test_a_counterpart_of_no_country_stays_uncoded(nlp):
    rel = _relations(nlp, "The minister met his counterpart on Monday.", "meet")[0]
    assert rel.object.actor_code is None


def test_a_peer_of_the_holders_own_country_takes_no_post(nlp):
    text = "British Prime Minister Boris Johnson met a British peer in London on Monday."
    assert all(r.object.actor_code != "GBRGOV" for r in _relations(nlp, text, "meet"))


def test_the_counterpart_of_a_thing_is_no_actor(nlp):
    text = "Officials praised the Chinese counterpart of the programme."
    assert all(r.object.actor_code is None for r in _relations(nlp, text, "praise"))


# --------------------------------------------------------------------------
# 3. the rule on its own, with the holder's code given


def _head(doc, word):
    return next(t for t in doc if t.text == word)


def test_counterpart_code_reads_the_holder_it_is_given(nlp):
    lexicon = get_lexicon()
    doc = nlp("The Russian foreign minister thanked his Turkish opposite number.")
    number = _head(doc, "number")
    assert is_counterpart_noun(number, lexicon) and names_counterpart(number, lexicon)
    codes = {"minister": "RUSGOV"}
    found = counterpart_code(number, code_of=lambda t: with_country(codes[t.text], "text", lexicon) if t.text in codes else None,
                             can_act=lambda t: True, lexicon=lexicon)
    assert found is not None and found.code == "TURGOV"
    # a holder of the counterpart's own country, or of no role, gives nothing
    codes["minister"] = "TUR"
    assert counterpart_code(number, code_of=lambda t: with_country(codes[t.text], "text", lexicon),
                            can_act=lambda t: True, lexicon=lexicon) is None
    # a holder that is a thing makes the counterpart no actor
    assert counterpart_code(number, code_of=lambda t: None, can_act=lambda t: False, lexicon=lexicon) is NOT_AN_ACTOR


def test_a_plain_number_is_no_counterpart(nlp):
    doc = nlp("The minister gave a phone number.")
    assert not is_counterpart_noun(_head(doc, "number"), get_lexicon())
