"""Rule time_carried: a question narrowing its ask to a time ("in 2021", "last spring", "on Tuesday",
"in 2014 alone", "before the package") is answered only by a passage carrying that time for the fact
asked: a sentence of it sharing a word with the question writes the time, or its article is dated
inside the closed period asked; a weekday is contradicted only by another one."""

import pytest

from bot.engine.time_carried import times_asked
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

# one_article's article is dated 2023-05-01, a Monday.
TOLL = "The flooding in the delta has killed over 300 people, officials said."


def test_a_year_bounding_the_ask_no_passage_writes_is_refused(write_articles):
    index = one_article(write_articles, TOLL)
    question = "How many people has the flooding in the delta killed since 2019?"
    assert index.search(question) == []
    assert index.switched(time_carried=False).search(question) != []


def test_a_year_written_in_the_sentence_before_answers(write_articles):
    index = one_article(write_articles, f"The delta first flooded in 2019. {TOLL}")
    assert "300 people" in index.search("How many people has the flooding in the delta killed since 2019?")[0].text


def test_a_year_alone_asks_the_year_beside_the_number(write_articles):
    index = one_article(write_articles, f"The delta first flooded in 2019. {TOLL}")
    assert index.search("How many people did the flooding in the delta kill in 2019 alone?") == []


def test_an_article_dated_inside_the_season_asked_answers(write_articles):
    index = one_article(write_articles, TOLL)
    assert "300 people" in index.search("How many people did the flooding in the delta kill in spring 2023?")[0].text


def test_a_season_of_another_year_than_the_articles_is_refused(write_articles):
    index = one_article(write_articles, TOLL)
    assert index.search("How many people did the flooding in the delta kill in spring 2021?") == []


def test_a_year_named_plainly_narrows_nothing():
    assert times_asked("How many yards did the quarterback throw for in 2015?") == []


def test_a_season_no_passage_carries_is_refused(write_articles):
    index = one_article(write_articles, "The ministry massed 4,000 engineers near the delta dams.")
    assert index.search("How many engineers did the ministry mass near the delta dams last winter?") == []


FERRIES = "How many ferries did Mayor Brackenby promise the harbour council on {day}?"


def test_another_weekday_for_the_fact_asked_is_refused(write_articles):
    index = one_article(write_articles, "On Monday, Mayor Brackenby promised the harbour council 12 new ferries.")
    assert index.search(FERRIES.format(day="Friday")) == []
    assert index.switched(time_carried=False).search(FERRIES.format(day="Friday")) != []
    assert "12 new ferries" in index.search(FERRIES.format(day="Monday"))[0].text


def test_a_passage_silent_about_the_weekday_answers(write_articles):
    index = one_article(write_articles, "Mayor Brackenby promised the harbour council 12 new ferries.")
    assert "12 new ferries" in index.search(FERRIES.format(day="Friday"))[0].text


def test_before_an_event_needs_what_came_before_it(write_articles):
    index = one_article(write_articles, "The harbour board approved a new $40m ferry package for the delta towns.")
    question = "How much money did the harbour board give the delta towns before the new ferry package?"
    assert index.search(question) == []


def test_before_an_event_is_answered_by_a_passage_ordering_it(write_articles):
    index = one_article(write_articles, "The harbour board closed the delta ferries before the storm arrived.")
    assert "closed" in index.search("What did the harbour board do before the storm?")[0].text


def test_after_an_event_sets_a_scene_and_narrows_nothing():
    assert times_asked("Which player became the highest paid ever after agreeing to an extension?") == []


def test_a_point_named_by_its_period_is_no_event():
    assert times_asked("Who tackled the quarterback just before the end of the first half?") == []


def test_a_time_bounding_a_first_narrows_nothing():
    assert times_asked("Over which country did the missile fly for the first time since 2017?") == []


def test_back_then_points_at_the_earlier_sentences_year(write_articles):
    index = one_article(
        write_articles, "In 2019, the delta flooded. Fishermen moved inland. The harbour board bought new pumps."
    )
    assert index.search("The delta flooded in 2019. What pumps did the harbour board buy back then?") == []


def test_a_year_naming_a_thing_restricts_nothing():
    assert times_asked("Which senator dropped out of the 2024 race?") == []


def test_a_weekday_inside_a_name_restricts_nothing():
    assert times_asked("How much did shoppers spend on Cyber Monday?") == []


def test_during_an_event_itself_asks_the_event_beside_the_number(write_articles):
    index = one_article(write_articles, f"A cyclone struck the delta towns in March. {TOLL}")
    question = "How many people did the flooding in the delta kill during the cyclone itself?"
    assert index.search(question) == []
    assert index.switched(time_carried=False).search(question) != []
