"""The question log never costs an answer, and forgets on time: the real bot process with a
damaged database, an unusable data folder, and rows past QUESTION_LOG_DAYS."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.store.question_log import DAY, Asked, LogMode, QuestionLog
from tests.support.bot_process import TOKEN, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html

USER = 735_300_001
DATABASE = "newsbot.sqlite3"


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


def wait_for(condition: Callable[[], object], timeout: float = 30) -> object:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
    return result


def ask(fake: FakeBotApi, text: str) -> str:
    after = len(fake.calls)
    fake.send_text(USER, text)
    return parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == USER, 20, after)["text"])


def logged(data_dir: Path) -> list[str]:
    try:
        with sqlite3.connect(data_dir / DATABASE) as connection:
            return [q for (q,) in connection.execute("SELECT question FROM questions ORDER BY id")]
    except sqlite3.Error:
        return []


def test_a_damaged_database_is_moved_aside_and_questions_are_answered_and_logged(fake, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DATABASE).write_bytes(b"\x00garbage, not SQLite\x00" * 1000)
    for bot in running_bot(fake, tmp_path / "bot.log", QUESTION_LOG="all", DATA_DIR=str(data_dir)):
        assert "100,000 troops" in ask(fake, "how many troops?")
        assert wait_for(lambda: logged(data_dir) == ["how many troops?"])
        assert bot.output().count(" WARNING ") == 1 and "moved aside" in bot.output()
    assert len(list(data_dir.glob(f"{DATABASE}.corrupt-*"))) == 1


def test_an_unusable_data_folder_costs_one_warning_and_every_answer_is_given(fake, tmp_path):
    (tmp_path / "a-file").write_text("DATA_DIR points below a file: nothing can be created there")
    data_dir = tmp_path / "a-file" / "data"
    for bot in running_bot(fake, tmp_path / "bot.log", QUESTION_LOG="all", DATA_DIR=str(data_dir)):
        for _ in range(3):
            assert "100,000 troops" in ask(fake, "how many troops?")
        assert bot.output().count(" WARNING ") == 1 and "answering goes on" in bot.output()


def test_questions_and_votes_older_than_question_log_days_are_purged_at_startup(fake, tmp_path):
    data_dir = tmp_path / "data"
    now = time.time()
    for days_ago, question in ((40, "asked forty days ago"), (8, "asked eight days ago")):
        log = QuestionLog(data_dir, LogMode.ALL, clock=lambda d=days_ago: now - d * DAY)
        log.record(Asked(USER, "private", question, "", "passages", True, 1, 1.0), USER, days_ago)
        log.vote(USER, USER, days_ago, 1)
        log.close()
    env = {"QUESTION_LOG": "all", "QUESTION_LOG_DAYS": "30", "DATA_DIR": str(data_dir)}
    for _bot in running_bot(fake, tmp_path / "bot.log", **env):
        assert wait_for(lambda: logged(data_dir) == ["asked eight days ago"])
        with sqlite3.connect(data_dir / DATABASE) as connection:
            assert connection.execute("SELECT count(*) FROM votes").fetchone() == (1,)


def test_a_chart_that_cannot_be_drawn_costs_one_warning_and_stats_still_answers(fake, tmp_path):
    shadow = tmp_path / "shadow" / "matplotlib"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ImportError("matplotlib is broken on this machine")\n')
    env = {"QUESTION_LOG": "all", "DATA_DIR": str(tmp_path / "data"), "ADMIN_IDS": str(USER)}
    for bot in running_bot(fake, tmp_path / "bot.log", PYTHONPATH=str(shadow.parent), **env):
        ask(fake, "how many troops?")
        assert ask(fake, "/stats").startswith("Last 14 day(s)")
        assert not [c for c in fake.calls if c.method == "sendPhoto"]
        assert bot.output().count(" WARNING ") == 1 and "Could not draw the /stats chart" in bot.output()
