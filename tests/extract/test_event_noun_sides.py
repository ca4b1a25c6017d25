"""Events named by nouns whose sides the clause names, or that name one side (issue 11).

Invented sentences run through ``extract_document`` (``extract/relations/event_nouns.py``):

- a verbal event noun that "came from" someone, or that a clause "drew"/"faced" from someone: the
  "from" phrase is the source, the drawing verb's subject (an actor) the target;
- the passive subject of a verb whose "by" phrase is a conflict noun, or of a harm verb whose "in"
  phrase is one, is that noun's target; the noun's own actor is the source;
- a conflict noun with only an agent, or only a target after "on"/"against" or a coded "of" actor;
- a labour strike is no use of force; an event noun a verb denies or cancels is no event.
"""

from __future__ import annotations

from functools import partial

import pytest

from .helpers import event_root, find, text_relations

__all__: list[str] = []

_relations = partial(text_relations, date="2020-01-02")


def _typed(relations, subject: str, lemma: str, obj: str | None = None) -> list:
    """The relations ``find`` gives that carry an event type."""
    return [r for r in find(relations, subject, lemma, obj) if r.event is not None]


@pytest.mark.parametrize(
    "text, sources, lemma, root",
    [
        ("Condemnation came from the United Nations and the European Union.",
         ("United Nations", "European Union"), "condemn", "11"),
        ("Statements of condemnation have come from Pakistan and India.", ("Pakistan", "India"), "condemn", "11"),
        ("Messages of support poured in from Canada and Australia.", ("Canada", "Australia"), "support", "05"),
        ("The bombing drew condemnation from Pakistan.", ("Pakistan",), "condemn", "11"),
    ],
)
def test_a_verbal_noun_that_came_from_someone_is_their_act(nlp, text, sources, lemma, root):
    rels = _relations(nlp, text)
    for source in sources:
        found = _typed(rels, source, lemma)
        assert found, (source, [(r.subject.text, r.predicate.lemma, r.object.text) for r in rels])
        assert event_root(found[0]) == root and found[0].modality == "asserted"
        assert found[0].object.key == "concept:unspecified"  # against whom is not said


def test_the_subject_that_faced_criticism_is_its_target(nlp):
    rels = _relations(nlp, "The minister faced strong criticism from opposition lawmakers.")
    found = _typed(rels, "lawmakers", "criticise", "minister")
    assert found and event_root(found[0]) == "11"


def test_a_negated_arrival_is_no_event(nlp):
    rels = _relations(nlp, "Condemnation did not come from China.")
    assert not [r for r in rels if r.event is not None]


def test_support_requested_from_someone_is_not_their_support(nlp):
    rels = _relations(nlp, "The department requested support from other agencies.")
    assert not find(rels, "agencies", "support")


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        ("Kurdish fighters were hit by a Turkish airstrike.", "Turkish", "Kurdish fighters", "19"),
        ("Three soldiers were killed in a Taliban attack in Helmand.", "Taliban", "soldiers", "19"),
    ],
)
def test_the_passive_subject_of_a_conflict_noun_is_its_target_once(nlp, text, source, target, root):
    rels = _relations(nlp, text)
    found = [r for r in rels if source in r.subject.text and target in r.object.text and r.event is not None]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in rels]
    assert {event_root(r) for r in found} == {root}
    assert len(found) == 1  # the verb's relation and the noun's are one event


def test_the_passive_subject_of_a_conflict_noun_with_no_agent(nlp):
    rels = _relations(nlp, "Two soldiers were wounded in a suicide bombing near Kabul.")
    found = [r for r in rels if r.predicate.lemma == "suicide bombing" and "soldiers" in r.object.text]
    assert found and event_root(found[0]) == "18" and found[0].subject.key == "concept:unspecified"


def test_an_attack_by_an_actor_with_no_target(nlp):
    rels = _relations(nlp, "The government condemned an attack by the Taliban.")
    found = _typed(rels, "Taliban", "attack")
    assert found and event_root(found[0]) == "19"
    assert found[0].object.key == "concept:unspecified"


@pytest.mark.parametrize(
    "text, lemma, target, root",
    [
        ("Police investigated the shooting of protesters in Kenosha.", "shoot", "protesters", "19"),
        ("The monitor reported drone strikes against Houthi rebels near the border.", "drone strike", "rebels", "19"),
    ],
)
def test_a_conflict_noun_with_only_its_target(nlp, text, lemma, target, root):
    rels = _relations(nlp, text)
    found = [r for r in rels if r.predicate.lemma == lemma and target in r.object.text and r.event is not None]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in rels]
    assert event_root(found[0]) == root and found[0].subject.key == "concept:unspecified"


@pytest.mark.parametrize(
    "text",
    [
        "A strike by workers halted production at the plant.",
        "Teachers joined a strike by the union against the government.",
        "A teachers' strike against the government closed schools.",
        "Teachers took part in a strike against the government.",
    ],
)
def test_a_labour_strike_is_no_use_of_force(nlp, text):
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.event is not None and r.event.root == "19"]


@pytest.mark.parametrize(
    "text",
    [
        "The army denied the shelling of civilians near Aleppo.",
        "Officials feared a planned attack on the embassy by Hezbollah.",
        "Russia cancelled the visit of Sergei Lavrov to Japan.",
    ],
)
def test_a_denied_planned_or_cancelled_noun_is_no_event(nlp, text):
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.event is not None and r.modality == "asserted"
                and r.predicate.lemma in ("shell", "attack", "visit")]


@pytest.mark.parametrize(
    "text",
    [
        "Imagine that the entire world remains silent over Jamal's killing.",  # the possessor is the victim
        "They have received support from the Rice Business Plan Competition.",  # support may be money
        "The writer fears an invasion of Hispanic people into the United States.",  # "of" names the mover
    ],
)
def test_no_side_is_guessed_where_the_grammar_is_unsure(nlp, text):
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.event is not None and r.predicate.lemma in ("kill", "support", "invade")]


@pytest.mark.parametrize(
    "text, source, lemma, target, root",
    [
        ("The rape of a Canadian tourist by two French police officers shocked Canada.",
         "police officers", "rape", "tourist", "18"),
        ("The stabbing of Mayor Pawel Adamowicz by a former prisoner shocked Poland.",
         "prisoner", "stab", "Adamowicz", "18"),
    ],
)
def test_nouns_of_violence_name_their_event(nlp, text, source, lemma, target, root):
    found = _typed(_relations(nlp, text), source, lemma, target)
    assert found and event_root(found[0]) == root


def test_an_event_noun_opened_by_its_subject(nlp):
    rels = _relations(nlp, "French prosecutors opened an investigation into Renault.")
    found = _typed(rels, "prosecutors", "investigate", "Renault")
    assert found and event_root(found[0]) == "09"


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an attack on Monday.",  # "on Monday" is a time, no target
        "The company opened a store in Paris.",  # no event noun
    ],
)
def test_an_opening_verb_needs_an_event_and_a_target(nlp, text):
    assert not [r for r in _relations(nlp, text) if r.event is not None]


def test_an_armed_or_state_strike_stays_force(nlp):
    rels = _relations(nlp, "The Syrian army took part in strikes against rebels.")
    found = _typed(rels, "army", "strike", "rebels")
    assert found and event_root(found[0]) == "19"


def test_a_target_owned_by_a_country_counts_a_city_does_not(nlp):
    rels = _relations(nlp, "Witnesses described an attack on an Israeli bus.")
    found = _typed(rels, "", "attack", "Israeli bus")
    assert found and event_root(found[0]) == "19"
    rels = _relations(nlp, "The report described attacks on Paris cafes.")  # a place, not an owner
    assert not _typed(rels, "", "attack", "cafes")
