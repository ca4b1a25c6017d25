"""Date expressions resolved against the article's date (extract/timex.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.timex import parse_anchor, to_time_span

SEED_DATE = "2019-06-03"  # a Monday


@pytest.mark.parametrize(
    "text, anchor, start, end",
    [
        # weekday = the most recent such day on or before the article date
        ("Monday", SEED_DATE, "2019-06-03", "2019-06-03"),
        ("on Sunday", SEED_DATE, "2019-06-02", "2019-06-02"),
        ("Tuesday", SEED_DATE, "2019-05-28", "2019-05-28"),
        ("last Monday", SEED_DATE, "2019-05-27", "2019-05-27"),
        ("over the weekend", SEED_DATE, "2019-06-01", "2019-06-02"),
        ("overnight", SEED_DATE, "2019-06-02", "2019-06-03"),
        ("yesterday", SEED_DATE, "2019-06-02", "2019-06-02"),
        # months and parts of months are ranges
        ("late April", SEED_DATE, "2019-04-21", "2019-04-30"),
        ("early May", SEED_DATE, "2019-05-01", "2019-05-10"),
        ("mid-May", SEED_DATE, "2019-05-11", "2019-05-20"),
        ("in September", SEED_DATE, "2018-09-01", "2018-09-30"),  # the truce of the previous September
        ("June", SEED_DATE, "2019-06-01", "2019-06-30"),
        ("since late April", SEED_DATE, "2019-04-21", "2019-06-03"),
        # absolute dates
        ("June 3, 2019", None, "2019-06-03", "2019-06-03"),
        ("3 June 2019", None, "2019-06-03", "2019-06-03"),
        ("September 2018", None, "2018-09-01", "2018-09-30"),
        ("in 2016", None, "2016-01-01", "2016-12-31"),
        ("October 6", "2019-10-15", "2019-10-06", "2019-10-06"),
        ("December 31", "2020-01-05", "2019-12-31", "2019-12-31"),  # not the coming December
        ("last week", SEED_DATE, "2019-05-27", "2019-06-02"),
        ("last year", SEED_DATE, "2018-01-01", "2018-12-31"),
        # Wikinews: "Thursday, United States military forces killed Qasem Soleimani"
        ("Thursday", "2020-01-05", "2020-01-02", "2020-01-02"),
        # Wikinews: "Turkey began a military offensive ... on Wednesday" (article of Tuesday 15 Oct)
        ("on Wednesday", "2019-10-15", "2019-10-09", "2019-10-09"),
    ],
)
def test_resolves(text, anchor, start, end):
    span = to_time_span(text, anchor)
    assert span is not None and span.text == text
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["eight-year", "the eight-year", "hours", "two days", "", "   ", "several months", "about 68"])
def test_durations_and_empty_are_not_times(text):
    assert to_time_span(text, SEED_DATE) is None


def test_relative_date_without_anchor_keeps_text_only():
    span = to_time_span("Monday", None)
    assert span.text == "Monday" and span.start is None and span.end is None


def test_unknown_expression_keeps_text():
    span = to_time_span("the holy month", SEED_DATE)
    assert span.text == "the holy month" and span.start is None


def test_anchor_parsing():
    assert parse_anchor("2019-06-03T08:00:00+00:00") == dt.date(2019, 6, 3)
    assert parse_anchor("June 2019") is None
    assert parse_anchor("2019-02-30") is None
    assert to_time_span("Monday", dt.date(2019, 6, 5)).start == "2019-06-03"


def test_timex_docstring_examples():
    import doctest

    import extract.timex

    result = doctest.testmod(extract.timex)
    assert result.attempted > 0 and result.failed == 0


from hypothesis import given, strategies as st  # noqa: E402

_EXPRESSIONS = st.sampled_from([
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last Friday",
    "the weekend", "overnight", "yesterday", "today", "last week", "last month", "last year",
    "January", "late April", "early May", "mid-December", "since late April", "June 3", "31 December",
])


@given(expr=_EXPRESSIONS, anchor=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_resolved_spans_are_ordered_and_not_after_the_article(expr, anchor):
    span = to_time_span(expr, anchor.isoformat())
    start, end = dt.date.fromisoformat(span.start), dt.date.fromisoformat(span.end)
    assert start <= end
    # News reports the past: only "today"-like and "since" ranges reach the article date.
    assert start <= anchor + dt.timedelta(days=31)
