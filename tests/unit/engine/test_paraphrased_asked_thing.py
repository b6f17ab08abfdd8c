"""The asked thing read as a reader paraphrases it: a narrower verb, a sum for a price, what
someone said for their advice, a time for "what date"; and near-miss questions still refused."""

import pytest

from bot.engine.asked import asks_sum
from bot.engine.related_words import kinds_of, narrower_verbs
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_narrower_verb_beside_the_subject_answers_where(write_articles):
    index = one_article(write_articles, "The league said it was bolstering its defences along the river Marle.")
    assert "bolstering" in index.search("Where is the league strengthening its defences?")[0].text


def test_a_narrower_verb_without_the_subject_does_not_answer_where(write_articles):
    text = "The league met on Monday in Dorvale. The guild was bolstering its defences along the river Marle."
    index = one_article(write_articles, text)
    assert index.search("Where is the league strengthening its defences?") == []


def test_a_narrower_verb_is_switched_off_with_paraphrased(write_articles):
    index = one_article(write_articles, "The league said it was bolstering its defences along the river Marle.")
    assert index.switched(paraphrased=False).search("Where is the league strengthening its defences?") == []


def test_a_sum_beside_whose_it_is_gives_its_value(write_articles):
    index = one_article(write_articles, "Brackenby approved a grant of $40 million for the harbour repairs.")
    assert "$40 million" in index.search("What is the value of the harbour grant?")[0].text


def test_a_sum_of_something_else_does_not_give_a_value(write_articles):
    text = "Brackenby approved a grant for the harbour repairs. The stadium in Dorvale cost $40 million."
    index = one_article(write_articles, text)
    assert index.search("What is the value of the harbour grant?") == []


def test_a_number_that_is_no_sum_does_not_give_a_value(write_articles):
    index = one_article(write_articles, "Brackenby approved a grant for 12 harbour repairs.")
    assert index.search("What is the value of the harbour grant?") == []


def test_what_someone_urged_gives_their_advice(write_articles):
    index = one_article(write_articles, "Mayor Ortiz urged residents to stay indoors until the storm passed.")
    assert "urged" in index.search("What advice did Ortiz give to residents?")[0].text


def test_the_advice_giver_is_read_when_the_question_ends_with_the_verb(write_articles):
    index = one_article(write_articles, "Mayor Ortiz urged residents to stay indoors until the storm passed.")
    assert "urged" in index.search("What advice did Ortiz give?")[0].text


def test_a_threat_asked_is_given_by_what_someone_said(write_articles):
    index = one_article(write_articles, "Mayor Ortiz said he would close the bridge if the council refused.")
    assert "said" in index.search("What threat did Ortiz make to the council?")[0].text


def test_someone_else_speaking_does_not_give_their_advice(write_articles):
    text = "Mayor Ortiz visited residents near the river. Governor Brandt urged residents to stay indoors."
    index = one_article(write_articles, text)
    assert index.search("What advice did Ortiz give to residents?") == []


def test_what_date_is_answered_by_a_time_without_the_word_date(write_articles):
    index = one_article(write_articles, "The ferry to Marwick arrived on Tuesday, March 14, after a long delay.")
    assert "March 14" in index.search("What date did the ferry to Marwick arrive?")[0].text


@pytest.mark.parametrize("noun", ["price", "value", "cost", "worth", "salary"])
def test_a_price_or_a_value_is_asked_as_a_sum(noun):
    assert asks_sum(noun, kinds_of)


@pytest.mark.parametrize("noun", ["currency", "size", "population", "age"])
def test_a_measure_of_no_money_is_not_asked_as_a_sum(noun):
    assert not asks_sum(noun, kinds_of)


def test_a_verb_two_levels_narrower_is_a_way_to_do_it():
    assert "bolster" in narrower_verbs("strengthen")


def test_a_general_act_has_no_narrower_verbs():
    assert narrower_verbs("change") == frozenset()
