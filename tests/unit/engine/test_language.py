"""A text's language: detected from its words, the asker's language tag settling a short text or a near tie."""

from __future__ import annotations

import pytest

from bot.engine import answer as answer_module
from bot.engine.analysis import language as language_module
from bot.engine.analysis.language import article_language, code, detect, first_look
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


@pytest.fixture
def no_model(monkeypatch):
    """The detector's model unavailable: what is decided here was decided at a glance."""

    def unavailable() -> None:
        raise AssertionError("the model was asked")

    monkeypatch.setattr(language_module, "_identifier", unavailable)


def test_an_english_article_is_recognised_at_a_glance_without_the_model(no_model):
    text = "Russia has moved about 100,000 troops to the border with Ukraine, officials said on Sunday."
    assert article_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("俄罗斯向乌克兰边境调动了军队。", "zh"),
        ("Ο πόλεμος ξεκίνησε το 2022.", "el"),
        ("भारत की राजधानी दिल्ली है।", "hi"),
    ],
)
def test_a_script_only_one_language_writes_is_that_language_at_a_glance(no_model, text, language):
    assert detect(text) == language


def test_a_lang_header_is_the_articles_language_without_detection(no_model):
    assert article_language("Russia has moved troops.", header="de") == "de"


def test_a_text_the_first_look_leaves_open_goes_to_the_model():
    text = "Mario Addison erzielte zwei Fumble Recoverys."
    assert first_look(text) is None
    assert detect(text) == "de"
