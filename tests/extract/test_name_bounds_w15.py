"""Names cut at their bounds, wave 15: classes found corpus-wide (``benchmarks/data/bounds_audit.md``).

Invented sentences, each class with one of the same shape that must stay as it is:

- a body's name ending in an organisation's head word and the state or country after its "of (the)" are
  one name ("the Constitutional Court of Ruritania" shape: "the High Court of Kenya"); a person's title
  before "of" ("Governor of Ohio") and a town after it stay apart;
- a court and the district or circuit it serves, "for the" between, are one name, the district's state
  with it, tagged or not;
- a people's name runs on to a capitalised "Tribe" (the tagger reads "the Cherokee Nation" whole); a lower-case
  "tribe" does not;
- an "X of A" body's name runs on over "and" and a second field the tagger left untagged; a second body stays.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of


def _words(name: str) -> set[str]:
    return {w.casefold() for w in name.split() if w not in ("of", "the")}


def _labels(nlp, text: str) -> dict[str, str]:
    return {e.label: e.type for e in entities_of(nlp(text), resolve=False)}


@pytest.mark.parametrize("text, whole, country", [
    ("On Tuesday the High Court of Kenya suspended the new tax law.", "High Court of Kenya", "Kenya"),
    ("Lawyers asked the Constitutional Court of Colombia to hear the case.", "Constitutional Court of Colombia",
     "Colombia"),
    ("She joined the Labour Party of Ohio in 2004 and ran for the state senate.", "Labour Party of Ohio", "Ohio"),
])
def test_body_of_a_region_is_one_name(nlp, text, whole, country):
    labels = _labels(nlp, text)
    # the knowledge base may spell the name "Kenya High Court": the same words, one node
    assert any(_words(label) == _words(whole) for label in labels), labels
    assert country not in labels, labels


def test_title_of_a_region_stays_apart(nlp):
    labels = _labels(nlp, "Governor of Ohio Mike DeWine met Senator Sherrod Brown of Ohio on Friday.")
    assert "Ohio" in labels, labels
    assert not any(" of Ohio" in label for label in labels), labels


def test_body_before_a_town_stays_apart(nlp):
    labels = _labels(nlp, "The Regional Hospital of Tullamore said the Tullamore ward had closed.")
    assert "Regional Hospital of Tullamore" in labels or "Tullamore" in labels, labels


@pytest.mark.parametrize("text, whole", [
    ("A judge of the United States District Court for the Eastern District of Michigan dismissed the suit.",
     "United States District Court for the Eastern District of Michigan"),
    ("The case went to the United States District Court for the Northern District of Texas last year.",
     "United States District Court for the Northern District of Texas"),
    ("The United States Court of Appeals for the Fifth Circuit upheld the ruling on Monday.",
     "United States Court of Appeals for the Fifth Circuit"),
])
def test_court_and_its_district_are_one_name(nlp, text, whole):
    labels = _labels(nlp, text)
    assert whole in labels, labels
    assert labels[whole] == "ORG"
    assert "United States" not in labels, labels


def test_district_without_a_court_keeps_the_country(nlp):
    labels = _labels(nlp, "The United States sent aid to the Eastern District of Uganda in May.")
    assert "United States" in labels, labels


@pytest.mark.parametrize("text, whole", [
    ("The herd will be shared with the nearby Northern Arapaho Tribe, who own the land.", "Northern Arapaho Tribe"),
    ("Leaders of the Cherokee Nation approved the budget on Thursday.", "Cherokee Nation"),
])
def test_people_runs_on_to_its_head(nlp, text, whole):
    labels = _labels(nlp, text)
    assert whole in labels, labels
    assert labels[whole] == "ORG"


def test_lower_case_tribe_is_no_part_of_the_name(nlp):
    labels = _labels(nlp, "The Arapaho tribe owns the land near the river.")
    assert not any(label.endswith("tribe") or label.endswith("Tribe") for label in labels), labels


def test_second_field_after_and_is_part_of_the_name(nlp):
    labels = _labels(nlp, "Jane Doe of the National Institute of Arthritis and Musculoskeletal Diseases (NIAMS) "
                          "spoke on Monday.")
    assert "National Institute of Arthritis and Musculoskeletal Diseases" in labels, labels


@pytest.mark.parametrize("text, first, second", [
    ("Researchers from the University of Oregon and Center for Coastal Studies examined the birds.",
     "University of Oregon", "Center for Coastal Studies"),
    ("Scientists at the University of Miami and Stanford said the reef was dying.", "University of Miami", "Stanford"),
])
def test_two_bodies_joined_by_and_stay_two(nlp, text, first, second):
    labels = _labels(nlp, text)
    assert first in labels, labels
    assert not any(label.startswith(first + " and") for label in labels), labels


def test_state_district_alone_is_the_district_court(nlp):
    labels = _labels(nlp, "The banker was convicted in 2012 in the Northern District of Illinois.")
    assert labels.get("United States District Court for the Northern District of Illinois") == "ORG", labels


def test_district_of_another_country_is_no_us_court(nlp):
    labels = _labels(nlp, "Floods hit the Eastern District of Uganda in May.")
    assert not any(label.startswith("United States District Court") for label in labels), labels
