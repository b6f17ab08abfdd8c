"""Answer quality on the development question sets must not fall below the bars."""

from pathlib import Path

import pytest

from bot.engine.evaluation import Report, evaluate, read_questions
from bot.engine.search import SearchIndex
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


def report_for(index: SearchIndex, name: str, negatives: str | None = None) -> Report:
    return evaluate(index, read_questions(DATA / name), read_questions(DATA / negatives) if negatives else [])


def test_development_questions_reach_hit1_095_and_hit3_100(seed_index):
    report = report_for(seed_index, "questions.jsonl")
    assert report.hit3 == report.questions, report.misses
    assert report.hit1 / report.questions >= 0.95, report.misses


def test_paraphrased_questions_stay_above_their_measured_floor(seed_index):
    report = report_for(seed_index, "paraphrases.jsonl")
    assert report.hit1 / report.questions >= 0.80, report.misses
    assert report.hit3 / report.questions >= 0.88, report.misses


def test_out_of_scope_questions_get_no_passage(seed_index):
    report = report_for(seed_index, "questions.jsonl", "out_of_scope.jsonl")
    assert report.rejected / report.negatives >= 0.95, report.answered_negatives


@pytest.mark.parametrize("question", ["recipe for pancakes", "who won the world cup in 2018"])
def test_the_issues_out_of_scope_examples_get_no_passage(seed_index, question):
    assert seed_index.search(question) == []


def test_development_set_is_a_copy_of_the_shared_one():
    shared = ROOT.parent / "shared" / "eval" / "questions.jsonl"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (DATA / "questions.jsonl").read_text() == Path(shared).read_text()
