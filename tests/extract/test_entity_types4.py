"""Entity types and shapes of the kinds found on unseen news in round 7 (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline (and the word-level rules of :mod:`extract.name_shapes` on
their own): a name the tagger cut before its head word or at "and", a lone name article, two places
fused into one name, an adjective made with a prefix, a commodity, a work's title, a continent, a ship
named without its prefix, a name spelt with and without a space, a facility's head word, and a name in a
list of people.
"""

from __future__ import annotations

from spacy.tokens import Span

from extract.entities import entities_of
from extract.lexicon import get_lexicon
from extract.name_shapes import is_continent, is_prefix_fragment, space_variants


def found(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


def found_tagged(nlp, text, tagged):
    """As :func:`found`, the tagger's names set to ``tagged`` (text, label), as the tagger gives them on
    other sentences of this kind."""
    doc = nlp(text)
    spans = []
    for name, label in tagged:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    return {e.label: e.type for e in entities_of(doc)}


# --- word-level rules --------------------------------------------------------------------------------


def test_an_english_prefix_before_a_hyphen_makes_an_adjective():
    assert is_prefix_fragment("anti-Brexit") and is_prefix_fragment("pan-Arab")
    assert not is_prefix_fragment("al-Shabaab")  # an Arabic article belongs to the name
    assert not is_prefix_fragment("Austria-Hungary")


def test_a_continent_of_the_knowledge_base_is_known_by_its_description():
    lexicon = get_lexicon()
    assert is_continent("Africa", lexicon=lexicon) and is_continent("Antarctica", lexicon=lexicon)
    assert not is_continent("Kenya", lexicon=lexicon)  # a country of Africa
    assert not is_continent("Sicily", lexicon=lexicon)  # a region: not a continent


def test_names_that_differ_only_in_spaces_take_the_spaced_form():
    assert space_variants(["Flight Radar", "FlightRadar", "Reuters"]) == {"FlightRadar": "Flight Radar"}
    assert space_variants(["New York", "York"]) == {}


# --- through the pipeline ----------------------------------------------------------------------------


def test_a_name_runs_on_to_the_facility_word_the_tagger_left_out(nlp):
    labels = found(nlp, "Seven cases were reported at Captain Arturo Prat Chacon Base on Greenwich Island.")
    assert labels.get("Arturo Prat Chacon Base") == "FAC"
    assert "Arturo Prat" not in labels


def test_a_party_name_runs_on_through_of_and_its_capitalised_words(nlp):
    labels = found(nlp, "The Progressive Party of Working People said on Sunday that it would vote against the bill.")
    assert "Progressive Party" not in labels


def test_two_places_fused_into_one_name_are_two(nlp):
    text = "Ferries between Sicily and Malta were cancelled on Monday."
    labels = found_tagged(nlp, text, [("Sicily and Malta", "ORG")])
    assert "Sicily and Malta" not in labels
    assert labels.get("Malta") == "GPE" and labels.get("Sicily") in ("GPE", "LOC")


def test_a_whole_country_named_with_and_stays_whole(nlp):
    text = "Officials in Bosnia and Herzegovina said the border would reopen on Friday."
    labels = found_tagged(nlp, text, [("Bosnia and Herzegovina", "GPE")])
    assert "Bosnia" not in labels and "Herzegovina" not in labels


def test_an_adjective_with_a_prefix_is_no_entity(nlp):
    labels = found(nlp, "The trans-Siberian railway was closed after the flood, Russian officials said.")
    assert not any(label.startswith("trans-") for label in labels)


def test_a_group_named_with_a_prefix_stays(nlp):
    # a group the sentence names ("ex-Muslims"), not a modifier of a noun
    labels = found(nlp, "The right wing took advantage of ex-Muslims, she said.")
    assert labels.get("ex-Muslims") == "NORP"


def test_a_commodity_is_no_actor(nlp):
    labels = found(nlp, "Qatar said exports of liquefied natural gas (LNG) to Japan rose in May.")
    assert "LNG" not in labels
    assert labels.get("Qatar") == "GPE"


def test_the_title_of_a_work_is_no_actor_anywhere_in_the_article(nlp):
    text = ("Critics praised the documentary Silent Harbor at its premiere in Toronto on Friday. "
            "Silent Harbor follows three fishermen through a winter.")
    labels = found(nlp, text)
    assert not any("Harbor" in label for label in labels)
    assert labels.get("Toronto") == "GPE"


def test_a_continent_is_a_place_not_a_country(nlp):
    labels = found(nlp, "The virus reached Antarctica last week, the last continent without cases.")
    assert labels.get("Antarctica") == "LOC"


def test_a_ship_named_without_its_prefix_is_no_actor(nlp):
    text = ("The tanker MV Sanur Jaya vanished in the Java Sea. Officials said Sanur Jaya "
            "had sent no signal since Monday.")
    labels = found(nlp, text)
    assert not any("Sanur" in label for label in labels)


def test_a_port_is_a_facility(nlp):
    labels = found(nlp, "The cargo reached Tanjung Priok Port on Friday, officials in Jakarta said.")
    assert labels.get("Tanjung Priok Port") == "FAC"
    labels = found(nlp, "Patients were moved to the Royal Lyceum Theatre, a theatre in Edinburgh.")
    assert labels.get("Royal Lyceum Theatre") == "FAC"


def test_a_name_listed_among_people_is_a_person(nlp):
    text = "Speakers including Ottavio Serracchiani, Joe Hartley, and Manuel Ortega were in attendance."
    labels = found_tagged(nlp, text, [("Ottavio Serracchiani", "ORG"), ("Joe Hartley", "PERSON"),
                                      ("Manuel Ortega", "PERSON")])
    assert labels.get("Ottavio Serracchiani") == "PERSON"


def test_a_people_listed_among_people_stays_a_people(nlp):
    text = "Voters including American Samoans, Joe Hartley, and Manuel Ortega were in attendance."
    labels = found_tagged(nlp, text, [("American Samoans", "ORG"), ("Joe Hartley", "PERSON"),
                                      ("Manuel Ortega", "PERSON")])
    assert labels.get("American Samoans") != "PERSON"


def test_a_name_cut_at_and_before_its_head_word_is_one_name(nlp):
    text = "Reporters contacted the Command and Control Centre of the Coast Guard on Monday."
    labels = found_tagged(nlp, text, [("Command", "ORG"), ("Control Centre", "ORG"), ("Coast Guard", "ORG")])
    assert "Command" not in labels and "Control Centre" not in labels
    assert labels.get("Command and Control Centre") == "ORG"


def test_a_lone_name_article_joins_the_name_after_it(nlp):
    text = "One more case was reported in Los Alamos' village on Thursday."
    labels = found_tagged(nlp, text, [("Los", "GPE"), ("Alamos", "GPE")])
    assert "Los" not in labels and "Los Alamos" in labels


def test_a_ship_named_after_a_class_noun_is_no_actor(nlp):
    labels = found(nlp, "Iran seized the tanker Stena Impero in the Strait of Hormuz on Friday.")
    assert not any("Stena" in label for label in labels)
    assert labels.get("Iran") == "GPE"


def test_a_work_named_after_a_place_leaves_the_place(nlp):
    labels = found(nlp, "The documentary Paris premiered in Toronto. Paris was cold that day.")
    assert labels.get("Paris") == "GPE"


def test_a_national_bodys_name_without_national_is_the_same_body(nlp):
    text = ("The National Search and Rescue Agency said the search went on. "
            "The Search and Rescue Agency told reporters it would end the search.")
    labels = found(nlp, text)
    assert "Search and Rescue Agency" not in labels and "National Search and Rescue Agency" in labels


def test_a_short_name_of_two_words_is_left_apart(nlp):
    labels = found(nlp, "The National Security Council met. The Security Council of the UN also met.")
    assert "Security Council" in labels and "National Security Council" in labels
