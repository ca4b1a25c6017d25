"""Actor codes of named and titled actors (wave 20): a titled person's own country in the mention
(``extract/actors/own_country.py``), state bodies named by a country and a body word the agents file
lacks (``extract/actors/state_bodies.py``), and members of a group whose name the tagger split
(``extract/actors/members.py``).

Every sentence is invented for the test; the expected codes come from the text: the country the
mention binds to the title or body ("of Jordan", "the US", "the UK") with the office's role (a king
``GOV``, a treasury ``GOV``), and the group a commander belongs to (Islamic State ``IMGMUSISI``).
"""

from __future__ import annotations

import pytest

from extract.actors import generic_actor_codes
from extract.actors.state_bodies import state_body_role
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


def _codes(nlp, text, verb, side):
    facts = document_facts(nlp, text, date="2020-06-01")
    found = relations_named(facts, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    return [getattr(rel, side).actor_code for rel in found]


@pytest.mark.parametrize(
    ("text", "verb", "side", "code"),
    [
        # the mention's own country beats the Saudi dictionary entry of "Abdullah"
        ("King Abdullah of Jordan warned Israel against the move on Friday.", "warn", "subject", "JORGOV"),
        ("Jordan's King Abdullah thanked Egypt for its mediation.", "thank", "subject", "JORGOV"),
        ("Abdullah, the king of Jordan, criticised Israel for the raid.", "criticise", "subject", "JORGOV"),
        ("Malaysia's King Sultan Abdullah swore in the new cabinet on Monday.", "king sultan of", "subject", "MYSGOV"),
        ("Saudi Arabia's King Salman and Jordan's King Abdullah condemned the attack.", "condemn", "subject", "JORGOV"),
        # state bodies: country + a body word the agents file lacks
        ("The US Treasury imposed sanctions on two Russian banks.", "impose", "subject", "USAGOV"),
        ("The UK Home Office deported forty migrants to Jamaica.", "deport", "subject", "GBRGOV"),
        ("The Japan Meteorological Agency warned residents of heavy rain.", "warn", "subject", "JPNGOV"),
        # a commander of a listed armed group whose name the tagger split ("Islamic" + "State")
        ("Islamic State fighters attacked a village near Raqqa.", "attack", "subject", "IMGMUSISI"),
    ],
)
def test_codes(nlp, text, verb, side, code):
    assert code in _codes(nlp, text, verb, side)


def test_no_own_country_keeps_the_dictionary_entry(nlp):
    # a place the king visits is no country of his title: the name's entry stays
    codes = _codes(nlp, "King Abdullah met Saudi business leaders in Riyadh on Tuesday.", "meet", "subject")
    assert "JORGOV" not in codes and "SAUGOV" in codes


def test_lower_case_body_word_is_no_state_body(nlp):
    doc = nlp("A British advertising agency hired the singer.")
    head = [t for t in doc if t.lower_ == "agency"][0]
    assert state_body_role(head, get_lexicon()) is None
    found = generic_actor_codes(doc[0 : head.i + 1], date="2020-06-01", lexicon=get_lexicon())
    assert "GBRGOV" not in [f.code for f in found]


def test_capitalised_body_word_with_country_is_the_state_body(nlp):
    doc = nlp("The Egyptian Treasury sold bonds to local banks.")
    head = [t for t in doc if t.text == "Treasury"][0]
    found = generic_actor_codes(doc[0 : head.i + 1], date="2020-06-01", lexicon=get_lexicon())
    assert [f.code for f in found] == ["EGYGOV"]


def test_body_word_without_country_gets_no_country(nlp):
    codes = _codes(nlp, "The Treasury sold bonds to foreign banks on Friday.", "sell", "subject")
    assert not any(c and c[:3] == "GBR" or c == "USAGOV" for c in codes)
