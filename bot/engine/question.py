"""A question as read once: its text, the kind of answer it asks for, its focus word, and
what ``answer()`` reads of it — its intent, its time frame, its words without the time words.

``answer()`` reads the question into a ``Question`` once (``Question.ask``), and the words
it searches for into one more (``Question.searching``); ranking (``candidates``),
re-ranking (``Query.kind``) and answer marking (``answer_spans``) all take what they need
from it rather than reading the text again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

import regex

from bot.engine.analysis.language import DEFAULT as DEFAULT_LANGUAGE
from bot.engine.analysis.language import detect as detect_language
from bot.engine.answer_type import AnswerType, answer_type, focus_word
from bot.engine.intent import Intent, classify
from bot.engine.timeframe import TimeFrame, find_timeframe


@dataclass(frozen=True)
class Question:
    """One question's reading; build it with ``Question.read`` or ``Question.ask``."""

    text: str  # the words searched for
    intent: Intent | None = None  # what kind of question it is (``Question.ask`` only)
    frame: TimeFrame | None = None  # the article dates its time words name, if any
    without_time: str = ""  # the question without its time words (the question if it has none)
    language: str = DEFAULT_LANGUAGE  # the language it is written in: "en", "de", … (``Question.ask`` detects it)

    @classmethod
    def read(cls, text: str) -> Question:
        return cls(text)

    @cached_property
    def kind(self) -> AnswerType:
        """The kind of answer it asks for (re-ranking prefers sentences offering it)."""
        return answer_type(self.text, self.language)

    @cached_property
    def focus(self) -> str | None:
        """The word naming what is counted or described ("how many *troops*"); English questions only."""
        return focus_word(self.text) if self.language == "en" else None

    @classmethod
    def ask(
        cls, text: str, newest: Callable[[], dt.date], language_hint: str | None = None, archive: str | None = None
    ) -> Question:
        """``text`` read as a whole question: its language (``language_hint``, the asker's
        language tag, settles a short text or a near tie; ``archive``, the language of every
        article, one no stop words speak against), its time frame (relative times count
        back from ``newest()``, called only when it names one), then its intent, each once; its
        kind and focus are read when first asked for, of the words searched."""
        language = language_of(text, language_hint, archive)
        frame, without_time = find_timeframe(text, newest, language)
        intent = classify(text, without_time if frame else None, language)
        return cls(text, intent, frame, without_time, language)

    def searching(self, words: str) -> Question:
        """This question searching for ``words`` (its topic, or the question itself)."""
        return self if words == self.text else replace(self, text=words)


# Kept per text and hint: one answer reads its question's language two or three times (its
# spelling, the follow-up rules, ``Question.ask``), 0.05-0.1 ms each. Kept here, not in
# ``analysis``: a change there rebuilds every saved index.
@lru_cache(maxsize=512)
def language_of(text: str, hint: str | None = None, archive: str | None = None) -> str:
    """The language ``text`` is written in (``analysis.language.detect``; ``hint``, the asker's
    language tag, settles a short text or a near tie), detected once per text, hint and archive.

    ``archive``, the language every article is in, wins over another language that no more of
    the text's stop words speak for: a question of names and nouns ("biden birthday", "has
    zelenskyy met putin") gives the language model a few letters to guess from (Turkish,
    Dutch), and asked of an English archive it is English. "Wie alt ist der Präsident?" stays
    German: three of its words are German stop words, none English.
    """
    detected = detect_language(text, hint)
    if hint or archive is None or detected == archive:
        return detected
    words = [word.lower() for word in _WORD.findall(text)]
    if _stop_word_count(words, detected) <= _stop_word_count(words, archive):
        return archive
    return detected


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _stop_word_count(words: list[str], language: str) -> int:
    return sum(word in _stop_words(language) for word in words)


@cache
def _stop_words(language: str) -> frozenset[str]:
    """stopwordsiso's list for ``language`` (the lists ``analysis.language`` votes with)."""
    import stopwordsiso

    return frozenset(word.lower() for word in stopwordsiso.stopwords(language))


def as_question(question: str | Question) -> Question:
    """``question`` as a ``Question``, read now if it is text."""
    return question if isinstance(question, Question) else Question.read(question)
