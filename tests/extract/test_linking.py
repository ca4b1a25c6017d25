"""Offline Wikidata links (extract.linking) and knowledge bases (extract.lexicon.knowledge)."""

from __future__ import annotations

import json

import pytest

from extract.facts import extract_document
from extract.lexicon import KnowledgeError, get_lexicon, read_knowledge
from extract.linking import link_entity, link_facts
from extract.types import Document, Entity

HEADER = "qid\tlabel\taliases\ttype\tdescription\n"


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def kb_file(tmp_path, rows: str, name: str = "kb.tsv"):
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


# -- precision rules ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("entity, text, expected", [
    # A well-known name of the agreeing type links.
    (Entity("donald trump", "Donald Trump", "PERSON"), "President Donald Trump said.", "Q22686"),
    # A full name of two words or more in the knowledge base links whatever the tagger's type (the entry fixes it)...
    (Entity("donald trump", "Donald Trump", "ORG"), "President Donald Trump said.", "Q22686"),
    # ...but a one-word name of another type does not: this Jordan is a person, not the country.
    (Entity("jordan", "Jordan", "PERSON"), "Jordan said he would stay at home.", None),
    # A person needs a word of the description in the article: this Scott Bradley is no composer.
    (Entity("scott bradley", "Scott Bradley", "PERSON"), "Darrell Castle and Scott Bradley ran for the "
     "Constitution Party.", None),
    (Entity("scott bradley", "Scott Bradley", "PERSON"), "The composer Scott Bradley wrote the score.", "Q670858"),
    # A surname alone, in an article naming another person of that name, does not link.
    (Entity("kennedy", "Kennedy", "PERSON"), "Robert F. Kennedy was shot after John F. Kennedy. Kennedy, "
     "the President's brother, ran for president.", None),
    # A one-word alias needs the full name: "Centre" is not Centre College.
    (Entity("centre", "Centre", "ORG"), "The Centre said.", None),
    # An acronym alone is not enough...
    (Entity("iaea", "IAEA", "ORG"), "The IAEA said on Monday.", None),
    # ...but it links when the article also gives the full name.
    (Entity("iaea", "IAEA", "ORG"), "The International Atomic Energy Agency (IAEA) said.", "Q41984"),
    # A full name matched through the entity's alias links.
    (Entity("republicans", "Republicans", "ORG", aliases=("Grand Old Party",)), "The Republicans won the US Senate.",
     "Q29468"),
    # Concepts never link.
    (Entity("concept:syria", "Syria", "CONCEPT"), "Syria.", None),
])
def test_link_needs_type_and_context(lexicon, entity, text, expected):
    link = link_entity(entity, lexicon=lexicon, text=text)
    assert (link.qid if link else None) == expected


@pytest.mark.parametrize("entity, expected", [
    (Entity("syria", "Syria", "GPE", geonames_id=163843), "Q858"),  # a country
    (Entity("damascus", "Damascus", "GPE", geonames_id=170654), "Q3766"),  # a national capital
    # Idlib the city shares its name with the governorate: the name alone does not say which.
    (Entity("idlib", "Idlib", "GPE", aliases=("Idlib province",), geonames_id=169389), None),
    # A place the gazetteer resolved is linked by its GeoNames id only, never by its name.
    (Entity("paris", "Paris", "GPE", geonames_id=4717560), None),  # Paris, Texas
    # A part of a country or a region of it is not the country.
    (Entity("scotland", "Scotland", "GPE", geonames_id=2635167), None),
    (Entity("southern poland", "Southern Poland", "LOC", geonames_id=798544), None),
    # A city the knowledge base knows another place by that very name for (the US state).
    (Entity("indiana", "Indiana", "GPE", geonames_id=3456398), None),
    # A place-named prison is not the city.
    (Entity("guantanamo", "Guantanamo", "FAC", geonames_id=3557689), None),
    (Entity("new york city", "New York City", "GPE", geonames_id=5128581), "Q60"),
    (Entity("south korea", "South Korea", "GPE", geonames_id=1835841), "Q884"),
])
def test_places_link_through_geonames(lexicon, entity, expected):
    link = link_entity(entity, lexicon=lexicon, text=entity.label)
    assert (link.qid if link else None) == expected


def test_time_bound_alias_counts_only_for_its_time(tmp_path, lexicon):
    path = kb_file(tmp_path, "Q4970706\tAngela Merkel\tthe Chancellor@2005-11-22/2021-12-08\tPERSON\t\n")
    lex = lexicon.with_knowledge([path])
    entity = Entity("the chancellor", "the Chancellor", "PERSON")
    assert link_entity(entity, lexicon=lex, text="the Chancellor", date="2019-03-01").qid == "Q4970706"
    assert link_entity(entity, lexicon=lex, text="the Chancellor", date="2023-03-01") is None
    assert link_entity(entity, lexicon=lex, text="the Chancellor", date=None) is None


def test_user_entries_win_and_ambiguity_is_refused(tmp_path, lexicon):
    mine = lexicon.with_knowledge([kb_file(tmp_path, "Q1\tDonald Trump\t\tPERSON\tmy own\n")])
    assert link_entity(Entity("donald trump", "Donald Trump", "PERSON"), lexicon=mine).qid == "Q1"
    two = lexicon.with_knowledge([kb_file(tmp_path, "Q1\tJohn Smith\t\tPERSON\t\nQ2\tJohn Smith\t\tPERSON\t\n")])
    assert link_entity(Entity("john smith", "John Smith", "PERSON"), lexicon=two) is None


def test_user_entry_fixes_type_and_renames(tmp_path, lexicon, nlp):
    path = kb_file(tmp_path, "Q29468\tRepublican Party\tGOP|Grand Old Party\tORG\tUS party\n")
    lex = lexicon.with_knowledge([path])
    text = "The Republican Party criticised Barack Obama. Barack Obama met the GOP leaders."
    facts = extract_document(Document("gop", text, date="2015-05-01"), nlp=nlp, lexicon=lex)
    party = [e for e in facts.entities if e.wikidata == "Q29468"]
    assert [(e.key, e.label, e.type) for e in party] == [("republican party", "Republican Party", "ORG")]
    keys = {e.key for e in facts.entities}
    assert all(r.subject.key in keys or r.subject.is_concept for r in facts.relations)
    assert "gop" not in keys


def test_link_facts_without_user_entries_only_sets_wikidata(lexicon):
    document = Document("d", "Syria and Donald Trump.")
    entities = (Entity("syria", "Syria", "GPE", geonames_id=163843), Entity("x", "Xyzzy Plugh", "PERSON"))
    from extract.types import DocumentFacts

    facts = link_facts(DocumentFacts(document, entities), lexicon=lexicon)
    assert [(e.key, e.label, e.wikidata) for e in facts.entities] == [("syria", "Syria", "Q858"),
                                                                      ("x", "Xyzzy Plugh", None)]


def _place(lexicon, name, label=None, type="GPE"):
    found = lexicon.gazetteer.lookup(name)
    return Entity(fold(label or name), label or name, type, geonames_id=found.geonames_id)


def fold(name):
    return name.casefold()


@pytest.mark.parametrize("name, label, text, expected", [
    # A capital links, a capital whose name is also another province's does not say which.
    ("Berlin", None, "Talks were held in Berlin.", "Q64"),
    ("Washington", None, "Primaries were held in Idaho, Michigan and Washington.", None),
    ("Victoria", None, "Melbourne, the capital of Victoria, voted.", None),
    # A small city links only where the text names its country or province.
    ("Tyler", None, "A fair was held in Tyler, Texas, on Saturday.", "Q499169"),
    ("Blenheim", None, "The toilet was stolen from Blenheim in Oxfordshire, England.", None),
    # The gazetteer's alternate spellings and acronyms are no names of the place.
    ("Qom", "Homo", "Tools made by Homo sapiens were found.", None),
    ("Esna", "ISNA", "According to the news agency ISNA, Iran said.", None),
])
def test_place_links_need_a_name_and_a_context(lexicon, name, label, text, expected):
    link = link_entity(_place(lexicon, name, label), lexicon=lexicon, text=text)
    assert (link.qid if link else None) == expected


def test_an_ended_body_and_a_broader_alias_do_not_link(tmp_path, lexicon):
    # Invented entries (user=False, as shipped data): a party dissolved in 1988, a campus named by its system's name.
    from extract.lexicon.knowledge import KnowledgeBase

    rows = ("Q1\tOld Reform Party\t\tORG\tpolitical party of Ruritania, 1859–1988\n"
            "Q2\tState University, Eastfield\tState University\tORG\tuniversity\n")
    entries = read_knowledge(kb_file(tmp_path, rows), user=False)
    import dataclasses

    lex = dataclasses.replace(lexicon, knowledge=KnowledgeBase(entries))
    party = Entity("old reform party", "Old Reform Party", "ORG")
    assert link_entity(party, lexicon=lex, text="The Old Reform Party won.", date="2020-05-01") is None
    assert link_entity(party, lexicon=lex, text="The Old Reform Party won.", date="1970-05-01").qid == "Q1"
    campus = Entity("state university", "State University", "ORG")
    assert link_entity(campus, lexicon=lex, text="State University said.") is None


def test_knowledge_base_fixes_the_taggers_type(lexicon):
    # Invented: a team the tagger took for a facility, a state it took for a facility; relations follow.
    from extract.types import Argument, DocumentFacts, Predicate, Relation

    text = "The San Francisco 49ers signed a player from Tamil Nadu."
    team = Entity("san francisco 49ers", "San Francisco 49ers", "FAC")
    state = Entity("tamil nadu", "Tamil Nadu", "FAC")
    subject = Argument("san francisco 49ers", "San Francisco 49ers", "FAC", "San Francisco 49ers", 4, 23)
    object_ = Argument("tamil nadu", "Tamil Nadu", "FAC", "Tamil Nadu", 45, 55)
    relation = Relation("d", subject, Predicate("sign", "signed", 24, 30), object_, text, 0)
    facts = link_facts(DocumentFacts(Document("d", text), (team, state), (relation,)), lexicon=lexicon)
    assert [(e.label, e.type) for e in facts.entities] == [("San Francisco 49ers", "ORG"), ("Tamil Nadu", "GPE")]
    assert (facts.relations[0].subject.type, facts.relations[0].object.type) == ("ORG", "GPE")


def test_extraction_links_the_seed(nlp, seed_text):
    facts = extract_document(Document("seed", seed_text, date="2019-05-28"), nlp=nlp)
    linked = {e.label: e.wikidata for e in facts.entities if e.wikidata}
    assert linked["Syria"] == "Q858" and linked["Donald Trump"] == "Q22686"
    assert "Idlib" not in linked


# -- knowledge-base files ------------------------------------------------------------------------------------

def test_read_tsv_and_jsonl(tmp_path):
    tsv = read_knowledge(kb_file(tmp_path, "Q7\tAcme Corp\tAcme|ACME@2001-01-01/\torg\tmaker\n"))
    assert [(e.qid, e.label, e.type, [a.name for a in e.aliases], e.aliases[1].start) for e in tsv] == [
        ("Q7", "Acme Corp", "ORG", ["Acme", "ACME"], "2001-01-01")]
    path = tmp_path / "kb.jsonl"
    path.write_text(json.dumps({"qid": "Q8", "label": "Jane Roe", "aliases": ["Roe"], "type": "PERSON"}) + "\n",
                    encoding="utf-8")
    assert [(e.qid, e.label, e.aliases[0].name) for e in read_knowledge(path)] == [("Q8", "Jane Roe", "Roe")]


@pytest.mark.parametrize("name, text, message", [
    ("kb.tsv", HEADER + "Q7\tAcme\t\tORG\t\nX9\tBad\t\tORG\t\n", "kb.tsv:3: qid must be a Wikidata item id"),
    ("kb.tsv", HEADER + "Q7\tAcme\t\tCOMPANY\t\n", "kb.tsv:2: type must be one of"),
    ("kb.tsv", HEADER + "Q7\tAcme\tA@2001/x\tORG\t\n", "kb.tsv:2: alias 'A@2001/x'"),
    ("kb.tsv", "qid\tname\n", "kb.tsv:1: a knowledge-base TSV starts with the header"),
    ("kb.tsv", HEADER + "Q7\tAcme\t\tORG\t\textra\n", "kb.tsv:2: expected 2 to 5 tab-separated columns"),
    ("kb.jsonl", '{"qid": "Q7", "label": "Acme"}\n{"qid": "Q8", "label": ', "kb.jsonl:2: not a JSON object"),
    ("kb.jsonl", '{"qid": "Q7", "label": "Acme", "url": "x"}\n', "kb.jsonl:1: unknown keys ['url']"),
])
def test_bad_knowledge_base_names_file_and_line(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        read_knowledge(path)


def test_missing_knowledge_base(tmp_path):
    with pytest.raises(KnowledgeError, match="cannot read the knowledge base"):
        read_knowledge(tmp_path / "none.tsv")


@pytest.mark.parametrize("entity, text, expected", [
    # A person's pseudonym alone: the cosplayed Jack Frost is not Bob Dylan.
    (Entity("jack frost", "Jack Frost", "PERSON"), "Fans dressed as Jack Frost, the singer and songwriter.", None),
    # A party of a country the article never names; the same party where it does.
    (Entity("labour party", "Labour Party", "ORG"), "In Melbourne the Labour Party and the Greens campaigned.", None),
    (Entity("labour party", "Labour Party", "ORG"), "In London the Labour Party, Britain's opposition, campaigned.",
     "Q9630"),
])
def test_pseudonyms_and_parties_need_their_context(lexicon, entity, text, expected):
    link = link_entity(entity, lexicon=lexicon, text=text)
    assert (link.qid if link else None) == expected


def test_a_city_placed_elsewhere_by_the_text_does_not_link(lexicon):
    found = lexicon.gazetteer.candidates("Wilmington")
    carolina = next(e for e in found if e.admin1 == "NC")
    entity = Entity("wilmington", "Wilmington", "GPE", geonames_id=carolina.geonames_id)
    text = "He spoke in Wilmington, Delaware, after a rally in Charlotte, North Carolina."
    assert link_entity(entity, lexicon=lexicon, text=text) is None


def test_country_finder_matches_each_name_as_a_word(lexicon):
    import re

    from extract.linking import _country_finder

    table = lexicon.countries
    finder = _country_finder(table)
    descriptions = ["political party in Australia", "Australian political party", "political party in the United Kingdom",
                    "British political party, 1859-1988", "party in Austria and Germany", "Australiana party",
                    "political party", ""]
    for description in descriptions:  # the same countries as one \bname\b search per name, in the table's order
        expected = [names for names in ((c.label, *c.names, *c.demonyms) for c in table.by_label.values())
                    if any(re.search(rf"\b{re.escape(n)}\b", description) for n in names if len(n) > 3)]
        assert list(finder(description)) == expected
    assert [names[0] for names in finder("party in Austria and Germany")] == ["Austria", "Germany"]
    assert finder("Australiana party") == () and _country_finder(table) is finder
