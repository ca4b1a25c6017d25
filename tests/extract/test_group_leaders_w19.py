"""The leaders of a named armed group or international body act for it (extract.actors.members).

Expected values come from the text: "Hamas leaders" are Hamas's, "EU leaders" the EU's, as CAMEO codes a
body's leaders as the body; "world leaders" belong to no body.
"""

from __future__ import annotations

from extract.types import Document


def _object_codes(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.object.text: r.object.actor_code for r in facts.relations}


def test_armed_group_leaders_are_the_group(nlp):
    codes = _object_codes(nlp, "Jordanian officials met Hamas leaders in Amman.")
    assert (codes.get("Hamas leaders") or "").startswith("PSE")


def test_international_body_leaders_are_the_body(nlp):
    codes = _object_codes(nlp, "The Russian president criticised EU leaders on Friday.")
    assert (codes.get("EU leaders") or "").startswith("IGO")


def test_world_leaders_belong_to_no_body(nlp):
    codes = _object_codes(nlp, "The Pope criticised world leaders on Friday.")
    assert not (codes.get("world leaders") or "").startswith("IGO")
