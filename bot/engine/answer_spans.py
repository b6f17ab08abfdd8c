"""Find the words of a passage that answer a question: the quantity, date, person or place.

"how many troops?" asks for a quantity of troops, so in "massed an estimated 100,000
troops" the answer is the number standing before the question's focus noun; "who is the
Kremlin spokesman?" asks for a person, so in "Kremlin spokesman Dmitry Peskov said" it is
the capitalised name next to the question's role noun. Each finder anchors its candidate
on the question's own words in the passage and refuses to guess: no anchor close by, two
equally close candidates, or a candidate made of the question's own words, and nothing
is marked. A wrong mark misleads a reader more than a missing one.

Rules over tokens with character offsets, no trained model: nltk's part-of-speech
tagger and named-entity chunker need models from nltk_data, which cannot be downloaded
here. ``answer_spans(question, text)`` returns ``[start, end)`` offsets into ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.analysis.tokens import compound_terms, words
from bot.engine.answer_type import AnswerType, answer_type
from bot.engine.demonyms import is_country, same_country
from bot.engine.lemma_terms import written_terms
from bot.engine.question import Question, as_question

Span = tuple[int, int]
Run = tuple[int, int]  # first and last token positions

_TOKEN = re.compile(r"(?:[A-Z]{0,3}[$€£¥])?\w+(?:(?:[-'’.]|,(?=\d{3}\b))\w+)*%?|[^\w\s]")
_NUMERAL = re.compile(r"(?:[A-Z]{0,3}[$€£¥])?\d[\d,]*(?:\.\d+)?%?\Z")
_MONEY = re.compile(r"[A-Z]{0,3}[$€£¥]\d")
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d\Z")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion trillions
    dozen dozens half""".split()
)
_SCALES = frozenset("hundred thousand million billion trillion percent per cent".split())
_UNITS = {
    "long": frozenset(
        "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
        "century centuries".split()
    ),
    "far": frozenset("km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet".split()),
    "old": frozenset("year-old years-old years old".split()),
    "big": frozenset(
        "km square acres acre hectares hectare tonnes tons ton sq metres meters feet miles kilometres "
        "kilometers".split()
    ),
}
_UNITS["large"] = _UNITS["big"]
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = re.compile(
    rf"(?:{_WEEKDAYS},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:(?:early|late|mid-?)\s*)?{_MONTHS}(?:\s+of)?\s+\d{{4}}\b"
    rf"|\b{_WEEKDAYS}\b"
    r"|\b(?:1[0-9]|20)\d0s\b"
    r"|\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+century\b"
    r"|\b(?:yesterday|last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\b"
)
# A bare year or month is a date after a preposition of time: "in 2014", "since March".
_PREPOSED_DATE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Bb]efore|[Aa]fter|[Dd]uring)\s+"
    rf"(?P<date>(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}|(?:1[0-9]|20)\d\d)\b)"
)
# Words that head a title before a name ("Defence Minister", "Kremlin spokesman") rather than
# being part of it.
_TITLES = frozenset(
    """president vice prime minister secretary general chancellor premier king queen prince princess
    pope emperor sultan sheikh mr mrs ms dr sir lord lady dame senator sen gov governor mayor chief
    spokesman spokeswoman spokesperson ambassador envoy commander director chairman chairwoman chair
    ceo judge justice rev reverend saint st lt col gen capt sgt colonel captain lieutenant sergeant
    admiral marshal deputy foreign defence defense interior finance health state home affairs
    attorney speaker leader minister's officer head professor prof coach manager founder""".split()
)
# Words that make a title another one: the deputy minister is not the minister.
_QUALIFIERS = frozenset("deputy vice former acting assistant ex late interim junior shadow".split())
# Capitalised words that name places, bodies and events, not people.
_NOT_PERSON = frozenset(
    """states kingdom union nations house sea ocean river lake mountains mountain island islands ministry
    department council army forces force party committee commission court university company corporation
    bank street peninsula republic church times news press service agency office organization
    organisation group institute association foundation league club airport valley city county province
    region square park bridge station hall hospital school college museum center centre empire dynasty
    war revolution act treaty day cup games award awards prize broadcasting network television radio
    records embassy parliament congress senate government administration alliance federation east west
    north south best player actor actress series show team season championship""".split()
)
_DIRECTIONS = frozenset(
    """eastern western northern southern central northeastern northwestern southeastern southwestern
    north south east west""".split()
)
_LOCATIVES = frozenset("in near at to into from across outside inside toward towards throughout within around".split())
_CLAUSE_BREAK = 3
# A question word also stands for the forms derived from it (Crimea → Crimean, as search matches
# them) and for the other words of the country it names (Russia → Russian).
_DERIVING_SUFFIXES = ("n", "an", "ian", "ean")
_NEAR = 6  # tokens: how far an answer may stand from the question's words in the passage


class _Token(NamedTuple):  # a tuple: a passage makes dozens, and frozen dataclasses are slow to make
    text: str
    start: int
    end: int
    lower: str  # the text lowercase, read again and again

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] in "$€£¥"

    @property
    def is_number(self) -> bool:
        return bool(_NUMERAL.match(self.text)) or self.lower in _NUMBER_WORDS

    @property
    def is_capitalised(self) -> bool:
        first = self.text[0]
        return first.isupper() and self.lower not in STOP_WORDS and not _NUMERAL.match(self.text)


def _tokens(text: str) -> list[_Token]:
    # tuple.__new__ skips the named tuple's own __new__ (a Python function): a quarter of the time.
    return [_new(_Token, (t, *m.span(), t.lower())) for m in _TOKEN.finditer(text) for t in (m[0],)]


_new = tuple.__new__


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|from|at|near|into|of)\s*\Z", re.IGNORECASE)
_WH = re.compile(r"\b(?:what|which|who|whom|whose|when|where|how)\b", re.IGNORECASE)


def _kind(question: str) -> AnswerType:
    """The answer type the question's first wh-phrase asks for.

    Stricter than ``answer_type``, which only ranks: "What kind of network was ABC when it
    began?" does not ask for a date, nor "What years did Doctor Who win?" for a person.
    Questions without a wh-word ("troops near Ukraine") ask for nothing in particular.
    """
    first = _WH.search(question)
    if first is None:
        return AnswerType.OTHER
    # The wh-word and the word after it say it ("how many", "which year", "who is"); a "who"
    # further on is a name ("What Doctor Who episode ...?").
    kind = answer_type(" ".join(question[first.start() :].split()[:2]))
    # "Which countries are sending jets?" asks who acts, not where: a place answer stands after
    # "where" or after a preposition ("in which city").
    if (
        kind is AnswerType.PLACE
        and first[0].lower() != "where"
        and not _PREPOSITION_BEFORE.search(question[: first.start()])
    ):
        return AnswerType.OTHER
    return kind


class _Question:
    """What the finders need of the question: its kind, terms and written words."""

    def __init__(self, asked: Question) -> None:
        question = asked.text
        self.kind = _kind(question)
        written = words(question)
        self.lower_words = {w.lower() for w in written} | {w.lower().removesuffix("'s") for w in written}
        # Names in the question ("France", "US"): a passage about someone else answers nothing.
        shouted = question.isupper()
        self.entity_words = [w for w in written[1:] if w[0].isupper() and not shouted and compound_terms(w)]
        self.terms = {t for w in written for t in compound_terms(w)}
        # Question words naming where a thing is ("Russia drills where?"): before another word, after no locative.
        self.modifiers = {
            w.lower()
            for i, w in enumerate(written[:-1])
            if compound_terms(written[i + 1]) and (i == 0 or written[i - 1].lower() not in _LOCATIVES)
        }
        self.related = {form: t for t in sorted(self.terms) for form in _forms(t)}
        self.related.update({t: t for t in self.terms})
        focus = asked.focus
        self.focus_terms = set(compound_terms(focus)) if focus and focus.lower() not in STOP_WORDS else set()
        degree = re.search(r"\bhow (long|far|old|big|large|much)\b", question, re.IGNORECASE)
        self.degree = degree[1].lower() if degree else None
        self.percentage = re.search(r"\b(?:percentage|percent|per cent|share)\b", question, re.IGNORECASE) is not None
        if self.percentage:
            self.focus_terms = set()  # "what percentage of voters": the answer is a percentage, not a count


def _forms(t: str) -> set[str]:
    """The derived and country forms a question term also matches in a passage."""
    forms = {t + suffix for suffix in _DERIVING_SUFFIXES} | set(same_country(t))
    if len(t) > 5:
        forms |= {t[: -len(suffix)] for suffix in _DERIVING_SUFFIXES if t.endswith(suffix)}
    return forms


@lru_cache(maxsize=256)
def _question(question: Question) -> _Question:
    """The question read once for all the passages found for it (never modified after)."""
    return _Question(question)


def answer_spans(question: str | Question, text: str, around: str = "") -> tuple[Span, ...]:
    """Character spans of ``text`` that answer ``question``; empty when unsure.

    ``around`` (the article's title, the sentence before) may name what the sentence leaves
    implied: "President Volodymyr Zelenskyy" in an article about Ukraine answers "who is the
    president of Ukraine?" when the sentence names no other country.
    """
    question = as_question(question)
    if question.language != "en":
        return ()  # the spans are read by English patterns ("the number before the focus noun")
    asked = _question(question)
    finder = _FINDERS.get(asked.kind)
    if finder is None or not text:
        return ()
    tokens = _tokens(text)
    spans = finder(asked, text, tokens, _topic(asked, around))
    return tuple(sorted(set(spans)))


# A quote given to a pronoun ("'Don't worry,' he said"): the speaker is named in the sentence before.
_SPEECH_VERBS = r"(?:said|says|told|tells|added|adds|warned|warns|stated|insisted|noted|wrote|asked)"
_PRONOUN_SPEAKER = re.compile(
    rf"\b(?:he|she)\s+(?:\w+\s+)?{_SPEECH_VERBS}\b|\b{_SPEECH_VERBS}\s+(?:he|she)\b", re.IGNORECASE
)
_SPEECH_TERMS = frozenset(
    t
    for w in "said says told tells added adds warned warns stated insisted noted wrote asked".split()
    for t in compound_terms(w)
)


def context_spans(question: str | Question, text: str, context: str, around: str = "") -> tuple[Span, ...]:
    """Character spans of ``context`` (the sentence shown before ``text``) that answer a "who"
    question ``text`` answers by a pronoun: the one person the sentence before names speaking
    ("Defence Minister Oleksii Reznikov said ..." before "'Don't worry, sleep well,' he said."
    for "who said sleep well?"). Empty when unsure, or when ``text`` names the answer itself."""
    question = as_question(question)
    if question.language != "en":
        return ()  # read by English patterns, as answer_spans
    asked = _question(question)
    if asked.kind is not AnswerType.PERSON or not context or not _PRONOUN_SPEAKER.search(text):
        return ()
    if answer_spans(question, text, around):
        return ()
    tokens = _tokens(text)
    said = [terms for terms in _matches(asked, tokens).values() if not terms <= _SPEECH_TERMS]
    if not said:
        return ()  # the passage shares only "said" with the question: not the words asked about
    before = _tokens(context)
    speakers = {}
    for first, last in _capitalised_runs(before):
        run = before[first : last + 1]
        titled = max((k for k, t in enumerate(run) if t.lower.removesuffix("'s") in _TITLES), default=-1)
        name = run[titled + 1 :]
        if len(name) < 2 and titled < 0:
            continue  # one capitalised word alone may be a place or a body ("Russia said")
        if not name or any(t.lower.removesuffix("'s") in _NOT_PERSON or _is_month_or_day(t) for t in name):
            continue
        speaks = any(_SPEECH_TERMS.intersection(compound_terms(t.text)) for t in before[last + 1 : last + 4])
        speaks |= first > 0 and bool(_SPEECH_TERMS.intersection(compound_terms(before[first - 1].text)))
        if speaks:
            speakers[name[-1].lower] = (name[0].start, name[-1].end)
    return tuple(speakers.values()) if len(speakers) == 1 else ()


def _topic(asked: _Question, around: str) -> frozenset[str]:
    """The question's terms for the country ``around`` names first in each line (a headline names its subject
    first: "Ukraine's leaders sought to reassure… Russia" is about Ukraine)."""
    topic: set[str] = set()
    for line in around.splitlines():
        tokens = _tokens(line)
        first = next(
            (t for t in tokens if t.is_capitalised and any(is_country(u) for u in compound_terms(t.text))), None
        )
        if first is not None:
            topic |= {asked.related[u] for u in compound_terms(first.text) if u in asked.related}
    return frozenset(topic)


def _matches(asked: _Question, tokens: list[_Token]) -> dict[int, frozenset[str]]:
    """Passage tokens that are the question's own words: position -> the question terms they match."""
    found = {}
    for i, t in enumerate(tokens):
        if t.is_word:
            shared = {asked.related[u] for u in written_terms(t.text) if u in asked.related}
            if shared:
                found[i] = frozenset(shared)
    return found


def _mentions(tokens: list[_Token], word: str) -> bool:
    """Whether a passage mentions a name of the question, in any form ("US" in "US$200", "Ukraine's")."""
    terms = set(compound_terms(word))
    return any(t.text.startswith(word) or terms.intersection(compound_terms(t.text)) for t in tokens)


def _best(
    candidates: list[tuple[int, int, Span]],
    asked: _Question,
    tokens: list[_Token],
    before_only: bool = False,
    strict: bool = True,
    beside: frozenset[str] = frozenset(),
    anchors: dict[int, frozenset[str]] | None = None,
) -> list[Span]:
    """The one candidate (first token, last token, span) the question's words point at.

    A candidate counts the distinct question terms within reach of it; it needs two of them
    (one for a one-word question), so that a lone shared word ("troops") does not stand for
    the question. The most covered candidate wins, then the closest; a tie marks nothing.
    A time or place opening the sentence ("In 2014, ...") reaches the whole sentence. With
    ``before_only`` only words before a candidate point at it ("sending jets to Bulgaria").
    Unless relaxed (``strict=False``, for a name titled by the question's own words), a passage
    must mention one of the names the question mentions, and the only candidate in the passage
    may take its second word from anywhere in the sentence. A relaxed finder's only candidate may
    take it from ``beside`` (question terms the title or the sentence before name), when the
    sentence names none of the question's names itself. ``anchors``: the tokens' ``_matches``,
    when the finder read them already.
    """
    anchors = _matches(asked, tokens) if anchors is None else anchors
    needed = min(2, len(asked.terms))
    if not anchors or not needed:
        return []
    if strict and asked.entity_words and not any(_mentions(tokens, word) for word in asked.entity_words):
        return []  # the question names someone or somewhere this passage does not mention
    sentence_terms = frozenset().union(*anchors.values())
    in_sentence = len(sentence_terms)
    entity_terms = {t for w in asked.entity_words for t in compound_terms(w)}
    implied = beside - sentence_terms if not strict and not entity_terms & sentence_terms else frozenset()
    # A punctuation mark between two words puts them further apart: it usually ends a clause.
    position = list(accumulate(1 + _CLAUSE_BREAK * (t.text in ',;:()—–"“”') for t in tokens))
    scored = []
    for first, last, span in candidates:
        opening = first <= 1 and _comma_after(tokens, last)
        reach = {
            a: 0 if opening else abs(position[a] - position[first if a < first else last])
            for a in anchors
            if not first <= a <= last and (a < first or opening or not before_only)
        }
        near = {a: d for a, d in reach.items() if d <= _NEAR}
        covered = len(frozenset().union(*(anchors[a] for a in near))) if near else 0
        # The only candidate of its kind may lean on the whole sentence for the second word.
        alone = strict and len(candidates) == 1 and covered >= 1 and in_sentence >= needed
        alone = alone or (len(candidates) == 1 and covered >= 1 and covered + len(implied) >= needed)
        if covered >= needed or alone:
            scored.append((-covered, min(near.values()), span))
    scored.sort()
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2] and scored[0][2] != scored[1][2]):
        return []  # nothing close, or two equally good: do not guess
    return [scored[0][2]]


def _comma_after(tokens: list[_Token], last: int) -> bool:
    """Whether a comma follows token ``last``, maybe after a parenthesis: "On Monday (local time), …"."""
    k = last + 1
    if k < len(tokens) and tokens[k].text == "(":
        close = next((j for j in range(k, min(k + 8, len(tokens))) if tokens[j].text == ")"), None)
        k = close + 1 if close is not None else k
    return k < len(tokens) and tokens[k].text == ","


# -- quantities ---------------------------------------------------------------------------------


def _runs(tokens: list[_Token], starts: Callable[[_Token], bool], continues: Callable[[_Token], bool]) -> list[Run]:
    """Maximal runs of tokens, as (first, last) positions: one that ``starts``, then ones that ``continues``."""
    runs: list[Run] = []
    i = 0
    while i < len(tokens):
        if starts(tokens[i]):
            j = i
            while j + 1 < len(tokens) and continues(tokens[j + 1]):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def _quantities(tokens: list[_Token]) -> list[Run]:
    """Runs of number tokens: "US$200 million", "100,000", "two"."""
    return _runs(tokens, lambda t: t.is_number, lambda t: t.is_number or t.lower in _SCALES)


def _find_quantity(asked: _Question, text: str, tokens: list[_Token], beside: frozenset[str]) -> list[Span]:
    runs = [r for r in _quantities(tokens) if tokens[r[0]].lower not in asked.lower_words]
    if asked.focus_terms:
        # The number standing before the focus noun: "an estimated 100,000 (Russian) troops",
        # "US$200 million in security assistance".
        attached = []
        for first, last in runs:
            for gap in range(1, 5):
                k = last + gap
                if k >= len(tokens) or not tokens[k].is_word or tokens[k].is_number:
                    break
                if asked.focus_terms.intersection(compound_terms(tokens[k].text)):
                    attached.append((first, last, (tokens[first].start, tokens[last].end)))
                    break
        return _best(attached, asked, tokens)
    units = _UNITS.get(asked.degree or "")
    if units is not None:
        candidates = [
            (first, last + 1, (tokens[first].start, tokens[last + 1].end))
            for first, last in runs
            if last + 1 < len(tokens) and tokens[last + 1].lower in units
        ]
        candidates += [  # "45-year-old"
            (i, i, (t.start, t.end)) for i, t in enumerate(tokens) if asked.degree == "old" and "-year" in t.lower
        ]
        return _best(candidates, asked, tokens)
    wanted = [
        (first, last, (tokens[first].start, tokens[last].end))
        for first, last in runs
        if (asked.degree == "much" and _MONEY.match(tokens[first].text))
        or (asked.percentage and (tokens[last].text.endswith("%") or tokens[last].lower in ("percent", "cent")))
    ]
    return _best(wanted, asked, tokens)


# -- dates ----------------------------------------------------------------------------------------


def _find_date(asked: _Question, text: str, tokens: list[_Token], beside: frozenset[str]) -> list[Span]:
    candidates = []
    found = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    found += [m.span("date") for m in _PREPOSED_DATE.finditer(text)]
    for start, end in found:
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in found):
            continue  # "2014" inside "Jan. 25, 2014"
        written = [t for t in tokens if start <= t.start < end and t.is_word]
        if not written or all(t.lower in asked.lower_words for t in written):
            continue  # the question's own date
        inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
        candidates.append((inside[0], inside[-1], (start, end)))
    return _best(candidates, asked, tokens)


# -- people and places ----------------------------------------------------------------------------


def _capitalised_runs(tokens: list[_Token]) -> list[Run]:
    return _runs(tokens, lambda t: t.is_capitalised, lambda t: t.is_capitalised)


_MONTH_OR_DAY = re.compile(rf"{_MONTHS}|{_WEEKDAYS}")


def _is_month_or_day(token: _Token) -> bool:
    return _MONTH_OR_DAY.fullmatch(token.text) is not None


def _find_person(asked: _Question, text: str, tokens: list[_Token], beside: frozenset[str]) -> list[Span]:
    matches = _matches(asked, tokens)
    anchors = set(matches)
    candidates = []
    foreign = False
    for first, last in _capitalised_runs(tokens):
        run = tokens[first : last + 1]
        titled = max((k for k, t in enumerate(run) if t.lower.removesuffix("'s") in _TITLES), default=-1)
        name = run[titled + 1 :]
        if any(
            t.lower in _QUALIFIERS and t.lower not in asked.lower_words
            for t in tokens[max(first - 2, 0) : first + titled + 1]
        ):
            continue  # "Deputy Defence Minister Hanna Maliar" does not answer "who is the defence minister?"
        title_words = {t.lower for t in tokens[max(first - 2, 0) : first + titled + 1]}
        if any(q in asked.lower_words and q not in title_words for q in _QUALIFIERS):
            continue  # and the minister does not answer "who is the deputy minister?"
        if not name or any(t.lower.removesuffix("'s") in _NOT_PERSON or _is_month_or_day(t) for t in name):
            continue
        if any(t.lower.removesuffix("'s") in asked.lower_words or t.text.isupper() for t in name):
            continue
        name_first = first + titled + 1
        before = tokens[first - 1] if first else None
        if before is not None and before.lower == "the" and titled < 0:
            continue  # "the United States": a place or a body
        after = last + 1
        # The name beside the question's words: after them ("Kremlin spokesman Dmitry Peskov",
        # "Defence Minister Oleksii Reznikov"), or before them ("Johnson also said", "Peskov, the
        # Kremlin's spokesman").
        titled_by_question = any(k in anchors for k in range(max(first - 3, 0), name_first))
        followed = after in anchors or (after + 1 in anchors and tokens[after].is_word)
        apposed = (
            after < len(tokens)
            and tokens[after].text == ","
            and any(k in anchors for k in range(after + 1, min(after + 5, len(tokens))))
        )
        if len(name) < 2 and titled < 0 and not (before is not None and before.lower.removesuffix("'s") in _TITLES):
            continue  # one capitalised word alone may be a place or a body ("Russia said")
        if titled_by_question or followed or apposed:
            span = (name[0].start, name[-1].end)
            candidates.append((name_first, last, span))
            # "US President Joe Biden": a title naming another country or body is no implied one.
            title = tokens[max(first - 1, 0) : first + titled + 1]
            foreign |= any(t.is_word and t.text[0].isupper() and t.lower not in _TITLES | asked.lower_words
                           for t in title)  # fmt: skip
    return _best(candidates, asked, tokens, strict=False, beside=frozenset() if foreign else beside, anchors=matches)


def _find_place(asked: _Question, text: str, tokens: list[_Token], beside: frozenset[str]) -> list[Span]:
    candidates = []
    for first, last in _capitalised_runs(tokens):
        k = first - 1
        while k >= 0 and (tokens[k].lower in ("the",) or tokens[k].lower in _DIRECTIONS):
            k -= 1
        if k < 0 or tokens[k].lower not in _LOCATIVES:
            continue
        run = tokens[first : last + 1]
        own = all(t.lower.removesuffix("'s") in asked.modifiers for t in run)
        if own and (k == 0 or not asked.related.keys() & set(compound_terms(tokens[k - 1].text))):
            continue  # "Russia drills where?" is answered by "drills in Russia", not by any "in Russia"
        if not own and any(t.lower.removesuffix("'s") in asked.lower_words for t in run):
            continue
        if any(_is_month_or_day(t) for t in run):
            continue
        if any(t.lower in _TITLES for t in run):
            continue  # "to President Putin": a person
        candidates.append((first, last, (run[0].start, run[-1].end)))
    return _best(candidates, asked, tokens, before_only=True)


_FINDERS = {
    AnswerType.MONEY: _find_quantity,
    AnswerType.QUANTITY: _find_quantity,
    AnswerType.DATE: _find_date,
    AnswerType.PERSON: _find_person,
    AnswerType.PLACE: _find_place,
}
