"""The question is read once: ranking, re-ranking and answer marking share one ``Question``."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

import pytest

from bot.engine import answer_type as answer_type_module
from bot.engine.answer import answer
from bot.engine.question import Question, as_question

QUESTIONS = ["how many troops?", "Who is the Kremlin spokesman?", "how many tanks does russia have?"]


@pytest.fixture
def readings(monkeypatch) -> Counter[tuple[str, str]]:
    """Every call of ``answer_type`` and ``focus_word`` from any engine module, by function and text."""
    calls: Counter[tuple[str, str]] = Counter()

    def counting(name: str, function: Callable[[str], object]) -> Callable[[str], object]:
        def counted(text: str) -> object:
            calls[name, text] += 1
            return function(text)

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
