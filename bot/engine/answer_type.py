"""What kind of answer a question asks for, and whether a passage offers one.

"How many troops?" wants a quantity, "when ...?" a date, "who ...?" a person,
"where ...?" a place. The search uses this as a ranking signal on BM25's candidates,
never as a filter: a passage of the wrong kind can still win on its words.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence


class AnswerType(enum.Enum):
    QUANTITY = "quantity"
    DATE = "date"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"


_QUESTION_PATTERNS = [
    (
        AnswerType.QUANTITY,
        r"\bhow (?:many|much|long|far|big|large|old)\b"
        r"|\bwhat (?:number|amount|percentage|share|proportion|size|sum)\b",
    ),
    (AnswerType.DATE, r"\bwhen\b|\b(?:what|which) (?:year|day|date|month|time)\b"),
    (AnswerType.PERSON, r"\bwho(?:m|se)?\b|\bwhat is (?:the|his|her|their) name\b"),
    (AnswerType.PLACE, r"\bwhere\b|\b(?:what|which) (?:country|countries|city|cities|region|place|town)\b"),
]

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
    "single|double|twice|triple"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Per kind, what a passage offers: a pattern searched in it as written, and one searched in
# it lowercased — word lists, as a case-insensitive alternation tried at every position
# is several times slower, and this runs on every candidate of every question.
_PASSAGE_PATTERNS: dict[AnswerType, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    AnswerType.QUANTITY: (re.compile(r"\d"), re.compile(rf"\b(?:{_NUMBER_WORDS})\b")),
    AnswerType.DATE: (
        re.compile(r"\b(?:1[89]|20)\d\d\b"),
        re.compile(
            rf"\b(?:{_WEEKDAYS})\b|\b(?:{_MONTHS})\b\.? \d"
            r"|\b(?:yesterday|today|tonight|last (?:week|month|year)|this (?:week|month|year))\b"
        ),
    ),
    # A name: two capitalised words in a row ("Dmitry Peskov", "Prime Minister Boris Johnson").
    AnswerType.PERSON: (re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+\b"), None),
    AnswerType.PLACE: (re.compile(r"\b(?:in|to|from|near|at|into)\s+(?:the\s+)?[A-Z][a-z]+"), None),
}


def answer_type(question: str) -> AnswerType:
    """The kind of answer ``question`` asks for, in any letter case."""
    return _kind_of(question.lower())


_LEADING_WORDS = 3  # "what year was", "how many ships", "who is the"


def leading_kind(question: str) -> AnswerType:
    """The kind of answer the first words of ``question`` ask for: "What was the tribe of
    the woman he married when he was 16?" asks for no date."""
    return _kind_of(" ".join(question.lower().split()[:_LEADING_WORDS]))


def _kind_of(lowered: str) -> AnswerType:
    for kind, pattern in _QUESTION_PATTERNS:
        if re.search(pattern, lowered):
            return kind
    return AnswerType.OTHER


def offers(kind: AnswerType, passage: str) -> bool:
    """Whether ``passage`` contains something of the kind of answer asked for."""
    patterns = _PASSAGE_PATTERNS.get(kind)
    if patterns is None:
        return False
    written, lowercase = patterns
    return written.search(passage) is not None or (
        lowercase is not None and lowercase.search(passage.lower()) is not None
    )


# A date's digits ("Jan. 25, 2022", "on 3 March", "in 2014") are no quantity.
_DATES = re.compile(
    rf"\b(?:{_MONTHS})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b\.?(?:,?\s+(?:1[89]|20)\d\d)?"
    r"|\b(?:in|since|until|by|of|from|during)\s+(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d-\d\d-\d\d\b",
    re.IGNORECASE,
)


def offers_value(kind: AnswerType, passage: str) -> bool:
    """Whether ``passage`` offers the kind of answer asked for, a date's digits not counting
    as a quantity (a photo caption's "Jan. 25, 2022" gives no number of troops)."""
    return offers(kind, _DATES.sub(" ", passage) if kind is AnswerType.QUANTITY else passage)


_FOCUS = re.compile(r"^\W*(?:what|which|whose|how many|how much)\s+([^\W\d][\w'-]*)", re.IGNORECASE)


def focus_word(question: str) -> str | None:
    """The word a "what X / which X / how many X" question asks about ("sanctions")."""
    match = _FOCUS.match(question)
    return match[1] if match else None


# A count: digits ("14,000", "11-year"; not a model's "F-16"), a number's word, or a vague
# one ("several lakes", "a few biomolecules": SQuAD's answers to "how many").
_COUNT = re.compile(rf"\d.*|(?:{_NUMBER_WORDS}|several|few|numerous|couple)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s")  # "Denmark is sending ...; Spain is sending ..."


def counts(words: Sequence[str]) -> bool:
    """Whether ``words`` give a count: "three ships", "first downs (21 to 11)", "several lakes";
    "the US Embassy in Kyiv" or "F-16 warplanes" give none."""
    return any(_COUNT.fullmatch(word) for word in words)


def clauses(sentence: str) -> list[str]:
    """A sentence's clauses joined by a semicolon or a dash, each about its own subject."""
    return _CLAUSE_BREAK.split(sentence)
