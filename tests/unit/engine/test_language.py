"""A text's language: detected from its words, the asker's language tag settling a short text or a near tie."""

from __future__ import annotations

import pytest

from bot.engine import answer as answer_module
from bot.engine.analysis.language import code, detect
from bot.engine.answer import answer
from bot.engine.question import Question


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How many troops has Russia moved to the border with Ukraine?", "en"),
        ("Wie viele Soldaten hat Russland an die Grenze zur Ukraine verlegt?", "de"),
        ("¿Cuántos soldados ha enviado Rusia a la frontera con Ucrania?", "es"),
        ("Сколько солдат Россия перебросила к границе с Украиной?", "ru"),
        ("Скільки солдатів Росія перекинула до кордону з Україною?", "uk"),
        ("俄罗斯向乌克兰边境调动了多少军队？", "zh"),
    ],
)
def test_a_sentence_is_detected_in_its_language(text, language):
    assert detect(text) == language


def test_a_text_too_short_to_tell_is_in_the_hinted_language():
    assert detect("NATO?", hint="de") == "de"


def test_a_text_too_short_to_tell_without_a_hint_is_in_the_default_language():
    assert detect("NATO?") == "en"


def test_the_hint_does_not_override_a_text_plainly_in_another_language():
    assert detect("Wie viele Soldaten hat Russland an die Grenze verlegt?", hint="en") == "de"


def test_a_regional_language_tag_hints_its_language():
    assert code("de-AT") == "de"


def test_a_language_without_an_analyzer_is_no_hint():
    assert code("xx") is None


def test_a_question_is_read_with_its_language():
    assert (
        Question.ask("Wie viele Soldaten stehen an der Grenze?", lambda: pytest.fail("no time words")).language == "de"
    )


def test_answering_reads_the_question_in_the_language_its_hint_names(seed_index, monkeypatch):
    read: list[Question] = []

    class Reading(Question):
        @classmethod
        def ask(cls, *args: object, **kwargs: object) -> Question:
            question = Question.ask(*args, **kwargs)  # type: ignore[arg-type]
            read.append(question)
            return question

    monkeypatch.setattr(answer_module, "Question", Reading)
    answer(seed_index, "NATO?", language_hint="ru")
    assert [q.language for q in read] == ["ru"]


def test_a_question_read_from_text_alone_is_in_the_default_language():
    assert Question.read("troops?").language == "en"
