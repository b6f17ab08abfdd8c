"""A question-word question that offers its answer's alternatives after a dash, a colon or a
comma is answered when a shown passage writes one of them and refused when none does (rule
``offered_answer``); an either/or yes/no question's relevance bar counts its lighter alternative
only (rule ``either_or_bar``)."""

import pytest

from bot.engine.offered import offered
from tests.support.one_article import one_article

SENT = "Vorland is sending four fighter jets to Norland and three ships to the Grey Sea."
SPOKE = "In parliament, Norland's defence minister said there were no grounds for alarm."
PACKAGE = "Norland announced a 90 million euro security assistance package for Vorland on Friday."


def test_the_alternatives_after_a_dash_are_offered_without_their_articles():
    assert offered("Which Vorland assets are going to the Grey Sea — the jets or the ships?") == (("jets",), ("ships",))


def test_alternatives_after_a_comma_lose_their_preposition():
    assert offered("How did the shipment get to Vorland, by plane or by rail?") == (("plane",), ("rail",))


def test_an_or_inside_the_ask_offers_no_alternatives():
    assert offered("Which countries are sending warships or jets to the Grey Sea?") == ()


def test_a_yes_no_question_offers_none_here():
    assert offered("Norland's aid - is it a loan or a grant?") == ()


def test_a_clause_after_or_is_no_alternative():
    assert offered("Where is the minister now, at home or is he abroad?") == ()


@pytest.mark.usefixtures("wordnet")
def test_an_alternative_written_answers_instead_of_the_head_noun(write_articles):
    index = one_article(write_articles, SENT)
    assert index.search("Which Vorland assets are going to the Grey Sea — the jets or the ships?") != []


@pytest.mark.usefixtures("wordnet")
def test_names_offered_that_no_passage_writes_are_refused(write_articles):
    index = one_article(write_articles, SENT)
    assert index.search("Where is Vorland sending its jets — Ostland or Sudland?") == []


@pytest.mark.usefixtures("wordnet")
def test_one_name_offered_written_answers(write_articles):
    index = one_article(write_articles, SENT)
    assert index.search("Where is Vorland sending its jets - to Ostland or to Norland?") != []


@pytest.mark.usefixtures("wordnet")
def test_a_narrower_kind_written_writes_the_alternative(write_articles):
    index = one_article(write_articles, SPOKE)
    question = "Where did Norland's defence minister say there were no grounds - a press conference or the legislature?"
    assert index.search(question) != []


@pytest.mark.usefixtures("wordnet")
def test_the_switch_off_answers_names_offered_that_no_passage_writes(write_articles):
    index = one_article(write_articles, SENT).switched(offered_answer=False)
    assert index.search("Where is Vorland sending its jets — Ostland or Sudland?") != []


@pytest.mark.usefixtures("wordnet")
def test_the_other_alternative_sets_no_relevance_bar(write_articles):
    index = one_article(write_articles, PACKAGE)
    assert index.search("Is the Norland package humanitarian relief or security aid?") != []


@pytest.mark.usefixtures("wordnet")
def test_the_heavier_alternatives_words_set_no_bar(write_articles):
    index = one_article(write_articles, PACKAGE)
    question = "Is the Norland package humanitarian relief or security aid?"
    groups = [(t,) for t in index.question_terms(question)]
    heavy = {index.question_terms(w)[0] for w in ("humanitarian", "relief")}
    bar = [2.0 if g[0] in heavy else 1.0 for g in groups]
    lowered = index._lighter_alternative_bar(question, groups, bar, index.analyzer)
    assert {g[0] for g, w in zip(groups, lowered, strict=True) if w == 0.0} == heavy


def test_another_question_keeps_its_bar(write_articles):
    index = one_article(write_articles, PACKAGE)
    question = "Is the Norland package security aid?"
    bar = [1.0 for _ in index.question_terms(question)]
    groups = [(t,) for t in index.question_terms(question)]
    assert index._lighter_alternative_bar(question, groups, bar, index.analyzer) == bar
