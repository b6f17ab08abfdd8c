"""What a question asks for, in words, and how a refusal names it."""

import pytest

from bot.engine.asked import asked, reports_speech, sought, thing_owner
from bot.engine.related_words import is_verb


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
        ("what is the council's budget?", "the council's budget"),
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


def test_the_owner_is_the_last_word_of_whose_thing_is_asked():
    assert thing_owner("what is the US president's view?") == "president"


def test_a_question_without_an_owner_has_none():
    assert thing_owner("how many tanks does russia have?") == ""


def test_a_passage_reports_its_owner_speaking_a_few_words_on():
    assert reports_speech("president", "It is what US President Joe Biden himself has said looks like a threat.")


def test_a_passage_naming_the_owner_far_from_a_speech_verb_does_not_report_him_speaking():
    text = "Putin will back away from what US President Joe Biden himself has said looks like a threat."
    assert not reports_speech("putin", text)


def test_an_opinion_in_words_the_archive_never_uses_is_answered_by_what_its_owner_said(seed_index):
    [first, *_] = seed_index.search("what is the US president's view?")
    assert "Biden himself has said" in first.text


def test_a_person_asked_for_in_words_the_archive_never_uses_is_still_refused_though_its_owner_speaks(seed_index):
    assert seed_index.search("who is the defence minister's wife?") == []


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize(
    ("question", "words", "owner"),
    [
        ("When was NATO founded?", ("founded",), ("NATO",)),
        ("Where was Dmitry Peskov born?", ("born",), ("Dmitry", "Peskov")),
        ("How many ships does the Russian navy have?", ("ships",), ("Russian", "navy")),
        ("how many troops did the US put on alert?", ("troops",), ("US",)),
        ("What is the population of Kyiv?", ("population",), ("Kyiv",)),
        ("what is the weather in kyiv today?", ("weather",), ("kyiv", "today")),
        ("What language do people speak in Luhansk?", ("language",), ("Luhansk",)),
        ("What is the volume of gas needed to replace Russian supplies?", ("volume",), ("gas",)),
        ("How old is Zelenskyy?", ("old",), ()),
    ],
)
def test_what_a_passage_must_mention_is_the_asked_thing_and_whose_it_is(question, words, owner):
    wanted = sought(question, is_verb)
    assert wanted is not None and (wanted.words, wanted.owner) == (words, owner)


@pytest.mark.parametrize(
    "question",
    [
        "When was the last plague outbreak?",  # "was" and no participle: no verb is asked about
        "How much money is the new US security aid package worth?",  # an amount, in any words
        "What did Zelensky tell the nation?",  # a "what" question's verb is often paraphrased
    ],
)
def test_questions_naming_no_thing_or_event_seek_nothing(question):
    assert sought(question, is_verb) is None
