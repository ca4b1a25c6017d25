"""Demonyms of two words and determiners that deny one conjunct (invented sentences, real parse).

- "American Samoan" is American Samoa's demonym (ASM), not "American" (USA) + "Samoan" (Samoa, WSM):
  the countries table lists the demonyms of territories and small states, and a generic actor takes
  the whole demonym.
- "has a delegate but no senator": the "no" on the second conjunct negates that relation only.
"""

from __future__ import annotations

from tests.extract.test_actor_layer import _facts


def _relations(nlp, text):
    return {(r.subject.label, r.predicate.lemma, r.object.label if r.object else None): r
            for r in _facts(nlp, text).relations}


def test_a_two_word_demonym_names_its_territory(nlp):
    facts = _facts(nlp, "The American Samoan government condemned the ruling on Tuesday.")
    codes = {r.subject.actor_code for r in facts.relations if r.predicate.lemma == "condemn"}
    assert codes == {"ASMGOV"}


def test_two_demonyms_side_by_side_stay_two(nlp):
    facts = _facts(nlp, "The American Jewish Committee praised the decision.")
    codes = {r.subject.actor_code for r in facts.relations if r.predicate.lemma == "praise"}
    assert not any(code and code.startswith("WSM") for code in codes)


def test_no_on_a_second_conjunct_negates_that_relation_only(nlp):
    rels = _relations(nlp, "Guam has a delegate but no senator.")
    assert rels[("Guam", "have", "delegate")].modality == "asserted"
    assert rels[("Guam", "have", "senator")].modality == "negated"


def test_no_shared_by_coordinated_conjuncts(nlp):
    rels = _relations(nlp, "Guam has a governor but no senator or representative.")
    mods = {key[2]: r.modality for key, r in rels.items() if key[1] == "have"}
    assert mods.get("governor") == "asserted"
    assert mods.get("senator") == "negated" and mods.get("representative") == "negated"


def test_a_conjunct_with_its_own_determiner_keeps_its_modality(nlp):
    rels = _relations(nlp, "Russia sent no tanks but some advisers to Syria.")
    mods = {key[2]: r.modality for key, r in rels.items() if key[1] == "send"}
    assert mods.get("tank") == "negated"
    assert mods.get("adviser", "asserted") == "asserted"
