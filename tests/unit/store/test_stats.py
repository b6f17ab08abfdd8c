"""The question log's statistics, their text, their chart and ``python -m bot stats``."""

from __future__ import annotations

import io
import json

import pytest
from matplotlib.image import imread

from bot.cli import main
from bot.store.question_log import DAY, Asked, LogMode, QuestionLog
from bot.store.stats import stats_text
from bot.telegram.observe import question_terms
from bot.telegram.stats_chart import render_chart

NOW = 1_800_000_000.0  # 2027-01-15 08:00 UTC


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def log_with(tmp_path, questions: list[tuple[float, str, bool, float]]) -> QuestionLog:
    """A log holding ``(days ago, question, answered, answer ms)`` rows."""
    clock = Clock()
    log = QuestionLog(tmp_path, LogMode.ALL, clock=clock)
    for number, (days_ago, question, answered, ms) in enumerate(questions):
        clock.now = NOW - days_ago * DAY
        kept = Asked(1, "private", question, question_terms(question), "passages", answered, int(answered), ms)
        log.record(kept, 1, number)
    clock.now = NOW
    return log


def test_every_day_of_the_period_is_listed_even_without_questions(tmp_path):
    stats = log_with(tmp_path, [(0, "troops", True, 5), (2, "troops", False, 5)]).stats(4)
    assert [(d.day, d.asked, d.answered) for d in stats.per_day] == [
        ("2027-01-12", 0, 0), ("2027-01-13", 1, 0), ("2027-01-14", 0, 0), ("2027-01-15", 1, 1),
    ]  # fmt: skip


def test_questions_before_the_period_are_not_counted(tmp_path):
    assert log_with(tmp_path, [(0, "troops", True, 5), (9, "troops", True, 5)]).stats(7).asked == 1


def test_median_and_p95_answer_times(tmp_path):
    stats = log_with(tmp_path, [(0, "troops", True, float(ms)) for ms in range(1, 101)]).stats(1)
    assert (stats.median_ms, round(stats.p95_ms or 0, 2)) == (50.5, 95.05)


def test_rephrasings_of_one_unanswered_question_are_grouped_most_frequent_first(tmp_path):
    stats = log_with(
        tmp_path,
        [(0, "pancake recipes?", False, 1), (0, "The recipe for pancakes", False, 1), (0, "weather in Kyiv", False, 1)],
    ).stats(1)
    assert [(u.question, u.count) for u in stats.unanswered] == [("The recipe for pancakes", 2), ("weather in Kyiv", 1)]


def test_worst_rated_answers_come_first_with_their_votes(tmp_path):
    log = log_with(tmp_path, [(0, "troops", True, 1), (0, "gas supplies", True, 1), (0, "tanks", True, 1)])
    for user, message, vote in ((1, 0, -1), (2, 0, 1), (1, 1, -1), (2, 1, -1), (1, 2, 1)):
        log.vote(user, 1, message, vote)
    stats = log.stats(1)
    assert [(r.question, r.up, r.down) for r in stats.worst] == [("gas supplies", 0, 2), ("troops", 1, 1)]
    assert (stats.up, stats.down) == (2, 3)


def test_the_text_names_the_share_answered_the_times_and_the_unanswered(tmp_path):
    text = stats_text(log_with(tmp_path, [(0, "troops", True, 10), (0, "pancakes", False, 30)]).stats(7))
    assert "Questions: 2, answered: 1 (50%)" in text
    assert "Answer time: median 20 ms" in text
    assert "1× pancakes" in text


def test_long_questions_are_shortened_in_the_text(tmp_path):
    text = stats_text(log_with(tmp_path, [(0, "pancakes " * 400, False, 1)]).stats(1))
    assert max(len(line) for line in text.splitlines()) < 200


def test_the_chart_is_a_png_of_the_days(tmp_path):
    stats = log_with(tmp_path, [(d % 9, f"q{d}", d % 3 > 0, 5) for d in range(60)]).stats(14)
    picture = imread(io.BytesIO(render_chart(stats)), format="png")
    assert picture.shape[:2] == (400, 800)


def test_the_chart_of_an_empty_log_renders_too(tmp_path):
    assert render_chart(QuestionLog(tmp_path).stats(7)).startswith(b"\x89PNG")


def test_stats_command_prints_json_of_the_data_folder(tmp_path, capsys):
    log = QuestionLog(tmp_path, LogMode.ALL)
    for number, (question, answered) in enumerate((("troops", True), ("pancakes", False))):
        log.record(Asked(1, "private", question, question, "passages", answered, int(answered), 1.0), 1, number)
    log.close()
    assert main(["stats", "--data-dir", str(tmp_path), "--days", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["asked"], report["answered"], report["unanswered"]) == (2, 1, [{"question": "pancakes", "count": 1}])


def test_stats_command_without_a_log_says_there_were_no_questions(tmp_path, capsys):
    assert main(["stats", "--data-dir", str(tmp_path / "none")]) == 0
    assert "Questions: 0" in capsys.readouterr().out
    assert not (tmp_path / "none").exists()


def test_stats_command_refuses_more_than_ten_years(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["stats", "--data-dir", str(tmp_path), "--days", "100000"])
    assert "at most 3650" in capsys.readouterr().err


def test_votes_on_answers_to_rephrasings_of_one_question_are_one_line(tmp_path):
    log = log_with(tmp_path, [(0, "pancake recipe", False, 1), (0, "recipes for pancakes", False, 1)])
    log.vote(1, 1, 0, -1)
    log.vote(1, 1, 1, -1)
    assert [(r.question, r.down) for r in log.stats(1).worst] == [("recipes for pancakes", 2)]
