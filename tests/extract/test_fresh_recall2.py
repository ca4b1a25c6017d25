"""Root recall on the second round of fresh articles (issue 11): general mechanisms, invented sentences.

The real spaCy pipeline reads each sentence; none comes from an article:

- an event noun that a verb of going on or growing, with no object, has as its subject ("protests continued",
  ``data/occurrence_verbs.txt``) is that noun's event;
- rioters or protesters who wreck things riot (145, ``data/riot_verbs.txt``), also through a verb
  whose infinitive they share ("began to loot"); another subject keeps the verb's own code;
- a press conference held is a statement (010), a view expressed is one too (010);
- railing against someone is criticism (111);
- criticism or praise someone "received" with no "from" is an unnamed critic's act against them;
  "received support" (maybe money) and "received a letter" are none;
- an event noun imposed or opened on a target in an agentless passive ("sanctions were imposed
  on X") is done to the target by the unnamed concept; a thing looked into is no target.

The round-two gold's scorer selects its halves (``benchmarks/events_fresh.py``).
"""

from __future__ import annotations

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

__all__: list[str] = []

_DATE = "2021-03-08"


def coded(nlp, text):
    """(subject label or None when unnamed, predicate lemma, object label or None, CAMEO code) of each typed relation."""
    def label(arg):
        return None if arg.key == UNSPECIFIED_KEY else arg.label
    return {(label(r.subject), r.predicate.lemma, label(r.object), r.event.code)
            for r in text_relations(nlp, text, date=_DATE) if r.event is not None}


def roots(nlp, text):
    return {code[:2] for *_, code in coded(nlp, text)}


def test_protests_that_continue_are_protests(nlp):
    assert "14" in roots(nlp, "Protests against the pension reform continued across France on Sunday.")


def test_a_ceremony_that_continues_is_no_event(nlp):
    assert not coded(nlp, "The ceremony continued in Paris on Sunday.")


def test_continuing_an_object_keeps_the_object_event(nlp):
    # with a direct object "continue" is no occurrence: the object's event stays
    assert "19" in roots(nlp, "Israel continued its airstrikes on Gaza on Monday.")
    assert "01" in roots(nlp, "Donald Trump continued his claims about postal voting.")


def test_rioters_who_vandalize_riot(nlp):
    found = coded(nlp, "Rioters vandalized shops in Minneapolis on Friday night.")
    assert any(code == "145" for *_, code in found), found


def test_protesters_who_begin_to_loot_riot(nlp):
    found = coded(nlp, "Protesters in Lagos began to loot stores after the verdict.")
    assert any(code == "145" for *_, code in found), found


def test_burglars_who_vandalize_do_not_riot(nlp):
    assert "145" not in {code for *_, code in coded(nlp, "Burglars vandalized a school in Leeds on Friday.")}


def test_a_press_conference_held_is_a_statement(nlp):
    found = coded(nlp, "Senator Maria Lopez held a press conference in Denver on Tuesday.")
    assert ("Maria Lopez", "hold", None, "010") in {(s, p, None, c) for s, p, _, c in found}, found


def test_a_view_expressed_is_a_statement(nlp):
    found = coded(nlp, "Kenyan Foreign Minister Raychelle Omamo expressed a similar view on Monday.")
    assert any(code == "010" for *_, code in found), found


def test_railing_against_someone_is_criticism(nlp):
    found = coded(nlp, "Prime Minister Mark Rutte railed against the Italian government on Friday.")
    assert any(p == "rail against" and code == "111" for _, p, _, code in found), found


def test_criticism_received_from_no_one_named_targets_the_receiver(nlp):
    found = coded(nlp, "Governor Tom Walsh received criticism for the decision.")
    assert (None, "criticise", "Tom Walsh", "111") in found, found


def test_praise_received_is_praise(nlp):
    found = coded(nlp, "Moderator Kristen Welker received praise for her performance.")
    assert any(s is None and o == "Kristen Welker" and code == "051" for s, _, o, code in found), found


def test_support_or_a_letter_received_is_no_event(nlp):
    assert not coded(nlp, "Senator Ann Price received support for the bill.")
    assert not coded(nlp, "Senator Ann Price received a letter for the committee.")


def test_sanctions_imposed_in_an_agentless_passive_target_the_country(nlp):
    found = coded(nlp, "Sanctions were imposed on North Korea last year.")
    assert (None, "sanction", "North Korea", "163") in found, found


def test_a_probe_opened_into_a_thing_has_no_target(nlp):
    assert not coded(nlp, "An investigation was opened into the crash of the airliner.")


def test_the_scorer_selects_the_second_round():
    from benchmarks.events_dev import read_gold
    from benchmarks.events_fresh import FRESH, halves_of, rows_of

    rows = read_gold(FRESH)
    assert halves_of("all2") == ("tune2", "held2", "all2")
    assert halves_of("tune") == ("tune",)
    second = rows_of(rows, "all2")
    assert {r["split"] for r in second} == {"tune2", "held2"}
    assert len(second) == len(rows_of(rows, "tune2")) + len(rows_of(rows, "held2"))
    assert not set(r["doc"] for r in second) & set(r["doc"] for r in rows_of(rows, "all"))
