"""Time in questions: "latest", "last week", "in January 2022", "since February", "before 2022".

``find_timeframe(question, newest)`` finds one such expression and turns it into a
range of article dates. Relative times ("last week", "since February", "this month")
count back from the newest article's date, not from today: an archive can be years
old. ``TimeFrame.scope`` says which dates were used, so every reply can state them.

    >>> frame, rest = find_timeframe("what happened last week?", dt.date(2022, 3, 1))
    >>> frame.scope(), rest
    ('from last week (2022-02-23 to 2022-03-01)', 'what happened?')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from bot.engine.messages import say
from bot.engine.time_words import LANGUAGES as TIME_WORD_LANGUAGES
from bot.engine.time_words import ROLES, Patterns, patterns

MONTH_NUMBERS = {name: number for number, name in enumerate(calendar.month_name) if name} | {
    name: number for number, name in enumerate(calendar.month_abbr) if name
}
MONTH_NUMBERS = {name.lower(): number for name, number in MONTH_NUMBERS.items()} | {"sept": 9}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![-\d])"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}

# A day or a period of the calendar, most specific first.
_PERIODS = [
    r"(?P<iso>\d{4}-\d\d-\d\d)",
    rf"{_MONTH} {_DAY}(?:,? {_YEAR})?(?![\d:])",
    rf"(?:the )?{_DAY}(?: of)? {_MONTH}(?:,? {_YEAR})?",
    rf"{_MONTH}(?:,? (?:of )?{_YEAR})?(?![ ,]*\d)",  # not "February 30", an impossible day
    _YEAR,
]
_PREPOSITION = r"(?P<prep>in|during|on|from|since|after|before|until|till|through|up to|as of)"
_ABSOLUTE = [re.compile(rf"\b{_PREPOSITION} {period}\b", re.IGNORECASE) for period in _PERIODS]
_RELATIVE = re.compile(
    r"\b(?:(?:in|during|over|within|from|since) )?(?:the )?"
    r"(?P<which>last|past|previous|this) "
    r"(?:(?P<count>\d{1,3}|a|one|two|three|four|five|six|seven) )?"
    r"(?P<unit>days?|weeks?|fortnight|months?|years?)\b",
    re.IGNORECASE,
)
_LEADING_FROM = re.compile(r"\A(?:(?:in|during|on|from|over|within)\s+)+", re.IGNORECASE)
_KEEPS_PREPOSITION = re.compile(r"\A(?:since|after|before|until|till|through|up to|as of)\b", re.IGNORECASE)
LATEST_DAYS = 7  # "latest" prefers the newest week's articles
_NEWEST = re.compile(r"\b(?P<word>latest|newest|most recent|recent|freshest)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimeFrame:
    """A range of article dates (either end open), or newest-first order, and how it was asked."""

    since: dt.date | None = None
    until: dt.date | None = None
    phrase: str = ""  # the words of the question, e.g. "last week"
    newest_first: bool = False
    # Calendar dates ("in 1973", "before 2022"), which a question may mean as the event's
    # date rather than the article's: passages that mention them count when no article is from then.
    absolute: bool = False
    # Counted back from the newest article ("this week", "last month"): passage questions
    # prefer these dates but still search all of them, as readers mean the time loosely.
    relative: bool = False

    def contains(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    @property
    def restricts(self) -> bool:
        return self.since is not None or self.until is not None

    def dates(self) -> str:
        """The range in ISO dates: "2022-01-01 to 2022-01-31", "from 2022-02-01", "up to 2021-12-31"."""
        if self.since and self.until:
            if self.since == self.until:
                return self.since.isoformat()
            return say("{since} to {until}", since=self.since.isoformat(), until=self.until.isoformat())
        if self.since:
            return say("from {since}", since=self.since.isoformat())
        if self.until:
            return say("up to {until}", until=self.until.isoformat())
        return say("newest first")

    def scope(self) -> str:
        """The dates as said after "articles dated": "from last week (…)", "since February (from …)"."""
        if not self.phrase:
            return (
                self.dates() if self.dates().startswith(("from", "up to")) else say("from {dates}", dates=self.dates())
            )
        words = _LEADING_FROM.sub("", self.phrase)
        if not _KEEPS_PREPOSITION.match(words):
            return say("from {words} ({dates})", words=words, dates=self.dates())
        return say("{words} ({dates})", words=words, dates=self.dates())

    def preferred(self, newest: dt.date) -> tuple[dt.date, dt.date] | None:
        """The dates a passage question prefers without restricting to them: a relative
        period, or the newest week for "latest"; None for calendar dates, which restrict."""
        if self.relative and self.since is not None:
            return self.since, self.until or newest
        if self.newest_first and not self.restricts:
            return newest - dt.timedelta(days=LATEST_DAYS - 1), newest
        return None

    def intersect(self, other: TimeFrame | None) -> TimeFrame:
        if other is None:
            return self
        since = max((d for d in (self.since, other.since) if d), default=None)
        until = min((d for d in (self.until, other.until) if d), default=None)
        phrase = " and ".join(p for p in (self.phrase, other.phrase) if p)
        relative = self.relative and not other.restricts  # dates the asker gives are a wall
        return TimeFrame(since, until, phrase, self.newest_first or other.newest_first, self.absolute, relative)


def find_timeframe(
    question: str, newest: dt.date | Callable[[], dt.date], language: str = "en"
) -> tuple[TimeFrame | None, str]:
    """The time the question restricts to, and the question without those words.

    ``newest`` is the newest article's date (or a function giving it, called only when the
    question has a time expression): relative times count back from it. ``language``: the
    question's; German, Spanish, French, Russian and Ukrainian are read with their own time
    words (``bot.engine.time_words``), never with the English ones.
    """
    if language != "en" and language in TIME_WORD_LANGUAGES:
        return _find_foreign(question, newest, patterns(language))
    if callable(newest):
        match = next((m for p in (*_ABSOLUTE, _RELATIVE, _NEWEST) for m in [p.search(question)] if m), None)
        if match is None:
            return None, question
        newest = newest()
    for pattern in _ABSOLUTE:
        for match in pattern.finditer(question):
            frame = _absolute(match, newest)
            if frame is not None:
                return frame, _without(question, match)
    match = _RELATIVE.search(question)
    if match is not None:
        return _relative(match, newest), _without(question, match)
    match = _NEWEST.search(question)
    if match is not None:
        return TimeFrame(phrase=match["word"], newest_first=True), _without(question, match)
    return None, question


def _find_foreign(
    question: str, newest: dt.date | Callable[[], dt.date], words: Patterns
) -> tuple[TimeFrame | None, str]:
    """``find_timeframe`` with one language's time words: calendar dates, then "last week",
    then "yesterday", then "latest"."""
    # Of each kind the first and longest: "les 3 derniers jours", not "derniers jours".
    found: list[tuple[str, re.Match[str]]] = []
    for kind, kind_patterns in (
        ("absolute", words.absolute),
        ("relative", words.relative),
        ("day", [words.day]),
        ("newest", [words.newest]),
    ):
        matches = (m for p in kind_patterns for m in p.finditer(question))
        found += [(kind, m) for m in sorted(matches, key=lambda m: (m.start(), -len(m[0])))]
    if not found:
        return None, question
    newest = newest() if callable(newest) else newest
    for kind, match in found:
        frame = _foreign_frame(kind, match, newest, words)
        if frame is not None:
            return frame, _without(question, match)
    return None, question


def _foreign_frame(kind: str, match: re.Match[str], newest: dt.date, words: Patterns) -> TimeFrame | None:
    phrase = " ".join(match[0].split())
    if kind == "newest":
        return TimeFrame(phrase=phrase, newest_first=True)
    if kind == "day":
        day = newest if match["which"].lower() in words.today else newest - dt.timedelta(days=1)
        return TimeFrame(since=day, until=day, phrase=phrase, relative=True)
    if kind == "relative":
        unit = words.units[match["unit"].lower()]
        if match["which"].lower() in words.this:
            return _relative_frame(unit, 0, newest, phrase)
        count = match["count"] or "1"
        return _relative_frame(unit, int(count) if count.isdigit() else words.numbers[count.lower()], newest, phrase)
    period = _period(match, newest, words.months)
    if period is None:
        return None
    preposition = " ".join((match["prep"] or "").lower().split())
    return _bounded(period, words.roles.get(preposition, "in"), phrase)


def _relative_frame(unit: str, count: int, newest: dt.date, phrase: str) -> TimeFrame:
    """The days of "this <unit>" (``count`` 0) or the last ``count`` units, up to ``newest``."""
    if count == 0:
        since = {
            "day": newest,
            "week": newest - dt.timedelta(days=newest.weekday()),
            "month": newest.replace(day=1),
            "year": newest.replace(month=1, day=1),
        }[unit]
        return TimeFrame(since=since, until=newest, phrase=phrase, relative=True)
    days = max(count, 1) * _UNIT_DAYS[unit]
    return TimeFrame(since=newest - dt.timedelta(days=days - 1), until=newest, phrase=phrase, relative=True)


def _bounded(period: tuple[dt.date, dt.date], role: str, phrase: str) -> TimeFrame:
    """The frame a preposition's ``role`` (of ``ROLES``) makes of a calendar ``period``."""
    assert role in ROLES
    first, last = period
    one_day = dt.timedelta(days=1)
    if role == "since":
        return TimeFrame(since=first, phrase=phrase, absolute=True)
    if role == "after":
        return TimeFrame(since=last + one_day, phrase=phrase, absolute=True)
    if role == "before":
        return TimeFrame(until=first - one_day, phrase=phrase, absolute=True)
    if role == "until":
        return TimeFrame(until=last, phrase=phrase, absolute=True)
    return TimeFrame(since=first, until=last, phrase=phrase, absolute=True)


def _without(question: str, match: re.Match[str]) -> str:
    rest = " ".join((question[: match.start()] + " " + question[match.end() :]).split())
    return re.sub(r" (?=[?!.,;:])", "", rest)


def _period(
    match: re.Match[str], newest: dt.date, months: dict[str, int] = MONTH_NUMBERS
) -> tuple[dt.date, dt.date] | None:
    """First and last day of the day, month or year the match names (``months``: the month
    names of its language); None if impossible."""
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            day = dt.date.fromisoformat(groups["iso"])
            return day, day
        year = int(groups["year"]) if groups.get("year") else None
        month = months[groups["month"].lower()] if groups.get("month") else None
        if month is None:  # the pattern has a month or a year
            whole = cast(int, year)
            return dt.date(whole, 1, 1), dt.date(whole, 12, 31)
        if year is None:  # "in February": the latest February up to the newest article
            year = (
                newest.year if (month, int(groups.get("day") or 1)) <= (newest.month, newest.day) else newest.year - 1
            )
        if groups.get("day"):
            day = dt.date(year, month, int(groups["day"]))
            return day, day
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:  # "February 30", "2022-13-01"
        return None


def _absolute(match: re.Match[str], newest: dt.date) -> TimeFrame | None:
    # "may" and "march" are also a verb: only a capitalised one, or one with a day or year, is a month.
    groups = match.groupdict()
    month = groups.get("month")
    verb_like = month and month.lower() in {"may", "march", "mar"} and not month[0].isupper()
    if verb_like and not (groups.get("day") or groups.get("year")):
        return None
    period = _period(match, newest)
    if period is None:
        return None
    first, last = period
    phrase = match[0].strip()
    preposition = match["prep"].lower()
    one_day = dt.timedelta(days=1)
    if preposition in {"since", "as of"}:
        return TimeFrame(since=first, phrase=phrase, absolute=True)
    if preposition == "after":
        return TimeFrame(since=last + one_day, phrase=phrase, absolute=True)
    if preposition == "before":
        return TimeFrame(until=first - one_day, phrase=phrase, absolute=True)
    if preposition in {"until", "till", "through", "up to"}:
        return TimeFrame(until=last, phrase=phrase, absolute=True)
    return TimeFrame(since=first, until=last, phrase=phrase, absolute=True)


def _relative(match: re.Match[str], newest: dt.date) -> TimeFrame:
    unit = match["unit"].lower().rstrip("s")
    phrase = match[0].strip()
    if match["which"].lower() == "this":
        since = {
            "day": newest,
            "week": newest - dt.timedelta(days=newest.weekday()),
            "fortnight": newest - dt.timedelta(days=13),
            "month": newest.replace(day=1),
            "year": newest.replace(month=1, day=1),
        }[unit]
        return TimeFrame(since=since, until=newest, phrase=phrase, relative=True)
    count_word = (match["count"] or "1").lower()
    count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS[count_word]
    days = max(count, 1) * _UNIT_DAYS[unit]
    return TimeFrame(since=newest - dt.timedelta(days=days - 1), until=newest, phrase=phrase, relative=True)
