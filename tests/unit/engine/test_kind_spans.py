"""Where a passage gives a value of the kind a question asks: a time stated precisely, a
number that is no date, someone named; and whether it stands by the question's words."""

import pytest

from bot.engine.asked import asked_or_kind, asks_identity, kind_spans, kind_word, tied_value
from bot.engine.related_words import domain, kinds_of, names_person

pytestmark = pytest.mark.usefixtures("wordnet")


def noun_file(word: str) -> str:
    return domain(word, "noun")


def values(kind: str, text: str) -> list[str]:
    return [text[start:end] for start, end in kind_spans(kind, text, names_person, noun_file)]


def focus_on(*words: str):
    return lambda word: word.lower() in words


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The crisis began in October 1973.", "1973"),
        ("Prices rose sharply in the 1990s.", "1990s"),
        ("The town grew in the 18th century.", "18th century"),
        ("The town grew in the nineteenth century.", "nineteenth century"),
        ("The fort was built in AD 70.", "AD 70"),
        ("The bridge opened on Monday.", "Monday"),
        ("The bridge reopened two weeks later.", "two weeks later"),
        ("The bridge was closed during the war.", "during the war"),
        ("He left school at the age of 16.", "at the age of"),
        ("At 1 a.m. he awoke.", "1 a.m."),
        ("Committees are set up at the beginning of each session.", "at the beginning of"),
        ("Treaties apply as soon as they enter into force.", "as soon as"),
        ("The fair is held at Easter.", "Easter"),
    ],
)
def test_a_time_stated_precisely_is_found_where_it_stands(text, time):
    assert any(time in found for found in values("time", text))


@pytest.mark.parametrize(
    "text",
    ["Spain has served with the alliance for eight years.", "Dozens of civilians joined in recent weeks."],
)
def test_a_span_that_dates_nothing_is_no_time(text):
    assert values("time", text) == []


def test_a_dates_digits_are_no_number():
    assert values("number", "The talks were held on Jan. 25, 2022.") == []


def test_a_count_in_words_is_a_number():
    assert values("number", "None of the treaties mention it; several lakes lie north.") == ["None", "several"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CBS broadcast the final in the US.", "CBS"),
        ("LeGrande writes that a definition is hard.", "LeGrande"),
        ("The virus was discovered by Walter Reed.", "Walter Reed"),
        ("An architect normally manages the job.", "architect"),
    ],
)
def test_someone_is_named_by_a_name_a_body_or_a_kind_of_person(text, name):
    assert name in values("person", text)


@pytest.mark.parametrize("text", ["Talks began on Monday.", "Prices rose in Ukraine in March."])
def test_a_sentences_first_common_word_a_place_or_a_month_names_no_one(text):
    assert [v for v in values("person", text) if v[0].isupper()] == []


def test_a_time_in_the_clause_of_the_question_words_is_tied_to_them():
    text = "Denmark sent a frigate on Monday."
    assert tied_value("time", text, focus_on("denmark", "frigate"), names_person, noun_file)


def test_a_time_in_a_sentence_without_the_question_words_is_not_tied_to_them():
    text = "Talks began on Monday."
    assert not tied_value("time", text, focus_on("denmark", "frigate"), names_person, noun_file)


def test_a_time_in_another_clause_is_not_tied_to_the_question_words():
    text = "Denmark is sending a frigate; talks began on Monday."
    assert not tied_value("time", text, focus_on("denmark", "frigate"), names_person, noun_file)


def test_a_time_far_from_the_question_words_is_tied_only_without_a_word_limit():
    text = "Denmark is sending a frigate and many other ships to the coast of the Baltic on Monday."
    focus = focus_on("denmark", "frigate")
    assert tied_value("time", text, focus, names_person, noun_file, within=0)
    assert not tied_value("time", text, focus, names_person, noun_file, within=3)


def test_a_text_matched_by_its_context_ties_any_value_when_it_has_no_question_word():
    assert tied_value("time", "Talks began on Monday.", focus_on("frigate"), names_person, noun_file, matched=True)


def test_a_value_made_of_the_question_words_only_is_not_tied():
    text = "Talks on the next harbour master of Brackenby went on."
    assert not tied_value("person", text, focus_on("harbour", "master", "brackenby"), names_person, noun_file)


def test_the_kind_word_of_a_question_is_read_apart():
    assert kind_word("In which year did Spain join NATO?") == "year"


def test_a_question_naming_no_thing_is_refused_by_the_kind_it_asks():
    thing = asked_or_kind("When did Denmark send the frigate?", kinds_of=kinds_of)
    assert thing is not None and thing.phrase() == "a date"


@pytest.mark.parametrize(
    ("question", "identity"),
    [("who is Hanna Maliar?", True), ("Who was Genghis Khan?", True), ("Who is the defence minister?", False)],
)
def test_who_a_named_one_is_asks_for_no_name(question, identity):
    assert asks_identity(question) is identity
