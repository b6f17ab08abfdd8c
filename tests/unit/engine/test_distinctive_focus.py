"""Rule 16: a value answers a when/who/how-many question only beside the question's
distinctive words (enough of its weight, or its heaviest word), not beside any of its words."""

import pytest

from bot.engine.conversation import Understood, answer_turn
from bot.engine.search import Searcher
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How many people are at the embassy in Brackenby?"


def focused(index: Searcher) -> Searcher:
    """The searcher with rule 16 on, whatever its default."""
    return index.switched(shown_focus=True)


def test_a_number_beside_only_a_weak_question_word_is_refused(write_articles):
    index = one_article(
        write_articles, "The embassy in Brackenby stayed open. The storm there has left 300 people homeless."
    )
    assert focused(index).search(QUESTION) == []


def test_a_number_beside_the_distinctive_words_is_answered(write_articles):
    index = one_article(write_articles, "The embassy in Brackenby has 300 people on its staff.")
    assert "300 people" in focused(index).search(QUESTION)[0].text


def test_a_sentence_after_naming_the_event_by_its_weaker_words_does_not_date_it(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate to Lithuania. The frigate was sent on Monday.")
    assert focused(index).search("When did Denmark send the frigate?") == []


def test_the_switch_off_answers_on_a_number_beside_any_question_word(write_articles):
    index = one_article(
        write_articles, "The embassy in Brackenby stayed open. The storm there has left 300 people homeless."
    )
    assert "300 people" in index.switched(shown_focus=False).search(QUESTION)[0].text


def test_a_follow_up_is_not_held_to_the_words_taken_from_the_turn_before(write_articles):
    index = one_article(
        write_articles, "The embassy in Brackenby stayed open. The storm there has left 300 people homeless."
    )
    understood = Understood(QUESTION, follow_up=True)  # "how many people are there?" after a question on the embassy
    assert "300 people" in answer_turn(focused(index), understood).passages[0].text
