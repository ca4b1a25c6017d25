"""A trap file's code column: "*XXX" asks for a code ending XXX (``benchmarks.traps.code_matches``)."""

from __future__ import annotations

from benchmarks.traps import code_matches

COUNTRIES = frozenset({"SYR", "USA"})


def test_code_ending():
    assert code_matches("*REB", "SYRREB", COUNTRIES)
    assert code_matches("*REB", "REB", COUNTRIES)
    assert not code_matches("*REB", "SYRMIL", COUNTRIES)
    assert not code_matches("*REB", None, COUNTRIES)


def test_star_alone_and_prefix_unchanged():
    assert code_matches("*", None, COUNTRIES)
    assert code_matches("USA*", "USAGOV", COUNTRIES)
    assert not code_matches("USA*", "GOV", COUNTRIES)
