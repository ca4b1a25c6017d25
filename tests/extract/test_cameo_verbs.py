"""The CAMEO verb pattern dictionary (extract/lexicon/cameo_verbs.py), a verb's sense from its frame
(extract/events/coding.py, issue 11 class 6) and the modality of relations (extract/events/modality.py,
issue 11 class 7). The sentences are invented."""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.lexicon.cameo_verbs import VerbPatternError, parse_verb_patterns, read_verb_patterns
from extract.types import MODALITIES

from .test_events import annotate

_TOY = """\
&HOSTAGE
+HOSTAGE
+CAPTIVE_

--- APPREHEND [171] ---
SEIZE
TAKE {TAKES TAKING TOOK TAKEN }
- * &HOSTAGE [181]  # TAKE
- * CONTROL OF [192]  # TAKE
- * ANOTHER SHOT AT [---]  # TAKE
- * PART IN PROTEST [141]  # TAKE
- * PART IN CONFERENCE [046]  # TAKE
- SAID * MEASURES [130]  # TAKE
- + * WOUNDS $ [182]  # TAKE
- * &PREPOSIT1 $ [173]  # TAKE
- * BOAT [1711]  # SEIZE

--- MEET_PEOPLE [040] ---
MEET
- * WITH [040]  # MEET
- * + AT [036]  # MEET
"""


# --------------------------------------------------------------------------
# the dictionary


def test_parse_reads_blocks_forms_sets_and_patterns():
    table = parse_verb_patterns(_TOY)
    take = table.entry("take")
    assert take.default == "171"
    # SAID ... (a wording), "+ * WOUNDS $" (the subject is the target) and a set of prepositions are left out
    kept = {p.line for p in take.patterns}
    assert len(kept) == 5  # the five TAKE patterns (not the SEIZE one)
    assert table.code_for("take", {"captive", "two"}) == (True, "181")
    assert table.code_for("take", {"control", "of", "the", "port"}) == (True, "192")
    assert table.code_for("take", {"another", "shot", "at"}) == (True, None)  # [---]: no event
    assert table.code_for("take", {"a", "book"}) == (False, "171")
    # a pattern written for SEIZE does not give "take" its sense
    assert table.code_for("take", {"boat"}) == (False, "171")
    assert table.code_for("seize", {"boat"}) == (True, "1711")
    assert table.entry("walk") is None


def test_captive_underscore_is_a_whole_word():
    table = parse_verb_patterns(_TOY)
    assert table.code_for("take", {"captives"}) == (False, "171")
    assert table.code_for("take", {"hostages"}) == (True, "181")  # a stem takes its inflections


def test_the_most_specific_pattern_wins():
    table = parse_verb_patterns(_TOY)
    assert table.code_for("take", {"part", "in", "the", "protest"}) == (True, "141")


def test_a_pattern_must_reach_a_head_not_only_a_modifier():
    table = parse_verb_patterns(_TOY)
    # "took the control-room keys": "control" is a modifier here
    assert table.code_for("take", {"control", "of", "keys"}, {"keys"}) == (False, "171")


def test_single_preposition_right_after_the_verb():
    table = parse_verb_patterns(_TOY)
    assert table.code_for("meet", {"with", "envoys"}) == (True, "040")
    assert table.code_for("meet", {"envoys", "at", "hotel"}) == (False, "040")  # "* + AT" is left out


def test_stems_of_a_frame_are_the_stems_its_words_inflect():
    from extract.lexicon.cameo_verbs import _inflects, _stems

    words = frozenset({"accusation", "accused", "states", "statement", "talks", "x"})
    stems = _stems(words)
    for stem in ("accus", "accusation", "state", "talk", "statement", "statem", "stat", "accu", "talks", "x"):
        assert (stem in stems) == any(_inflects(w, stem) for w in words), stem
    assert "accus" in stems and "state" in stems and "accu" not in stems and "statem" not in stems


def test_ambiguous_verb_withholds_a_material_default():
    table = parse_verb_patterns(_TOY)
    # TAKE's own patterns code hostages, control, protest, a conference, [---]: fewer than half
    # code a material conflict
    assert table.entry("take").ambiguous()
    assert table.withholds("take") and not table.withholds("take", "040")
    assert not table.withholds("meet")


def test_packaged_dictionary_is_in_the_lexicon():
    patterns = get_lexicon().cameo.patterns
    assert patterns is not None and len(patterns.verbs) > 1000
    assert patterns.entry("take").default == "171"
    assert patterns.withholds("take")
    assert not patterns.withholds("kill") and not patterns.withholds("bomb")


def test_unreadable_file_names_itself(tmp_path):
    with pytest.raises(VerbPatternError, match="missing.txt"):
        read_verb_patterns(tmp_path / "missing.txt")


# --------------------------------------------------------------------------
# a verb's sense from its frame (class 6)


def _one(nlp, sentence, subject, predicate, obj):
    (rel,) = annotate(nlp, sentence, [((subject, "CONCEPT"), predicate, (obj, "CONCEPT"))])
    return rel


@pytest.mark.parametrize(
    "sentence, subject, predicate, obj, root",
    [
        # no pattern of "take" fits, and its default (seize, 171) is a material conflict
        ("The minister took a decision on the budget.", "The minister", "took", "a decision", None),
        ("The council took the complaints into account.", "The council", "took", "the complaints", None),
        ("The champion defended his title in Madrid.", "The champion", "defended", "his title", None),
        ("The opposition defeated the ruling party in the election.", "The opposition", "defeated",
         "the ruling party", None),
        # patterns that fit
        ("The rebels took control of the airport.", "The rebels", "took", "control", "19"),
        ("The gunmen took three engineers hostage.", "The gunmen", "took", "three engineers", "18"),
        ("The envoy held talks with the rebels.", "The envoy", "held", "talks", "04"),
        ("The union imposed sanctions on the regime.", "The union", "imposed", "sanctions", "16"),
        ("The senator filed a lawsuit against the governor.", "The senator", "filed", "a lawsuit", "11"),
        # a verb with no patterns keeps its default
        ("The jets bombed the depot.", "The jets", "bombed", "the depot", "19"),
    ],
)
def test_verb_sense_from_its_frame(nlp, sentence, subject, predicate, obj, root):
    rel = _one(nlp, sentence, subject, predicate, obj)
    assert (rel.event.root if rel.event else None) == root


def test_launched_an_attack_reads_the_noun(nlp):
    rel = _one(nlp, "The militia launched an attack on the garrison.", "The militia", "launched", "an attack")
    assert rel.event is not None and rel.event.root == "19"


def test_events_tsv_row_keeps_an_ambiguous_verb_typed(nlp):
    # "attack" is ambiguous in the patterns (verbal and military) but has a hand row in events.tsv
    rel = _one(nlp, "The militia attacked the garrison.", "The militia", "attacked", "the garrison")
    assert rel.event.code == "190"


# --------------------------------------------------------------------------
# modality (class 7)


@pytest.mark.parametrize(
    "sentence, subject, predicate, obj, modality, cue",
    [
        ("Russia did not bomb the village.", "Russia", "bomb", "the village", "negated", "not"),
        ("The army never shelled the harbour.", "The army", "shelled", "the harbour", "negated", "never"),
        ("The guards refused to release the reporters.", "The guards", "release", "the reporters", "negated",
         "refuse"),
        ("The police were unable to question the driver.", "The police", "question", "the driver", "negated",
         "unable"),
        ("Neither Chile nor Peru would endorse the result.", "Chile", "endorse", "the result", "negated",
         "neither"),
        ("The ministry gave no details.", "The ministry", "gave", "no details", "negated", "no"),
        ("Serbia could join the union.", "Serbia", "join", "the union", "hypothetical", "could"),
        ("If the rebels attack the town, the army will respond.", "the rebels", "attack", "the town",
         "hypothetical", "if"),
        ("The army will attack the town.", "The army", "attack", "the town", "intended", "will"),
        ("The president wants to sign the treaty.", "The president", "sign", "the treaty", "intended", "want"),
        ("The militia threatened to shell the port.", "The militia", "shell", "the port", "intended", "threaten"),
        ("The governor is to meet the strikers.", "The governor", "meet", "the strikers", "intended", "is to"),
        ("The ministers held talks on Serbia joining the union.", "Serbia", "joining", "the union", "intended",
         "talk on"),
        ("Instead of signing the treaty, the envoy left.", "the envoy", "signing", "the treaty", "intended",
         "instead of"),
        ("The rebels reportedly shelled the harbour.", "The rebels", "shelled", "the harbour", "claimed",
         "reportedly"),
        ("Kenya accused Somalia of shelling the border.", "Somalia", "shelling", "the border", "claimed",
         "accuse of"),
        ("The envoy was said to have visited the camp.", "The envoy", "visited", "the camp", "claimed", "say to"),
        ("The ministry claimed that the rebels shelled the harbour.", "the rebels", "shelled", "the harbour",
         "claimed", "claim"),
        # saying and attribution keep a fact asserted
        ("The ministry said the rebels shelled the harbour.", "the rebels", "shelled", "the harbour", "asserted",
         None),
        ("The rebels shelled the harbour, according to the ministry.", "The rebels", "shelled", "the harbour",
         "asserted", None),
    ],
)
def test_modality(nlp, sentence, subject, predicate, obj, modality, cue):
    rel = _one(nlp, sentence, subject, predicate, obj)
    assert rel.modality in MODALITIES
    assert (rel.modality, rel.modality_cue) == (modality, cue)
    assert rel.negated == (modality == "negated")
    # only an asserted relation is an event; the others keep their predicate
    assert (rel.event is not None) == (modality == "asserted")
    assert rel.predicate.lemma


def test_refusing_is_itself_an_asserted_event(nlp):
    rel = _one(nlp, "The guards refused the request.", "The guards", "refused", "the request")
    assert rel.modality == "asserted" and rel.event is not None and rel.event.root == "12"


def test_naming_verb_with_an_object_predicate_is_no_event(nlp):
    named = _one(nlp, "The senator called the governor a veteran.", "The senator", "called", "the governor")
    assert named.event is None and named.modality == "asserted"
    # a verb pattern on the predicate's own words gives the sense: "CALL * + LIAR [111]"
    liar = _one(nlp, "The senator called the governor a liar.", "The senator", "called", "the governor")
    assert liar.event is not None and liar.event.code == "111"
    phoned = _one(nlp, "The senator called the governor on Monday.", "The senator", "called", "the governor")
    assert phoned.event is not None and phoned.event.root == "04"


def test_suing_is_a_lawsuit(nlp):
    rel = _one(nlp, "The company sued the regulator.", "The company", "sued", "the regulator")
    assert rel.event.code == "115"
