"""A hyphenated description noun split by the parser ("co-author", "ex-president") gives no
relation of its first piece: "co" and "ex" are no predicates and no concepts."""

from __future__ import annotations

import pytest


def _relations(nlp, text: str) -> list[tuple[str, str, str | None]]:
    from extract.facts import extract_facts
    from extract.types import Document

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-01")], nlp=nlp)))
    return [(r.subject.text, r.predicate.text, r.object.text if r.object else None) for r in facts.relations]


@pytest.mark.parametrize(("text", "piece"), [
    ("Professor Michael Siegel of Boston University, co-author of a new study, declared the rates high.", "co"),
    ("Jane Smith, co-founder of Acme, said it would grow.", "co"),
    ("John Doe, ex-president of the club, resigned.", "ex"),
])
def test_a_word_piece_before_a_hyphen_is_no_description(nlp, text, piece):
    relations = _relations(nlp, text)
    assert not [r for r in relations if r[1] == piece or r[2] == piece]


def test_a_whole_description_noun_stays(nlp):
    # "a lawyer" is set off by a comma and has no hyphen: the description stays
    relations = _relations(nlp, "John Doe, a lawyer, resigned.")
    assert ("John Doe", "a lawyer", "a lawyer") in relations or any(
        r[0] == "John Doe" and "lawyer" in (r[2] or "") for r in relations)
