"""A reply to a when/who/how-many question shows a passage that gives the kind of value asked,
tied to the question's words: a time of the event asked about, not any time nearby."""

import pytest

from bot.engine.answer import answer
from bot.engine.corpus import load_corpus
from bot.engine.search import build_index
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_time_beside_the_event_but_about_another_does_not_date_it(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate to Lithuania. Talks began on Monday.")
    assert index.search("When did Denmark send the frigate?") == []


def test_a_time_in_the_events_own_sentence_dates_it(write_articles):
    index = one_article(write_articles, "Denmark sent a frigate on Monday.")
    assert "Monday" in index.search("When did Denmark send the frigate?")[0].text


def test_the_strict_check_switched_off_answers_on_a_time_nearby(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate to Lithuania. Talks began on Monday.")
    assert index.switched(shown_kind=False).search("When did Denmark send the frigate?") != []


def test_a_sentence_after_dates_the_event_when_it_names_it(write_articles):
    index = one_article(
        write_articles, "Denmark is sending a frigate to Lithuania. Denmark's frigate was sent on Monday."
    )
    assert index.search("When did Denmark send the frigate?") != []


def test_the_word_naming_the_kind_asked_is_no_value_of_it(write_articles):
    index = one_article(write_articles, "Spain has joined the alliance's naval forces for eight years.")
    assert index.search("In which year did Spain join the alliance?") == []


def test_a_refusal_of_a_when_question_says_no_date_is_given(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate to Lithuania. Talks began on Monday.")
    assert answer(index, "When did Denmark send the frigate?").text.startswith("The articles don't give a date.")


def test_the_question_own_role_is_no_name_of_who_holds_it(write_articles):
    index = one_article(write_articles, "Talks on who will be the next harbour master of Brackenby went on.")
    assert index.search("Who will be the next harbour master of Brackenby?") == []


def test_a_name_beside_the_role_answers_who_holds_it(write_articles):
    index = one_article(write_articles, "Anna Kowalczyk will be the next harbour master of Brackenby.")
    assert "Anna Kowalczyk" in index.search("Who will be the next harbour master of Brackenby?")[0].text


def test_who_a_named_one_is_is_answered_by_what_they_are(write_articles):
    index = one_article(write_articles, "A shipment arrived, according to Deputy Defence Minister Hanna Maliar.")
    assert "Hanna Maliar" in index.search("who is Hanna Maliar?")[0].text


def test_a_count_in_another_subjects_clause_after_and_counts_nothing_asked(write_articles):
    corpus = write_articles(
        {
            "a.txt": "date 2023-05-01\ntitle: News\nSpain keeps 300 troops in Bulgaria, and France stands ready "
            "to send troops to Romania. Reporters waited outside.",
            "b.txt": "date 2023-05-01\ntitle: Drills\nTroops rested. Troops marched at dawn. Troops waited.",
        }
    )
    assert build_index(load_corpus(corpus)).search("How many troops is France ready to send to Romania?") == []


def test_a_count_in_the_asked_subjects_own_clause_answers(write_articles):
    index = one_article(write_articles, "France is sending 300 troops to Romania, and Spain stands ready to send jets.")
    assert "300 troops" in index.search("How many troops is France sending to Romania?")[0].text
