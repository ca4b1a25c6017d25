"""CAMEO-style actor codes (extract/actors/)."""

from __future__ import annotations

import pytest

from extract.actors import actor_code, alpha3, read_actor_lexicon


@pytest.mark.parametrize(
    "text, type, context, agent, code",
    [
        # the seed article
        ("the Syrian regime", None, ["SY"], False, "SYRGOV"),
        ("the Russian army", None, ["SY"], False, "RUSMIL"),
        ("Israel", "GPE", ["SY"], False, "ISR"),
        # Issue 11 point 3: the country came from the article's main country (the context),
        # not from the mention; "pro-regime forces" name no country, so they keep the role alone.
        ("pro-regime forces", "CONCEPT", ["SY", "RU"], False, "MIL"),
        ("rebels", "CONCEPT", ["SY"], False, "REB"),
        ("six civilians", "CONCEPT", ["SY"], False, "CVL"),
        ("US President Donald Trump", "PERSON", ["SY"], False, "USAGOV"),
        ("the US president", "CONCEPT", ["SY"], False, "USAGOV"),
        ("Washington's Israeli ally", "CONCEPT", ["SY"], False, "ISR"),
        ("Syrian Observatory for Human Rights", "ORG", ["SY"], False, "SYRHRI"),
        # seats of government and capitals acting
        ("the Kremlin", "ORG", ["SY"], False, "RUSGOV"),
        ("Kremlin", "FAC", ["SY"], False, "RUSGOV"),
        ("the White House", "ORG", [], False, "USAGOV"),
        ("Damascus", "GPE", ["SY"], True, "SYRGOV"),
        ("Washington", "GPE", ["SY"], True, "USAGOV"),
        ("Moscow", "GPE", ["SY"], True, "RUSGOV"),
        # ... but a capital as a location is no actor
        ("Damascus", "GPE", ["SY"], False, None),
        # a city that is not a capital never stands for a government
        ("Homs", "GPE", ["SY"], True, None),
        # organisations without a country keep no code
        ("Hayat Tahrir Al Sham", "ORG", ["SY"], False, None),
        ("Al Qaida", "ORG", ["SY"], False, None),
        # a bare person name is not a state
        ("Donald Trump", "PERSON", ["US"], False, None),
        # Wikinews 2020-01-05: "United States military forces killed Qasem Soleimani"
        ("United States military forces", "CONCEPT", ["US", "IR"], False, "USAMIL"),
        # Wikinews 2019-10-15: "the Kurdish-led Syrian Democratic Forces", "Turkey", "government forces"
        ("Turkey", "GPE", ["SY", "TR"], False, "TUR"),
        # Issue 11 point 3: as "pro-regime forces", the country came from the context only.
        ("government forces", "CONCEPT", ["SY", "TR"], False, "MIL"),
        ("Syrian state media", "CONCEPT", ["SY"], False, "SYRMED"),
        ("", None, [], False, None),
    ],
)
def test_actor_code(text, type, context, agent, code):
    assert actor_code(text, type=type, context=context, agent=agent) == code


def test_alpha3_from_pycountry():
    assert alpha3("SY") == "SYR"
    assert alpha3("GB") == "GBR"
    assert alpha3("ZZ") is None


def test_lexicon_rejects_bad_rows(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("demonym\tsyrian\tSYR\nrole\tarmy\tmil\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actors.tsv:2"):
        read_actor_lexicon(path)


def test_lexicon_reads_kinds(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("# comment\n\ndemonym\tFreedonian\tFRE\nseat\tthe palace\tFREGOV\n", encoding="utf-8")
    lex = read_actor_lexicon(path)
    assert lex["demonym"] == {"freedonian": "FRE"}
    assert lex["seat"] == {"the palace": "FREGOV"}


def test_actors_docstring_examples():
    import doctest

    import extract.actors.codes
    import extract.actors.generic

    for module in (extract.actors.codes, extract.actors.generic):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
