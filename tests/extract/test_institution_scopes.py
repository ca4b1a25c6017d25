"""A bare institution name takes the country its mention or its article gives, else stays the article's
own node (``extract/institution_scopes.py``, ``data/scoped_institutions.txt``).

Every sentence is invented for the test; the expected names come from the text: the country the
possessive, the nationality word, the "of" phrase or the apposition names, or none.
"""

from __future__ import annotations

import pytest

from extract.institution_scopes import article_keys, bare_institution, is_article_key, scoped_names
from extract.lexicon import get_lexicon
from extract.types import Argument, Entity, Predicate, Relation

from .helpers import document_facts

_DATE = "2021-03-01"


def _keys(nlp, text: str) -> set[str]:
    return {e.key for e in document_facts(nlp, text, date=_DATE).entities if e.type != "CONCEPT"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a possessive; the later bare mention is the same body
        ("Ghana's Parliament passed the levy on Friday. The Parliament will sit again in May.",
         "ghana parliament", "parliament"),
        # a nationality word the tagger may leave outside the name, then the article's one full form
        ("The Philippine Senate opened a hearing into the network on Monday. The Senate adjourned at noon.",
         "philippine senate", "senate"),
        # an "of" phrase
        ("The Supreme Court of Brazil suspended the decree. The Supreme Court gave no reason.",
         "brazil supreme court", "supreme court"),
        # a noun in apposition
        ("The Senate, Nigeria's upper chamber, approved the loan on Wednesday.", "nigeria senate", "senate"),
    ],
)
def test_bare_institution_takes_the_country_its_article_gives(nlp, text, expected, absent):
    keys = _keys(nlp, text)
    assert expected in keys, keys
    assert absent not in keys and not any(k.startswith(absent + "@") for k in keys), keys


def test_two_countries_leave_the_bare_mention_to_the_article(nlp):
    text = ("Delegates from the Philippine Senate visited the US Senate on Tuesday. "
            "The Senate approved the trade bill a day later.")
    keys = _keys(nlp, text)
    assert {"philippine senate", "united states senate"} <= keys, keys
    assert "senate@t" in keys  # which of the two is not guessed


def test_no_country_keeps_the_name_to_its_article(nlp):
    keys = _keys(nlp, "The Interior Ministry said four suspects had been detained overnight.")
    assert "interior ministry@t" in keys and "interior ministry" not in keys, keys


def test_full_name_with_its_country_is_not_bare(nlp):
    keys = _keys(nlp, "The United States Senate confirmed the nominee on Thursday.")
    assert "united states senate" in keys, keys


def test_scoped_names_and_article_keys():
    lexicon = get_lexicon()
    assert {"senate", "coast guard", "ministry of health", "foreign ministry"} <= scoped_names(lexicon)
    assert not bare_institution("Supreme Court of India", lexicon=lexicon)
    assert not bare_institution("Senate Bill", lexicon=lexicon)
    senate = Entity(key="senate", label="Senate", type="ORG")
    navy = Entity(key="royal navy", label="Royal Navy", type="ORG")
    rel = Relation(doc_id="d1", subject=Argument("senate", "Senate", "ORG", "the Senate", 0, 10),
                   predicate=Predicate("reject", "rejected", 11, 19),
                   object=Argument("royal navy", "Royal Navy", "ORG", "the Royal Navy", 20, 34),
                   sentence="", sentence_start=0)
    entities, relations = article_keys([senate, navy], [rel], "d1", lexicon=lexicon)
    assert [e.key for e in entities] == ["senate@d1", "royal navy"]
    assert (relations[0].subject.key, relations[0].object.key) == ("senate@d1", "royal navy")
    assert is_article_key("senate@d1", ["d1"]) and not is_article_key("senate@d1", ["d1", "d2"])
