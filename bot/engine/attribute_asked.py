"""The attribute a question asks for, read alike in every form it is typed in, and the grain of
time it wants.

"What day was it held?", "In which month did the fighting begin?", "what is Putin's birthday?",
"putin birthday?", "birthday of putin?", and a chat tail after a dash ("crimea referendum 2014 —
what day was it held?"): each names the attribute asked by a noun — "day", "month", "birthday" —
whose head is read the same way whatever wraps it. WordNet tells what a value of it is: a
noun filed under time whose broader senses include a calendar day ("birthday", "anniversary",
"date", "weekday") is answered by a day, one under a calendar month by a month, a point in time
("deadline") by a time stated precisely. A year alone ("In 2014") names no day and no month,
and "following the ouster" no deadline. English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

_WORD = r"[^\W\d][\w'’-]*"
# A question's clauses: a chat question asks after a dash, a colon or a semicolon ("crimea
# referendum 2014 — what day was it held?"), or after a comma when a question word follows.
_CLAUSE = re.compile(r"\s[—–-]\s|[—–:;]|,(?=\s*(?:what|which)\b)", re.IGNORECASE)
_PREPOSITION = r"(?:(?:in|on|at|by|during|for|from|until|since|of) )?"
_COPULA = r"(?:(?:'s|’s|s)\b|\s+(?:is|was|are|were|will be)\b)?"
# "what X ...", "in which X ...", "what is the X ...", "what's Y's A B X ...": the words after it.
_WH = re.compile(
    rf"^\W*{_PREPOSITION}(?:what|which){_COPULA}\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_OWNER = re.compile(rf"^(?:{_WORD}\s+)?{_WORD}(?:'s|’s)\s+")  # "Ukraine's", "Joe Biden's"
# "Y X?" typed bare, 2 to 4 words ("putin birthday?"), and "the X of Y?" with no question word.
_BARE = re.compile(rf"^\W*(?:{_WORD}\s+){{1,3}}(?P<head>{_WORD})\W*$")
_OF = re.compile(rf"^\W*(?:the\s+)?(?P<head>{_WORD})\s+(?:of|for)\s+[^?]*\W*$", re.IGNORECASE)
_NAME_ASKED = re.compile(r"\b(?:called|named|nicknamed|dubbed|titled|known as)\W*$", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
_BARE_MOST = 7  # "the deadline for russia's written answer?"
_NOUN_PHRASE = 3  # "annual defence budget", "2014 protest movement"


def asked_attribute(
    question: str, is_inflected_verb: Callable[[str], bool], is_noun: Callable[[str], bool] = lambda _: True
) -> str:
    """The head noun (lowercase) of the attribute ``question`` asks for: "day" in "crimea
    referendum 2014 — what day was it held?", "budget" in "what is Ukraine's annual defence
    budget?", "birthday" in "putin birthday?" and in "birthday of putin?"; "" for none
    (``is_inflected_verb`` ends the noun phrase at its verb: "which troops arrived …"; ``is_noun``
    tells a noun from a modifier: "city", not "last", in "What California city last hosted …?").
    A name asked ("What was media day called?") asks no value of the noun."""
    if _NAME_ASKED.search(question):
        return ""
    for clause in _CLAUSE.split(question):
        match = _WH.match(clause)
        if match is not None:
            return _head(_OWNER.sub("", match["rest"], count=1), is_inflected_verb, is_noun)
    # Typed bare, a question has no question word ("The expiration of Title 42 means which border
    # policy …?" asks a policy) and few words.
    if _QUESTION_WORD.search(question) or len(question.split()) > _BARE_MOST:
        return ""
    match = _OF.match(question)
    if match is None and not any(_function_word(w) for w in re.findall(_WORD, question)):
        match = _BARE.match(question)
    head = match["head"] if match is not None else ""
    return head.lower() if head.islower() and is_noun(head.lower()) else ""


def typed_bare(question: str) -> bool:
    """Whether ``question`` has no question word ("putin birthday?", "birthday of putin?"): what
    it asks is the attribute of the words beside it, and its value stands by them."""
    return _QUESTION_WORD.search(question) is None


def _head(rest: str, is_inflected_verb: Callable[[str], bool], is_noun: Callable[[str], bool]) -> str:
    """The last noun of the noun phrase ``rest`` opens with, up to a function word or a verb."""
    phrase: list[str] = []
    for word in rest.split()[: _NOUN_PHRASE + 1]:
        bare = word.strip("?.!,\"'“”")
        if bare and bare[0].isdigit():  # "the 2014 protest movement": a year modifies
            continue
        lower = bare.lower()
        if not re.fullmatch(_WORD, bare) or _function_word(bare) or (phrase and is_inflected_verb(lower)):
            break
        phrase.append(bare)
        if bare != word:  # punctuation ends it
            break
    while phrase and not is_noun(phrase[-1].lower()):  # "What California city last hosted …": "last" modifies
        phrase.pop()
    # A capitalised head is a name's word: "What was a Happy Days spinoff …?" asks no days.
    return phrase[-1] if phrase and phrase[-1].islower() else ""


def _function_word(word: str) -> bool:
    """Whether ``word`` is a function word: "us" is one, "US" a name."""
    return not word.isupper() and word.lower() in STOP_WORDS


# WordNet's broader senses of a noun of time answered by a day, by a month, or by a point in
# time stated precisely.
_DAY_KINDS = frozenset({"calendar_day", "day_of_the_week", "day"})
_MONTH_KINDS = frozenset({"calendar_month", "month"})
_POINT_KINDS = frozenset({"point_in_time"})


def time_grain(noun: str, kinds_of: Callable[[str], frozenset[str]], domain_of: Callable[[str], str]) -> str:
    """What a value of the attribute ``noun`` (lowercase) is written as, by ``kinds_of`` its most
    frequent sense (a holiday is first a time off work, named: "which holiday …?" asks a name): "day" (a birthday, a
    date, an anniversary), "month", "time" (a deadline: any time stated precisely), or "" for a
    noun of no such time: a duration or a year, which other rules read."""
    if not noun or domain_of(noun) != "time":
        return ""
    kinds = kinds_of(noun)
    if "duration" in kinds:
        return ""
    if not _DAY_KINDS.isdisjoint(kinds):
        return "day"
    if not _MONTH_KINDS.isdisjoint(kinds):
        return "month"
    return "time" if not _POINT_KINDS.isdisjoint(kinds) else ""


_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# Case matters: "may" and "march" lowercase are a verb. A day: a month's name (with or without
# its number), a weekday, a day's number ("the 16th"), a date in digits, a day said by today
# ("yesterday") or by another ("the same day", "that morning"). A month: its name.
_GRAINS = {
    "day": re.compile(
        rf"\b(?:{_MONTHS})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{{1,2}}(?:st|nd|rd|th)\b"
        r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}\b"
        r"|\b(?i:yesterday|today|tomorrow|tonight|day|night|morning|evening|afternoon)\b"
    ),
    "month": re.compile(rf"\b(?:{_MONTHS})\b|\b(?i:month)\b"),
}
# A point in time (a deadline): a day, a month, a year, or a span counted ("within two weeks",
# "by the end of the month"); not a conjunction's clause ("before if Moscow sends …").
_GRAINS["time"] = re.compile(
    rf"{_GRAINS['day'].pattern}|\b(?:1\d|20)\d\d\b|\b(?i:weeks?|months?|years?|days?|hours?|end)\b"
)


_ORDINAL = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b")


def ordinal_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes an ordinal in digits ("the 20th anniversary", "his 70th birthday"):
    which one of a day that recurs, an answer to "what anniversary …?"."""
    return [m.span() for m in _ORDINAL.finditer(text)]


def of_grain(grain: str, text: str, start: int, end: int) -> bool:
    """Whether the time written in ``text[start:end]`` is as fine as ``grain`` asks: "Jan. 25" or
    "on Monday" for a day, "in March" for a month; "in 2014" for neither; a day, a month, a year or a span counted
    for a point in time ("time"); any time for another grain."""
    pattern = _GRAINS.get(grain)
    return pattern is None or pattern.search(text, start, end) is not None


# A question asking after a lead-in: a sentence ("A shipment arrived on Tuesday. How much …?"), a
# topic typed before a dash, a colon or a comma ("russia's baltic fleet, how many ships?",
# "100,000 russian troops near ukraine - how many of them are conscripts?").
_ASKING_AFTER = re.compile(
    r"(?:(?<=[.?!])\s+|\s[—–-]\s|[—–:;]\s*|,\s*)(?=(?:how|what|which|who|whom|when)\b)", re.IGNORECASE
)


_TOPIC_WORDS = 6  # a longer lead-in is a statement more often than a thing's name


def asking_clause(question: str, is_verb: Callable[[str], bool]) -> str:
    """The clause ``question`` asks in when a topic comes first: "how many ships?" of "russia's
    baltic fleet, how many ships?"; "" when it asks from its first word (its kind is read there)
    or after a statement ("US gas prices hit highs on Thursday. How many states …?", "According to
    a study published this week, how many …?": a verb in it, ``is_verb``), whose words are the
    story's, not the count's, and which ``question_part`` reads."""
    parts = _ASKING_AFTER.split(question, maxsplit=1)
    if len(parts) < 2:
        return ""
    words = [w.lower() for w in re.findall(_WORD, parts[0]) if not _function_word(w)]
    # "Of the 14,000 killed, how many …?": a whole named by a phrase, whatever its participle
    partitive = re.match(r"\W*of\b", parts[0], re.IGNORECASE) is not None
    if len(words) > _TOPIC_WORDS or (not partitive and any(map(is_verb, words))) or _QUESTION_WORD.search(parts[0]):
        return ""
    return parts[1].strip()


# A part of a whole the question states: "how many of them / of the 100,000 …", "Of the 14,000
# killed, how many …?".
_PART = re.compile(r"\bhow (?:many|much) of\b|^\W*of (?:the|those|these|its|their)\b", re.IGNORECASE)


def asks_part(question: str) -> bool:
    """Whether ``question`` asks a part of a whole it states itself ("100,000 troops — how many
    of them are conscripts?"): the whole's number is then no answer."""
    return _PART.search(question) is not None


_NUMBER_WRITTEN = re.compile(r"\d(?:[\d,.]*\d)?|[^\W\d]+")


def own_numbers(question: str) -> frozenset[str]:
    """The numbers ``question`` writes itself, digits without separators ("100000" for
    "100,000", "200" for "US$200 million") and number words ("three"): a value it gives is no
    answer to it ("how many of the 100,000 troops are conscripts?")."""
    return frozenset(_number_key(m[0]) for m in _NUMBER_WRITTEN.finditer(question))


def is_own_number(text: str, start: int, end: int, own: frozenset[str]) -> bool:
    """Whether the number written in ``text[start:end]`` is one of the question's ``own``:
    every number in it is (a span "US$200 million" is the question's "US$200 million")."""
    numbers = [m[0] for m in _NUMBER_WRITTEN.finditer(text, start, end) if m[0][0].isdigit()]
    if not numbers:  # a number word: "three", "dozens"
        numbers = [m[0] for m in _NUMBER_WRITTEN.finditer(text, start, end)]
    return bool(numbers) and all(_number_key(n) in own for n in numbers)


def _number_key(number: str) -> str:
    """``number`` as compared: digits without separators, a word lowercased."""
    return number.replace(",", "").rstrip(".") if number[0].isdigit() else number.lower()


# "russia's baltic fleet, how many ships?": a topic, then a bare count of its things.
# "100,000 russian troops near ukraine - how many of them are conscripts?": a part of them counted.
_TOPIC_COUNT = re.compile(
    r"^\W*(?P<topic>(?:[^,:;—–?]|(?<=\d),(?=\d))+?)\s*(?:,|:|;|\s[—–-])\s*how many\s+"
    rf"(?:of (?:them|those|these) (?:are|were|is|was) )?(?P<counted>(?:{_WORD}\s*){{1,3}})\W*$",
    re.IGNORECASE,
)


def topic_count(question: str, is_inflected_verb: Callable[[str], bool]) -> str:
    """A topic's things counted bare ("russia's baltic fleet, how many ships?"), or a part of them
    ("100,000 troops — how many of them are conscripts?"), read as the count rules read whose
    they are: "how many ships of russia's baltic fleet?"; "" for another
    question (a verb in either part makes it a statement: "fighting in the east - how many
    people killed?")."""
    match = _TOPIC_COUNT.match(question)
    if match is None:
        return ""
    topic, counted = match["topic"].strip(), match["counted"].strip()
    words = [w.lower() for w in re.findall(_WORD, f"{topic} {counted}")]
    if len(topic.split()) > _TOPIC_WORDS or _QUESTION_WORD.search(topic) or any(map(is_inflected_verb, words)):
        return ""
    if any(_function_word(w) for w in counted.split()):  # "how many of them are going to poland?": a clause
        return ""
    # "of", not "does X have": "spain, how many fighter jets?" asks the jets Spain sends, not owns
    return f"how many {counted} of {topic}?"
