"""Rule act_place: "where was the briefing held?" asks where the act took place, so a place the
passage names as a partner or a topic ("working with Norway") does not answer it."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Where was the ferry briefing held?"


def test_a_place_after_a_partner_preposition_does_not_answer_where_the_act_was(write_articles):
    text = "Officials working with Norway gave a ferry briefing to reporters about the new timetable."
    index = one_article(write_articles, text)
    assert index.search(QUESTION) == []
    assert index.switched(act_place=False).search(QUESTION) != []


def test_a_place_where_the_act_was_answers_where(write_articles):
    index = one_article(write_articles, "The ferry briefing was held in Bergen with officials from Norway.")
    assert "Bergen" in index.search(QUESTION)[0].text
