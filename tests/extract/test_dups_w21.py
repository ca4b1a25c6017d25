"""One node per referent (w21): a mention cut from a longer name of the article, a verb of saying fused to the
name after it, a surname with particles tagged as no person, a storm named with its changing category, a
nickname in brackets or quotation marks, an Irish title before a name.

Invented sentences through the real pipeline (the tagger's own names), and the rules' pure parts.
"""

from __future__ import annotations

from extract.award_names import award_head_at
from extract.cut_names import widened_name
from extract.facts import extract_document
from extract.particle_surnames import particle_tail
from extract.storm_names import storm_parts
from extract.types import Document


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def _aliases(entity) -> set[str]:
    return set(getattr(entity, "aliases", ()) or ())


def test_a_mention_cut_from_a_longer_name_of_the_article_is_that_name(nlp):
    got = _nodes(nlp, "The Center for Biological Diversity announced on Wednesday that the count fell.\n\n"
                      'Remarked Center for Biological Diversity scientist Tierra Curry, "This represents a big drop."')
    assert "Biological Diversity" not in got and "Remarked Center" not in got and "Center" not in got
    assert got["Center for Biological Diversity"].mentions == 2  # the cut mention widened to the whole name
    assert got["Tierra Curry"].type == "PERSON"


def test_a_name_alone_elsewhere_is_not_joined_to_a_longer_one(nlp):
    got = _nodes(nlp, "The Atlantic reported the story on Monday. A storm formed over the Atlantic Ocean on Tuesday.")
    assert "Atlantic Ocean" in got
    assert "Atlantic" not in _aliases(got["Atlantic Ocean"])


def test_widened_name_takes_words_on_one_side_only_where_one_name_fits():
    words = "the United States House of Representatives voted".split()
    longs = {"House of Representatives": "House of Representatives"}
    assert widened_name(words, 3, 4, longs, lambda lo, hi: True) == ("House of Representatives", 3, 6)
    assert widened_name(words, 3, 4, longs, lambda lo, hi: hi <= 5) is None  # "of" alone makes no name
    assert widened_name(words, 3, 4, {"House of Representatives": None}, lambda lo, hi: True) is None


def test_a_given_name_that_is_also_a_verb_of_saying_stays(nlp):
    got = _nodes(nlp, "Said Jalili said Iran would not yield to pressure.")
    assert "Said Jalili" in got and got["Said Jalili"].type == "PERSON"


def test_a_lone_surname_with_particles_tagged_as_no_person_is_the_person(nlp):
    got = _nodes(nlp, "Collins lost the nomination to businessman Rocky De La Fuente in August. He also fell short "
                      "of De La Fuente for the Reform Party nomination.")
    assert "De La Fuente" not in got
    assert got["Rocky De La Fuente"].type == "PERSON"
    assert "De La Fuente" in _aliases(got["Rocky De La Fuente"])


def test_particle_tail_needs_a_particle_and_a_given_name_before():
    particles = frozenset({"de", "la", "van"})
    assert particle_tail(["van", "persie"], ["robin", "van", "persie"], particles)
    assert not particle_tail(["van", "persie"], ["van", "persie"], particles)  # no given name before
    assert not particle_tail(["la", "paz"], ["evo", "morales"], particles)
    assert not particle_tail(["fuente", "ovejuna"], ["lope", "fuente", "ovejuna"], particles)


def test_one_storm_under_two_categories_is_one_node_named_with_the_strongest(nlp):
    got = _nodes(nlp, "Hurricane Lorenzo passed west of the Azores on Wednesday. Storm Lorenzo then brought high "
                      "winds to Ireland.")
    assert "Storm Lorenzo" not in got
    assert "Storm Lorenzo" in _aliases(got["Hurricane Lorenzo"])


def test_storm_parts_reads_the_longest_category():
    titles = ("hurricane", "tropical storm", "storm")
    assert storm_parts("Tropical Storm Barry", titles) == (1, "barry")
    assert storm_parts("Storm Barry", titles) == (2, "barry")
    assert storm_parts("Laura Ingraham", titles) is None
    assert storm_parts("Storm", titles) is None


def test_a_bracketed_nickname_joins_the_given_name_and_the_nickname_form(nlp):
    got = _nodes(nlp, "The party nominated William (Bill) Nelson for senator in 2000. Bill Nelson won the seat easily.")
    assert "William" not in got and "Bill Nelson" not in got
    assert "Bill Nelson" in _aliases(got["William Nelson"])


def test_a_quoted_nickname_tagged_alone_joins_the_full_name(nlp):
    got = _nodes(nlp, 'Police Sergeant Matiu "Matt" Ratana was shot at a station in Croydon. Colleagues said Matt '
                      "Ratana was a gentle giant.")
    assert "Matt Ratana" not in got
    assert "Matt Ratana" in _aliases(got["Matiu Ratana"])


def test_a_party_in_brackets_after_a_name_is_no_nickname(nlp):
    got = _nodes(nlp, "Senator Joe Biden (Democrat) and Senator John McCain (Republican) spoke at the event. "
                      "Biden praised McCain.")
    assert "Joe Biden" in got and "John McCain" in got
    assert "John McCain" not in _aliases(got["Joe Biden"])


def test_the_irish_head_of_government_title_is_no_part_of_the_name(nlp):
    got = _nodes(nlp, "Taoiseach Leo Varadkar met the British prime minister in Dublin on Thursday.")
    assert "Leo Varadkar" in got and "Taoiseach Leo Varadkar" not in got


def test_an_award_is_no_node(nlp):
    got = _nodes(nlp, "The mathematician won the Berwick Prize and the Leroy P. Steele Prize before he retired.")
    assert "Berwick Prize" not in got and "Leroy P. Steele Prize" not in got


def test_award_head_at_needs_the_head_last_or_before_what_the_award_is_for():
    heads = frozenset({"prize", "medal"})
    assert award_head_at(["Nemmers", "Prize", "in", "Mathematics"], heads) == 1
    assert award_head_at(["National", "Medal", "of", "Science"], heads) == 1
    assert award_head_at(["Nobel", "Prize", "Committee"], heads) is None
    assert award_head_at(["Prize"], heads) is None


def test_widened_name_keeps_the_letter_case_of_the_longer_name():
    words = "protests across India grew".split()
    assert widened_name(words, 2, 3, {"Across India": "Across India"}, lambda lo, hi: True) is None
