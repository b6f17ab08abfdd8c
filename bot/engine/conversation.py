"""Follow-up questions: read a message with the exchange before it as context.

``understand(message, previous)`` decides whether ``message`` leans on the previous
exchange (the question as understood and the passage shown) and writes the question the
engine answers: "and britain?" after "how many troops did the US put on alert?" becomes
"how many troops did Britain put on alert?"; "what else did he say?" after a passage
naming Oleksii Reznikov becomes "what else did Oleksii Reznikov say?"; "when?" takes the
previous question's words. A message with words of its own and nothing pointing back is
answered on its own: a new topic is never merged with the old.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.engine.analysis.tokens import compound_terms, tokenize, words
from bot.engine.answer import Answer, answer, passage_lines
from bot.engine.demonyms import is_country, same_country
from bot.engine.intent import Kind, classify
from bot.engine.question import language_of
from bot.engine.question_part import with_apostrophe
from bot.engine.related_words import is_word
from bot.engine.search import Searcher
from bot.engine.timeframe import find_timeframe

# "and britain?", "what about France?", "how about the sanctions?"
_LEAD = re.compile(
    r"^(?:and|also|so|ok|okay|but)?\s*(?:what|how)\s+about\s+|^(?:and|also|plus|same for|what of)\s+", re.I
)
_WH = re.compile(
    r"^(?:since\s+when|how\s+(?:many|much|long|far|big|old)|how|what|who|whom|whose|when|where|why|which)\b", re.I
)
_ELSE = re.compile(r"\b(?:else|other|others|besides|more)\b", re.I)
_ANY_WH = re.compile(r"\b(?:how|what|who|whom|whose|when|where|why|which)\b", re.I)
_AUX = re.compile(r"^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b\s*", re.I)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)
# "it", "they", "that" pointing back; "there is", "that the…" and "this week" are not.
_THING_PRONOUN = re.compile(
    r"\b(?:it|its|they|them|their|those|these)\b|\b(?:that|this)\b(?!\s+(?:the|a|an|week|month|year|day)\b)(?=\s*[?.!]*$|\s+\w+\s*[?.!]*$)"
    r"|\bthere\b(?!\s+(?:is|are|was|were|will|be|been|any|a)\b)|(?<=\bsince )then\b|(?<=\bafter )that\b",
    re.I,
)
_OF_PRONOUN = re.compile(r"\s*\b(?:of|about|from|by|for|to|with)?\s*\b(?:it|them|that|this|those|these|there)\b", re.I)
# Words that carry no topic in a conversation: "what else did he say?" asks about the same thing.
_CONVERSATIONAL = frozenset(
    tokenize("else also too more other another exactly again say said tell told mean happen happened think since then")
)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
_BARE_PHRASE_WORDS = 3  # "canada?", "the baltic states": a bare phrase after an answer is a follow-up
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
SUBJECT_POOL = 20  # passages searched for one that mentions the new subject of "and X?"
_ABBREVIATED_US = re.compile(r"(?<=\bthe )us\b|\bus(?='s\b)")


@dataclass(frozen=True)
class Exchange:
    """What a follow-up may lean on: the previous question as understood, and the passage shown first."""

    question: str
    passage: str = ""


@dataclass(frozen=True)
class Understood:
    question: str  # the question the engine answers
    follow_up: bool = False
    subject: str = ""  # the new subject of "and X?": passages mentioning it come first
    seen: str = ""  # what "what else…?" has been shown already: passages in it are left out


def understand(
    message: str,
    previous: Exchange | None = None,
    finds: Callable[[str], bool] | None = None,
    language_hint: str | None = None,
) -> Understood:
    """The question ``message`` asks, with ``previous`` as context when it leans on it.

    ``finds(question)`` says whether a question alone finds passages: a message that points
    nowhere but finds nothing on its own ("how many died?") is read as a follow-up too.
    The follow-up rules are English: a message in another language (detected, ``language_hint``
    the asker's language tag) is read as it stands, never glued to the question before.
    """
    message = spell_countries(" ".join(message.split()))
    if previous is None or not previous.question.strip() or not message:
        return Understood(message)
    if language_of(message, language_hint) != "en":
        return Understood(message)
    kind = classify(message).kind
    pointing = _THING_PRONOUN.search(message) or _PERSON_PRONOUN.search(message)
    if kind in (Kind.ARTICLES, Kind.CHAT) or (kind is Kind.SUMMARY and not pointing):
        return Understood(message)  # about the archive ("when was it published?", "what happened last week?")
    bare = message.rstrip("?!. ")
    lead = _LEAD.match(bare)
    rest = bare[lead.end() :] if lead else bare
    if rest and not _WH.match(rest) and (lead or _is_bare_phrase(rest)):
        substituted = _substitute(previous.question, rest)
        if substituted is not None:
            return Understood(substituted, True, rest)
        if lead or (finds is not None and not finds(message)):  # "and in Belarus?": the old question, about it
            return Understood(f"{_strip_mark(previous.question)} {rest}?", True, rest)
        return Understood(message)
    if lead:
        message = rest
    own = [t for t in tokenize(_PERSON_PRONOUN.sub(" ", message)) if t not in _CONVERSATIONAL]
    person = _PERSON_PRONOUN.search(message)
    thing = _THING_PRONOUN.search(message)
    if not lead and own and not person and not thing and (finds is None or finds(message)):
        return Understood(message)
    question = message.rstrip("?!. ")
    name = _person(previous) if person else ""
    if name:
        question = _PERSON_PRONOUN.sub(lambda m: _as_name(m[0], name), question)
    if thing or not name:  # what the message points back to is the previous question's subject
        question = _OF_PRONOUN.sub("", question) if thing else question
        question = f"{question} {_carried(previous.question, question)}".strip()
    seen = previous.passage if _ELSE.search(message) else ""
    return Understood(f"{question}?", True, seen=seen)


def spell_countries(question: str) -> str:
    """ "the us" read as the country, written "US": the pronoun "us" is a stop word, the country is not."""
    return _ABBREVIATED_US.sub("US", question)


def _strip_mark(question: str) -> str:
    return question.rstrip("?!. ")


def _is_bare_phrase(text: str) -> bool:
    """A short phrase naming only a country or a name, no question word: "canada", "Boris Johnson"."""
    terms = tokenize(text)
    named = all(is_country(t) for t in terms) or all(w[0].isupper() for w in words(text))
    return len(text.split()) <= _BARE_PHRASE_WORDS and bool(terms) and named and not _ANY_WH.search(text)


def _countries_in(text: str) -> list[str]:
    return [w for w in words(text) if any(is_country(t) for t in compound_terms(w))]


def _substitute(question: str, subject: str) -> str | None:
    """``question`` about ``subject`` in place of its country or name of the same kind, or None."""
    question = _strip_mark(question)
    subject_is_country = any(is_country(t) for w in words(subject) for t in compound_terms(w))
    if subject_is_country:
        old = _countries_in(question)
        if old:
            pattern = rf"(?:\bthe\s+)?(?<![\w-]){re.escape(old[0])}(?:\s*\([^)]*\))?(?![\w-])"
            return re.sub(pattern, subject, question, count=1) + "?"
        return None
    names = [n for n in _NAME_RUN.findall(question) if not _countries_in(n)]
    if names:
        return question.replace(names[-1], subject, 1) + "?"
    return None


def _person(previous: Exchange) -> str:
    """The person a "he" or "she" points to: one the previous question names, else the passage's first name."""
    runs = [n for n in _NAME_RUN.findall(previous.passage) if not _countries_in(n)]
    asked = {w.lower() for w in words(previous.question)}
    for run in runs:  # a name in the passage that the question asked about ("zelenskyy")
        if asked & {w.lower() for w in run.split()}:
            return _surname(run)
    in_question = [n for n in _NAME_RUN.findall(previous.question) if not _countries_in(n)]
    if in_question:
        return _surname(in_question[0])
    return _surname(runs[0]) if runs else ""


def _surname(name: str) -> str:
    """How news names a person after the first mention: "Defence Minister Oleksii Reznikov" → "Reznikov"."""
    return name.split()[-1].removesuffix("'s").removesuffix("’s")


def _as_name(pronoun: str, name: str) -> str:
    return f"{name}'s" if pronoun.lower() in ("his", "hers") else name


def _carried(previous: str, question: str) -> str:
    """The previous question's words after its question word, less those ``question`` has."""
    rest = _strip_mark(previous)
    rest = _LEAD.sub("", rest)
    rest = _WH.sub("", rest).strip()
    if not (_WH.fullmatch(question.strip()) and _AUX.match(rest)):
        # "when?" keeps the old question's verb ("when did Russia annex Crimea"); others add its words.
        rest = _AUX.sub("", rest)
    have = set(tokenize(question))
    kept = [w for w in rest.split() if not (set(tokenize(w)) and set(tokenize(w)) <= have)]
    return " ".join(kept)


def country_terms(subject: str) -> set[str]:
    """The index terms of ``subject`` with the other words for the countries it names."""
    terms = set(tokenize(subject))
    return terms | {f for t in terms for f in same_country(t)}


def answer_turn(
    index: Searcher,
    understood: Understood,
    top: int = 3,
    offset: int = 0,
    since: dt.date | None = None,
    until: dt.date | None = None,
    language_hint: str | None = None,
) -> Answer:
    """The engine's answer to ``understood``; for "and X?", the passages that mention X first;
    for "what else…?", none already shown. "And X?" asks the question before of X: a passage
    about X is its answer even without the count asked before ("how many troops did the US put
    on alert?" — "and britain?": Britain is "prepared to send troops"). ``language_hint``: the
    asker's language tag."""
    if understood.subject:
        index = index.switched(counted=False)
    if understood.follow_up:  # the words taken from the turn before select the story, not the focus (rule 16)
        index = index.switched(shown_focus=False)
    hint = language_hint
    reply = answer(index, understood.question, top=top, offset=offset, since=since, until=until, language_hint=hint)
    if not (understood.subject or understood.seen) or reply.kind is not Kind.PASSAGES or not reply.passages:
        return reply
    wanted = country_terms(understood.subject)
    pool_size = max(SUBJECT_POOL, offset + top + 1)
    pool = answer(index, understood.question, top=pool_size, since=since, until=until, language_hint=hint)
    ordered = [p for p in pool.passages if not understood.seen or p.text not in understood.seen]
    if wanted:
        ordered.sort(key=lambda p: wanted.isdisjoint(tokenize(p.text)))  # stable: rank kept
    page = ordered[offset : offset + top]
    text = passage_lines(page, offset + 1, reply.heading)
    return replace(reply, passages=page, text=text, more=len(ordered) > offset + top)


def spelled(index: Searcher, question: str, language_hint: str | None = None) -> str:
    """``question`` with its typos corrected against the corpus ("troups near ukrane" → "troops near ukraine"),
    so the question as understood, and the answer marked in its passages, read the corrected words.

    English questions only: in another language a word one letter from a corpus word is mostly
    another form of it or of another word ("quién" → "quien", "como" → "cómo"), and its question
    words would be lost. Searching still corrects a word the archive does not know (``Searcher.question_terms``).
    """
    if language_of(question, language_hint, index.sole_language()) != "en":
        return question
    if index.options.question_apostrophe:
        question = with_apostrophe(question)  # "whats" is "what's", no typo of "what"
    # An English word the archive lacks is no typo of an archive word: "fast" is not "east".
    found = {word: index.correction(word) for word in set(_WORD.findall(question))}
    fixes = {word: fix for word, fix in found.items() if fix and not is_word(word)}
    if not fixes:
        return question  # most questions: no time words to spare, no kind to compare
    _, without_time = find_timeframe(question, dt.date.today())
    timed = {w.lower() for w in words(question)} - {w.lower() for w in words(without_time)}
    corrected = _WORD.sub(lambda m: m[0] if m[0].lower() in timed else fixes.get(m[0], m[0]), question)
    # Words that say what kind of question it is are no typos of the corpus's words.
    return corrected if classify(corrected).kind is classify(question).kind else question


def finds(index: Searcher, question: str) -> bool:
    """Whether ``question`` alone gets an answer: a passage, or one of another kind (a summary of last week)."""
    reply = answer(index, question, top=1)
    return reply.kind is not Kind.PASSAGES or bool(reply.passages)


def shown(reply: Answer) -> str:
    """The first passage of ``reply`` as a follow-up reads it: with the sentence before when it was shown."""
    if not reply.passages:
        return ""
    first = reply.passages[0]
    return f"{first.context} {first.text}" if first.context else first.text
