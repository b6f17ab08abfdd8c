"""The question is read once: ``answer()`` reads its time frame and intent once, and ranking,
re-ranking and answer marking share one ``Question``."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable

import pytest

from bot.engine import answer_type as answer_type_module
from bot.engine import intent as intent_module
from bot.engine import timeframe as timeframe_module
from bot.engine.answer import answer
from bot.engine.question import Question, as_question

QUESTIONS = ["how many troops?", "Who is the Kremlin spokesman?", "how many tanks does russia have?"]
PASSAGE_QUESTION = "how many troops?"
# Time words that narrow nothing (the archive is of 2022): searched as words, so they were classified twice.
TIME_QUESTION_SEARCHED_AS_WORDS = "how many troops since 2005?"
# Time words that date no article: perhaps the event's date.
TIME_QUESTION_OF_NO_ARTICLE = "how many troops did Russia send in 1973?"


def _count_calls(monkeypatch, module: object, name: str) -> list[str]:
    """Every call of ``module.name`` from any engine module, by its first argument."""
    original = getattr(module, name)
    calls: list[str] = []

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(str(args[0]))
        return original(*args, **kwargs)

    for module_name, engine_module in list(sys.modules.items()):
        if module_name.startswith("bot.engine") and getattr(engine_module, name, None) is original:
            monkeypatch.setattr(engine_module, name, counted)
    return calls


@pytest.fixture
def readings(monkeypatch) -> Counter[tuple[str, str]]:
    """Every call of ``answer_type`` and ``focus_word`` from any engine module, by function and text."""
    calls: Counter[tuple[str, str]] = Counter()

    def counting(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def counted(text: str, *rest: object) -> object:  # answer_type also takes the language
            calls[name, text] += 1
            return function(text, *rest)

        return counted

    for name in ("answer_type", "focus_word"):
        original = getattr(answer_type_module, name)
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("bot.engine") and getattr(module, name, None) is original:
                monkeypatch.setattr(module, name, counting(name, original))
    return calls


@pytest.mark.parametrize("question", QUESTIONS)
def test_answering_reads_the_answer_kind_and_focus_of_a_text_once(seed_index, readings, question):
    answer(seed_index, question)
    assert readings, "the counters saw no reading at all"
    assert {key: count for key, count in readings.items() if count > 1} == {}


def test_a_question_is_read_from_text_once_and_kept_when_given():
    read = Question.read("how many troops?")
    assert as_question(read) is read
    assert as_question("how many troops?") == read


@pytest.mark.parametrize("question", [PASSAGE_QUESTION, TIME_QUESTION_SEARCHED_AS_WORDS, TIME_QUESTION_OF_NO_ARTICLE])
def test_answering_classifies_the_question_once(seed_index, monkeypatch, question):
    calls = _count_calls(monkeypatch, intent_module, "classify")
    answer(seed_index, question)
    assert calls == [question]


@pytest.mark.parametrize("question", [PASSAGE_QUESTION, TIME_QUESTION_SEARCHED_AS_WORDS, TIME_QUESTION_OF_NO_ARTICLE])
def test_answering_finds_the_time_frame_once(seed_index, monkeypatch, question):
    calls = _count_calls(monkeypatch, timeframe_module, "find_timeframe")
    answer(seed_index, question)
    assert calls == [question]


@pytest.mark.parametrize("question", [PASSAGE_QUESTION, TIME_QUESTION_SEARCHED_AS_WORDS, TIME_QUESTION_OF_NO_ARTICLE])
def test_answering_reads_the_answer_kind_and_focus_once(seed_index, monkeypatch, question):
    kinds = _count_calls(monkeypatch, answer_type_module, "answer_type")
    focuses = _count_calls(monkeypatch, answer_type_module, "focus_word")
    answer(seed_index, question)
    # answer marking also reads the kind of a two-word clause ("how many"), and a refusal that of
    # a long question's first words ("how many troops"): not readings of the question.
    assert kinds.count(question) == 1
    assert len(focuses) == 1


def test_a_time_question_carries_its_reading_with_the_time_words_as_words():
    read = Question.ask(TIME_QUESTION_SEARCHED_AS_WORDS, lambda: dt.date(2022, 1, 25))
    assert read.frame is not None and read.without_time != read.text
    assert read.intent is not None and read.intent.as_words == intent_module.classify(read.text)


def test_searching_other_words_reads_their_kind_not_the_questions():
    read = Question.ask("please, how many troops?", lambda: dt.date(2022, 1, 25))
    assert read.searching("who sent troops").kind != read.kind
