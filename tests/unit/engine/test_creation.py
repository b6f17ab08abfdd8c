"""A when / where question about a thing's coming into being ("When was X founded?") is answered
only by a time or place written with that act: the verb, another of its kind, or a noun derived
from one (switch ``shown_creation``)."""

import pytest

from bot.engine.creation import creation_verb, names_creation
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "When was the Harbour Guild founded?"
ELSEWHERE = "A bakery founded by sailors gave bread away."  # the verb known to the archive


def test_a_date_of_another_act_does_not_answer_when_it_was_founded(write_articles):
    index = one_article(
        write_articles,
        f"Members of the Harbour Guild train in a park on Saturday, Jan. 22, 2022. {ELSEWHERE}",
    )
    assert index.switched(shown_creation=True).search(QUESTION) == []


def test_a_date_written_with_another_verb_of_founding_answers(write_articles):
    index = one_article(
        write_articles,
        f"The Harbour Guild was established in 1958 by dock workers. {ELSEWHERE}",
    )
    assert "1958" in index.switched(shown_creation=True).search(QUESTION)[0].text


def test_a_noun_derived_from_a_verb_of_founding_names_the_act():
    assert names_creation("foundation") and names_creation("construction") and not names_creation("park")


def test_found_as_a_form_of_find_asks_of_no_founding():
    assert creation_verb("founded") and not creation_verb("found")
