"""Rule ``name_unwritten``: a question naming something the whole archive never writes, in any
of its forms, gets no passage and a refusal that names it."""

from dataclasses import replace

import pytest

from bot.engine.answer import answer
from bot.engine.search import Searcher
from bot.engine.spelling import SpellingCorrector
from bot.engine.stated_names import question_names
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def switched(index: Searcher, **switches: bool) -> Searcher:
    """The index with the rule's switches set (``name_unwritten`` on unless told)."""
    return Searcher(index.backend, replace(index.options, **({"name_unwritten": True} | switches)))


SENT = "Defence minister Reznikov told parliament that Russian troops had gathered near the border."


def test_a_wh_question_naming_a_country_never_written_gets_no_passage(write_articles):
    index = switched(one_article(write_articles, SENT))
    assert index.search("What did Reznikov say about the troops in Belarus?") == []


def test_a_person_never_written_in_a_said_about_question_gets_no_passage(write_articles):
    index = switched(one_article(write_articles, SENT))
    assert index.search("What did Lavrov say about the troops near the border?") == []


def test_the_same_question_naming_what_the_archive_writes_is_answered(write_articles):
    index = switched(one_article(write_articles, SENT))
    assert "Reznikov" in index.search("What did Reznikov say about the troops near the border?")[0].text


def test_the_refusal_names_the_name_the_articles_never_mention(write_articles):
    index = switched(one_article(write_articles, SENT))
    text = answer(index, "What did Reznikov say about the troops in Belarus?").text
    assert text.startswith("The articles don't mention Belarus.")


def test_a_misspelt_name_is_read_as_the_archive_writes_it(write_articles):
    index = switched(one_article(write_articles, SENT))
    assert index.search("Where did Russian troops gather, according to Resnikov?") != []


def test_a_people_is_written_by_its_country(write_articles):
    index = switched(one_article(write_articles, "Denmark is sending a frigate and warplanes to Lithuania."))
    assert index.search("What are the Danes sending to Lithuania?") != []


def test_a_city_is_not_written_by_its_country_alone(write_articles):
    index = switched(one_article(write_articles, "Ukraine says Russian troops gathered near its border."))
    assert index.search("How far is Kharkiv from the border with Russia?") == []


def test_a_capitalised_common_noun_is_no_name(write_articles):
    index = switched(one_article(write_articles, "Reznikov said in a television interview that the risk was real."))
    assert index.search("What did Reznikov concede in his TV interview?") != []


def test_the_switch_off_answers_again(write_articles):
    index = switched(one_article(write_articles, SENT))
    off = switched(index, name_unwritten=False, said_spoken=False)  # said_spoken refuses it too
    assert off.search("What did Reznikov say about the troops in Belarus?") != []


def test_a_sentence_first_word_is_read_as_a_lowercase_word():
    names = question_names("Russia annexed Crimea. What sanctions followed?", lambda w: w == "russia")
    assert names == (("russia",), ("Crimea",))


def test_a_named_building_stands_for_who_works_there(write_articles):
    index = switched(one_article(write_articles, "US defence officials put 8500 troops on higher alert on Monday."))
    assert index.search("How many troops were put on alert by the Pentagon?") != []


def test_an_acronym_may_stand_for_words_the_archive_writes(write_articles):
    index = switched(one_article(write_articles, "WJZ began broadcasting from New York City in 1948."))
    assert index.search("When did WJZ start broadcasting in NYC?") != []


def test_a_word_one_edit_from_an_archive_word_may_be_its_misspelling():
    corrector = SpellingCorrector({"celoron": 1, "expedition": 3}, rare=["celoron"])
    assert corrector.has_near("celeron") and not corrector.has_near("lavrov")


PLACES = (
    "Denmark is sending a frigate and warplanes to Lithuania. The ships left port on Monday. "
    "NATO said it was bolstering its forces in Europe."
)


def test_which_countries_is_not_answered_by_a_passage_naming_only_the_continent(write_articles):
    index = switched(one_article(write_articles, PLACES), which_place=True)
    assert index.search("Which European countries did NATO say it was bolstering forces in?") == []


def test_which_country_is_answered_by_a_passage_naming_another_country(write_articles):
    index = switched(one_article(write_articles, PLACES), which_place=True)
    assert "Lithuania" in index.search("To which country is Denmark sending a frigate?")[0].text
