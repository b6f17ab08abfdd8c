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
from collections.abc import Callable, Sequence

from bot.engine.analysis.question_form import QUESTION_WORDS
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
    if QUESTION_WORDS.search(question) or len(question.split()) > _BARE_MOST:
        return ""
    match = _OF.match(question)
    if match is None and not any(_function_word(w) for w in re.findall(_WORD, question)):
        match = _BARE.match(question)
    head = match["head"] if match is not None else ""
    return head.lower() if head.islower() and is_noun(head.lower()) else ""


def typed_bare(question: str) -> bool:
    """Whether ``question`` has no question word ("putin birthday?", "birthday of putin?"): what
    it asks is the attribute of the words beside it, and its value stands by them."""
    return QUESTION_WORDS.search(question) is None


def _head(rest: str, is_inflected_verb: Callable[[str], bool], is_noun: Callable[[str], bool]) -> str:
    """The last noun of the noun phrase ``rest`` opens with, up to a function word or a verb."""
    phrase: list[str] = []
    words = rest.split()
    # "What states that …": a verb asked of its subject, no noun ("what means that …").
    if len(words) > 1 and words[1].lower() == "that" and is_inflected_verb(words[0].lower()):
        return ""
    for word in words[: _NOUN_PHRASE + 1]:
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


# A noun of a place named ("city", "state", "country", "port"): WordNet files its most frequent
# sense under locations and names places of it (instances: Kiev of *city*; which *direction*,
# *side* or *front* have none: "toward the east" answers those), or files a body of people first
# and the land they hold second ("country", "village"). A place within two links of *location*
# itself (a *region*, an *area*, a *territory*, a *district*) is a general one, answered as often
# by a description ("rural areas", "the eastern region") as by a name; a facility (an airport, a
# radio station) is named where no place is ("WBT carried the game"): neither is read here.
_GENERAL_STEPS = 2


def place_kind(
    noun: str,
    files_of: Callable[[str], Sequence[str]],
    has_instances: Callable[[str], bool],
    within: Callable[[str, str, int], bool],
) -> bool:
    """Whether the attribute ``noun`` (lowercase) asked is a kind of place answered by a place's
    name: ``files_of`` gives the WordNet files of its senses, most frequent first,
    ``has_instances`` whether WordNet names single places of it, ``within`` (noun, broader,
    steps) whether its most frequent sense is at most that many links below a broader one."""
    if not noun:
        return False
    files = list(files_of(noun)[:2])
    if files[:1] == ["location"]:
        return has_instances(noun) and not within(noun, "location", _GENERAL_STEPS)
    return files == ["group", "location"]


# A capitalised run of words, a name's ("Duval County", "Slavyanoserbsk"); a word hyphened to a
# lowercase one modifies ("Kremlin-friendly", "US-based").
_NAME = re.compile(
    r"(?<![\w'’-])[A-Z](?:[\w'’.]*\w)?(?![\w'’]*-[a-z])(?:\s+(?:of\s+)?[A-Z](?:[\w'’.]*\w)?(?![\w'’]*-[a-z]))*"
)


_MODIFIER = re.compile(r"-[a-z]")


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a capitalised name, a place's if any ("Duval County"): [start, end)."""
    return [m.span() for m in _NAME.finditer(text)]


def place_name_fits(
    noun: str,
    name: str,
    alike: frozenset[str],
    file_of: Callable[[str], str],
    kinds_of: Callable[[str], frozenset[str]],
) -> bool:
    """Whether the place's name ``name`` (as written: "Europe", "the Baltic Sea") may be a
    ``noun`` asked (lowercase: "city"; ``alike``: it and its synonyms, "state" for "country"): a
    name written lowercase is no name ("a city park"), one WordNet does not know may be one
    ("Slavyanoserbsk", "Kyiv"), one it knows must be of that kind by its broader senses ("Kiev"
    a city; "Europe", "the United States" none), and a person's name or title ("US President Joe
    Biden") is no place."""
    words = [re.sub(r"['’]s$", "", w) for w in name.split()]
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    if not words or not words[0][:1].isupper() or _MODIFIER.search(words[-1]):
        return False  # "a city park"; "US-based", "Kremlin-friendly" modify
    if any(file_of(w.lower()) == "person" for w in words):
        return False  # "US President Joe Biden": a person titled by a place
    # The whole name, else its head ("Eastern Europe", "Duval County"), else its first word
    # ("Kiev Oblast"), as far as WordNet knows it.
    known = [key for key in ("_".join(words).lower(), words[-1].lower(), words[0].lower()) if file_of(key)]
    if not known:
        return True
    kinds = kinds_of(known[0])
    # A place WordNet knows is one of the kind asked, or of a kind of it ("Baltic_State" for a
    # country, as a state is one): "United States" is no city.
    return any(kind in alike or kind.rsplit("_", 1)[-1] in alike for kind in kinds)


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
    if len(words) > _TOPIC_WORDS or (not partitive and any(map(is_verb, words))) or QUESTION_WORDS.search(parts[0]):
        return ""
    # "8,500 or 85,000: how many …?": values offered to choose from, no topic (a topic names a thing)
    if not any(any(c.isalpha() for c in w) for w in words):
        return ""
    return parts[1].strip()


# A part of a whole the question states: "how many of them / of the 100,000 …", "Of the 14,000
# killed, how many …?".
_PART = re.compile(r"\bhow (?:many|much) of\b|^\W*of (?:the|those|these|its|their)\b", re.IGNORECASE)


def searched_words(text: str) -> bool:
    """Whether ``text`` is words searched for, not a question: no question mark and no question
    word ("gas supplies", a watch's "fishing boats harbour"), so no attribute is asked."""
    return "?" not in text and QUESTION_WORDS.search(text) is None


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
    if len(topic.split()) > _TOPIC_WORDS or QUESTION_WORDS.search(topic) or any(map(is_inflected_verb, words)):
        return ""
    if any(_function_word(w) for w in counted.split()):  # "how many of them are going to poland?": a clause
        return ""
    # "of", not "does X have": "spain, how many fighter jets?" asks the jets Spain sends, not owns
    return f"how many {counted} of {topic}?"


# "How many of the 14,000 dead were civilians?": a part of a whole the question names, the part a
# plural noun after the copula.
_PART_COUNT = re.compile(
    r"^\W*how many of\s+(?P<topic>(?:the|these|those)\s+(?:[^,:;—–?]|(?<=\d),(?=\d))+?)\s+(?:are|were)\s+"
    rf"(?P<counted>(?:{_WORD}\s*){{1,3}}?)\s*\?*\s*$",
    re.IGNORECASE,
)


def part_count(question: str, is_inflected_verb: Callable[[str], bool], is_plural_noun: Callable[[str], bool]) -> str:
    """A part of a whole the question names, counted by the copula's plural noun: "how many of
    the 14,000 dead were civilians?" read as "how many civilians of the 14,000 dead?", so the
    count rules want civilians counted as the whole's ("Dozens of civilians have been joining
    …" counts other civilians); "" for another question, a whole with a verb ("the 14,000
    killed": ``asks_part`` reads it) or a part that is no plural noun ("… stations are
    owned-and-operated?", "… expeditions were successful?")."""
    match = _PART_COUNT.match(question)
    if match is None:
        return ""
    topic, counted = match["topic"].strip(), match["counted"].strip()
    words = counted.split()
    if len(topic.split()) > _TOPIC_WORDS or QUESTION_WORDS.search(topic):
        return ""
    if any(map(is_inflected_verb, (w.lower() for w in re.findall(_WORD, topic)))):
        return ""
    if any(_function_word(w) for w in words) or not is_plural_noun(words[-1]):
        return ""
    return f"how many {counted} of {topic}?"
