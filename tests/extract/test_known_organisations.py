"""Well-known organisations (extract/data/known_organisations.tsv): they fix the tagger's type, with care."""

from __future__ import annotations

import csv

import pytest

from extract.lexicon import get_lexicon
from extract.lexicon.core import DATA_DIR
from extract.lexicon.normalise import fold_place
from extract.linking import link_entity, link_facts
from extract.types import Argument, Document, DocumentFacts, Entity, Predicate, Relation

_TABLE = DATA_DIR / "known_organisations.tsv"
_KINDS = ("media", "company", "platform", "agency", "armed group")


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _rows():
    with open(_TABLE, encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _fixed(lexicon, label, tagger_type, text):
    """The entity's type and QID after linking, as link_facts gives them."""
    entity = Entity(label.casefold(), label, tagger_type)
    facts = link_facts(DocumentFacts(Document("d", text, date="2021-03-01"), (entity,)), lexicon=lexicon)
    return facts.entities[0].type, facts.entities[0].wikidata


# -- the table ------------------------------------------------------------------------------------------------

def test_table_is_organisations_of_known_kinds():
    rows = _rows()
    assert len(rows) >= 300
    assert {row["type"] for row in rows} == {"ORG"}
    assert all(row["description"].split(":")[0] in _KINDS for row in rows)
    labels = [fold_place(row["label"]) for row in rows]
    assert len(labels) == len(set(labels)), "a label twice"


def test_table_names_no_country(lexicon):
    # A label or alias that is also a country's name or demonym would retype countries ("Swiss").
    for row in _rows():
        for name in (row["label"], *filter(None, row["aliases"].split("|"))):
            assert lexicon.countries.country_of(name) is None, name
            assert fold_place(name) not in lexicon.countries.demonyms, name


def test_table_qids_agree_with_the_shipped_entities():
    # A QID is given once, and where the shipped Wikidata table has it, that entry shares a name with ours.
    from extract.lexicon import read_knowledge

    shipped = {}
    for entry in read_knowledge(DATA_DIR / "wikidata" / "entities.tsv", user=False):
        names = (entry.label, *(a.name for a in entry.aliases))
        shipped.setdefault(entry.qid, set()).update(fold_place(n) for n in names)
    qids = [row["qid"] for row in _rows() if row["qid"]]
    assert len(qids) == len(set(qids)) and len(qids) >= 50
    for row in _rows():
        names = {fold_place(n) for n in (row["label"], *filter(None, row["aliases"].split("|")))}
        if row["qid"] in shipped:
            assert names & shipped[row["qid"]], row["label"]


# -- the type fix ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label, tagger_type, text, expected", [
    # Invented sentences. A platform or company the tagger took for a person or a place is an organisation.
    ("Huawei", "PERSON", "Huawei denied the claims and said its phones were safe.", ("ORG", None)),
    ("Twitter", "PERSON", "Twitter suspended the account on Friday.", ("ORG", "Q918")),
    ("Xinhua", "GPE", "Xinhua reported that the talks had ended.", ("ORG", None)),
    ("Lufthansa", "PERSON", "Lufthansa cancelled 800 flights because of the strike.", ("ORG", "Q9325")),
    # A one-word alias needs the full name in the text: "Ford" beside "Ford Motor Company" is the carmaker...
    ("Ford", "PERSON", "Ford Motor Company cut jobs. Ford said the plant would close.", ("ORG", "Q44294")),
    # ...a person named Ford stays a person,
    ("Ford", "PERSON", "Ford said he would not run again.", ("PERSON", None)),
    ("Ford", "PERSON", "Harrison Ford Motor Company ads aside, Mr Ford said he liked the film.", ("PERSON", None)),
    # and an ambiguous alias alone does not even retype: "Amazon" without Amazon.com is not the company.
    ("Amazon", "GPE", "Farmers burnt the forest along the Amazon last year.", ("GPE", None)),
    ("Amazon", "PERSON", "Amazon said she would sing at the festival.", ("PERSON", None)),
    # A given name or a surname of a known person is no company without its full name ("Wagner").
    ("Wagner", "PERSON", "Wagner said the opera would open in May.", ("PERSON", None)),
    ("Wagner", "PERSON", "Fighters of the Wagner Group crossed the border; Wagner said it had lost men.",
     ("ORG", None)),
    # A one-word alias the tagger typed GPE, which names no place and follows no preposition of place, is the
    # organisation (no link without the full name); typed PERSON, it may be the person.
    ("Bloomberg", "GPE", "Bloomberg reported the deal on Tuesday.", ("ORG", None)),
    ("Bloomberg", "PERSON", "Bloomberg said he would run for president.", ("PERSON", None)),
    ("Amazon", "GPE", "Fires spread in the Amazon.", ("GPE", None)),
    # An alias that names something broader than its entry ("Samsung", the group) fixes the type, links nothing.
    ("Samsung", "PERSON", "Samsung Electronics posted a profit. Samsung said sales rose.", ("ORG", None)),
    # The tagger's other types are not touched: "Amazon" the river (LOC) stays a place.
    ("Amazon", "LOC", "Amazon.com said deforestation along the Amazon rose.", ("LOC", None)),
])
def test_known_organisation_fixes_type(lexicon, label, tagger_type, text, expected):
    assert _fixed(lexicon, label, tagger_type, text) == expected


def test_title_before_the_name_keeps_the_person(lexicon):
    # "Mr Lufthansa" (an invented person) is a person, though Lufthansa is an airline.
    assert _fixed(lexicon, "Lufthansa", "PERSON", "Mr Lufthansa said he had left.") == ("PERSON", None)
    assert _fixed(lexicon, "Lufthansa", "PERSON", "Lufthansa said it would cut jobs.") == ("ORG", "Q9325")


def test_a_prominent_place_of_the_name_keeps_the_place(lexicon):
    # Toyota is a city of 400,000 in Japan as well as the carmaker: the tagger's GPE stands.
    assert _fixed(lexicon, "Toyota", "GPE", "Floods hit Toyota on Monday.") == ("GPE", None)
    # A small town of the name does not stand in the way (Nokia, Finland, has some 35,000 people).
    assert _fixed(lexicon, "Nokia", "PERSON", "Nokia said it would cut 1,000 jobs.") == ("ORG", "Q1418")


def test_an_entry_without_qid_links_nothing(lexicon):
    link = link_entity(Entity("xinhua", "Xinhua", "ORG"), lexicon=lexicon, text="Xinhua said.")
    assert link is not None and link.qid == "" and link.basis == "type"


def test_two_entries_without_qid_stay_apart(lexicon, nlp):
    # Two agencies without a QID are two entities, not one.
    from extract.facts import extract_document

    text = "Xinhua and Reuters reported the blast. Reuters said three people died, Xinhua said four."
    facts = extract_document(Document("d", text, date="2021-03-01"), nlp=nlp)
    labels = {e.label: e.type for e in facts.entities}
    assert labels.get("Xinhua") == "ORG" and labels.get("Reuters") == "ORG"


def test_relations_follow_the_fixed_type(lexicon):
    text = "Huawei sued the United States."
    company = Entity("huawei", "Huawei", "PERSON")
    country = Entity("united states", "United States", "GPE")
    subject = Argument("huawei", "Huawei", "PERSON", "Huawei", 0, 6)
    object_ = Argument("united states", "United States", "GPE", "the United States", 12, 29)
    relation = Relation("d", subject, Predicate("sue", "sued", 7, 11), object_, text, 0)
    facts = link_facts(DocumentFacts(Document("d", text), (company, country), (relation,)), lexicon=lexicon)
    assert facts.relations[0].subject.type == "ORG"
    assert facts.entities[0].wikidata is None
