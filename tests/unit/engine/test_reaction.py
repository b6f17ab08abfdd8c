"""A question asking how someone reacted is answered by a sentence where they act."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.reaction import acts, reacting
from bot.engine.search import SearchOptions, build_index

pytestmark = pytest.mark.usefixtures("wordnet")


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("how did Kyiv respond?", "Kyiv"),
        ("How did Morgan react to the request?", "Morgan"),
        ("how did the US reply?", "US"),
        ("How will the ministry's spokesman answer the charges?", "spokesman"),
    ],
)
def test_a_how_did_x_respond_question_asks_about_its_subject(question, actor):
    assert reacting(question) == actor


def test_the_subject_is_the_word_before_its_of_phrase():
    assert reacting("How did the leaders of the city of Bukhara respond to the attack?") == "leaders"


@pytest.mark.parametrize("question", ["how did the war start?", "how many troops responded?", "who responded?"])
def test_a_question_asking_for_no_reaction_has_no_subject_to_act(question):
    assert reacting(question) == ""


@pytest.mark.parametrize(
    "passage",
    [
        "Moscow accused Ukraine of massing troops, accusations Kyiv has rejected.",
        'Kyiv said: "We are ready."',
        "Kyiv quickly denied it.",
    ],
)
def test_a_sentence_where_the_subject_does_something_has_it_act(passage):
    assert acts("Kyiv", passage)


@pytest.mark.parametrize(
    "passage",
    [
        "Volunteers train in a city park in Kyiv, Ukraine.",
        "Crowds filled the Kyiv train station.",
        "Officials in Kyiv's ministries met.",
    ],
)
def test_a_sentence_only_mentioning_the_subject_does_not_have_it_act(passage):
    assert not acts("Kyiv", passage)


def test_an_abbreviation_asked_about_is_not_a_pronoun_written_small():
    assert not acts("US", "He told us he would stay.")


# The ministry is named in both sentences, the shorter one only says where reporters waited.
COUNCIL = {
    "a.txt": "date 2022-01-01 Farmers met. Reporters waited outside the ministry. "
    "Two weeks later the ministry denied the claims."
} | {f"f{n}.txt": f"date 2022-01-01 Farmers in valley {n} harvested wheat. Rain fell for {n} days." for n in range(5)}


def first_answer(write_articles, **switches: bool) -> str:
    index = build_index(load_corpus(write_articles(COUNCIL)), SearchOptions(**switches))
    return index.search("how did the ministry respond?", top=1)[0].text


def test_the_sentence_where_the_subject_acts_answers_how_it_responded(write_articles):
    assert first_answer(write_articles) == "Two weeks later the ministry denied the claims."


def test_switched_off_the_shorter_sentence_naming_the_subject_wins(write_articles):
    assert first_answer(write_articles, reactions=False) == "Reporters waited outside the ministry."
