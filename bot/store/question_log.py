"""The question log and the feedback votes, in one SQLite file in the data folder.

Every method is safe to call whatever state the database is in: a locked, damaged,
read-only or full database costs one WARNING line (then quiet until it works again) and
the call returns ``None``; it never raises into the bot. Calls are short and
serialized by a lock; the bot makes them from worker threads.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bot.store.database import DATABASE_NAME, DatabaseError, connect, note_failure, note_success
from bot.store.identity import load_salt, pseudonym
from bot.store.stats import Stats, read_stats

logger = logging.getLogger(__name__)

T = TypeVar("T")
DAY = 86_400.0
# After a failure to open, wait this long before trying again (not on every question).
REOPEN_AFTER = 30.0


class LogMode(enum.Enum):
    OFF = "off"
    UNANSWERED = "unanswered"
    ALL = "all"


def default_data_dir(corpus_dir: Path) -> Path:
    """``data/`` beside the corpus folder: never inside ``.index/``, which rebuilds replace."""
    return corpus_dir.resolve().parent / "data"


@dataclass(frozen=True)
class Asked:
    """One question and how it went: what the log keeps (the user only as a salted hash)."""

    user_id: int
    chat_kind: str
    question: str
    terms: str
    kind: str
    answered: bool
    passages: int
    answer_ms: float


class QuestionLog:
    """The data folder's question log (``mode``) and votes; opened on first use."""

    def __init__(
        self,
        folder: Path,
        mode: LogMode = LogMode.OFF,
        clock: Callable[[], float] = time.time,
        busy_timeout: float = 2.0,
    ) -> None:
        self.folder = folder
        self._busy_timeout = busy_timeout  # seconds a write waits for another writer's lock
        self.path = folder / DATABASE_NAME
        self.mode = mode
        self._clock = clock
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._salt: bytes | None = None
        self._retry_at = 0.0

    def wants(self, answered: bool) -> bool:
        """Whether a question answered (or not) is logged."""
        return self.mode is LogMode.ALL or (self.mode is LogMode.UNANSWERED and not answered)

    def record(self, asked: Asked, chat_id: int, message_id: int | None) -> bool | None:
        """Log ``asked`` (if the mode wants it); ``message_id`` is the answer's, for its votes."""
        if not self.wants(asked.answered):
            return False

        def write(connection: sqlite3.Connection, salt: bytes) -> bool:
            key = pseudonym(salt, chat_id, message_id) if message_id is not None else None
            connection.execute(
                "INSERT INTO questions (asked_at, user_hash, chat_kind, question, terms, kind, answered, passages,"
                " answer_ms, answer_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self._clock(),
                    pseudonym(salt, asked.user_id),
                    asked.chat_kind,
                    asked.question,
                    asked.terms,
                    asked.kind,
                    int(asked.answered),
                    asked.passages,
                    asked.answer_ms,
                    key,
                ),
            )
            return True

        return self._run("log a question", write)

    def vote(self, user_id: int, chat_id: int, message_id: int, vote: int) -> int | None:
        """Store ``user_id``'s vote (+1/-1) on the answer ``chat_id``/``message_id``; their previous vote (0: none)."""

        def write(connection: sqlite3.Connection, salt: bytes) -> int:
            key, user = pseudonym(salt, chat_id, message_id), pseudonym(salt, user_id)
            with connection:  # one transaction: read the old vote, write the new one
                connection.execute("BEGIN IMMEDIATE")
                row = connection.execute(
                    "SELECT vote FROM votes WHERE answer_key = ? AND user_hash = ?", (key, user)
                ).fetchone()
                connection.execute(
                    "INSERT OR REPLACE INTO votes (answer_key, user_hash, vote, voted_at) VALUES (?, ?, ?, ?)",
                    (key, user, vote, self._clock()),
                )
            return row[0] if row else 0

        return self._run("store a vote", write)

    def purge(self, days: int) -> int | None:
        """Delete questions and votes older than ``days``; how many rows went."""
        if not self.path.exists():
            return 0
        cutoff = self._clock() - days * DAY

        def delete(connection: sqlite3.Connection, salt: bytes) -> int:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                removed = connection.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount
                removed += connection.execute("DELETE FROM votes WHERE voted_at < ?", (cutoff,)).rowcount
            return removed

        return self._run("purge old questions", delete)

    def stats(self, days: int) -> Stats | None:
        """The statistics of the last ``days`` days (empty if nothing was ever stored)."""
        if not self.path.exists():
            return read_stats(None, days, self._clock(), self.mode.value)
        return self._run("read the statistics", lambda c, s: read_stats(c, days, self._clock(), self.mode.value))

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _run(self, what: str, action: Callable[[sqlite3.Connection, bytes], T]) -> T | None:
        with self._lock:
            try:
                connection, salt = self._open()
                result = action(connection, salt)
            except (sqlite3.Error, OSError, DatabaseError, ValueError) as error:
                self._fail(what, error)
                return None
            note_success(self.path)
            return result

    def _open(self) -> tuple[sqlite3.Connection, bytes]:
        if self._connection is None or self._salt is None:
            if self._clock() < self._retry_at:
                raise DatabaseError("not retried yet after the last failure")
            self._retry_at = self._clock() + REOPEN_AFTER
            self.folder.mkdir(parents=True, exist_ok=True)
            self._salt = load_salt(self.folder)
            self._connection = connect(self.path, self._busy_timeout)
        return self._connection, self._salt

    def _fail(self, what: str, error: Exception) -> None:
        note_failure(self.path, what, error)  # one WARNING per spell of failures: a broken disk must not flood the log
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            # Damaged under us: reopen (which moves the file aside) next time.
            if self._connection is not None:
                self._connection.close()
            self._connection = None
