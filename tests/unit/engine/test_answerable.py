"""The learned answerability gate: a "who / when / how many" question whose first passages do
not look like an answer is refused, one whose first passage gives the asked value is not."""

from pathlib import Path

import numpy as np
import pytest

from bot.engine.answer import answer
from bot.engine.answerable import FEATURES, THRESHOLD, WEIGHTS, probability
from bot.engine.evaluation import read_questions
from bot.engine.question import as_question
from bot.engine.search import Searcher
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

DATA = Path(__file__).parents[2] / "data"

# Sentences about the town and about the reserve, none about who commands it: the first
# passage matches a fifth of the question and barely leads the fifth.
NOBODY_NEW = (
    "Mayor Helen Ortiz visited Brackenby. The reserve trains at night. Brackenby has a river. "
    "The reserve grew. Brackenby votes in May. The reserve sings."
)
COMMANDER = f"Colonel Anna Brandt commands the reserve in Brackenby. {NOBODY_NEW}"
QUESTION = "Who commands the reserve in Brackenby?"


def archive(write_articles, text: str) -> Searcher:
    """The gate on (it is off by default) and alone: the kind check of the passages shown, the role
    holder's (a body written, no holder named) and rule 84's (no person named), which would refuse
    the same question, off."""
    index = one_article(write_articles, text)
    return index.switched(answerable=True, shown_kind=False, role_holder=False, person_named=False)


def first_features(index: Searcher, question: str) -> dict[str, float]:
    """The gate's features of ``question``'s search result, by name."""
    asked = as_question(question)
    query, ids, candidates, scores = index.switched(answerable=False).scored(asked)
    order = np.lexsort((candidates.ties, -scores))
    _, values = index.gate_features(asked, query, ids, candidates, order, scores[order])
    assert values is not None
    return dict(zip(FEATURES, values.tolist(), strict=True))


def test_a_who_question_whose_passages_name_nobody_doing_it_is_refused(write_articles):
    index = archive(write_articles, NOBODY_NEW)
    assert index.search(QUESTION) == []


def test_the_rules_alone_let_that_question_through(write_articles):
    index = archive(write_articles, NOBODY_NEW)
    assert index.switched(answerable=False).search(QUESTION) != []


def test_a_who_question_is_answered_by_a_passage_naming_who_does_it(write_articles):
    index = archive(write_articles, COMMANDER)
    assert "Anna Brandt" in index.search(QUESTION)[0].text


def test_a_refusal_by_the_gate_offers_the_closest_passages_as_related(write_articles):
    index = archive(write_articles, NOBODY_NEW)
    reply = answer(index, QUESTION)
    assert (reply.passages, bool(reply.related)) == ([], True)


def test_a_value_the_question_itself_gives_is_no_new_value(write_articles):
    index = archive(write_articles, "The Marwick floods of 1990 were studied in 1990 by a panel.")
    assert first_features(index, "When were the Marwick floods of 1990 studied?")["new"] == 0.0


def test_a_value_the_question_does_not_give_is_a_new_value(write_articles):
    index = archive(write_articles, "The Marwick floods of 1990 were studied in 2004 by a panel.")
    assert first_features(index, "When were the Marwick floods of 1990 studied?")["new"] == 1.0


def test_a_value_far_from_the_questions_words_is_not_near_them(write_articles):
    text = "The Marwick floods were studied by a large panel of experts who then wrote for several weeks in 2004."
    index = archive(write_articles, text)
    assert first_features(index, "When were the Marwick floods studied?")["near"] == 0.0


def test_a_value_beside_the_questions_words_is_near_them(write_articles):
    index = archive(write_articles, "The Marwick floods were studied in 2004 by a large panel of experts.")
    assert first_features(index, "When were the Marwick floods studied?")["near"] == 1.0


@pytest.mark.parametrize("kind", sorted(WEIGHTS))
def test_matching_more_of_the_question_makes_an_answer_likelier(kind):
    weak, strong = np.zeros(len(FEATURES)), np.zeros(len(FEATURES))
    weak[0] = strong[0] = 1.0
    at = [FEATURES.index("cover"), FEATURES.index("cover_context")]
    weak[at], strong[at] = 0.3, 1.0
    assert probability(kind, strong) > probability(kind, weak)


def test_a_refusal_by_the_gate_says_the_articles_give_no_name(write_articles):
    index = archive(write_articles, NOBODY_NEW)
    assert answer(index, QUESTION).text.startswith("The articles don't give a name.")


def test_the_gate_decides_as_the_full_model_without_reading_every_feature(seed_index):
    questions = [
        line for name in ("questions", "near_miss", "paraphrases") for line in read_questions(DATA / f"{name}.jsonl")
    ]
    decisions = []
    for item in questions:
        asked = as_question(item["q"])
        query, ids, candidates, scores = seed_index.switched(answerable=False).scored(asked)
        order = np.lexsort((candidates.ties, -scores))
        kind, values = (
            seed_index.gate_features(asked, query, ids, candidates, order, scores[order]) if len(ids) else ("", None)
        )
        if values is not None:
            full = probability(kind, values) >= THRESHOLD
            short = seed_index._answerable(asked, query, ids, candidates, order, scores)
            decisions.append((item["q"], full, short))
    assert decisions and [d for d in decisions if d[1] != d[2]] == []
