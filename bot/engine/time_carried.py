"""A time the question restricts its ask to, and whether a passage shown carries it.

"How many troops were massed near Ukraine back in spring 2021?", "How many people died in the
fighting in 2021 alone?", "What did Zelenskyy tell European leaders on Tuesday?": the question
does not ask the time, it narrows its ask to one. A passage answers only where it carries that
time for the fact asked: a sentence of it (the one shown or the one before) that shares a word
with the question's asking clause writes the time, or — for a closed calendar period (a year,
a season, a month) — the article is dated inside it. Read here, all closed grammatical classes:

- a year after a preposition ("in / during / since / before / after / by 2014", "back in spring
  2021", "of May 2020"); a year premodifying a noun ("out of the 2024 race") names a thing;
- a season after a preposition or "last / this / next" ("last spring", "in the winter");
- a month's name after a preposition ("in May", "since February 2022");
- a weekday ("on Tuesday", "Tuesday's shipment"; not "Cyber Monday", a name); a passage ties
  its sentences' weekday to the asked fact, so one naming only another day ("On Monday, Zelenskyy
  told the nation" for "… on Tuesday?") contradicts the ask, one naming none is silent;
- "<time> alone" and "during <event> itself": the part of a whole the passage's figure may
  cover, so the time or the event must be written in the shown sentence itself, beside a number
  for a "how many / how much" question;
- "before <event>", "after this <event>" in a question of no future: a sentence writing the
  event and an ordering word ("following", "previously", "already") carries what came before or
  after it.

"back then" / "at the time" in the asking clause points at the times of the sentences before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.timeframe import MONTH_NUMBERS

WEEKDAYS = tuple(day.lower() for day in calendar.day_name)
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11), "winter": (12, 1, 2)}
_MONTH_NAMES = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_SEASON = "|".join(SEASONS)
# "by 2050" is a plan's deadline, "of 2014" a name's ("the class of 2014"): neither narrows the ask.
_PREPOSITION = r"(?:in|during|since|before|after|until|till|through|from|for|as of|back in|around)"
_OPEN = frozenset({"since", "before", "after", "until", "till", "through", "from", "as of"})
_YEAR = re.compile(
    rf"\b(?P<prep>{_PREPOSITION})\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:the\s+)?(?P<season>{_SEASON})\s+(?:of\s+)?|(?P<month>{_MONTH})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)(?!\s+(?!(?:alone|and|or|but|to|in|on|at|for|with|as|by|from|when|after"
    r"|before|until|since|that|than|of|the|a|an|was|were|is|are|did|had|has|have)\b)[a-z])(?P<alone>\s+alone\b)?",
    re.IGNORECASE,
)
_SEASON_ASKED = re.compile(
    rf"\b(?P<prep>{_PREPOSITION}|last|this|next|past)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    rf"(?P<season>{_SEASON})\b(?!\s+(?:of\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
# "May" and "March" are verbs too: a month only capitalised.
_MONTH_ASKED = re.compile(
    rf"\b(?P<prep>{_PREPOSITION}|last|this|next|early|late|mid)\s+(?P<month>{_MONTH})\b"
    r"(?!\s+\d{1,2}\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
# A weekday, unless a capitalised word before it makes it a name ("Cyber Monday", "Black Friday").
_WEEKDAY = re.compile(rf"(?:\b(?P<before>[\w'’]+)\s+)?\b(?P<day>{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_NAME_OPENING = frozenset("on last this next by since until till before after from early late every each".split())
# Every time read below writes one of these (a year's digits, a season, a month, a weekday, an
# event's "before / during / after", "then / the time"): a question with none is passed over in
# a few substring tests, not the dozen patterns' (0.07 ms an answer).
_ANY_TIME = ("before", "during", "after", "then", "time", *SEASONS, *_MONTH_NAMES, *WEEKDAYS)
_DIGIT = re.compile(r"\d")
_BACK_THEN = re.compile(r"\b(?:back\s+then|at\s+that\s+time|at\s+the\s+time)\b", re.IGNORECASE)
# "after <event>" is how a question sets its scene ("… became the highest paid player after agreeing
# to a contract extension?"): it narrows the ask only to an event pointed at ("after this one").
_EVENT = re.compile(
    r"\b(?:(?P<prep>before|during)|after(?=\s+(?:this|that|these|those)\b))\s+(?P<event>[^,;:?!.]+)", re.IGNORECASE
)
# A time bounding a superlative or a first ("for the first time since 2017") or dating a clause set
# after, before, when or while ("after sealing its borders in March 2020") narrows no ask.
_BOUNDS_OTHER = re.compile(r"\b(?:first|last)(?:\s+time)?\s*$|\b(?:after|before|when|while)\b[^,;]*$", re.I)
# "before the end of the first half": a point of time named by its period, no event.
_POINT = re.compile(r"\s*(?:the\s+)?(?:very\s+)?(?:end|start|beginning|close|middle|dawn|eve)\s+of\b", re.I)
_RELATIVE = re.compile(r"\b(?:this|last|next|past|coming)\s+(?:\w+\s+)?(?:week|month|year|weekend)", re.I)
# "the annexation of Crimea": an act named by its noun and its object ("during the game" names none)
_ACT_OF = re.compile(r"(?:the\s+)?(?P<noun>[a-z]+)\s+of\b", re.IGNORECASE)
_ITSELF = re.compile(r"\b(?:itself|alone)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|going\s+to)\b|['’]ll\b", re.IGNORECASE)
_NUMBER_ASKED = re.compile(
    r"\b(?:how\s+(?:many|much)|what\s+(?:number|percentage|share|proportion|amount|sum|total))\b", re.IGNORECASE
)
_NUMBER = re.compile(
    r"(?<![\w.])\d[\d,.]*\b|\b(?:dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORDERING = frozenset(
    "before after following follow follows followed precede precedes preceded preceding prior previously previous "
    "earlier already since later subsequently until ago".split()
)
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")
_WORD = re.compile(r"[\w'’$-]+")
TIME_WORDS = (
    frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(MONTH_NUMBERS) | {"alone", "itself", "back", "then", "time"}
)


@dataclass(frozen=True)
class TimeAsked:
    """One time a question narrows its ask to."""

    grain: str  # "year", "season", "month", "weekday" or "event"
    value: int = 0  # the year, the month's number or the weekday's (Monday 0); 0 for a season or an event
    year: int | None = None  # a season's or month's year, if given
    season: str = ""  # the season's name
    words: tuple[str, ...] = ()  # an event's words
    closed: bool = True  # a period an article dated inside carries ("in 2021"), not "since 2014"
    tight: bool = False  # "<time> alone", "during <event> itself": written in the shown sentence itself
    ordered: bool = False  # "before / after <event>": written with an ordering word


def last_sentence(question: str) -> str:
    """The question's last sentence: "Russia annexed Crimea in 2014. What sanctions …?" asks the second."""
    return _CLAUSE_END.split(question.strip())[-1]


def times_asked(question: str, is_act_noun: Callable[[str], bool] | None = None) -> list[TimeAsked]:
    """The times an English question's asking clause narrows its ask to (module docstring); with
    ``is_act_noun``, "during the <act> of X" (an act named by its noun and its object: "the
    annexation of Crimea") in a question asking a number as "during <event> itself": the count is
    of the act's time, so the sentence giving it must write the act."""
    lowered = question.lower()
    if not any(word in lowered for word in _ANY_TIME) and not _DIGIT.search(question):
        return []
    clause = last_sentence(question)
    found = _calendar_times(clause)
    if _BACK_THEN.search(clause):
        found += _calendar_times(question[: len(question) - len(clause)], plain=True)
    found += [TimeAsked("weekday", day) for day in sorted(weekdays_in(clause))]
    if not _FUTURE.search(clause):
        found += _events(clause, is_act_noun if asks_number(clause) else None)
    return found


def _calendar_times(text: str, plain: bool = False) -> list[TimeAsked]:
    """The calendar times ``text`` names; ``plain``: a year named plainly too (what "back then" points at)."""
    found = []
    for match in _YEAR.finditer(text):
        if _BOUNDS_OTHER.search(text[: match.start()]):
            continue
        prep = match["prep"].lower()
        month = _MONTH_NAMES.get((match["month"] or "").lower(), 0)
        season = (match["season"] or "").lower()
        year = int(match["year"])
        if season:
            found.append(TimeAsked("season", year=year, season=season, closed=prep not in _OPEN))
        elif month:
            found.append(TimeAsked("month", month, year=year, closed=prep not in _OPEN))
        elif plain or prep in _OPEN or match["alone"]:
            # A year named plainly ("in 2015") points at the period the article is about, which an
            # encyclopedia states once and a news archive searches by: only a bound or "alone" narrows.
            found.append(TimeAsked("year", year, closed=prep not in _OPEN, tight=bool(match["alone"])))
    for match in _SEASON_ASKED.finditer(text):
        if _BOUNDS_OTHER.search(text[: match.start()]):
            continue
        if match["season"].lower() == "fall" and match["prep"].lower() not in {"last", "this", "next", "past"}:
            continue  # "fall" is a verb too: a season only after "last / this / next / past"
        found.append(TimeAsked("season", season=match["season"].lower(), closed=match["prep"].lower() not in _OPEN))
    for match in _MONTH_ASKED.finditer(text):
        if _BOUNDS_OTHER.search(text[: match.start()]):
            continue
        name = match["month"]
        if name.lower() in {"may", "march"} and not name[0].isupper():
            continue
        found.append(TimeAsked("month", _MONTH_NAMES[name.lower()], closed=match["prep"].lower() not in _OPEN))
    return found


def _events(clause: str, is_act_noun: Callable[[str], bool] | None = None) -> list[TimeAsked]:
    """ "before / after <event>", "during <event> itself" (with ``is_act_noun``, "during the <act>
    of X"): the event's words (not a calendar time)."""
    found = []
    for match in _EVENT.finditer(clause):
        event = match["event"]
        words = [w.lower() for w in _WORD.findall(event)]
        # "before ’s ceremony": what is left of "this week’s ceremony" once the time frame is taken out.
        relative = not words or _RELATIVE.search(event) or words[0][0] in "'’" or _POINT.match(event)
        if relative or _calendar_times(match[0]) or words[0] in TIME_WORDS:
            continue
        content = tuple(w for w in words if w not in TIME_WORDS)
        if (match["prep"] or "").lower() == "during":
            act = _ACT_OF.match(event)
            if _ITSELF.search(event) or (act and is_act_noun is not None and is_act_noun(act["noun"].lower())):
                found.append(TimeAsked("event", words=content, tight=True))
        else:
            found.append(TimeAsked("event", words=content, ordered=True))
    return found


def names_alike(word: str, other: str) -> bool:
    """Whether two capitalised words name one place or people: one is the other but for an
    ending ("Crimea" / "Crimean", "Ukraine" / "Ukrainian"), their shared stem 5 letters or more."""
    if not (word[:1].isupper() and other[:1].isupper()):
        return False
    short, long = sorted((word.lower(), other.lower()), key=len)
    return len(short) > _NAME_STEM and long.startswith(short[:-1])


_NAME_STEM = 5


def asks_number(question: str) -> bool:
    """Whether the asking clause asks a number: "how many …", "how much …", "what percentage …"."""
    return bool(_NUMBER_ASKED.search(last_sentence(question)))


def gives_number(text: str) -> bool:
    """Whether ``text`` gives a number other than a year ("14,000", "dozens", "three")."""
    return any(not _A_YEAR.match(m[0]) for m in _NUMBER.finditer(text))


def weekdays_in(text: str) -> set[int]:
    """The weekdays ``text`` names (Monday 0)."""
    return {
        WEEKDAYS.index(m["day"].lower())
        for m in _WEEKDAY.finditer(text)
        if not (m["before"] and m["before"][0].isupper() and m["before"].lower() not in _NAME_OPENING)
    }


def writes_time(asked: TimeAsked, text: str) -> bool:
    """Whether ``text`` writes the calendar time ``asked`` (a year, a season or one of its
    months, a month's name), with its year when one is asked."""
    words = {w.lower() for w in _WORD.findall(text)}
    year = asked.value if asked.grain == "year" else asked.year
    has_year = year is None or str(year) in words
    if asked.grain == "year":
        return has_year
    if asked.grain == "season":
        months = SEASONS[asked.season]
        return has_year and (asked.season in words or any(_MONTH_NAMES.get(w) in months for w in words))
    if asked.grain == "month":
        return has_year and any(MONTH_NUMBERS.get(w) == asked.value for w in words)
    return False


def dated_inside(asked: TimeAsked, written: dt.date) -> bool:
    """Whether an article dated ``written`` is inside the closed period ``asked`` (a month's
    reports come within the month after it too)."""
    if not asked.closed:
        return False
    if asked.grain == "year":
        return written.year == asked.value
    if asked.grain == "season":
        return written.month in SEASONS[asked.season] and asked.year in (None, written.year)
    if asked.grain == "month":
        before = written.replace(day=1) - dt.timedelta(days=1)
        return any(d.month == asked.value and asked.year in (None, d.year) for d in (written, before))
    return False


def carries_time(
    asked: TimeAsked,
    sentences: tuple[str, str | None],
    written: dt.date,
    shares: Callable[[str], bool],
    number: bool,
    is_event_word: Callable[[str], bool],
    is_event_act: Callable[[str], bool] = lambda _: False,
) -> bool | None:
    """Whether a passage (its shown sentence and the one before, its article dated ``written``)
    carries the time ``asked`` for the asked fact: True, False, or None for a weekday it is
    silent about. ``shares``: whether a sentence shares a word with the asking clause;
    ``number``: the question asks a number; ``is_event_word``: a word writes the asked event;
    ``is_event_act``: a word writes its head, the act itself ("defeating" of "before defeating the
    army"), which a passage narrating it in order with what came before carries without an
    ordering word."""
    shown, previous = sentences
    texts = [t for t in ((shown, previous) if not asked.tight else (shown,)) if t]
    tied = [t for t in texts if shares(t)]
    if asked.grain == "weekday":
        days = set().union(*(weekdays_in(t) for t in tied)) if tied else set()
        return True if asked.value in days else (False if days else None)
    if asked.grain == "event":
        for text in texts:
            words = _WORD.findall(text)
            if not any(is_event_word(w) for w in words):
                continue
            ordering = not _ORDERING.isdisjoint(w.lower() for w in words) or any(is_event_act(w) for w in words)
            if asked.ordered and not ordering:
                continue
            if asked.tight and number and not gives_number(text):
                continue
            return True
        return False
    if number and not gives_number(shown):
        return False  # "how many … since 2014?": the sentence shown, the answer, gives no number
    # The passage shares a word with the asking clause and a sentence of it writes the time.
    if tied and any(writes_time(asked, t) and (not asked.tight or not number or gives_number(t)) for t in texts):
        return True
    return not asked.tight and dated_inside(asked, written)
