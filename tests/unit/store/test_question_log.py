"""The question log's store: what it keeps, for how long, and that a broken database never raises."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from bot.store.database import DATABASE_NAME, SCHEMA_VERSION
from bot.store.question_log import DAY, Asked, LogMode, QuestionLog

USER = 735_200_001
NOW = 1_800_000_000.0


def asked(question: str = "how many troops?", answered: bool = True, user: int = USER) -> Asked:
    return Asked(user, "private", question, "troop", "passages", answered, 3 if answered else 0, 12.0)


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def questions(folder: Path) -> list[tuple]:
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        return connection.execute("SELECT question, answered FROM questions ORDER BY id").fetchall()


def test_with_the_log_off_a_question_writes_nothing(tmp_path):
    log = QuestionLog(tmp_path / "data", LogMode.OFF)
    assert log.record(asked(), 1, 2) is False
    assert not (tmp_path / "data").exists()


def test_the_unanswered_mode_logs_only_questions_without_an_answer(tmp_path):
    log = QuestionLog(tmp_path, LogMode.UNANSWERED)
    log.record(asked("how many troops?", answered=True), 1, 2)
    log.record(asked("pancake recipe", answered=False), 1, 3)
    assert questions(tmp_path) == [("pancake recipe", 0)]


def test_a_logged_question_keeps_a_salted_hash_of_the_user_never_the_id(tmp_path):
    QuestionLog(tmp_path, LogMode.ALL).record(asked(), USER, 2)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        [(user_hash,)] = connection.execute("SELECT user_hash FROM questions").fetchall()
    assert str(USER) not in user_hash and len(user_hash) == 20
    assert str(USER).encode() not in (tmp_path / DATABASE_NAME).read_bytes()


def test_the_salt_is_made_once_and_readable_by_the_owner_only(tmp_path):
    QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 2)
    salt = (tmp_path / "salt").read_bytes()
    QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 3)
    assert (tmp_path / "salt").read_bytes() == salt
    assert (tmp_path / "salt").stat().st_mode & 0o777 == 0o600


def test_one_user_has_one_hash_across_restarts(tmp_path):
    for message in (2, 3):
        QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, message)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert len(connection.execute("SELECT DISTINCT user_hash FROM questions").fetchall()) == 1


def test_the_database_is_in_wal_mode_with_its_schema_version(tmp_path):
    QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 2)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_a_vote_returns_the_users_previous_vote_on_that_answer(tmp_path):
    log = QuestionLog(tmp_path)
    assert [log.vote(USER, 5, 9, 1), log.vote(USER, 5, 9, 1), log.vote(USER, 5, 9, -1)] == [0, 1, 1]


def test_each_user_has_one_vote_per_answer(tmp_path):
    log = QuestionLog(tmp_path)
    for user, vote in ((1, 1), (1, -1), (2, 1), (2, 1)):
        log.vote(user, 5, 9, vote)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert sorted(connection.execute("SELECT vote FROM votes").fetchall()) == [(-1,), (1,)]


def test_votes_are_kept_as_counts_without_questions_when_the_log_is_off(tmp_path):
    log = QuestionLog(tmp_path, LogMode.OFF)
    log.record(asked(), 5, 9)
    log.vote(USER, 5, 9, 1)
    stats = log.stats(7)
    assert (stats.up, stats.down, stats.asked) == (1, 0, 0)


def test_purge_removes_questions_and_votes_older_than_the_days_kept(tmp_path):
    clock = Clock()
    log = QuestionLog(tmp_path, LogMode.ALL, clock=clock)
    log.record(asked("old question"), 1, 1)
    log.vote(USER, 1, 1, 1)
    clock.now += 31 * DAY
    log.record(asked("new question"), 1, 2)
    assert log.purge(30) == 2
    assert questions(tmp_path) == [("new question", 1)]
    assert log.stats(60).up == 0


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_one_started(tmp_path, caplog):
    (tmp_path / DATABASE_NAME).write_bytes(b"this is no database " * 500)
    with caplog.at_level(logging.WARNING):
        assert QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 2) is True
    assert questions(tmp_path) == [("how many troops?", 1)]
    assert [p.name.startswith(f"{DATABASE_NAME}.corrupt-") for p in tmp_path.glob("*.corrupt-*")] == [True]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_locked_database_costs_one_warning_and_the_call_returns_none(tmp_path, caplog):
    log = QuestionLog(tmp_path, LogMode.ALL, busy_timeout=0.01)
    log.record(asked(), 1, 1)
    holder = sqlite3.connect(tmp_path / DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING):
            assert log.record(asked(), 1, 2) is None
            assert log.vote(USER, 1, 2, 1) is None
    finally:
        holder.execute("ROLLBACK")
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert log.record(asked(), 1, 3) is True


def test_a_database_that_cannot_be_created_costs_a_warning_not_an_exception(tmp_path, caplog):
    (tmp_path / "file").write_text("not a folder")
    with caplog.at_level(logging.WARNING):
        assert QuestionLog(tmp_path / "file" / "data", LogMode.ALL).record(asked(), 1, 2) is None
    assert "answering goes on" in caplog.text


def run_store(script: str, folder: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``script`` (with ``log``, a QuestionLog of ``folder``) in a subprocess; its limits stay there."""
    prelude = textwrap.dedent(f"""
        import logging, os, resource, signal, sys
        from pathlib import Path
        from bot.store.question_log import Asked, LogMode, QuestionLog
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
        asked = Asked({USER}, "private", "how many troops?", "troop", "passages", True, 3, 12.0)
        log = QuestionLog(Path({str(folder)!r}), LogMode.ALL)
    """)
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(script)], capture_output=True, text=True, timeout=timeout
    )


def test_a_read_only_database_costs_one_warning_and_no_exception(tmp_path):
    QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 1)
    for path in [*tmp_path.iterdir(), tmp_path]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    # As root the file modes are no obstacle: the writer drops to an unprivileged user.
    drop = "os.setgid(65534); os.setuid(65534)" if os.geteuid() == 0 else ""
    try:
        done = run_store(f"{drop}\nprint([log.record(asked, 1, 2), log.record(asked, 1, 3)])", tmp_path)
    finally:
        for path in [tmp_path, *tmp_path.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[None, None]"
    assert done.stderr.count("WARNING") == 1


def test_a_full_disk_costs_one_warning_and_no_exception(tmp_path):
    script = """
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        log.record(asked, 1, 1)
        resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(log.path) + 4096,) * 2)
        long = Asked(1, "private", "x" * 50_000, "", "passages", True, 0, 1.0)
        print([log.record(long, 1, n) for n in range(50)][-1])
    """
    done = run_store(script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"
    assert done.stderr.count("WARNING") == 1 and "full" in done.stderr


def test_kill_9_while_writing_loses_at_most_the_last_moments_and_the_database_opens_cleanly(tmp_path):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            from pathlib import Path
            from bot.store.question_log import Asked, LogMode, QuestionLog
            log = QuestionLog(Path({str(tmp_path)!r}), LogMode.ALL)
            for n in range(1_000_000):
                log.record(Asked(1, "private", f"question {{n}}", "", "passages", True, 1, 1.0), 1, n)
                print(n + 1, flush=True)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    for line in writer.stdout:
        if int(line) >= 300:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    committed = int(line)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM questions").fetchone()[0] >= committed
    assert QuestionLog(tmp_path, LogMode.ALL).record(asked(), 1, 0) is True
