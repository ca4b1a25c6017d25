"""Appeals read from the frame of the verb (extract.events.encouraging, extract.relations.asked_clauses) and
"hand down" with an event noun (data/light_verbs.tsv).

Expected values come from the text: "X encouraged Y to act" asks Y to act (an appeal, 02), not praise (05);
"X requested that Z be done" is X's appeal with no one named as asked, and what is asked for is not asserted;
"handed down the sentence" is a sentence (17). Look-alikes keep their readings: "encouraged the deal" (no
infinitive), "warned X not to" (a threat), "said that X would be held" (no appeal).
"""

from __future__ import annotations

from extract.types import Document


def _relations(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return [r for r in facts.relations if r.predicate.lemma != "located in"]


def _roots(nlp, text, source, lemma):
    return {r.event.root for r in _relations(nlp, text) if r.event is not None and r.modality == "asserted"
            and source in r.subject.text and r.predicate.lemma.split()[0] == lemma}


def test_encouraging_a_state_to_act_is_an_appeal(nlp):
    assert _roots(nlp, "France encouraged Mali to hold elections.", "France", "encourage") == {"02"}


def test_encouraging_an_object_no_table_knows_to_act_is_an_appeal(nlp):
    text = "With the US encouraging commercial entities to cease trading in Iran, firms announced plans to leave."
    assert _roots(nlp, text, "US", "encourage") == {"02"}


def test_encouraging_a_deal_is_no_appeal(nlp):
    assert "02" not in _roots(nlp, "China encouraged the new trade agreement with Pakistan.", "China", "encourage")


def test_warning_a_state_not_to_act_stays_a_threat(nlp):
    assert _roots(nlp, "Russia warned Georgia not to join NATO.", "Russia", "warn") == {"13"}


def test_a_request_with_a_passive_clause_is_an_appeal(nlp):
    assert _roots(nlp, "The European Union requested that the sanctions be lifted.", "European Union", "request") == {"02"}


def test_a_demand_with_a_passive_clause_is_a_demand(nlp):
    assert _roots(nlp, "China demanded that the report be withdrawn.", "China", "demand") == {"10"}


def test_what_a_demand_asks_for_is_not_asserted(nlp):
    rels = _relations(nlp, "Russia demanded that the troops be withdrawn from the border.")
    withdrawn = [r for r in rels if r.predicate.lemma == "withdraw"]
    assert withdrawn and all(r.modality != "asserted" for r in withdrawn)


def test_a_statement_with_a_passive_clause_is_no_appeal(nlp):
    roots = {r.event.root for r in _relations(nlp, "Iran said that the talks would be held in Vienna.") if r.event}
    assert not roots & {"02", "10"}


def test_a_sentence_handed_down_is_a_sentence(nlp):
    assert _roots(nlp, "Judge James Parker Jones handed down the sentence.", "Jones", "hand") == {"17"}


def test_a_ruling_handed_down_is_no_event(nlp):
    assert not _roots(nlp, "The Supreme Court handed down its ruling on Monday.", "Supreme Court", "hand")
