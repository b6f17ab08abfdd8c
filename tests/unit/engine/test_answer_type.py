import pytest

from bot.engine.answer_type import (
    AnswerType,
    answer_type,
    clauses,
    counts,
    focus_word,
    is_count,
    leading_kind,
    may_count,
    offers,
    offers_value,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how many troops?", AnswerType.QUANTITY),
        ("HOW MANY TROOPS", AnswerType.QUANTITY),
        ("How much security assistance?", AnswerType.QUANTITY),
        ("What number of people died?", AnswerType.QUANTITY),
        ("When did Russia annex Crimea?", AnswerType.DATE),
        ("what year was it", AnswerType.DATE),
        ("Who is the Kremlin spokesman?", AnswerType.PERSON),
        ("what is the name of the minister", AnswerType.PERSON),
        ("Where would Europe get gas?", AnswerType.PLACE),
        ("Which country sends jets?", AnswerType.PLACE),
        ("What is Denmark sending?", AnswerType.OTHER),
        ("how much money did the us send?", AnswerType.MONEY),
        ("How much funding did Ukraine get?", AnswerType.MONEY),
        ("how much did the war cost?", AnswerType.MONEY),
        ("How much did the bidder pay?", AnswerType.MONEY),
        ("what was the price of oil in 1974?", AnswerType.MONEY),
        ("how much time is left?", AnswerType.QUANTITY),
        ("how much gas does Europe need?", AnswerType.QUANTITY),
    ],
)
def test_answer_type_is_read_from_the_question(question, kind):
    assert answer_type(question) is kind


@pytest.mark.parametrize(
    ("kind", "passage", "expected"),
    [
        (AnswerType.QUANTITY, "massed 100,000 troops", True),
        (AnswerType.QUANTITY, "sending four fighter jets", True),
        (AnswerType.QUANTITY, "troops on alert", False),
        (AnswerType.DATE, "In 2014, Moscow annexed Crimea", True),
        (AnswerType.DATE, "arrived on Tuesday in Ukraine", True),
        (AnswerType.DATE, "arrived in Ukraine", False),
        (AnswerType.PERSON, "spokesman Dmitry Peskov said", True),
        (AnswerType.PERSON, "the spokesman said", False),
        (AnswerType.PLACE, "sending ships to Bulgaria", True),
        (AnswerType.MONEY, "a new US$200 million in security assistance", True),
        (AnswerType.MONEY, "eligible for up to $20,000 in loan forgiveness", True),
        (AnswerType.MONEY, "a deal worth 200 million euros", True),
        (AnswerType.MONEY, "sending four fighter jets", False),
        (AnswerType.MONEY, "massed 100,000 troops", False),
        (AnswerType.OTHER, "anything at all", False),
    ],
)
def test_passage_offers_the_kind_of_answer(kind, passage, expected):
    assert offers(kind, passage) is expected


def test_focus_is_the_word_after_what_or_how_many():
    assert focus_word("What sanctions has the West threatened?") == "sanctions"
    assert focus_word("how many troops") == "troops"


def test_questions_without_a_focus_word_have_none():
    assert focus_word("Who is the spokesman?") is None


@pytest.mark.parametrize(
    "caption",
    [
        "In this photo taken on Tuesday, Jan. 25, 2022, soldiers train in a park.",
        "Troops arrived on 3 March 2022.",
        "The unit was dissolved in 1985.",
    ],
)
def test_a_dates_digits_offer_no_quantity(caption):
    assert not offers_value(AnswerType.QUANTITY, caption)


def test_a_number_beside_a_date_still_offers_a_quantity():
    assert offers_value(AnswerType.QUANTITY, "On Jan. 25, 2022, 8500 troops were put on alert.")


@pytest.mark.parametrize(
    ("passage", "expected"), [("In May, two ships sailed.", True), ("In May the ships sailed.", False)]
)
def test_a_passage_without_digits_offers_a_quantity_by_a_numbers_word_alone(passage, expected):
    assert offers_value(AnswerType.QUANTITY, passage) is expected


def test_a_date_still_offers_a_date():
    assert offers_value(AnswerType.DATE, "Troops arrived on Jan. 25, 2022.")


def test_the_leading_kind_is_read_from_the_first_words_only():
    assert leading_kind("What was the tribe of the woman he married when he was 16?") is AnswerType.OTHER


def test_the_leading_kind_of_a_when_question_is_a_date():
    assert leading_kind("When was NATO founded?") is AnswerType.DATE


@pytest.mark.parametrize(
    "words",
    [
        ["four", "fighter", "jets"],
        ["first", "downs", "21", "to", "11"],
        ["several", "lakes"],
        ["an", "11-year", "veteran"],
    ],
)
def test_digits_a_numbers_word_or_a_vague_count_give_a_count(words):
    assert counts(words)


@pytest.mark.parametrize("words", [["F-16", "warplanes"], ["the", "US", "Embassy", "in", "Kyiv"], ["many", "fear"]])
def test_a_models_number_a_name_or_many_give_no_count(words):
    assert not counts(words)


@pytest.mark.parametrize("word", ["four", "Several", "21", "11-year", "F-16", "many", "someone", "ſeven"])
def test_one_word_is_a_count_as_counts_reads_it(word):
    assert is_count(word) is counts([word])


@pytest.mark.parametrize(
    "text", ["four fighter jets", "first downs (21 to 11)", "SEVERAL lakes", "an 11-year veteran", "ſeven ships"]
)
def test_a_text_with_a_word_that_counts_may_count(text):
    assert may_count(text)


@pytest.mark.parametrize("text", ["the US Embassy in Kyiv", "many fear", "someone fewer often"])
def test_a_text_without_a_word_that_counts_may_not_count(text):
    assert not may_count(text)


def test_a_sentence_splits_into_clauses_at_a_semicolon_or_a_dash():
    sentence = "Denmark is sending warplanes; Spain is sending four jets — France stands ready, it said."
    assert clauses(sentence) == [
        "Denmark is sending warplanes",
        " Spain is sending four jets",
        "France stands ready, it said.",
    ]
