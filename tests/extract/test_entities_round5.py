"""Entities on unseen news, fifth round (``benchmarks/data/entities_audit.md``, round 5).

Invented sentences through the real pipeline, one test per mechanism: a short name the tagger read as
a verb or a common noun ("Salling its intention" in a gapped clause), and the pronoun of a gapped clause
going to the name that stands for its verb.
"""

from __future__ import annotations

from extract.entities import entities_of


def resolved(nlp, text):
    """(start offset, pronoun) -> keys of each resolved pronoun."""
    return {(r.start, r.text): r.keys for r in entities_of(nlp(text)).references}


_GAPPED = (
    "On Monday the retailer Aldi and the grocer Kelling Group announced a deal. Aldi stated its "
    "intention to leave the market, Kelling its intention to strengthen its chain in Poland."
)


def test_a_short_name_read_as_a_verb_is_a_mention_of_the_long_name(nlp):
    index = entities_of(nlp(_GAPPED))
    at = _GAPPED.index("Kelling its")  # read as a verb ("Kelling" ... "stated")
    mention = next((m for m in index.mentions if m.start <= at < m.end), None)
    assert mention is not None and mention.key == "kelling group"


def test_the_pronoun_of_a_gapped_clause_is_the_name_that_stands_for_its_verb(nlp):
    refs = resolved(nlp, _GAPPED)
    first = _GAPPED.index("its intention to leave")
    gapped = _GAPPED.index("its intention to strengthen")
    chain = _GAPPED.index("its chain")
    assert refs.get((first, "its")) == ("aldi",)
    assert refs.get((gapped, "its")) == ("kelling group",)
    assert refs.get((chain, "its")) == ("kelling group",)


def test_a_capitalised_word_opening_a_sentence_is_no_missed_name(nlp):
    text = "The agency Grant Works said on Monday it would close. Grant was given to the town."
    index = entities_of(nlp(text))
    at = text.index("Grant was")
    assert all(not (m.start <= at < m.end) for m in index.mentions)
