"""False merges into a country, and possessives in labels (``benchmarks/data/entities_audit.md`` rounds 7-8).

Invented sentences through the real pipeline. A nationality (or a country's name) before an agent noun
("the Iranian military", "Chilean military authorities", "US troops") is a generic actor, the node
"Iran: military", never an alias or mention of the country node. A possessive owner that is a name of
the article is no part of the name it owns ("Netflix's Creative Writing Awards"); a possessive that is
part of a name stays ("People's Liberation Army", "Women's March").
"""

from __future__ import annotations

from extract.entities import entities_of

from .helpers import document_facts, relations_named

_DATE = "2020-01-10"


def _node(facts, key):
    return next((e for e in facts.entities if e.key == key), None)


def test_a_nationality_and_an_agent_noun_are_no_alias_of_the_country(nlp):
    text = "The Iranian military shot down the airliner near Tehran. Iran later admitted the error."
    facts = document_facts(nlp, text, date=_DATE)
    iran = _node(facts, "iran")
    assert iran is not None and iran.type == "GPE"
    assert not any("military" in alias for alias in iran.aliases)
    assert "Iranian" in iran.aliases  # the adjective alone still names the country


def test_the_actor_phrase_is_its_own_node_with_the_actor_code(nlp):
    facts = document_facts(nlp, "The Syrian army shelled the town on Monday. Syria denied it.", date=_DATE)
    army = _node(facts, "actor:syrmil")
    assert army is not None and army.type == "ACTOR" and army.label == "Syria: military"
    shelling = relations_named(facts, "shell")
    assert shelling[0].subject.key == "actor:syrmil"
    assert shelling[0].subject.actor_code == "SYRMIL"
    assert not any("army" in alias for alias in _node(facts, "syria").aliases)


def test_two_agent_nouns_after_a_nationality_are_no_alias_either(nlp):
    text = "Chilean military authorities evacuated the base on Monday. Chile has a base there."
    facts = document_facts(nlp, text, date=_DATE)
    chile = _node(facts, "chile")
    assert chile is not None
    assert not any("authorities" in alias for alias in chile.aliases)
    evacuated = relations_named(facts, "evacuate")
    assert evacuated[0].subject.key == "actor:chlmil" and evacuated[0].subject.actor_code == "CHLMIL"


def test_a_country_name_before_troops_is_the_military_not_the_country(nlp):
    facts = document_facts(nlp, "US troops attacked the base on Sunday.", date=_DATE)
    attack = relations_named(facts, "attack")
    assert attack[0].subject.key == "actor:usamil"
    us = _node(facts, "united states")
    assert us is None or not any("troops" in alias for alias in us.aliases)


def test_a_nationality_before_a_noun_that_is_no_agent_still_names_the_country(nlp):
    # "aircraft" is in no agent table: the phrase keeps reading as the country acting
    labels = {e.label for e in entities_of(nlp("Israeli aircraft struck the depot on Tuesday."))}
    assert "Israel" in labels


def test_a_possessive_owner_named_in_the_article_is_cut_from_the_label(nlp):
    text = "The film won at Netflix's Creative Writing Awards in October. Netflix said it was pleased."
    labels = {e.label for e in entities_of(nlp(text))}
    assert "Creative Writing Awards" in labels
    assert not any("'s" in label for label in labels)


def test_a_possessive_that_is_part_of_a_name_stays(nlp):
    text = ("The People's Liberation Army held drills near Taiwan. Thousands joined the Women's March in "
            "Washington.")
    labels = {e.label for e in entities_of(nlp(text))}
    assert "People's Liberation Army" in labels
    assert "Women's March" in labels
