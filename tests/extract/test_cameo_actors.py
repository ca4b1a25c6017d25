"""The CAMEO actor and agent dictionaries (extract/lexicon/cameo_actors.py).

Expected codes are read off the packaged files; each test names the lines.
"""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from extract.errors import ExtractError
from extract.lexicon.cameo_actors import (
    DATA_DIR,
    ActorDateError,
    ActorDictionaryError,
    ActorSpan,
    actor_tokens,
    combine_codes,
    compile_actor_tables,
    parse_actor_file,
    parse_agent_file,
    parse_dictionary_date,
)


@pytest.fixture(scope="module")
def tables():
    return compile_actor_tables()


def _lines(name: str) -> list[str]:
    return (DATA_DIR / name).read_text(encoding="utf-8").split("\n")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the packaged files -------------------------------------------------------


def test_packaged_files_carry_the_licence_and_notice():
    assert "MIT License" in (DATA_DIR / "LICENSE").read_text(encoding="utf-8")
    notice = (DATA_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "openeventdata/UniversalPetrarch" in notice
    assert "067552d83956f552d355256bf200e89ec9fdb7dc" in notice


def test_sizes_and_lenient_notes(tables):
    counts = tables.counts
    assert counts["entries"] > 25_000 and counts["aliases"] > 8_000
    assert counts["agent_lines"] > 2_000 and counts["agent_forms"] > counts["agent_lines"]
    # Phoenix.agents.txt:1927 is "ISLAMIC_EXTREMIST" with no code.
    assert "Phoenix.agents.txt:1927: 'ISLAMIC_EXTREMIST' has no code; skipped" in tables.notes


def test_tables_pickle(tables):
    copy = pickle.loads(pickle.dumps(tables))
    assert copy == tables
    assert copy.actor_codes("Vladimir Putin", date="2019-06-01") == ("RUSGOV",)


# --- named actors and their dates ----------------------------------------------


def test_putin_role_by_date(tables):
    # Phoenix.Countries.actors.txt:39560-39576, VLADIMIR_PUTIN_:
    # [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507] [RUSGOV >080508] [RUSELI]
    lines = _lines("Phoenix.Countries.actors.txt")
    assert lines[39559].startswith("VLADIMIR_PUTIN_")
    assert [line.strip() for line in lines[39571:39576]] == [
        "[RUSELI 700101-990809]",
        "[RUSGOV 991231-080507]",
        "[RUSGOV 990809-000507]",
        "[RUSGOV >080508]",
        "[RUSELI]",
    ]
    assert tables.actor_codes("Vladimir Putin", date=date(2019, 3, 1)) == ("RUSGOV",)
    assert tables.actor_codes("Vladimir Putin", date=date(1995, 3, 1)) == ("RUSELI",)
    assert tables.actor_codes("Putin", date="1999-08-09") == ("RUSELI", "RUSGOV")  # both spans hold that day
    assert tables.actor_codes("President Vladimir Putin", date="2008-05-07") == ("RUSGOV",)
    assert tables.actor_codes("Vladimir Putin") == ("RUSGOV",)  # None: the span open to the future
    assert tables.actor_codes("Putin", date="2019-03-01T08:00:00Z") == ("RUSGOV",)
    with pytest.raises(ActorDateError, match="date='March 2019'"):
        tables.actor_codes("Putin", date="March 2019")
    spans = tables.actor_spans("Putin")
    assert spans[0][0] == ActorSpan("RUSELI", date(1970, 1, 1), date(1999, 8, 9))
    assert spans[0][-1] == ActorSpan("RUSELI", None, None)


def test_erdogan_role_by_date_and_accents(tables):
    # Phoenix.Countries.actors.txt:48490-48503, RECEP_TAYYIP_ERDOGAN_ (+ERDOĞAN):
    # [TURELI 720101-021118] [TURGOV 021118-030314] [TURGOV >030314] [TURELI]
    assert _lines("Phoenix.Countries.actors.txt")[48495] == "+ERDOĞAN"
    assert tables.actor_codes("Recep Tayyip Erdogan", date="2019-01-01") == ("TURGOV",)
    assert tables.actor_codes("Erdoğan", date="2000-01-01") == ("TURELI",)
    assert tables.actor_codes("ERDOGAN", date="2003-01-01") == ("TURGOV",)


def test_gap_between_spans_falls_back_to_the_undated_code(tables):
    # Phoenix.Countries.actors.txt:39577-39598: DMITRY_MEDVEDEV_ and DMITR_MEDVEDEV_ (no code between
    # them, so they share) [RUSELI 830101-051201] [RUSGOV 051201-070228] [RUSGOV >080507] [RUSELI]
    assert tables.actor_codes("Dmitry Medvedev", date="2006-06-01") == ("RUSGOV",)
    assert tables.actor_codes("Dmitri Medvedev", date="2007-06-01") == ("RUSELI",)
    assert tables.actor_codes("Medvedev", date="2012-06-01") == ("RUSGOV",)


def test_role_changed_between_files_codes(tables):
    # Phoenix.International.actors.txt:62: ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]
    assert tables.actor_codes("Ann Veneman", date="2003-01-01") == ("USAGOV",)
    assert tables.actor_codes("Ann Veneman", date="2019-01-01") == ("IGOUNOKID",)
    assert tables.actor_codes("Ann Veneman", date="2005-03-01") == ()  # between the spans, no default


def test_aliases_and_normalised_keys(tables):
    # Phoenix.Countries.actors.txt:25483-25484: KENYA_ [KEN], +KENYAN_
    assert tables.actor_codes("Kenya") == tables.actor_codes("Kenyan") == ("KEN",)
    # +RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN, +PRESIDENT_PUTIN_
    assert tables.actor_codes("Russian President Vladimir V. Putin", date="2019-01-01") == ("RUSGOV",)
    assert tables.actor_codes("president putin", date="2019-01-01") == ("RUSGOV",)
    assert tables.actor_codes("no such actor") == ()
    assert actor_tokens("KURDISTAN_WORKERS'_PARTY") == ("kurdistan", "workers", "party")
    assert actor_tokens("Syria's") == ("syria", "s")


def test_international_bodies(tables):
    # Phoenix.International.actors.txt:21 UN_ [IGOUNO]; 203-206 NATO_ ... [IGOWSTNAT];
    # 287-291 THE_EUROPEAN_UNION_, +EUROPEAN_UNION, +THE_EU_ ... [IGOEUREEC]
    assert tables.actor_codes("UN") == tables.actor_codes("U.N.") == ("IGOUNO",)
    assert tables.actor_codes("the United Nations") == ("IGOUNO",)
    assert tables.actor_codes("NATO") == tables.actor_codes("North Atlantic Treaty Organization") == ("IGOWSTNAT",)
    assert tables.actor_codes("European Union") == tables.actor_codes("the EU") == ("IGOEUREEC",)
    assert tables.actor_codes("EU") == ("IGOEUREEC",)  # THE_EU_ without its "the"


def test_armed_groups(tables):
    # Phoenix.MilNonState.actors.txt:1768 TALIBAN_ [AFGREB], +TALEBAN_; 148-153 HAMAS_ ... [PSEREBHMS]
    assert tables.actor_codes("Taliban") == tables.actor_codes("Taleban") == ("AFGREB",)
    assert tables.actor_codes("Hamas") == tables.actor_codes("Islamic Resistance Movement") == ("PSEREBHMS",)
    # ISIL is in Phoenix.Countries.actors.txt:45969-45976: THE_ISLAMIC_STATE, +ISIS_, +ISIL_ [IMGMUSISI >20130408]
    assert tables.actor_codes("ISIL", date="2015-01-01") == ("IMGMUSISI",)
    assert tables.actor_codes("the Islamic State", date="2015-01-01") == ("IMGMUSISI",)
    assert tables.actor_codes("Islamic State", date="2010-01-01") == ()  # before the span opens
    # Phoenix.Countries.actors.txt:45910-45962 ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_ [IMGMUSISI >19990101]
    assert tables.actor_codes("Islamic State of Iraq and the Levant", date="2010-01-01") == ("IMGMUSISI",)


def test_match_actors_over_spacy_tokens(nlp, tables):
    text = "Russian President Vladimir Putin met the U.N. Secretary-General, the Taliban and al-Qaeda in the Indian Ocean."
    tokens = [token.text for token in nlp.tokenizer(text)]
    found = [(" ".join(tokens[start:end]), code) for start, end, code in tables.match_actors(tokens, date="2019-05-01")]
    # longest match: the whole title + name, not "Putin" alone; "Indian Ocean" is [---] (Countries.actors.txt:21126)
    assert found[0] == ("Russian President Vladimir Putin", "RUSGOV")
    assert ("Taliban", "AFGREB") in found
    assert found[-1][1] == "IMGMUSALQ" and "Qaeda" in found[-1][0]
    assert not any("Indian" in span for span, _ in found)
    assert any(code == "IGOUNO" and span.startswith("U.N. Secretary") for span, code in found)


# --- agents and generic actors ----------------------------------------------------


@pytest.mark.parametrize(
    "noun, role, line",
    [
        ("court", "JUD", "COURT [~JUD]"),
        ("lawmaker", "LEG", "LAWMAKER [~LEG]"),
        ("lawmakers", "LEG", "LAWMAKER [~LEG]"),  # regular plural, generated
        ("student", "EDU", "STUDENT [~EDU]"),
        ("activist", "OPP", "ACTIVIST [~OPP]"),
        ("policeman", "COP", "POLICE!PERSON!  [~COP]"),  # !PERSON! expansion
        ("policemen", "COP", "POLICE!PERSON!  [~COP]"),
        ("police", "COP", "POLICE {} [~COP]"),
        ("foreign ministry", "GOV", "FOREIGN_!MINIST! [~GOV]"),
    ],
)
def test_agent_roles(tables, noun, role, line):
    assert line in _lines("Phoenix.agents.txt")
    assert tables.agent_role(noun) == role


def test_agent_plurals_follow_the_file(tables):
    # "POLICE {} [~COP]": no plural formed; "LAWMAN {LAWMEN} [~COP]": the plural given
    assert tables.agent_role("polices") is None
    assert tables.agent_role("lawmen") == "COP"
    assert tables.agent_role("lawmans") is None
    assert tables.agent_role("banana") is None


def test_generic_actors(tables):
    assert tables.generic_actor_code("KEN", "court") == "KENJUD"
    assert tables.generic_actor_code("POL", "lawmakers") == "POLLEG"
    assert tables.generic_actor_code("FRA", "activists") == "FRAOPP"
    assert tables.generic_actor_code("EGY", "foreign minister") == "EGYGOV"
    assert tables.generic_actor_code(None, "police") == "COP"  # no country guessed
    assert tables.generic_actor_code("KEN", "banana") is None
    # Phoenix.agents.txt:2367 TRUCE_MONITOR [IGO~]: the prefix goes before the country
    assert tables.generic_actor_code("KEN", "truce monitors") == "IGOKEN"
    # Phoenix.agents.txt: BUDDHIST_STUDENT [~BUDEDU]
    assert tables.generic_actor_code("LKA", "Buddhist students") == "LKABUDEDU"


def test_combine_codes():
    assert combine_codes("KEN", "~JUD") == "KENJUD"
    assert combine_codes("USAGOV", "~GOV") == "USAGOV"
    assert combine_codes("USAGOV", "~GOVMIL") == "USAGOVMIL"
    assert combine_codes("KEN", "NGO~") == "NGOKEN"
    assert combine_codes(None, "~MIL") == "MIL"
    assert combine_codes("KEN", "IGOUNO") == "IGOUNO"


def test_match_agents(tables):
    tokens = ["Kenyan", "riot", "police", "and", "Polish", "lawmakers"]
    assert tables.match_agents(tokens) == [(1, 3, ("~COP",)), (5, 6, ("~LEG",))]


# --- the formats on small files ------------------------------------------------------


def test_actor_format_rules(tmp_path):
    path = _write(
        tmp_path,
        "small.actors.txt",
        "# comment\n"
        "FIRST_NAME_\n"
        "SECOND_NAME  # no code yet: shares the next\n"
        "+ALIAS_ONE_ +ALIAS_TWO_\n"
        "\t[AAAGOV 990101-051231] [AAAELI]\n"
        "SEA_  [---]\n"
        "THIRD_ [BBB 20120101] trailing words\n",
    )
    parsed = parse_actor_file(path)
    first, sea, third = parsed.entries
    assert first.names == ("FIRST_NAME_", "SECOND_NAME") and first.aliases == ("ALIAS_ONE_", "ALIAS_TWO_")
    assert first.line == 2
    assert first.spans == (
        ("AAAGOV", date(1999, 1, 1).toordinal(), date(2005, 12, 31).toordinal()),
        ("AAAELI", None, None),
    )
    assert third.spans == (("BBB", date(2012, 1, 1).toordinal(), None),)  # a bare date: from then on
    assert parsed.notes == ("small.actors.txt:7: 'trailing words' after the codes, no '#'; ignored",)
    tables = compile_actor_tables([path], agents=[])
    assert tables.actor_codes("second name", date="2000-01-01") == ("AAAGOV",)
    assert tables.actor_codes("alias two", date="2010-01-01") == ("AAAELI",)
    assert tables.actor_codes("sea") == ()
    assert tables.match_actors(["the", "Sea", "and", "Third"], date="2013-01-01") == [(3, 4, "BBB")]


def test_dictionary_dates():
    assert parse_dictionary_date("300101") == date(2030, 1, 1)  # YY 00-30: 20YY
    assert parse_dictionary_date("310101") == date(1931, 1, 1)
    assert parse_dictionary_date("20130408") == date(2013, 4, 8)
    assert parse_dictionary_date("201005011") == date(2010, 5, 1)  # the first 8 digits, as PETRARCH


def test_agent_format_rules(tmp_path):
    path = _write(
        tmp_path,
        "small.agents.txt",
        "!PERSON! = MAN, MEN\n"
        "ATTORNEY [~JUD]\n"
        "PARTY [~PTY]\n"
        "WITNESS [~CVL]\n"
        "CHAIR!PERSON! [~GOV]\n"
        "POLICE {} [~COP]\n"
        "THIEF {THIEVES} [~CRM]\n"
        "MONITOR [IGO~]\n",
    )
    entries = parse_agent_file(path).entries
    assert entries[0].forms == ("ATTORNEY", "ATTORNEYS")
    assert entries[1].forms == ("PARTY", "PARTIES")
    assert entries[2].forms == ("WITNESS", "WITNESSES")
    assert entries[3].forms == ("CHAIRMAN", "CHAIRMEN")
    assert entries[4].forms == ("POLICE",)
    assert entries[5].forms == ("THIEF", "THIEVES")
    assert entries[6].code == "IGO~"


# --- errors name file:line ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("+ALIAS_FIRST\nNAME_ [AAA]\n", 1, "alias with no entry"),
        ("\n\t[AAA]\n", 2, "code line with no entry"),
        ("NAME_ [AAA]\nOTHER_\n+MORE\n", 2, "has no code"),
        ("NAME_\n\t[AAAGOV 990231-000101]\n", 2, "date '990231'"),
        ("NAME_\n\t[AAAGOV 99-01]\n", 2, "is not YYMMDD"),
        ("NAME_ [aaa]\n", 1, "bad code"),
        ("NAME_ [AAA\n", 1, "cannot read the codes"),
        ("NAME_ [AAA]\n+__\n", 2, "empty name"),
    ],
)
def test_actor_errors_name_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(ActorDictionaryError, match=words) as caught:
        parse_actor_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert caught.value.line == line and isinstance(caught.value, ExtractError)


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("COURT [~JUD]\nJUDGE_!PERSONS! [~JUD]\n", 2, "unknown substitution set !PERSONS!"),
        ("COURT [~jud]\n", 1, "bad agent code"),
        ("COURT {COURTS [~JUD]\n", 1, "unbalanced"),
        ("!SET! = A, , B\n", 1, "empty member"),
        ("COURT [~JUD] extra\n", 1, "code last"),
        ("  [~JUD]\n", 1, "empty agent phrase"),
    ],
)
def test_agent_errors_name_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "bad.agents.txt", text)
    with pytest.raises(ActorDictionaryError, match=words) as caught:
        parse_agent_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_encoding_error_names_the_line(tmp_path):
    path = tmp_path / "latin1.actors.txt"
    path.write_bytes(b"NAME_ [AAA]\n+OTHER\n+CAF\xe9_\n")
    with pytest.raises(ActorDictionaryError, match="not UTF-8") as caught:
        compile_actor_tables([path], agents=[])
    assert caught.value.line == 3
