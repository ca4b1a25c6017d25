"""A predicate's CAMEO sense from the verb pattern dictionary (issue 11, class 6).

Invented sentences, one family each: a verb pattern written for several verbs,
declarations that perform their act, a preposition right after the verb,
naming verbs with an "as" phrase, a verb with its object's head, and the
passive subject as the object. Relations are built by hand on real parses
(``annotate`` of ``test_events``), so the tests do not depend on the relation
rules; the dictionary is the packaged one, parsed by the project's reader.
"""

from __future__ import annotations

import pytest

from extract.lexicon.cameo_verbs import parse_verb_patterns

from .test_events import annotate


def _code(rel):
    return rel.event.code if rel.event is not None else None


# --------------------------------------------------------------------------
# the compiled dictionary


def test_a_pattern_belongs_to_every_verb_its_comment_names():
    table = parse_verb_patterns(
        "--- PRAISE [051] ---\nSAY\nEXPRESS [0110]\n- * SUPPORT [051]  # SAY <ab 1 Jan 2005>  , EXPRESS\n")
    assert table.code_for("express", {"support"}) == (True, "051")
    assert table.code_for("say", {"support"}) == (True, "051")


def test_a_preposition_right_after_the_verb_does_not_fit_across_its_object():
    table = parse_verb_patterns(
        "--- APPEAL [020] ---\nCALL\n- * FOR ELECTION [0241]  # CALL\n- * + TO TALKS [046]  # CALL\n")
    election = {"election", "for", "winner"}
    assert table.code_for("call", election) == (True, "0241")  # "called for an election"
    # "called the election for X": the object comes before the preposition
    assert table.code_for("call", election, objects={"election", "the"}) == (False, "020")
    # "* + TO TALKS": the target comes between the verb and the preposition
    assert table.code_for("call", {"to", "talks", "rival"}, objects={"rival"}) == (True, "046")


def test_a_prepositional_verb_takes_no_object_before_its_preposition():
    table = parse_verb_patterns("--- APPEAL [020] ---\nCALL [041]\n- * FOR [020]  # CALL\n")
    assert table.code_for("call", {"for", "help"}) == (True, "020")  # "called for help"
    # "called the race for the senator": "call for" is bound, the object comes between
    assert table.code_for("call", {"race", "for", "senator"}, objects={"race"}, bound={"for"}) == (False, "041")
    # "SELL * TO": "sold its stores to a rival" (the words need not be consecutive)
    table = parse_verb_patterns("--- SELL [061] ---\nSELL\n- * TO [061]  # SELL\n")
    assert table.code_for("sell", {"stores", "to", "rival"}, objects={"stores"}) == (True, "061")


def test_a_verbal_default_keeps_material_patterns_only_for_a_declaration():
    table = parse_verb_patterns("--- DECLARE [010] ---\nDECLARE\n- * CURFEW [1723]  # DECLARE\n")
    assert table.code_for("declare", {"curfew"}) == (False, "010")  # what is reported is not done
    assert table.code_for("declare", {"curfew"}, acts=True) == (True, "1723")


# --------------------------------------------------------------------------
# senses on parses


@pytest.mark.parametrize(
    "text, subject, predicate, obj, code",
    [
        # "* SUPPORT [051]  # SAY ..., EXPRESS"; "* SYMPATHY [018]  # EXPRESS"
        ("The Andean ministers expressed support for the Bolivian proposal.", ("The Andean ministers", "CONCEPT"),
         "expressed", ("support", "CONCEPT"), "051"),
        ("The bishop expressed sympathy for the flood victims.", ("The bishop", "CONCEPT"), "expressed",
         ("sympathy", "CONCEPT"), "018"),
        # declarations: "DECLARE * STATE_OF_EMERGENCY [1724]", "* CURFEW [1723]", "CHARGE ... WITH [173]"
        ("The Peruvian cabinet declared a state of emergency in three provinces.", ("The Peruvian cabinet", "CONCEPT"),
         "declared", ("a state", "CONCEPT"), "1724"),
        ("The army declared a curfew across the capital.", ("The army", "CONCEPT"), "declared",
         ("a curfew", "CONCEPT"), "1723"),
        ("State prosecutors charged the port director with embezzlement.", ("State prosecutors", "CONCEPT"),
         "charged", ("the port director", "CONCEPT"), "173"),
        ("The port director was charged with embezzlement by state prosecutors.", ("state prosecutors", "CONCEPT"),
         "charged", ("The port director", "CONCEPT"), "173"),
        ("A military tribunal condemned the rebel commander to death.", ("A military tribunal", "CONCEPT"),
         "condemned", ("the rebel commander", "CONCEPT"), "173"),
        # a verb and its object's head: a press release is a statement, organising a rally protests
        ("The ministry issued a press release about the tanker.", ("The ministry", "CONCEPT"), "issued",
         ("a press release", "CONCEPT"), "010"),
        ("Farmers' unions organised a rally against the land law.", ("Farmers' unions", "CONCEPT"), "organised",
         ("a rally", "CONCEPT"), "141"),
    ],
)
def test_a_fitting_pattern_or_row_gives_its_code(nlp, text, subject, predicate, obj, code):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _code(rel) == code


@pytest.mark.parametrize(
    "text, subject, predicate, obj, code",
    [
        # the sense of a characterisation is in its words: "CALL * + CRIMINAL [1121]", "DESCRIBE * AS PROVOCATION"
        ("The opposition leader called the governor a criminal.", ("The opposition leader", "CONCEPT"), "called",
         ("the governor", "CONCEPT"), "1121"),
        ("The senator described the tariffs as a provocation.", ("The senator", "CONCEPT"), "described",
         ("the tariffs", "CONCEPT"), "110"),
        # no pattern fits the words: their evaluation gives the sense (data/evaluative_words.tsv), else no
        # event, rather than a telephone call or a statement
        ("The union leader called the pay offer insulting.", ("The union leader", "CONCEPT"), "called",
         ("the pay offer", "CONCEPT"), "111"),
        ("The union leader called the pay offer a first draft.", ("The union leader", "CONCEPT"), "called",
         ("the pay offer", "CONCEPT"), None),
    ],
)
def test_a_characterisation_takes_the_sense_of_its_words(nlp, text, subject, predicate, obj, code):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert _code(rel) == code


def test_a_verb_that_reports_does_not_do_what_it_reports(nlp):
    # "REPORT * ATTACK [190]": a material pattern of a verb whose default is a statement
    (rel,) = annotate(nlp, "The spokesman reported an attack on the convoy.",
                      [(("The spokesman", "CONCEPT"), "reported", ("an attack", "CONCEPT"))])
    assert rel.event is not None and rel.event.root == "01"


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        # calling a thing is no telephone call (041), nor an appeal ("CALL * FOR ELECTION")
        ("The network called the race for the senator.", ("The network", "CONCEPT"), "called",
         ("the race", "CONCEPT")),
        # (a neutral characterisation with "describe", whose own event is a statement, is an official's
        # statement: tests/extract/test_statement_frames.py)
        # a person dismissed from a post (the passive subject is the object): no rejection (120)
        ("The deputy minister was dismissed from the cabinet by the premier.", ("the premier", "CONCEPT"),
         "dismissed", ("The deputy minister", "CONCEPT")),
    ],
)
def test_no_fitting_sense_gives_no_event(nlp, text, subject, predicate, obj):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert rel.event is None
