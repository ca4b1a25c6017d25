"""An authority closing another actor down is an administrative sanction, 172 (extract/events/closures.py).

Invented sentences: an order that closes a broadcaster, an order of closure issued or forced, a licence
suspended; and the same verbs where no authority closes another actor (a firm told to stop advertising,
troops told to stop firing, a warning issued), which stay without root 17.
"""

from __future__ import annotations

import pytest

from extract.events.closures import authority_code
from extract.lexicon import get_lexicon

from .helpers import event_root, find, text_relations

_DATE = "2021-03-04"


@pytest.mark.parametrize(
    "text, subject, lemma, obj",
    [
        ("The Kenyan government ordered the radio network to shut down on Friday.", "government", "order", "network"),
        ("The Indonesian Broadcasting Commission issued a cease and desist order to Radio Nusantara on Tuesday.",
         "Commission", "issue", None),
        ("The Kenyan government issued a closure order, forcing the shut-down of the Daily Mirror.", "government", "force", None),
        ("The Transport Ministry of Austria has suspended Volga Air's permit.", "Ministry", "suspend", "permit"),
        ("Egyptian authorities shut down Nile Vision TV last week.", "authorities", "shut down", "Nile Vision"),
    ],
)
def test_closure_by_an_authority_is_a_sanction(nlp, text, subject, lemma, obj):
    relations = text_relations(nlp, text, date=_DATE)
    found = find(relations, subject, lemma, obj)
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in relations]
    assert event_root(found[0]) == "17"


@pytest.mark.parametrize(
    "text, subject, lemma",
    [
        ("The Kenyan government ordered Safaricom to stop advertising.", "government", "order"),
        ("The Kenyan army ordered Rwandan troops to stop firing.", "army", "order"),
        ("The Kenyan government issued a warning to Safaricom.", "government", "issue"),
        ("The United States closed the Russian consulate in Seattle.", "United States", "close"),
    ],
)
def test_no_closure_without_an_authority_closing_another(nlp, text, subject, lemma):
    found = find(text_relations(nlp, text, date=_DATE), subject, lemma)
    assert found
    assert all(event_root(rel) != "17" for rel in found)


def test_authority_codes():
    lexicon = get_lexicon()
    assert authority_code("KENGOV", lexicon) and authority_code("COP", lexicon) and authority_code("AUT", lexicon)
    assert not authority_code("KENMED", lexicon) and not authority_code("BUS", lexicon)


def test_closures_doctests():
    import doctest

    import extract.events.closures

    result = doctest.testmod(extract.events.closures)
    assert result.attempted and result.failed == 0
