"""What a question asks for, in words, and how a refusal names it."""

import pytest

from bot.engine.asked import asked


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("how many tanks does russia have?", "a number of tanks"),
        ("How many fighter jets does Spain have?", "a number of fighter jets"),
        ("what is putin's age?", "putin's age"),
        ("What is the population of Kyiv?", "the population of Kyiv"),
        ("What is Joe Biden's middle name?", "Joe Biden's middle name"),
        ("What is the name of Putin's daughter?", "Putin's daughter"),
        ("Who is the mayor of Kyiv?", "the mayor of Kyiv"),
        ("How old is Zelenskyy?", "an age"),
    ],
)
def test_the_thing_asked_for_is_named_as_a_refusal_says_it(question, phrase):
    thing = asked(question)
    assert thing is not None and thing.phrase() == phrase


@pytest.mark.parametrize("question", ["When was NATO founded?", "Which city was named the most liveable?", "hello"])
def test_questions_naming_no_thing_ask_for_nothing_nameable(question):
    assert asked(question) is None


def test_a_definition_question_names_the_thing_but_no_owner():
    thing = asked("What is PPP?")
    assert thing is not None and thing.word == "PPP" and thing.whose == ""


def test_how_much_before_a_verb_asks_for_nothing_nameable():
    assert asked("How much does an F-16 cost?") is None
