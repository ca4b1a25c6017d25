"""One node per referent (w23): a legislature's committee named with and without its chamber, a double
surname the tagger cut to its last word.

Invented sentences through the real pipeline (the tagger's own names), and the rules' pure parts.
"""

from __future__ import annotations

from extract.chamber_committees import committee_forms
from extract.double_surnames import surname_run
from extract.facts import extract_document
from extract.types import Document

_CHAMBERS = (("house", "of", "representatives"), ("house", "of", "commons"), ("house",), ("senate",))
_HEADS = frozenset({"committee", "subcommittee"})


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2021-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def _aliases(entity) -> set[str]:
    return set(getattr(entity, "aliases", ()) or ())


def test_a_committee_named_without_its_chamber_is_the_chamber_committee(nlp):
    got = _nodes(nlp, "The Senate Finance Committee published its findings on Tuesday. The Finance Committee "
                      "said the tax plan would cost more than expected. The Senate will vote on the plan in May.")
    assert "Finance Committee" not in got
    assert "Finance Committee" in _aliases(got["Senate Finance Committee"])
    assert got["Senate Finance Committee"].mentions == 2


def test_a_chamber_is_never_its_committee(nlp):
    got = _nodes(nlp, "The House Ethics Committee opened an inquiry into the congressman. The House voted "
                      "later that week on a separate bill.")
    assert "House Ethics Committee" in got
    assert not {"House", "House of Representatives"} & _aliases(got["House Ethics Committee"])


def test_a_committee_name_two_chambers_share_joins_neither(nlp):
    got = _nodes(nlp, "Both the House Armed Services Committee and the Senate Armed Services Committee asked for "
                      "the files. The Armed Services Committee chairman declined to comment.")
    assert "House Armed Services Committee" in got and "Senate Armed Services Committee" in got
    assert "Armed Services Committee" not in _aliases(got["House Armed Services Committee"])
    assert "Armed Services Committee" not in _aliases(got["Senate Armed Services Committee"])


def test_committee_forms_drop_the_country_and_the_chamber():
    assert committee_forms("Senate Intelligence Committee", _CHAMBERS, _HEADS) == ["intelligence committee"]
    assert committee_forms("United States House Committee on Ethics", _CHAMBERS, _HEADS) == [
        "house committee on ethics", "committee on ethics"]
    assert committee_forms("House of Commons Defence Committee", _CHAMBERS, _HEADS) == ["defence committee"]


def test_committee_forms_need_a_chamber_and_a_committee_of_two_words():
    assert committee_forms("Senate", _CHAMBERS, _HEADS) == []
    assert committee_forms("Senate Committee", _CHAMBERS, _HEADS) == []  # a head word alone is no name
    assert committee_forms("Olympic Committee", _CHAMBERS, _HEADS) == []  # no chamber
    assert committee_forms("House of Representatives", _CHAMBERS, _HEADS) == []


def test_a_double_surname_cut_to_its_last_word_is_the_person(nlp):
    got = _nodes(nlp, "Mexican President Andrés Manuel López Obrador met the governors on Monday. López Obrador "
                      "said the talks had gone well.")
    person = got["Andrés Manuel López Obrador"]
    assert "López Obrador" in _aliases(person)
    assert "Obrador" not in _aliases(person)
    assert person.mentions == 2


def test_two_people_who_share_a_surname_stay_two(nlp):
    got = _nodes(nlp, "Health official Hugo López-Gatell spoke beside President Andrés Manuel López Obrador. "
                      "López-Gatell said cases were rising. López Obrador disagreed.")
    assert "Hugo López-Gatell" in got and "Andrés Manuel López Obrador" in got
    assert "López Obrador" not in _aliases(got["Hugo López-Gatell"])
    assert not any("Gatell" in a for a in _aliases(got["Andrés Manuel López Obrador"]))


def test_surname_run_reads_only_words_of_the_full_name_after_its_first():
    amlo = ["andrés", "manuel", "lópez", "obrador"]
    assert surname_run(amlo, ["lópez"])
    assert surname_run(["cristina", "fernández", "de", "kirchner"], ["fernández", "de"])
    assert not surname_run(amlo, ["andrés", "manuel", "lópez"])  # the first word is a given name
    assert not surname_run(["hugo", "lópez"], ["hugo"])
    assert not surname_run(amlo, ["gatell"])


def test_the_house_beside_the_white_house_is_the_chamber(nlp):
    got = _nodes(nlp, "The House of Representatives issued a subpoena on Friday. The White House refused to "
                      "comply. The House will vote on the articles next week.")
    assert "House" not in got
    assert "House" in _aliases(got["House of Representatives"])
    assert "House" not in _aliases(got["White House"])


def test_a_lone_head_two_names_end_in_stays_apart(nlp):
    got = _nodes(nlp, "The Supreme Court ruled on Monday. The case came from the Court of Appeals for the Third "
                      "Circuit. The Court said the law was void.")
    assert "Court" not in _aliases(got["Court of Appeals for the Third Circuit"])
