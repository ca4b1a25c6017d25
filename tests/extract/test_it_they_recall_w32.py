"""it / they recall guards (extract/coref.py): a lone agreeing organisation, country or
group is taken, two agreeing candidates leave the pronoun open, and people or things
never take it/they of an organisation. Invented sentences through the real pipeline."""

from __future__ import annotations

from extract.entities import entities_of


def resolved(nlp, text, word, nth=0):
    """The keys the ``nth`` pronoun ``word`` of ``text`` resolves to (() when unresolved)."""
    index = entities_of(nlp(text))
    starts = [i for i in range(len(text)) if text.startswith(word, i)
              and (i == 0 or not text[i - 1].isalpha()) and not text[i + len(word):i + len(word) + 1].isalpha()]
    for ref in index.references:
        if ref.start <= starts[nth] < ref.end:
            return ref.keys
    return ()


def test_previous_subject_organisation_takes_it(nlp):
    text = "The World Food Programme opened an office in Juba. It plans to feed 40,000 families."
    assert resolved(nlp, text, "It") == ("world food programme",)


def test_country_subject_takes_its(nlp):
    text = "Kenya closed its border with Somalia on Monday."
    assert resolved(nlp, text, "its") == ("kenya",)


def test_two_agreeing_organisations_leave_it_open(nlp):
    text = "Oxfam criticised the World Bank on Monday. It said the loans were too small."
    assert resolved(nlp, text, "It") in ((), ("oxfam",))


def test_it_never_goes_to_a_person(nlp):
    text = "Maria Ortega founded the charity in 2004. It raises money for hospitals."
    assert "maria ortega" not in resolved(nlp, text, "It")


def test_they_never_goes_to_a_single_person(nlp):
    text = "Coach Brad Tronc praised the players. They played well in the second half."
    assert "brad tronc" not in resolved(nlp, text, "They")
