"""Partners and targets (issue 11 class 4), mutual events (class 5), a protest's place (class 8).

Invented sentences, the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.facts import extract_facts
from extract.lexicon import get_lexicon
from extract.relations import relations_of
from extract.relations.partners import mutual_frames
from extract.types import Document


def read(nlp, text):
    doc = nlp(text)
    return relations_of(doc, Document(id="d", text=text), entities_of(doc))


def edges(relations):
    return {(r.subject.key, r.predicate.lemma, r.object.key): r for r in relations}


def facts(nlp, text, date="2021-03-04"):
    [found] = extract_facts([Document(id="d", text=text, date=date)], nlp=nlp)
    return found


# ---------------------------------------------------------------- class 4: partners and targets


def test_talks_with_two_partners(nlp):
    found = edges(read(nlp, "Kenya held talks with Ethiopia and Somalia on Monday."))
    assert ("kenya", "hold talks", "ethiopia") in found
    assert ("kenya", "hold talks", "somalia") in found
    # the talks are no concept object any more, and the two partners did not talk to each other
    assert not any(obj.startswith("concept:") for _s, _p, obj in found)
    assert ("ethiopia", "hold talks", "somalia") not in found
    rel = found[("kenya", "hold talks", "ethiopia")]
    assert rel.predicate.text == "held talks"


def test_light_verb_noun_with_partners(nlp):
    found = edges(read(nlp, "Iran conducted negotiations with France and Britain."))
    for partner in ("france", "united kingdom"):
        assert found[("iran", "conduct negotiation", partner)].mutual
        assert found[(partner, "conduct negotiation", "iran")].mutual
    assert ("france", "conduct negotiation", "united kingdom") not in found


def test_ban_on_a_company_is_directed(nlp):
    found = edges(read(nlp, "Canada imposed a ban on Huawei last year."))
    rel = found[("canada", "impose ban", "huawei")]
    assert not rel.mutual
    assert ("huawei", "impose ban", "canada") not in found


def test_a_topic_is_no_target(nlp):
    found = edges(read(nlp, "Russia held talks on Syria with Turkey."))
    assert found[("russia", "hold talks", "turkey")].mutual
    assert not any(o == "syria" for _s, _p, o in found)


def test_agreement_with_a_partner(nlp):
    text = "Chile signed an agreement with Peru in Lima."
    found = edges(read(nlp, text))
    forward, back = found[("chile", "sign", "peru")], found[("peru", "sign", "chile")]
    assert forward.mutual and back.mutual
    assert text[back.subject.start : back.subject.end] == "Peru"


def test_opposition_from_sources_to_a_plan(nlp):
    found = edges(read(nlp, "There was fierce opposition from Norway and Finland to the pipeline."))
    assert ("norway", "oppose", "concept:pipeline") in found
    assert ("finland", "oppose", "concept:pipeline") in found


def test_event_noun_of_another_verb_gives_no_partner(nlp):
    # Ghana criticised a deal; it did not make one with Togo
    found = edges(read(nlp, "Ghana criticised the fishing deal with Togo."))
    assert not any(s == "ghana" and o == "togo" for s, _p, o in found)
    assert not any(r.mutual for r in found.values())


# ---------------------------------------------------------------- class 5: mutual events


def test_coordinated_pair_met(nlp):
    text = "Kenya and Uganda met in Kampala on Friday."
    rels = [r for r in read(nlp, text) if r.predicate.lemma == "meet"]
    assert {(r.subject.key, r.object.key) for r in rels} == {("kenya", "uganda"), ("uganda", "kenya")}
    assert all(r.mutual for r in rels)
    # the same evidence: one predicate, one sentence
    assert len({(r.predicate.start, r.predicate.end, r.sentence_start) for r in rels}) == 1
    # the meeting place is no party to it
    assert not any(r.object.key == "kampala" for r in rels)


def test_coordinated_pair_signed_a_deal(nlp):
    found = edges(read(nlp, "Kenya and Tanzania signed a deal on Tuesday."))
    assert found[("kenya", "sign", "tanzania")].mutual
    assert found[("tanzania", "sign", "kenya")].mutual


def test_met_with_and_met_are_mutual(nlp):
    for text in ("Brazil met with Argentina in March.", "Brazil met Argentina in March."):
        found = edges(read(nlp, text))
        assert found[("brazil", "meet", "argentina")].mutual, text
        assert found[("argentina", "meet", "brazil")].mutual, text


def test_clash_between_two_countries_is_mutual_and_coded(nlp):
    found = facts(nlp, "India and Pakistan clashed along the border.")
    rels = {(r.subject.key, r.object.key): r for r in found.relations if r.predicate.lemma == "clash"}
    assert set(rels) == {("india", "pakistan"), ("pakistan", "india")}
    assert all(r.mutual and r.event is not None and r.event.root == "19" for r in rels.values())
    assert rels[("india", "pakistan")].subject.actor_code == "IND"
    assert rels[("india", "pakistan")].object.actor_code == "PAK"


def test_agreeing_that_is_no_mutual_event(nlp):
    found = edges(read(nlp, "Chile and Peru agreed that the border was safe."))
    assert not any(r.mutual for r in found.values())


def test_talks_between_a_pair(nlp):
    found = edges(read(nlp, "Talks between Sudan and Egypt ended without a result."))
    assert found[("sudan", "talks", "egypt")].mutual
    assert found[("egypt", "talks", "sudan")].mutual


def test_directed_verb_is_not_mutual(nlp):
    found = edges(read(nlp, "Peru accused Chile of spying."))
    assert ("peru", "accuse", "chile") in found
    assert not found[("peru", "accuse", "chile")].mutual
    assert ("chile", "accuse", "peru") not in found


def test_mutual_frames_come_from_the_lexicon():
    lexicon = get_lexicon()
    assert "with" in mutual_frames("negotiate", kind="verb", lexicon=lexicon)
    assert "object" not in mutual_frames("fight", kind="verb", lexicon=lexicon)
    assert mutual_frames("attack", kind="verb", lexicon=lexicon) == frozenset()
    with pytest.raises(ValueError, match="kind"):
        mutual_frames("meet", kind="adjective", lexicon=lexicon)


# ---------------------------------------------------------------- "the two countries", "both sides"


def test_the_two_countries_are_the_pair_named_before(nlp):
    text = "Spain and Portugal agreed on a new budget. The two countries also signed a deal on fishing."
    found = edges(read(nlp, text))
    rel = found[("spain", "sign", "portugal")]
    assert rel.mutual and rel.subject.resolved_from == "The two countries"
    assert ("portugal", "sign", "spain") in found
    assert not any(o.startswith("concept:deal") for _s, _p, o in found)


def test_a_deal_between_the_two_countries(nlp):
    text = "Kenya hosted Ethiopia in May. Officials said a deal between the two countries was close."
    found = edges(read(nlp, text))
    assert found[("kenya", "deal", "ethiopia")].mutual
    assert found[("ethiopia", "deal", "kenya")].mutual


def test_the_two_countries_with_three_candidates_stay_unresolved(nlp):
    text = "Egypt, Sudan and Ethiopia met in Cairo. The two countries signed a deal."
    doc = nlp(text)
    index = entities_of(doc)
    start = text.index("The two countries")
    assert index.reference_at(doc.char_span(start, start + 17)[-1].i) is None
    found = edges(relations_of(doc, Document(id="d", text=text), index))
    assert not any(p == "sign" for _s, p, _o in found)


def test_both_sides_of_a_place_is_no_pair(nlp):
    doc = nlp("Chile and Peru met in Lima. Both sides of the river were flooded.")
    index = entities_of(doc)
    [sides] = [t for t in doc if t.lower_ == "sides"]
    assert index.reference_at(sides.i) is None


# ---------------------------------------------------------------- class 8: a protest's place


def test_protest_in_a_city_targets_its_country(nlp):
    text = "Thousands of protesters rallied in Beijing on Sunday."
    found = facts(nlp, text)
    [rel] = [r for r in found.relations if r.predicate.lemma == "rally"]
    assert rel.object.key == "china" and rel.object.label == "China"
    assert text[rel.object.start : rel.object.end] == "Beijing"  # the evidence is the place mention
    assert rel.object.actor_code.startswith("CHN")
    assert rel.event is not None and rel.event.root == "14"


def test_a_death_in_a_city_keeps_the_city(nlp):
    found = edges(read(nlp, "The poet Li Bai died in Beijing on Sunday."))
    assert any(p.startswith("die") and o == "beijing" for _s, p, o in found)
