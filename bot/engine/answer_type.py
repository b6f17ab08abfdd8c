"""What kind of answer a question asks for, and whether a passage offers one.

"How many troops?" wants a quantity, "how much aid?" an amount of money (a currency amount
offers it, a bare number does not), "when ...?" a date, "who ...?" a person, "where ...?" a
place. The search uses this as a ranking signal on BM25's candidates,
never as a filter: a passage of the wrong kind can still win on its words.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from functools import cache

import regex
from babel import Locale, UnknownLocaleError

from bot.engine.interrogatives import asked_kind


class AnswerType(enum.Enum):
    MONEY = "money"  # a quantity of money: "how much aid ...?", "how much did it cost?"
    QUANTITY = "quantity"
    DATE = "date"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"


# Nouns and verbs of money after "how much" ("how much funding", "how much did the war
# cost"), and what a price is asked as.
_MONEY_NOUNS = (
    "money|funding|funds?|aid|assistance|cash|budget|revenues?|profits?|income|salary|salaries|wages?|"
    "debt|loans?|investment|spending|compensation|tax(?:es)?|fines?|fees?|price|costs?|dollars|euros|pounds"
)
_MONEY_VERBS = (
    "cost|costs|pay|pays|paid|spend|spends|spent|send|sends|sent|give|gives|gave|given|raise|raises|raised|"
    "earn|earns|earned|owe|owes|owed|borrow|borrowed|lend|lent|invest|invested|donate|donated|charge|charged|"
    "sell for|sold for|buy for|bought for|worth"
)
_AUXILIARIES = "did|does|do|will|would|could|has|have|had|is|was|are|were"
_QUESTION_PATTERNS = [
    (
        AnswerType.MONEY,
        rf"\bhow much (?:more |less |new |(?:in|of) )?(?:{_MONEY_NOUNS})\b"
        rf"|\bhow much (?:{_AUXILIARIES} )?(?:[\w'-]+ ){{0,4}}?(?:{_MONEY_VERBS})\b"
        rf"|\bwhat (?:is|was|were|are|will be) the (?:\w+ )?(?:price|cost|value|budget|salary|fine|fee)\b",
    ),
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
_CURRENCIES = "dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|hryvnias?|francs?|pesos?|cents?"
_PASSAGE_PATTERNS: dict[AnswerType, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    # An amount of money: a currency sign or code by a number ("$20,000", "US$200 million",
    # "€5bn", "USD 3"), or a number and a currency's name ("200 million dollars").
    AnswerType.MONEY: (
        re.compile(r"[$€£¥₹₽]\s?\d|\b(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|UAH)\s?\d"),
        re.compile(rf"\d(?:[\d,.]*\d)?(?: (?:million|billion|trillion|thousand|m|bn))? (?:{_CURRENCIES})\b"),
    ),
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


def answer_type(question: str, language: str = "en") -> AnswerType:
    """The kind of answer ``question``, written in ``language``, asks for, in any letter case.

    English questions are read by the patterns above; another language's by its question
    words (``interrogatives``): English rules never classify a German question."""
    if language != "en":
        found = asked_kind(question, language)
        return AnswerType(found) if found else AnswerType.OTHER
    return _kind_of(question.lower())


LEADING_WORDS = 3  # "what year was", "how many ships", "who is the"


def leading_kind(question: str) -> AnswerType:
    """The kind of answer the first words of ``question`` ask for: "What was the tribe of
    the woman he married when he was 16?" asks for no date."""
    return _kind_of(" ".join(question.lower().split()[:LEADING_WORDS]))


def _kind_of(lowered: str) -> AnswerType:
    for kind, pattern in _QUESTION_PATTERNS:
        if re.search(pattern, lowered):
            return kind
    return AnswerType.OTHER


def offers(kind: AnswerType, passage: str, language: str = "en") -> bool:
    """Whether ``passage`` contains something of the kind of answer asked for (read as
    ``language`` writes it: English number words and prepositions for English only)."""
    if language != "en":
        pattern = _neutral_patterns(language).get(kind)
        return pattern is not None and pattern.search(passage) is not None
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


def offers_value(kind: AnswerType, passage: str, language: str = "en") -> bool:
    """Whether ``passage`` offers the kind of answer asked for, a date's digits not counting
    as a quantity (a photo caption's "Jan. 25, 2022" gives no number of troops; English dates)."""
    # Without a digit there is no date's digit to take out (taking out a lone month's name changes
    # no number word): the substitution, 3/4 of the test's cost, is skipped.
    undated = kind is AnswerType.QUANTITY and language == "en" and _DIGIT.search(passage) is not None
    return offers(kind, _DATES.sub(" ", passage) if undated else passage, language)


_DIGIT = re.compile(r"\d")  # any script's, as ``_DATES`` and the quantity pattern read them


# What a passage in any language offers: digits of any script; a year (digits not part of a
# longer number: "1990年" in Chinese has no word boundary); a name as two capitalised words
# (cased scripts only: Latin, Cyrillic, Greek); the month names of the language (Babel's CLDR
# data, both grammatical forms: "января", "январь").
_ANY_DIGIT = regex.compile(r"\d")
_YEAR = r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)"
_NAME = r"\b\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\b"
# A place: a capitalised word not opening the sentence (German capitalises every noun, so
# there a place is as likely as any other noun; the weight is small).
_PROPER = r"(?<=\S\s+)\p{Lu}\p{Ll}+"


@cache
def _neutral_patterns(language: str) -> dict[AnswerType, regex.Pattern[str]]:
    months = _month_names(language)
    dates = _YEAR + (rf"|(?i:\b(?:{'|'.join(months)})\b)" if months else "")
    return {
        AnswerType.QUANTITY: _ANY_DIGIT,
        AnswerType.DATE: regex.compile(dates),
        AnswerType.PERSON: regex.compile(_NAME),
        AnswerType.PLACE: regex.compile(_PROPER),
    }


def _month_names(language: str) -> list[str]:
    """The language's month names, as written in a date and standing alone (none if Babel has no such locale)."""
    try:
        locale = Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return []
    names = {name.lower() for context in ("format", "stand-alone") for name in locale.months[context]["wide"].values()}
    return sorted((regex.escape(n) for n in names if len(n) > 2), key=len, reverse=True)


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


def is_count(word: str) -> bool:
    """Whether one word gives a count: ``counts([word])``, without building a list per word."""
    return _COUNT.fullmatch(word) is not None


# A number's word standing as a word, in a lowercase ASCII text (searched case-blind, the
# pattern costs four times as much: Unicode's case-blind matches, "ſ" for "s", need it still).
_NUMBER_WORD = re.compile(rf"\b(?:{_NUMBER_WORDS}|several|few|numerous|couple)\b")
_NUMBER_WORD_ANY_CASE = re.compile(_NUMBER_WORD.pattern, re.IGNORECASE)


def may_count(text: str) -> bool:
    """Whether any word of ``text`` may give a count (``counts``): a digit, or a number's word
    standing as a word, found by searching the whole text, so a sentence without any is passed
    over before its words are split."""
    if _DIGIT.search(text) is not None:
        return True
    if text.isascii():
        return _NUMBER_WORD.search(text.lower()) is not None
    return _NUMBER_WORD_ANY_CASE.search(text) is not None


def clauses(sentence: str) -> list[str]:
    """A sentence's clauses joined by a semicolon or a dash, each about its own subject."""
    return _CLAUSE_BREAK.split(sentence)
