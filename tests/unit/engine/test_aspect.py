"""Rule aspect: "when do the drills end?" asks a phase of an act, so a time beside the act alone
does not answer it; a time written with the phase ("until", "the end of") does."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "When do the harbour drills end?"


def test_a_time_of_the_act_without_its_phase_does_not_answer_when_it_ends(write_articles):
    index = one_article(write_articles, "The harbour drills were filmed by the navy on Tuesday near the pier.")
    assert index.search(QUESTION) == []
    assert index.switched(aspect=False).search(QUESTION) != []


def test_a_time_bounding_the_act_answers_when_it_ends(write_articles):
    index = one_article(write_articles, "The harbour drills will run until February 20, the navy said.")
    assert "February 20" in index.search(QUESTION)[0].text
