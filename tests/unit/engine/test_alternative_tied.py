"""An either/or question's alternative counts only where a clause of a shown passage writes it
with the question's subject (or a pronoun standing for it): rule ``alternative_tied``."""

import pytest

from bot.engine.alternative_tied import offered_tied, yes_no_tied
from bot.engine.search import _ends_subject
from tests.support.one_article import one_article

FRIGATE = "Ostland is sending a frigate to Norland; Vorland is sending three ships to the Grey Sea."
CIVILIANS = "Dozens of civilians joined the Norland reserves. Deputy minister Anna Korvel announced the shipment."
OFFICER = "Deputy minister Anna Korvel, a career officer, announced the shipment."
ROUNDS = "Vorland is sending three ships to the Grey Sea. Several rounds of talks have failed."


def test_a_yes_no_subject_runs_to_its_verb_form():
    tied = yes_no_tied("are the vorland ships going to the grey sea frigates or minesweepers?", lambda w: w == "going")
    assert tied is not None and tied.subject == ("vorland", "ships")


def test_the_first_alternative_starts_where_the_second_starts():
    tied = yes_no_tied("Is Anna Korvel a civilian or a career officer?", lambda _: False)
    assert (
        tied is not None
        and tied.subject == ("Anna", "Korvel")
        and tied.alternatives == ("civilian", "career", "officer")
    )


def test_yes_or_no_offers_no_alternative():
    assert yes_no_tied("Is Anna Korvel staying in Norland, yes or no?", lambda _: False) is None


def test_an_offered_question_has_the_words_before_its_separator_for_subject():
    tied = offered_tied("how many rounds of talks have failed", (("three",), ("four",)))
    assert tied is not None and "rounds" in tied.subject and tied.alternatives == ("three", "four")


@pytest.mark.usefixtures("wordnet")
def test_a_participle_ends_the_subject_but_a_plural_noun_does_not():
    assert _ends_subject("going") and not _ends_subject("ships")


@pytest.mark.usefixtures("wordnet")
def test_an_alternative_written_of_another_subject_is_refused(write_articles):
    index = one_article(write_articles, FRIGATE)
    assert index.search("are the vorland ships going to the grey sea frigates or minesweepers?") == []


@pytest.mark.usefixtures("wordnet")
def test_an_alternative_written_with_the_subject_answers(write_articles):
    index = one_article(write_articles, OFFICER)
    assert index.search("Is Anna Korvel a civilian or a career officer?") != []


@pytest.mark.usefixtures("wordnet")
def test_others_written_as_the_alternative_answer_nothing(write_articles):
    index = one_article(write_articles, CIVILIANS)
    assert index.search("Is Anna Korvel a civilian or a career officer?") == []


@pytest.mark.usefixtures("wordnet")
def test_the_switch_off_answers_from_others_again(write_articles):
    index = one_article(write_articles, CIVILIANS).switched(alternative_tied=False)
    assert index.search("Is Anna Korvel a civilian or a career officer?") != []


@pytest.mark.usefixtures("wordnet")
def test_an_offered_count_of_other_things_is_refused(write_articles):
    index = one_article(write_articles, ROUNDS)
    assert index.search("so how many rounds of talks have failed, three or four?") == []


def test_an_offered_question_has_the_auxiliary_clauses_subject_for_subject():
    tied = offered_tied("what type of ships is vorland sending to the grey sea", (("frigates",),), _ends_subject)
    assert tied is not None and tied.subject == ("vorland",)


def test_an_auxiliary_right_before_the_verb_leaves_the_words_before_the_separator():
    tied = offered_tied("how many rounds of talks have failed", (("three",),), lambda w: w == "failed")
    assert tied is not None and "rounds" in tied.subject


@pytest.mark.usefixtures("wordnet")
def test_an_offered_alternative_written_of_another_subject_is_refused(write_articles):
    index = one_article(write_articles, FRIGATE)
    assert index.search("what type of ships is vorland sending to the grey sea — frigates or minesweepers?") == []


@pytest.mark.usefixtures("wordnet")
def test_an_offered_alternative_written_with_the_subject_answers(write_articles):
    index = one_article(write_articles, "Vorland is sending two frigates to the Grey Sea.")
    assert index.search("what type of ships is vorland sending to the grey sea — frigates or minesweepers?") != []
