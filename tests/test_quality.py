"""Answer quality on the development question set must not fall below the bar."""

from bot.evaluation import evaluate, read_questions
from tests.conftest import ROOT


def test_development_questions_meet_the_bar(seed_index):
    report = evaluate(seed_index, read_questions(ROOT / "tests" / "data" / "questions.jsonl"))
    assert report.hit3 == report.questions, report.misses
    assert report.hit1 / report.questions >= 0.85, report.misses
