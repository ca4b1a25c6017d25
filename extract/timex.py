"""Date expressions resolved against the article's date.

Rules (``anchor`` is the article's date):

- a weekday ("Monday") is the most recent such day on or before the anchor;
- "today", "yesterday", "tomorrow", "tonight", "overnight" (the night
  before: anchor - 1 to anchor);
- "the weekend" is the most recent Saturday-Sunday on or before the anchor;
- "last week/month/year", "this week/month/year", "next ...";
- a month ("September", "in September") is the most recent such month
  starting on or before the anchor, as a range from its first to its last
  day; "early/mid/late April" are the days 1-10, 11-20 and 21-end;
- full and partial dates ("June 3, 2019", "3 June", "June 2019", "2016");
  a day and month without a year take the anchor's year, or the year
  before if that would put them more than a month after the anchor;
- "since X" runs from the start of X to the anchor.

Durations ("eight-year", "hours", "two days") are not points in time and
give None. An expression that cannot be resolved keeps its text with no
dates; without an anchor only absolute dates resolve.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from .types import TimeSpan

__all__ = ["to_time_span", "parse_anchor"]

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DURATION = re.compile(
    r"^(?:(?:about|around|nearly|almost|more than|over|some|the past|the last|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few|many|hundreds of|thousands of|dozens of)[\s-]+)*"
    r"(?:second|minute|hour|day|week|month|year|decade|century)s?(?:[\s-]+(?:long|old))?$"
)
_LEADING = re.compile(r"^(?:on|in|at|during|by|from|until|till|of|the|this past|earlier|later)\s+")


def parse_anchor(date: str | None) -> _dt.date | None:
    """The calendar date of an ISO date or timestamp, or None.

    Examples
    --------
    >>> parse_anchor("2019-06-03T10:00:00Z")
    datetime.date(2019, 6, 3)
    >>> parse_anchor(None) is None
    True
    """
    if not date:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", date)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_range(year: int, month: int, part: str | None = None) -> tuple[_dt.date, _dt.date]:
    last = calendar.monthrange(year, month)[1]
    if part == "early":
        return _dt.date(year, month, 1), _dt.date(year, month, 10)
    if part == "mid":
        return _dt.date(year, month, 11), _dt.date(year, month, 20)
    if part == "late":
        return _dt.date(year, month, 21), _dt.date(year, month, last)
    return _dt.date(year, month, 1), _dt.date(year, month, last)


def _week_start(day: _dt.date) -> _dt.date:
    return day - _dt.timedelta(days=day.weekday())


def _span(text: str, start: _dt.date | None, end: _dt.date | None) -> TimeSpan:
    return TimeSpan(text, start.isoformat() if start else None, end.isoformat() if end else None)


def _resolve(expr: str, anchor: _dt.date | None) -> tuple[_dt.date, _dt.date] | None:
    """(start, end) of a normalised expression, or None."""
    one = _dt.timedelta(days=1)
    # Absolute dates first: they need no anchor.
    m = re.fullmatch(rf"({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})", expr) or None
    if m:
        month, day, year = _MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
        return _safe_day(year, month, day)
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?,? (\d{{4}})", expr)
    if m:
        return _safe_day(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    m = re.fullmatch(rf"(?:(early|mid|late)[\s-]+)?({_MONTH_RE})\.?,? (\d{{4}})", expr)
    if m:
        return _month_range(int(m.group(3)), _MONTHS[m.group(2)], m.group(1))
    m = re.fullmatch(r"(?:(early|mid|late)[\s-]+)?(\d{4})", expr)
    if m:
        year = int(m.group(2))
        if not 1000 <= year <= 2999:
            return None
        part = m.group(1)
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(part, (1, 12))
        return _dt.date(year, months[0], 1), _month_range(year, months[1])[1]
    if anchor is None:
        return None
    if expr in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return anchor, anchor
    if expr in ("yesterday", "last night"):
        return anchor - one, anchor - one
    if expr == "tomorrow":
        return anchor + one, anchor + one
    if expr == "overnight":
        return anchor - one, anchor
    m = re.fullmatch(r"(?:last |this )?(%s)(?:'s)?(?: (?:morning|afternoon|evening|night))?" % "|".join(_WEEKDAYS), expr)
    if m:
        back = (anchor.weekday() - _WEEKDAYS[m.group(1)]) % 7
        if expr.startswith("last ") and back == 0:
            back = 7
        day = anchor - _dt.timedelta(days=back)
        return day, day
    if expr in ("the weekend", "weekend", "this weekend", "last weekend", "over the weekend"):
        back = (anchor.weekday() - 6) % 7
        sunday = anchor - _dt.timedelta(days=back)
        return sunday - one, sunday
    for unit in ("week", "month", "year"):
        for word, shift in (("last", -1), ("past", -1), ("this", 0), ("next", 1)):
            if expr == f"{word} {unit}":
                return _unit_range(anchor, unit, shift)
    m = re.fullmatch(rf"(?:(early|mid|late)[\s-]+)?({_MONTH_RE})\.?", expr)
    if m:
        month = _MONTHS[m.group(2)]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return _month_range(year, month, m.group(1))
    m = re.fullmatch(rf"({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?", expr) or re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?", expr
    )
    if m:
        a, b = m.group(1), m.group(2)
        month, day = (_MONTHS[a], int(b)) if a in _MONTHS else (_MONTHS[b], int(a))
        found = _safe_day(anchor.year, month, day)
        if found and found[0] > anchor + _dt.timedelta(days=31):
            found = _safe_day(anchor.year - 1, month, day)
        return found
    return None


def _safe_day(year: int, month: int, day: int) -> tuple[_dt.date, _dt.date] | None:
    try:
        d = _dt.date(year, month, day)
    except ValueError:
        return None
    return d, d


def _unit_range(anchor: _dt.date, unit: str, shift: int) -> tuple[_dt.date, _dt.date]:
    if unit == "week":
        start = _week_start(anchor) + _dt.timedelta(weeks=shift)
        return start, start + _dt.timedelta(days=6)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return _month_range(index // 12, index % 12 + 1)
    year = anchor.year + shift
    return _dt.date(year, 1, 1), _dt.date(year, 12, 31)


def to_time_span(text: str, anchor: str | _dt.date | None = None) -> TimeSpan | None:
    """Resolve a date expression against the article's date.

    Parameters
    ----------
    text : str
        The expression as the article gives it ("Monday", "late April").
    anchor : str or datetime.date or None
        The article's date (ISO 8601); None resolves absolute dates only.

    Returns
    -------
    TimeSpan or None
        None for durations and empty text; otherwise the text with the
        inclusive ISO start and end dates (None where it cannot resolve).

    Examples
    --------
    >>> to_time_span("Monday", "2019-06-03")
    TimeSpan(text='Monday', start='2019-06-03', end='2019-06-03')
    >>> to_time_span("on Sunday", "2019-06-03").start
    '2019-06-02'
    >>> to_time_span("late April", "2019-06-03")
    TimeSpan(text='late April', start='2019-04-21', end='2019-04-30')
    >>> to_time_span("September", "2019-06-03")
    TimeSpan(text='September', start='2018-09-01', end='2018-09-30')
    >>> to_time_span("since late April", "2019-06-03")
    TimeSpan(text='since late April', start='2019-04-21', end='2019-06-03')
    >>> to_time_span("eight-year", "2019-06-03") is None
    True
    """
    if not isinstance(text, str) or not text.strip():
        return None
    if not isinstance(anchor, _dt.date):
        anchor = parse_anchor(anchor)
    expr = " ".join(text.lower().replace("\u2019", "'").split()).strip(" .,;")
    expr = re.sub(r"'s?$", "", expr)  # "last night's attack"
    if _DURATION.match(expr) or re.search(r"\b(?:ago|old|long)$", expr):
        return None
    since = False
    if expr.startswith("since "):
        since, expr = True, expr[6:]
    while True:
        stripped = _LEADING.sub("", expr)
        if stripped == expr:
            break
        expr = stripped
    expr = re.sub(r"^(?:the )?(?:end|beginning|start) of ", "", expr)
    if _DURATION.match(expr) or re.fullmatch(r"(?:about|around|aged|age|nearly|almost|some)?\s*\d{1,3}", expr):
        return None  # a duration, or an age ("aged about 68")
    found = _resolve(expr, anchor)
    if found is None:
        return _span(text, None, None)
    start, end = found
    if since and anchor is not None:
        end = max(anchor, start)
    return _span(text, start, end)
