"""Events in subordinate and coordinated clauses, and event nouns whose sides a frame names.

Invented sentences, the real spaCy pipeline: the subject of a clause comes
from the grammar (the reporting verb of a misattached conjunct, the speaker of
a statement's participle), an event noun's patient from "X was the target of",
a hyphenated pair before a mutual noun; where the grammar gives no agent there
is no event between actors.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def relations(nlp, text, date="2021-03-04"):
    [found] = extract_facts([Document(id="d", text=text, date=date)], nlp=nlp)
    return found.relations


def edges(nlp, text):
    """(subject key, predicate lemma, object key) -> relation."""
    return {(r.subject.key, r.predicate.lemma, r.object.key): r for r in relations(nlp, text)}


def root(relation) -> str | None:
    return relation.event.root if relation.event is not None else None


# ---------------------------------------------------------------- coordination after a reported clause


@pytest.mark.parametrize(
    ("text", "edge", "wrong"),
    [
        # "there" does no urging: the conjunct is the reporting verb's
        ("Merkel said there was no alternative and urged Greece to accept the deal.",
         ("angela merkel", "urge", "greece"), None),
        # a copula's subject that cannot act ("the sanctions") does no accusing
        ("Vladimir Putin said the sanctions were illegal and accused Washington of hypocrisy.",
         ("vladimir putin", "accuse", "washington"), "concept:sanction"),
    ],
)
def test_conjunct_of_reporting_verb(nlp, text, edge, wrong):
    found = edges(nlp, text)
    keys = {(s, p, o) for s, p, o in found}
    by_predicate = {p: s for s, p, o in keys}
    assert by_predicate.get(edge[1]) in (edge[0], edge[0].split()[-1]), sorted(keys)
    assert root(next(r for (s, p, o), r in found.items() if p == edge[1])) is not None
    if wrong is not None:
        assert all(s != wrong for s, _p, _o in keys), sorted(keys)


def test_past_conjunct_after_a_modal_is_the_reporters(nlp):
    """"said Johnson would meet Macron and criticised the deal": "criticised" shares no "would"."""
    found = edges(nlp, "Jeremy Corbyn said Boris Johnson would meet Emmanuel Macron and criticised the deal.")
    critics = {s for s, p, _o in found if p == "criticise"}
    assert critics == {"jeremy corbyn"}, sorted(found)


def test_perfect_conjuncts_share_the_reported_subject(nlp):
    """"said the attack had killed twelve and injured ten": both are the attack's."""
    found = relations(nlp, "Ahmed Hassan said the bombing had killed twelve and injured ten more.")
    injurers = {r.subject.text for r in found if r.predicate.lemma == "injure"}
    assert injurers == {"the bombing"}, found


def test_material_conjunct_of_a_thing_stays(nlp):
    """"said the fire was accidental and killed three": a fire may kill, so the officials did not."""
    found = relations(nlp, "Kenyan officials said the fire was accidental and killed three people.")
    killers = {r.subject.text for r in found if r.predicate.lemma == "kill"}
    assert "Kenyan officials" not in killers, found


def test_conjunct_of_an_acting_subject_stays(nlp):
    """"the man was a member of X and attacked Y": the reported clause's subject can act, so it keeps
    the conjunct (the police did not attack the church)."""
    found = edges(nlp, "Police said the man was a member of the gang and attacked the church.")
    attackers = {s for s, p, _o in found if p == "attack"}
    assert attackers and "concept:police" not in attackers, sorted(found)


# ---------------------------------------------------------------- a statement's participle


def test_participle_on_the_statement_medium(nlp):
    """"posted a message on Twitter blaming Iran": the message blames, so its poster does."""
    found = edges(nlp, "Mike Pompeo posted a message on Twitter blaming Iran for the attacks.")
    blamed = [r for (s, p, o), r in found.items() if p == "blame"]
    assert blamed, sorted(found)
    assert {(r.subject.text, r.object.text) for r in blamed} == {("Mike Pompeo", "Iran")}
    assert root(blamed[0]) == "11"


def test_participle_on_a_plain_place_takes_no_speaker(nlp):
    """A participle on a noun that is no statement's medium is not the speaker's."""
    found = edges(nlp, "Mike Pompeo visited a factory in Ohio making drones for Iran.")
    assert not [k for k in found if k[1] == "make" and k[0] == "mike pompeo"], sorted(found)


# ---------------------------------------------------------------- "X was the target of a Y attack"


@pytest.mark.parametrize(
    ("text", "edge", "event_root"),
    [
        ("Abqaiq was the target of an Al-Qaeda suicide attack in 2006.", ("al-qaeda", "abqaiq"), "18"),
        ("The Turkish army was the target of an attack by Kurdish militants.", (None, "actor:turmil"), "19"),
        ("Angela Merkel was the target of criticism from Greek protesters.", (None, "angela merkel"), "11"),
    ],
)
def test_patient_of_target_frame(nlp, text, edge, event_root):
    found = relations(nlp, text)
    agent, patient = edge
    hits = [r for r in found if r.object.key == patient and root(r) == event_root]
    assert hits, [(r.subject.key, r.predicate.lemma, r.object.key, root(r)) for r in found]
    if agent is not None:
        assert {r.subject.key for r in hits} == {agent}
    else:
        assert all(r.subject.key != "concept:unspecified" and not r.subject.key.startswith(patient) for r in hits)


def test_target_frame_without_agent(nlp):
    """A material attack with no agent has the one unnamed source; criticism with no critic gives nothing."""
    attack = relations(nlp, "On Monday, President Emmanuel Macron was the target of an attack in Paris.")
    attacked = [r for r in attack if r.predicate.lemma.endswith("attack")]
    assert attacked and {(r.subject.key, r.object.key) for r in attacked} == {
        ("concept:unspecified", "emmanuel macron")}, attacked
    criticised = relations(nlp, "Angela Merkel was the target of criticism on Monday.")
    assert not [r for r in criticised if root(r) is not None], criticised


def test_target_frame_negated(nlp):
    """"was not the target": the event is negated, not asserted."""
    found = relations(nlp, "Saudi Arabia was not the target of the Iranian attack.")
    attacked = [r for r in found if r.predicate.lemma.endswith("attack") and r.object.key == "saudi arabia"]
    assert attacked and all(r.negated and r.modality != "asserted" for r in attacked), found


# ---------------------------------------------------------------- hyphenated pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia-Ukraine talks resumed in Minsk on Monday.", ("russia", "ukraine")),
        ("The US-China trade talks collapsed last week.", ("united states", "china")),
    ],
)
def test_hyphenated_pair_is_mutual(nlp, text, pair):
    found = [r for r in relations(nlp, text) if r.mutual]
    keys = {(r.subject.key, r.object.key) for r in found}
    a, b = pair
    assert (a, b) in keys and (b, a) in keys, keys
    assert all(root(r) == "04" for r in found)


def test_hyphen_in_a_non_mutual_noun(nlp):
    """"the Russia-Ukraine border" is no event between the two."""
    found = relations(nlp, "Tanks gathered near the Russia-Ukraine border.")
    assert not [r for r in found if r.mutual], found


# ---------------------------------------------------------------- "the visit of X to Y"


def test_visit_of_x_to_y(nlp):
    """A noun of going somewhere: its named "of" phrase goes, its "to" phrase is the target."""
    found = relations(nlp, "The visit of Chinese President Xi Jinping to Kenya ended on Monday.")
    visits = [r for r in found if r.predicate.lemma == "visit"]
    assert {(r.subject.key, r.object.key) for r in visits} == {("xi jinping", "kenya")}, found
    assert root(visits[0]) == "04"


@pytest.mark.parametrize(
    "text",
    [
        "The visit of Chinese President Xi Jinping to Kenya was cancelled.",  # undone: no visit
        "The visit of three days to Kenya ended on Monday.",  # "of" names no one
    ],
)
def test_visit_without_a_visitor_or_undone(nlp, text):
    assert not [r for r in relations(nlp, text) if r.predicate.lemma == "visit"]


# ---------------------------------------------------------------- taking part in an event noun


@pytest.mark.parametrize(
    ("text", "edge", "event_root", "negated"),
    [
        ("Kenyan students joined the protests against President Uhuru Kenyatta.",
         ("Kenyan students", "Uhuru Kenyatta"), "14", False),
        ("Egypt did not take part in the attack on Libya.", ("Egypt", "Libya"), "19", True),
        # a protest with no target named targets its place's country
        ("Adam Kokesh took part in a protest in Nairobi.", ("Adam Kokesh", "kenya"), "14", False),
    ],
)
def test_subject_takes_part_in_event_noun(nlp, text, edge, event_root, negated):
    found = relations(nlp, text)
    source, target = edge
    hits = [r for r in found if r.subject.text == source and target in (r.object.text, r.object.key)
            and (root(r) == event_root or negated)]
    assert hits, [(r.subject.text, r.predicate.lemma, r.object.key, root(r)) for r in found]
    # a negated event is no event: it keeps its modality and no type
    assert all(r.negated == negated and (r.event is None) == negated for r in hits)


def test_joined_talks_with_partner_are_mutual(nlp):
    found = [r for r in relations(nlp, "Turkey joined the talks with Iran on Monday.") if r.mutual]
    assert {(r.subject.key, r.object.key) for r in found} == {("turkey", "iran"), ("iran", "turkey")}, found


def test_taking_part_without_target_gives_no_event(nlp):
    """"was involved in demonstrations" names no target nor place: no event between actors, only the
    one-sided demonstration with the unspecified target (as "protesters rallied")."""
    found = relations(nlp, "Adam Kokesh has been involved in demonstrations in support of free speech.")
    assert [r.object.key for r in found if root(r) == "14"] == ["concept:unspecified"], found


def test_stance_prefix_is_no_agent(nlp):
    """"anti-Russian protests": what the protest is against, not who protests; "Chinese protests" are China's."""
    stance = relations(nlp, "Anti-Russian protests against Moscow grew on Monday.")
    assert not [r for r in stance if r.predicate.lemma == "protest"], stance
    plain = relations(nlp, "Chinese protests against Japan grew on Monday.")
    assert {(r.subject.key, r.object.key) for r in plain if r.predicate.lemma == "protest"} == {("china", "japan")}


# ---------------------------------------------------------------- passives inside subordinate clauses


def test_passive_gerund_with_agent_takes_the_clause_subject(nlp):
    """"died after being shot by X": the one who died was shot, by X."""
    found = edges(nlp, "The Afghan soldier died after being shot by Taliban fighters.")
    shot = [r for (s, p, o), r in found.items() if p == "shoot"]
    assert [(r.subject.text, r.object.text) for r in shot] == [("Taliban fighters", "The Afghan soldier")], found
    assert root(shot[0]) == "19"


def test_passive_gerund_of_a_manner_preposition_is_not_read(nlp):
    """"by being" / "without being" are no time of the clause: only "after", "before", "upon" ... are read."""
    found = edges(nlp, "Ahmed Hassan escaped without being seen by Kenyan police.")
    assert not [k for k in found if k[1] == "see"], sorted(found)


def test_subject_of_a_swallowed_clause_of_saying_is_no_patient(nlp):
    """"groups claiming the election was stolen ...": the parser may make "groups" the passive's subject;
    it is the election that was said to be stolen, so the groups are no patient of "steal"."""
    found = relations(nlp, "Several conservative groups claiming the 2020 U.S. presidential election was stolen "
                           "from incumbent President Donald Trump gathered on Saturday in Washington.")
    assert not [r for r in found if r.predicate.lemma == "steal" and "groups" in r.object.text], found
    # a participle that takes no clause keeps its noun the patient
    kept = relations(nlp, "Two men driving a car were arrested on Monday.")
    assert [r.object.text for r in kept if r.predicate.lemma == "arrest"] == ["Two men"], kept


def test_relative_pronoun_beside_a_subject_is_no_subject(nlp):
    """"fighters which, the statement said, European nations have refused to repatriate": the nations
    refused, not the fighters; "the Taliban, who claimed the attack" keeps its antecedent."""
    found = relations(nlp, "Turkey would guard captured ISIS fighters which, the statement said, European "
                           "nations have refused to repatriate.")
    assert not [r for r in found if r.predicate.lemma == "refuse" and "fighters" in r.subject.text], found
    kept = relations(nlp, "The Taliban, who claimed the attack, threatened Kabul.")
    assert {r.subject.key for r in kept if r.predicate.lemma == "claim"} == {"taliban"}, kept


# ---------------------------------------------------------------- coordinated verbs sharing an object


def test_conflict_verb_shares_the_next_verbs_object(nlp):
    """"arrested and charged X": X was arrested too."""
    found = edges(nlp, "Ethiopian police arrested and charged Ahmed Hassan.")
    arrested = [r for (s, p, o), r in found.items() if p == "arrest"]
    assert [r.object.text for r in arrested] == ["Ahmed Hassan"], sorted(found)
    assert root(arrested[0]) == "17"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Police arrived and detained the man.", "arrive"),  # no conflict verb: arrives nowhere
        ("Students protested and blocked the road to Nairobi.", "protest"),  # a protest acts on no one
        # the object of a light verb's phrase is no one's to share: "took control of", "set fire to"
        ("The Syrian army attacked and took control of Aleppo.", "attack"),
        ("Protesters attacked and set fire to the police station.", "attack"),
    ],
)
def test_non_conflict_verb_shares_no_object(nlp, text, lemma):
    found = relations(nlp, text)
    assert not [r for r in found if r.predicate.lemma == lemma and r.object.text], found


def test_mutual_pair_keeps_its_reading_before_a_conjunct(nlp):
    """"Kenya and Uganda met and signed a deal": the meeting is mutual, not a meeting of the deal."""
    found = relations(nlp, "Kenya and Uganda met and signed a trade deal.")
    met = {(r.subject.key, r.object.key) for r in found if r.predicate.lemma == "meet"}
    assert met == {("kenya", "uganda"), ("uganda", "kenya")}, found
