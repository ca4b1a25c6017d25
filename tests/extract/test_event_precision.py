"""Event precision (issue 11): which relations get no CAMEO type, and why.

Each class of false event has its own invented sentences. Relations are
built by hand on real parses (``annotate`` of ``test_events``), so the
tests do not depend on the relation rules.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .helpers import event_root as _root
from .helpers import text_relations
from .test_events import annotate


def _modality(nlp, text, word):
    """The modality the rules read for the first token ``word`` of ``text``."""
    token = next(t for t in nlp(text) if t.text == word)
    return modality_of(token, get_lexicon())[0]


_relations = partial(text_relations, date="2020-01-02")


# --------------------------------------------------------------------------
# a CAMEO event needs an actor as its source


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The blaze injured nine tenants of the building.", ("The blaze", "CONCEPT"), "injured",
         ("nine tenants", "CONCEPT")),
        ("Last night's incidents injured four guards.", ("Last night's incidents", "CONCEPT"), "injured",
         ("four guards", "CONCEPT")),
        ("The new charter banned the export of timber.", ("The new charter", "CONCEPT"), "banned",
         ("the export", "CONCEPT")),
    ],
)
def test_no_event_without_an_acting_source(nlp, text, subject, predicate, obj):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert rel.event is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        # people, bodies and groups act
        ("A jury in Ohio convicted the former mayor.", ("A jury", "CONCEPT"), "convicted",
         ("the former mayor", "CONCEPT"), "17"),
        ("The prosecutor's office investigated the senator.", ("The prosecutor's office", "CONCEPT"), "investigated",
         ("the senator", "CONCEPT"), "09"),
        ("Members of the union attacked the guards.", ("Members of the union", "CONCEPT"), "attacked",
         ("the guards", "CONCEPT"), "19"),
        ("Soldiers arrested the smugglers.", ("Soldiers", "CONCEPT"), "arrested", ("the smugglers", "CONCEPT"), "17"),
        ("They arrested the smugglers.", ("They", "CONCEPT"), "arrested", ("the smugglers", "CONCEPT"), "17"),
        # an attack stands for its attackers
        ("The bombing killed seven villagers.", ("The bombing", "CONCEPT"), "killed", ("seven villagers", "CONCEPT"),
         "18"),
    ],
)
def test_acting_sources_keep_their_event(nlp, text, subject, predicate, obj, root):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _root(rel) == root


# --------------------------------------------------------------------------
# a verb's sense: no conflict default where no pattern of an ambiguous verb fits


@pytest.mark.parametrize(
    "text, subject, predicate, obj, wrong",
    [
        ("The mayor ordered fire safety checks at all clubs.", ("The mayor", "CONCEPT"), "ordered",
         ("fire safety checks", "CONCEPT"), "10"),
        ("The senators expressed keen interest in the reform.", ("The senators", "CONCEPT"), "expressed",
         ("keen interest", "CONCEPT"), "11"),
        ("The province postponed its regional vote by a month.", ("The province", "CONCEPT"), "postponed",
         ("its regional vote", "CONCEPT"), "12"),
    ],
)
def test_ambiguous_verb_gives_no_conflict_default(nlp, text, subject, predicate, obj, wrong):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _root(rel) != wrong


def test_a_fitting_pattern_still_codes_an_ambiguous_verb(nlp):
    # the verb patterns' "EXPRESS * CONCERN ABOUT [012]"
    (rel,) = annotate(nlp, "The envoy expressed concern about the arrests.",
                      [(("The envoy", "CONCEPT"), "expressed", ("concern", "CONCEPT"))])
    assert rel.event is not None and rel.event.code == "012"


# --------------------------------------------------------------------------
# speaking with a partner is a consultation (040), speaking of something a statement


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        ("The Dutch premier spoke with the Kenyan president on Friday.", ("The Dutch premier", "CONCEPT"), "spoke",
         ("the Kenyan president", "CONCEPT"), "04"),
        ("Ms Okafor talked with the union leaders for an hour.", ("Ms Okafor", "PERSON"), "talked",
         ("the union leaders", "CONCEPT"), "04"),
        ("The minister spoke about the drought at length.", ("The minister", "CONCEPT"), "spoke",
         ("the drought", "CONCEPT"), "01"),
    ],
)
def test_speaking_with_a_partner_is_consulting(nlp, text, subject, predicate, obj, root):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _root(rel) == root


# --------------------------------------------------------------------------
# cooperation needs a partner


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The governor signed an executive order on Tuesday.", ("The governor", "CONCEPT"), "signed",
         ("an executive order", "CONCEPT")),
        ("The former mayor is serving a ten-year sentence.", ("The former mayor", "CONCEPT"), "serving",
         ("a ten-year sentence", "CONCEPT")),
        ("In 1990 the regime instituted a policy of land seizures.", ("the regime", "CONCEPT"), "instituted",
         ("a policy", "CONCEPT")),
    ],
)
def test_cooperation_without_a_partner_is_no_event(nlp, text, subject, predicate, obj):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert rel.event is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        ("Chile and Peru signed a fisheries agreement in Lima.", ("Chile", "GPE"), "signed",
         ("a fisheries agreement", "CONCEPT"), "05"),
        ("The ministry provided emergency funding to the farmers' union.", ("The ministry", "CONCEPT"), "provided",
         ("emergency funding", "CONCEPT"), "06"),
        ("The opposition leader lauded the mayor's courage.", ("The opposition leader", "CONCEPT"), "lauded",
         ("the mayor's courage", "CONCEPT"), "05"),
    ],
)
def test_cooperation_with_a_partner_keeps_its_event(nlp, text, subject, predicate, obj, root):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _root(rel) == root


# --------------------------------------------------------------------------
# modality: an infinitive under a non-asserted verb; a quoted statement's own clause


@pytest.mark.parametrize(
    "text, verb, modality",
    [
        ("A draft law that would have allowed Peru to expel the diplomats was dropped.", "expel", "hypothetical"),
        ("The accord could allow the navy to board foreign ships.", "board", "hypothetical"),
        ("Officials said the navy boarded two foreign ships.", "boarded", "asserted"),
        ('"Nobody should expect any change in our policy," the minister told the press on Friday.', "told",
         "asserted"),
    ],
)
def test_modality_of_infinitives_and_quotes(nlp, text, verb, modality):
    assert _modality(nlp, text, verb) == modality


# --------------------------------------------------------------------------
# a verb of force with an "as" characterisation is criticism


@pytest.mark.parametrize(
    "text, obj, root",
    [
        ("The senator attacked the budget plan as reckless.", ("the budget plan", "CONCEPT"), "11"),
        ("The minister attacked the inquiry as a political stunt.", ("the inquiry", "CONCEPT"), "11"),
        ("Rebels attacked the garrison as night fell.", ("the garrison", "CONCEPT"), "19"),
    ],
)
def test_force_verb_with_a_characterisation_is_criticism(nlp, text, obj, root):
    subject = text.split(" attacked")[0]
    (rel,) = annotate(nlp, text, [((subject, "CONCEPT"), "attacked", obj)])
    assert _root(rel) == root


# --------------------------------------------------------------------------
# a verb of occurrence reports its subject's event


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        ("Large protests took place in Quito on Sunday.", ("Large protests", "CONCEPT"), "took place",
         ("Quito", "GPE"), "14"),
        ("Clashes broke out near the border town.", ("Clashes", "CONCEPT"), "broke out",
         ("the border town", "CONCEPT"), "19"),
        ("The wedding took place in Quito on Sunday.", ("The wedding", "CONCEPT"), "took place",
         ("Quito", "GPE"), None),
    ],
)
def test_occurrence_verb_takes_its_subjects_event(nlp, text, subject, predicate, obj, root):
    lemma = {"took place": "take place", "broke out": "break out"}[predicate]
    (rel,) = annotate(nlp, text, [(subject, predicate, obj, {"lemma": lemma})])
    assert _root(rel) == root


@pytest.mark.parametrize("lemma, code", [("impeach", "173"), ("speech", "010"), ("bombing", "183"), ("bomb", "190")])
def test_hand_rows_of_the_codebook(lemma, code):
    from extract.cameo import event_of

    assert event_of(lemma).code == code


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        ("Critics accused the mayor of a cover-up.", ("Critics", "CONCEPT"), "accused", ("the mayor", "CONCEPT"), "11"),
        ("The Okafor campaign accused the governor of lying.", ("The Okafor campaign", "CONCEPT"), "accused",
         ("the governor", "CONCEPT"), "11"),
        # economic cooperation is coded on what is funded or licensed
        ("Japan funded the new port in Mombasa.", ("Japan", "GPE"), "funded", ("the new port", "CONCEPT"),
         "06"),
    ],
)
def test_more_sources_that_act(nlp, text, subject, predicate, obj, root):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _root(rel) == root


# --------------------------------------------------------------------------
# the object decides the sense: what one side signs, authorises, seeks or releases


def _sense(nlp, text, verb):
    from extract.events.coding import verb_sense
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    token = next(t for t in nlp(text) if t.text == verb)
    return verb_sense(token.lemma_.lower(), token, None, lexicon)


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The governor of Oregon signed a decree closing all schools.", "signed"),
        ("The prime minister signed an executive order on fishing quotas.", "signed"),
        ("The king signed the law on Tuesday.", "signed"),
        ("The senate committee authorized subpoenas for the bank records.", "authorized"),
        ("The ministry released a summary of the audit.", "released"),
        ("The reporter was seeking documents about the sale.", "seeking"),
    ],
)
def test_the_object_withholds_the_event(nlp, text, verb):
    assert _sense(nlp, text, verb) is None


@pytest.mark.parametrize(
    "text, verb, root",
    [
        ("Chile and Peru signed a fishing treaty.", "signed", "05"),
        ("The rebels released the hostages.", "released", "08"),
        ("Bolivia withdrew from the border treaty.", "withdrew", "16"),
    ],
)
def test_other_objects_keep_their_sense(nlp, text, verb, root):
    event = _sense(nlp, text, verb)
    assert event is not None and event.root == root


def test_what_is_withdrawn_from_a_treaty_is_no_target(nlp):
    # the "from" phrase alone fits the pattern; the object is moved, not reduced relations with
    assert _sense(nlp, "The new president withdrew Bolivia from the border treaty.", "withdrew") is None


def test_a_vote_has_no_sense_of_its_own(nlp):
    (rel,) = annotate(nlp, "The assembly voted to censure the minister.",
                      [(("The assembly", "CONCEPT"), "voted", ("the minister", "CONCEPT"))])
    assert rel.event is None


# --------------------------------------------------------------------------
# modality: attempted, denied, and undone events


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The envoy worked to arrange a summit between the two presidents.", "arrange", "intended"),
        ("The mediators struggled to reach a ceasefire.", "reach", "intended"),
        ("The general denied that his troops shelled the village.", "shelled", "claimed"),
        ("The summit, which was cancelled, had been expected in May.", "summit", "negated"),
        ("The general said that his troops shelled the village.", "shelled", "asserted"),
        ("The summit, which was held in Oslo, ended without a deal.", "summit", "asserted"),
    ],
)
def test_attempts_denials_and_cancellations(nlp, text, word, modality):
    assert _modality(nlp, text, word) == modality


# --------------------------------------------------------------------------
# attachment: a title beside two names, a participle after an accusation, a relative clause after "of"


def _triples(nlp, text):
    from extract.entities import entities_of
    from extract.relations import relations_of
    from extract.types import Document

    doc = nlp(text)
    return {(r.subject.label, r.predicate.lemma, r.object.label)
            for r in relations_of(doc, Document(id="d", text=text), entities_of(doc))}


def test_a_title_between_an_outlet_and_a_name_is_the_names(nlp):
    triples = _triples(nlp, "Speaking to Reuters, the chairman of the Kenya Farmers Union, John Mwangi, said prices fell.")
    assert not any(s == "Reuters" and p == "chairman of" for s, p, _ in triples)


def test_a_title_in_apposition_to_a_name_stays(nlp):
    triples = _triples(nlp, "John Mwangi, the chairman of the Kenya Farmers Union, said prices fell.")
    assert any(s == "John Mwangi" and p == "chairman of" for s, p, _ in triples)


def test_a_participle_after_an_accusation_takes_no_subject(nlp):
    triples = _triples(nlp, "The Brazilian government accused Petrobras of hiding losses, "
                            "threatening to fine the company.")
    assert not any(p in ("threaten", "fine") and s.startswith("Brazil") for s, p, _ in triples)


def test_a_restrictive_relative_clause_after_of_a_name(nlp):
    triples = _triples(nlp, "The judge ruled on the dissolution of the Parliament of Peru which took effect on Monday.")
    assert not any(p == "take" and "Parliament" in s for s, p, _ in triples)


def test_a_title_after_an_opening_phrase_is_not_its_objects(nlp):
    triples = _triples(nlp, "According to Reuters, the head of the Kenya Farmers Union, John Mwangi, said prices fell.")
    assert not any(s == "Reuters" and p == "head of" for s, p, _ in triples)


# --------------------------------------------------------------------------
# lost complements: words after the object, and "against"


@pytest.mark.parametrize(
    "text, predicate, obj",
    [
        ("The Congress of Peru held Interior Minister Carlos Moran in contempt.", "hold in contempt", "Carlos Moran"),
        ("The Supreme Court of Brazil ruled against Governor Joao Doria.", "rule against", "Joao Doria"),
        ("At the summit, Hungary voted against Poland.", "vote against", "Poland"),
    ],
)
def test_the_complement_stays_in_the_predicate(nlp, text, predicate, obj):
    from extract.entities import entities_of
    from extract.relations import relations_of
    from extract.types import Document

    doc = nlp(text)
    found = {(r.predicate.lemma, r.object.text) for r in relations_of(doc, Document(id="d", text=text),
                                                                        entities_of(doc))}
    assert any(p == predicate and obj in o for p, o in found)
    bare = predicate.split()[0]
    assert not any(p == bare and obj in o for p, o in found)


def test_a_vote_to_act_on_someone_is_no_vote_on_them(nlp):
    triples = _triples(nlp, "The Polish parliament voted to censure the Polish foreign minister.")
    assert not any(p == "vote" for _, p, _ in triples)


# --------------------------------------------------------------------------
# a person as the object of "fired" is dismissed; "yet to" has not happened


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The prime minister fired Finance Minister Ana Costa on Monday.", "fired"),
        ("The company fired its chief executive.", "fired"),
        ("The club fired its coach after the defeat.", "fired"),
    ],
)
def test_firing_a_person_is_no_force(nlp, text, verb):
    assert _sense(nlp, text, verb) is None


def test_firing_at_a_place_stays_force(nlp):
    (rel,) = annotate(nlp, "The soldiers fired rockets at the border post.",
                      [(("The soldiers", "CONCEPT"), "fired", ("the border post", "CONCEPT"))])
    assert _root(rel) == "19"


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The governor has yet to sign the budget.", "sign", "negated"),
        ("Chile is yet to ratify the treaty.", "ratify", "negated"),
        ("Chile has already ratified the treaty.", "ratified", "asserted"),
    ],
)
def test_yet_to_is_not_done(nlp, text, word, modality):
    assert _modality(nlp, text, word) == modality


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The smugglers enjoy attacking patrol boats, the navy said.", "attacking", "intended"),
        ('"He likes beating prisoners," the guard said.', "beating", "intended"),
        ("The smugglers kept attacking patrol boats, the navy said.", "attacking", "asserted"),
    ],
)
def test_a_liking_is_no_deed(nlp, text, word, modality):
    assert _modality(nlp, text, word) == modality


# --------------------------------------------------------------------------
# an incident is the cause of harm only: "killed in an airstrike", not "considered during a meeting"


@pytest.mark.parametrize("text, lemma, cause", [
    ("Two soldiers were wounded during the clashes near the border.", "wound", "the clashes"),
    ("Three houses were destroyed in the fire on Sunday.", "destroy", "the fire"),
])
def test_harm_in_an_incident_has_the_incident_as_cause(nlp, text, lemma, cause):
    rels = _relations(nlp, text)
    assert any(r.predicate.lemma == lemma and r.subject.text == cause for r in rels)


@pytest.mark.parametrize("text, lemma, meeting", [
    ("During the trilateral meeting of Chile, Peru and Bolivia on March 3, 2018, the then-planned Andes "
     "Pipeline was considered as an alternative route.", "consider", "meeting"),
    ("The proposal was discussed during the conference in Lima.", "discuss", "conference"),
])
def test_a_meeting_is_no_agent_of_what_happened_during_it(nlp, text, lemma, meeting):
    rels = _relations(nlp, text)
    assert not any(r.predicate.lemma == lemma and meeting in r.subject.text for r in rels)
