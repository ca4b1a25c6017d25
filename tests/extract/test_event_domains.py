"""Sport and games read as conflict (``extract/events/domains.py``).

Invented sentences: contests, scores, players and contracts coded as force,
coercion or agreement give no event; the same verbs, words and places in
events between political or armed actors keep theirs. Relations are built by
hand on real parses (``annotate`` of ``test_events``), so the tests do not
depend on the relation rules.
"""

from __future__ import annotations

import pytest

from extract.events.domains import domain_event
from extract.lexicon import get_lexicon
from extract.lexicon.cameo import event_for_code
from extract.types import Argument

from .test_events import annotate


def _code(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.code if rel.event is not None else None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Ferrari captured the championship in the last race of the season.", ("Ferrari", "ORG"), "captured",
         ("the championship", "CONCEPT")),
        ("The Lions crushed the Tigers in the semi-final.", ("The Lions", "ORG"), "crushed", ("the Tigers", "ORG")),
        ("Hamilton overtook Vettel on lap 40.", ("Hamilton", "PERSON"), "overtook", ("Vettel", "PERSON")),
        ("Wynnum hit back with a couple of tries.", ("Wynnum", "ORG"), "hit", ("a couple of tries", "CONCEPT")),
        ("Arsenal crushed Chelsea 3-1 on Saturday.", ("Arsenal", "ORG"), "crushed", ("Chelsea", "ORG")),
        ("Arsenal attacked Chelsea in the second half of the match.", ("Arsenal", "ORG"), "attacked",
         ("Chelsea", "ORG")),
        ("The Yankees seized the pennant in the final game.", ("The Yankees", "ORG"), "seized",
         ("the pennant", "CONCEPT")),
        ("The Bulls blocked the Knicks in the playoffs.", ("The Bulls", "ORG"), "blocked", ("the Knicks", "ORG")),
        ("Brazil crushed Germany in the World Cup final.", ("Brazil", "GPE"), "crushed", ("Germany", "GPE")),
        ("Australia bombarded England with bouncers in the innings.", ("Australia", "GPE"), "bombarded",
         ("England", "GPE")),
        ("Federer fought Nadal for the title.", ("Federer", "PERSON"), "fought", ("Nadal", "PERSON")),
    ],
)
def test_a_contest_is_no_event(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Rebels attacked the stadium during the final.", ("Rebels", "CONCEPT"), "attacked", ("the stadium", "FAC")),
        ("Police fired tear gas at fans after the match.", ("Police", "CONCEPT"), "fired", ("tear gas", "CONCEPT")),
        ("Gunmen shot the coach of the national team outside his home.", ("Gunmen", "CONCEPT"), "shot",
         ("the coach", "CONCEPT")),
        ("Police arrested 30 fans after the game.", ("Police", "CONCEPT"), "arrested", ("30 fans", "CONCEPT")),
        ("Militants bombed a stadium during a football match.", ("Militants", "CONCEPT"), "bombed",
         ("a stadium", "CONCEPT")),
        ("A man stabbed a fan outside the ground after the match.", ("A man", "CONCEPT"), "stabbed",
         ("a fan", "CONCEPT")),
        ("Protesters stormed the parliament in the final days of the campaign.", ("Protesters", "CONCEPT"),
         "stormed", ("the parliament", "ORG")),
        ("Hooligans attacked rival supporters in the city centre.", ("Hooligans", "CONCEPT"), "attacked",
         ("rival supporters", "CONCEPT")),
        ("Kenya signed a security pact with Somalia.", ("Kenya", "GPE"), "signed", ("Somalia", "GPE")),
        ("Iran signed with Russia a deal on gas.", ("Iran", "GPE"), "signed", ("Russia", "GPE")),
        ("The government seized the land titles of 200 farmers.", ("The government", "CONCEPT"), "seized",
         ("the land titles", "CONCEPT")),
        ("China threatened the league with sanctions.", ("China", "GPE"), "threatened", ("the league", "ORG")),
        ("Turkey detained the striker on charges of terrorism.", ("Turkey", "GPE"), "detained",
         ("the striker", "CONCEPT")),
        ("Russia conducted war games near the border.", ("Russia", "GPE"), "conducted", ("war games", "CONCEPT")),
        ("North Korea threatened the South with war games.", ("North Korea", "GPE"), "threatened",
         ("the South", "GPE")),
        ("Protesters attacked the police in the games village.", ("Protesters", "CONCEPT"), "attacked",
         ("the police", "CONCEPT")),
        ("Troops captured the city in the final offensive.", ("Troops", "CONCEPT"), "captured",
         ("the city", "CONCEPT")),
    ],
)
def test_conflict_beside_sport_stays(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is not None


def _event_of(nlp, text, verb, code, subject, obj):
    """``domain_event`` of ``code`` on the verb ``verb`` of ``text``, with arguments (surface, type, actor code)."""
    doc = nlp(text)
    pred = next(t for t in doc if t.text == verb)

    def arg(spec):
        if spec is None:
            return None
        surface, type_, code_ = spec
        start = text.index(surface)
        return Argument(key=surface.casefold(), label=surface, type=type_, text=surface, start=start,
                        end=start + len(surface), actor_code=code_)

    lexicon = get_lexicon()
    return domain_event(event_for_code(code, lexicon.cameo.labels), pred, arg(subject), arg(obj), lexicon)


@pytest.mark.parametrize(
    "text, obj",
    [
        ("The forward signed with Barcelona last week.", ("Barcelona", "ORG", None)),
        ("The singer signed with a major label in 2015.", ("a major label", "CONCEPT", None)),
        ("The boxer signed a new contract with a promotion.", ("a promotion", "CONCEPT", "BUS")),
    ],
)
def test_signing_with_an_employer_is_no_agreement(nlp, text, obj):
    assert _event_of(nlp, text, "signed", "057", ("The " + text.split()[1], "CONCEPT", None), obj) is None


@pytest.mark.parametrize(
    "text, obj",
    [
        ("Kenya signed a security pact with Somalia.", ("Somalia", "GPE", "SOM")),
        ("The rebels signed with the government in Juba.", ("the government", "CONCEPT", "SSDGOV")),
        ("The company signed an agreement with the union.", ("the union", "CONCEPT", None)),
    ],
)
def test_an_agreement_or_a_state_partner_stays(nlp, text, obj):
    event = _event_of(nlp, text, "signed", "057", (" ".join(text.split()[:2]), "CONCEPT", None), obj)
    assert event is not None and event.code == "057"


@pytest.mark.parametrize(
    "text, verb, subject, obj",
    [
        ("The champions attacked from the first minute.", "attacked", ("The champions", "CONCEPT", None), None),
        ("The team fired its coach on Monday.", "fired", ("The team", "CONCEPT", None), ("its coach", "CONCEPT", None)),
        ("The striker hit the goalkeeper.", "hit", ("The striker", "CONCEPT", None),
         ("the goalkeeper", "CONCEPT", None)),
    ],
)
def test_sport_people_on_both_sides_are_no_conflict(nlp, text, verb, subject, obj):
    assert _event_of(nlp, text, verb, "190", subject, obj) is None


@pytest.mark.parametrize(
    "text, verb, subject, obj",
    [
        ("Gunmen shot the coach outside his home.", "shot", ("Gunmen", "CONCEPT", "UAF"),
         ("the coach", "CONCEPT", None)),
        ("A SWAT team shot the striker.", "shot", ("A SWAT team", "CONCEPT", None), ("the striker", "CONCEPT", None)),
        ("Soldiers attacked the stadium in the final minutes of the match.", "attacked",
         ("Soldiers", "CONCEPT", "MIL"), ("the stadium", "FAC", None)),
    ],
)
def test_force_on_sport_people_by_others_stays(nlp, text, verb, subject, obj):
    assert _event_of(nlp, text, verb, "190", subject, obj) is not None


def test_a_pattern_naming_other_words_keeps_its_code(nlp):
    # CAMEO's "FIRE * TEAR GAS" names the object: the contest phrase does not undo it
    hooligans = ("Hooligans", "CONCEPT", None)
    kept = _event_of(nlp, "Hooligans fired tear gas in the final.", "fired", "175", hooligans,
                     ("tear gas", "CONCEPT", None))
    assert kept is not None and kept.code == "175"
    assert _event_of(nlp, "Hooligans fired shots in the final.", "fired", "190", hooligans,
                     ("shots", "CONCEPT", None)) is None


def test_sport_nouns_are_loaded():
    words = get_lexicon().word_sets["sport_nouns"]
    assert {"championship", "tournament", "lap", "tries"} <= words
    assert not {"round", "goal", "season"} & words  # "rounds of ammunition", "the goal of the attack"
