"""The attribute of time a question asks ("what day", "which month", "birthday", "deadline") is
read alike in every form it is typed in, and a shown passage must give a time as fine as it:
a day, a month, a time stated precisely (rules ``time_grain`` and ``measure_head``)."""

import pytest

from bot.engine.attribute_asked import asked_attribute, of_grain, ordinal_spans, time_grain, typed_bare
from bot.engine.related_words import domain, is_inflected_verb, kinds_of
from bot.engine.search import _mostly_noun
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ANNEXED = "In 2009 the province of Vorland was annexed by Norland after a long dispute."
DOCKED = "The tanker Aurora docked in Gdansk on Thursday after a storm."


def attribute(question: str) -> str:
    return asked_attribute(question, is_inflected_verb, _mostly_noun)


def grain(noun: str) -> str:
    return time_grain(noun, lambda w: kinds_of(w, most=1), lambda w: domain(w, "noun"))


def test_the_attribute_is_read_after_a_dash():
    assert attribute("vorland vote 2009 — what day was it held?") == "day"


def test_the_attribute_is_the_head_of_a_longer_noun_phrase():
    assert attribute("what is Norland's annual defence budget?") == "budget"


def test_the_attribute_is_the_last_word_of_a_bare_question():
    assert attribute("kovac birthday?") == "birthday"


def test_the_attribute_of_a_bare_x_of_y_question_is_its_first_noun():
    assert attribute("birthday of kovac?") == "birthday"


def test_a_modifier_after_the_noun_is_not_the_attribute():
    assert attribute("What coastal city last hosted the games?") == "city"


def test_a_capitalised_word_names_no_attribute():
    assert attribute("What was a Happy Days spinoff?") == ""


def test_a_name_asked_asks_no_attribute():
    assert attribute("What was the festival day called?") == ""


def test_a_question_word_later_in_a_statement_is_not_a_bare_question():
    assert attribute("The expiry of the treaty means which rule applies?") == ""


def test_a_birthday_and_a_date_are_answered_by_a_day():
    assert (grain("birthday"), grain("date")) == ("day", "day")


def test_a_month_is_answered_by_a_month_and_a_deadline_by_a_point_in_time():
    assert (grain("month"), grain("deadline")) == ("month", "time")


def test_a_holiday_is_asked_by_its_name_not_its_day():
    assert grain("holiday") == ""


def test_a_year_and_a_duration_are_left_to_other_rules():
    assert (grain("year"), grain("duration")) == ("", "")


def test_a_year_alone_is_no_day():
    text = "In 2009, Vorland was annexed."
    assert not of_grain("day", text, 3, 7)


def test_a_weekday_is_a_day():
    assert of_grain("day", DOCKED, DOCKED.index("Thursday"), DOCKED.index("Thursday") + 8)


def test_a_lowercase_may_is_no_month():
    text = "Talks may resume."
    assert not of_grain("month", text, 6, 9)


def test_which_month_is_not_answered_by_the_questions_own_year(write_articles):
    index = one_article(write_articles, ANNEXED)
    assert index.search("In which month of 2009 was Vorland annexed?") == []


def test_what_day_after_a_dash_is_not_answered_by_a_year(write_articles):
    index = one_article(write_articles, ANNEXED)
    assert index.search("vorland annexation 2009 — what day was it?") == []


def test_what_day_is_answered_by_a_weekday_by_the_event(write_articles):
    index = one_article(write_articles, DOCKED)
    assert "Thursday" in index.search("On what day did the tanker Aurora dock in Gdansk?")[0].text


BACKED = "Officials met on Monday to discuss the grain corridor and the harbour fees that President Ivo Kovac backs."


def test_a_bare_birthday_is_not_answered_by_a_day_far_from_the_person(write_articles):
    assert one_article(write_articles, BACKED).search("kovac birthday?") == []


def test_the_switch_off_answers_a_bare_birthday_by_any_day(write_articles):
    assert one_article(write_articles, BACKED).switched(time_grain=False).search("kovac birthday?") != []


def test_the_switch_off_answers_which_month_by_the_year(write_articles):
    index = one_article(write_articles, ANNEXED).switched(time_grain=False)
    assert index.search("In which month of 2009 was Vorland annexed?") != []


SPOKE = "Norland's defence minister Ivo Kask spoke about the budget talks in parliament."


def test_a_long_measure_phrase_asks_a_number(write_articles):
    assert one_article(write_articles, SPOKE).search("what is Norland's annual defence budget?") == []


def test_the_switch_off_answers_a_long_measure_phrase_by_words(write_articles):
    # ``number_any_form`` reads the measure's head in every form too
    index = one_article(write_articles, SPOKE).switched(measure_head=False, number_any_form=False)
    assert index.search("what is Norland's annual defence budget?") != []


def test_an_ordinal_tells_which_anniversary():
    text = "The city marked the 30th anniversary of the bridge."
    assert [text[a:b] for a, b in ordinal_spans(text)] == ["30th"]


def test_a_question_with_a_question_word_is_not_typed_bare():
    assert (typed_bare("kovac birthday?"), typed_bare("What day was it?")) == (True, False)


def test_what_anniversary_is_answered_by_an_ordinal(write_articles):
    index = one_article(write_articles, "The city marked the 30th anniversary of the Vorland bridge with fireworks.")
    assert "30th" in index.search("What anniversary of the Vorland bridge did the city mark?")[0].text


def test_what_day_with_a_question_word_takes_a_day_anywhere_in_the_clause(write_articles):
    text = "The tanker Aurora, which had been delayed by the autumn storms in the northern sea, docked on Thursday."
    index = one_article(write_articles, text)
    assert "Thursday" in index.search("What day did the tanker Aurora dock?")[0].text
