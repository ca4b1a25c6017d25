"""Types and junk of wave 21 (extract.spelled_initials, extract.called_kinds, extract.name_suffixes,
extract.species_names, extract.national_bodies, extract.origin_places), on the real model.

Expected values come from the text: an abbreviation a lower-case phrase spells out in brackets names a thing,
no body ("the anterior cingulate cortex (ACC)"); a drug, a programme or a single a class noun introduces
("a drug called X", "one antibody cocktail, X,", "a programme dubbed X") is no actor; a correctional facility,
a penitentiary or a jail is a facility; a name ending in a company's legal form (Kft., GmbH, LLC) is a company;
"Belarusian KGB" is the body; "Magellanic penguins" names a species; in "the Florida company X" Florida is the
state. Look-alikes: a body whose capitalised name spells its abbreviation, a man named X, a company or a town
called X, a people's adjective before "officials", a company's own name before its noun ("the Kaufland chain").
"""

from __future__ import annotations

import pytest

from .helpers import document_facts


def _types(nlp, text: str) -> dict[str, str]:
    facts = document_facts(nlp, text, date="2020-05-01")
    types = {}
    for e in facts.entities:
        if e.type not in ("CONCEPT", "ACTOR"):
            for form in (e.label, *e.aliases):
                types[form] = e.type
    return types


@pytest.mark.parametrize("text, name", [
    ("The scientists silenced the anterior cingulate cortex (ACC) of the rats. Without the ACC, the animals kept "
     "pressing the lever.", "ACC"),
    ("The probes measured the total electron content (TEC) over Chile.", "TEC"),
    ("The rats received a drug called Ecstacy before the test.", "Ecstacy"),
    ("A second antiviral drug, Remdesivir, was given to forty patients.", "Remdesivir"),
    ("The ministry started a reform programme dubbed Agenda Alpha in 2018.", "Agenda Alpha"),
    ("Doctors warned of a cheap opioid drug called Krokodil in Russian cities.", "Krokodil"),
    ("The numbers of female Magellanic penguins have fallen at the breeding sites.", "Magellanic"),
    ("Fewer than 600 Siberian tigers remain in the wild, the WWF said.", "Siberian"),
])
def test_things_are_no_nodes(nlp, text, name):
    assert name not in _types(nlp, text)


@pytest.mark.parametrize("text, name, expected", [
    ("Médecins Sans Frontières (MSF) said its clinic in Kunduz had been hit.", "MSF", "ORG"),
    ("Officers of the Federal Security Service (FSB) detained the man in Moscow.", "Federal Security Service", "ORG"),
    ("A man named John Smith was arrested in Leeds on Monday.", "John Smith", "PERSON"),
    ("The antibody is now produced by a company called Ridgeback Biotherapeutics in Miami.",
     "Ridgeback Biotherapeutics", "ORG"),
    ("He founded a charity called Mind Matters in 2010.", "Mind Matters", "ORG"),
    ("Sirhan was serving his time at Richard J. Donovan Correctional Facility in San Diego County, California.",
     "Richard J. Donovan Correctional Facility", "FAC"),
    ("The prisoner was moved to Leavenworth Penitentiary in Kansas last year.", "Leavenworth Penitentiary", "FAC"),
    ("The contract was won by Mészáros Építő Kft. in a tender last May.", "Mészáros Építő Kft", "ORG"),
    ("Within a day, Belarusian KGB arrested 33 Russian nationals near Minsk.", "Belarusian KGB", "ORG"),
    ("The drug is now produced by the Florida company Ridgeback Biotherapeutics.", "Florida", "GPE"),
    ("Chinese officials visited the zoo that keeps the giant pandas.", "Chinese", "GPE"),
    ("Shoppers queued outside the Kaufland chain's stores in Prague.", "Kaufland", "ORG"),
])
def test_types_from_the_sentence(nlp, text, name, expected):
    assert _types(nlp, text).get(name) == expected


def test_a_thing_introduced_once_is_that_thing_at_later_mentions(nlp):
    types = _types(nlp, "One antibody cocktail, ZMapp, showed promise. In the trial, ZMapp served as a control.")
    assert "ZMapp" not in types


def test_a_person_named_before_a_work_of_the_same_name_stays_a_person(nlp):
    types = _types(nlp, "Bob Lazar was reputedly responsible for much of the folklore. A 2018 documentary film "
                        "titled Bob Lazar: Area 51 and Flying Saucers was released.")
    assert types.get("Bob Lazar") == "PERSON"


def test_an_adjective_before_an_animal_noun_compound_is_no_node(nlp):
    assert "Magellanic" not in _types(nlp, "We study the sex ratio in Magellanic penguin chicks at hatching.")


def test_a_country_owning_animals_stays_a_country(nlp):
    assert _types(nlp, "Kenya's elephants are counted every year by rangers.").get("Kenya") == "GPE"


def test_a_genus_in_brackets_after_an_animal_noun_is_no_node(nlp):
    text = "They documented the disappearance of the great white shark (Carcharodon carcharias) off the coast."
    assert "Carcharodon" not in _types(nlp, text)
