"""A country's Representative title before a name, and later surname mentions taking its code."""

from __future__ import annotations

import pytest

from extract.actors.legislator_titles import legislator_title_code
from extract.facts import extract_facts
from extract.lexicon import get_lexicon
from extract.types import Document


@pytest.mark.parametrize("phrase, name, want", [
    ("United States Representative Elijah Cummings", "Elijah Cummings", "USALEG"),
    ("U.S. Rep. Ilhan Omar", "Ilhan Omar", "USALEG"),
    ("union Representative Ann Lee", "Ann Lee", None),
    ("Republican Representative Francis Rooney", "Francis Rooney", None),
    ("UN Special Representative Carlos Mendez", "Carlos Mendez", None),
    ("United States representative Ann Lee", "Ann Lee", None),
])
def test_legislator_title_code(phrase, name, want):
    assert legislator_title_code(phrase, name, lexicon=get_lexicon()) == want


def _codes(nlp, text, mention):
    facts = next(iter(extract_facts([Document(id="t:1", text=text, date="2019-10-18")], nlp=nlp)))
    return [a.actor_code for r in facts.relations for a in (r.subject, r.object) if a.text == mention]


def test_later_surname_takes_titled_mention_code(nlp):
    text = ("Early yesterday morning, United States Representative Elijah Cummings died in Baltimore. "
            "Cummings, the Democratic chairman of the House Oversight Committee, had clashed with President Trump. "
            "Cummings criticized Trump in July.")
    codes = _codes(nlp, text, "Cummings")
    assert codes and all(c == "USALEG" for c in codes)


def test_union_representative_is_no_legislator(nlp):
    text = "Union representative Ann Lee met managers on Tuesday. Lee accused the company of breaking the agreement."
    assert not any(c and c.endswith("LEG") for c in _codes(nlp, text, "Lee") + _codes(nlp, text, "Ann Lee"))


def test_singular_pronoun_takes_full_name_title_code(nlp):
    text = ("Early yesterday morning, United States Representative Elijah Cummings died in Baltimore. "
            "Cummings had clashed with President Trump. He also criticized Pence.")
    assert _codes(nlp, text, "He") == ["USALEG"]


def test_pronoun_of_untitled_person_gets_no_code(nlp):
    text = "Local resident John Smith said the floods were the worst in decades. He blamed the council for poor drainage."
    assert not any(c and c[:3].isupper() and len(c) >= 3 for c in _codes(nlp, text, "He") if c)
