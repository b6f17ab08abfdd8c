"""A when-question about the future, and a passage giving a time not yet past when written.

"When will Russia invade Ukraine?", "When is the next round of talks scheduled?" ask for a time
after the article's own date. A passage answers only with a time it places on or after that date
— "next week", "later this year", "in the coming days", "in two weeks", "on Feb. 3" or "in
March" in an article of Jan. 25, a later year — or with any time in a clause its verb puts in
the future ("talks will resume on Monday", "is due to arrive in the spring"). "As of today", "on
Monday", "in 2014" date what is past; "soon" gives no time. English questions; no word list of
questions. Rule (switch ``future``) of docs/ranking-news.md.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.engine.asked import kind_spans

# "when will / shall …", "when is … going to / scheduled / due / expected / set / planned …",
# "when is / does the next …": the time asked is still to come when the question is asked.
_ASKS_FUTURE = re.compile(
    r"^\W*when\s+(?:(?:will|shall)\b|(?:is|are|am)\b[^?!.;]*?\b(?:going to|scheduled|due|expected|set to|planned"
    r"|slated|to be held)\b|(?:is|are|does|do)\s+(?:the|a|an)\s+next\b)",
    re.IGNORECASE,
)
_ASKS_DURATION = re.compile(r"^\W*how long\s+(?:will|would|shall|might|could)\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_COUNT = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few"
_SPAN = r"days?|weeks?|months?|years?|hours?|decades?"
# A time its words place after today, whatever the article's date.
_AHEAD = re.compile(
    rf"\b(?:next|this coming|the coming|the following)\s+(?:week|month|year|decade|season|spring|summer|autumn|fall"
    rf"|winter|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH})\b"
    r"|\blater\s+(?:this|in the)\s+(?:week|month|year|decade|season|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:tomorrow|tonight)\b|\bin the (?:coming|next)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b"
    rf"|\b(?:in|within)\s+(?:the next\s+)?(?:{_COUNT})[\s-]+(?:{_SPAN})\b(?!\s+(?:ago|earlier|before))"
    rf"|\bby\s+the\s+end\s+of\s+(?:this|next|the)\s+(?:week|month|year|decade|{_MONTH})\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:{_COUNT}|many|more|the next|the coming)[\s-]+(?:more\s+)?(?:{_SPAN}|minutes?|seconds?)\b"
    r"|\b(?:indefinitely|permanently|temporarily|as long as|until|till|through)\b",
    re.IGNORECASE,
)
# A date read against the article's own: a month (with its day and year) or a year.
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\b\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\b\.?(?:,?\s+(?P<year2>(?:19|20)\d\d)\b)?"
    r"|\b(?P<alone>(?:19|20)\d\d)\b(?!s|'s)",
    re.IGNORECASE,
)
# A verb put in the future: any time in the rest of its clause is still to come.
FUTURE_VERBS = (
    r"will|shall|'ll|is to|are to|plans? to|intends? to|aims? to"
    r"|(?:(?:is|are|was|were|be|been)\s+)?(?:due|set|scheduled|expected|slated|going|planned)\s+to"
)
_WILL = re.compile(rf"\b(?:{FUTURE_VERBS})\b", re.IGNORECASE)
CLAUSE = re.compile(r"[^;—–]+")  # a sentence's clauses: split at a semicolon or a dash
# An occasion a future verb is timed by: "will be reinstated for Super Bowl LI", "before the Olympics".
_OCCASION = re.compile(r"\b(?:for|before|after|until|ahead of|in time for)\s+(?:the\s+)?[A-Z][\w'’-]+")
_PAST = re.compile(r"\b(?:ago|yesterday|last|earlier|previously|recently|since)\b", re.IGNORECASE)


def asks_future(question: str) -> str:
    """What a question about the future asks: "time" for a when-question asking a time still to
    come ("When will …?", "When is the next …?"), "duration" for "how long will / would …?" (how
    long something not yet done would last); "" for another question."""
    if _ASKS_FUTURE.match(question) is not None:
        return "time"
    return "duration" if _ASKS_DURATION.match(question) is not None else ""


def duration_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives how long something lasts: "six months", "a few weeks", "indefinitely",
    "until March"."""
    return [m.span() for m in _DURATION.finditer(text)]


def future_spans(text: str, written: dt.date) -> list[tuple[int, int]]:
    """Where ``text``, of an article dated ``written``, gives a time on or after that date, as
    [start, end) character spans: a time ahead by its words, a date not before ``written``, or
    any time in a clause after a future verb ("will … on Monday", "will … for Super Bowl LI")."""
    found = [m.span() for m in _AHEAD.finditer(text)]
    found += [m.span() for m in _DATE.finditer(text) if _not_before(m, written)]
    for clause in CLAUSE.finditer(text):
        will = _WILL.search(clause[0])
        if will is None:
            continue
        rest = clause[0][will.end() :]
        offset = clause.start() + will.end()
        # The verb dates the time ahead of the writing, whatever the header's date (a page dated
        # when it was collected: "is scheduled to return in 2018" in one dated 2020).
        found += [
            (offset + a, offset + b)
            for a, b in kind_spans("time", rest, lambda _: False)
            if not _PAST.search(rest[a:b])
        ]
        found += [(offset + m.start(), offset + m.end()) for m in _OCCASION.finditer(rest)]
    return found


def _not_before(match: re.Match[str], written: dt.date) -> bool:
    """Whether a date match falls after ``written``: a year alone after its year; a month
    alone after its month; a day of a month after its day (a date of its own day is mostly
    what it reports: "Tuesday, Jan. 25" in a caption of that day)."""
    if match["alone"]:
        return int(match["alone"]) > written.year
    month = _MONTHS.index((match["month"] or match["month2"])[:3].lower()) + 1
    year, day = match["year"] or match["year2"], match["day"] or match["day2"]
    year_n = int(year) if year else written.year
    if (year_n, month) != (written.year, written.month):
        return (year_n, month) > (written.year, written.month)
    return day is not None and int(day) > written.day
