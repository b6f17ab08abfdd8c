"""Watches, digests and what each chat was already sent, in the data folder's SQLite file.

Like the question log, every method is safe whatever state the database is in: a failure
costs one WARNING line and the call returns ``None`` (a push not sent is better than a bot
that stops). Chat ids are stored in the clear because pushes are sent to them; no user id is.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bot.store.database import DATABASE_NAME, DatabaseError, connect, note_failure, note_success

logger = logging.getLogger(__name__)

T = TypeVar("T")
REOPEN_AFTER = 30.0
_INITIALIZED = "articles_seen_initialized"


class Added(enum.Enum):
    ADDED = "added"
    ALREADY = "already"
    FULL = "full"


@dataclass(frozen=True)
class StoredWatch:
    id: int
    chat_id: int
    thread_id: int | None
    words: str
    key: str
    language: str = "en"  # of the user who set the watch: the pushes are written in it


@dataclass(frozen=True)
class StoredDigest:
    chat_id: int
    thread_id: int | None
    minute: int  # after midnight, in the bot's TIMEZONE
    last_sent: float
    language: str = "en"  # of the user who set the digest: it is written in it


class AlertStore:
    """The data folder's watches and digests; opened on first use."""

    def __init__(self, folder: Path, clock: Callable[[], float] = time.time, busy_timeout: float = 2.0) -> None:
        self.folder = folder
        self.path = folder / DATABASE_NAME
        self._clock = clock
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._retry_at = 0.0

    # -- watches ---------------------------------------------------------------------
    def add_watch(
        self, chat_id: int, thread_id: int | None, words: str, key: str, limit: int, language: str = "en"
    ) -> Added | None:
        """Store a watch unless the chat already has it or has ``limit`` watches; pushes in ``language``."""

        def write(connection: sqlite3.Connection) -> Added:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                if connection.execute(
                    "SELECT 1 FROM watches WHERE chat_id = ? AND watch_key = ?", (chat_id, key)
                ).fetchone():
                    return Added.ALREADY
                (count,) = connection.execute("SELECT COUNT(*) FROM watches WHERE chat_id = ?", (chat_id,)).fetchone()
                if count >= limit:
                    return Added.FULL
                connection.execute(
                    "INSERT INTO watches (chat_id, thread_id, words, watch_key, created_at, language) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (chat_id, thread_id, words, key, self._clock(), language),
                )
            return Added.ADDED

        return self._run("store a watch", write)

    def remove_watch(self, chat_id: int, key: str | None = None, watch_id: int | None = None) -> StoredWatch | None:
        """Remove the chat's watch with ``key`` (or id ``watch_id``); the removed watch, or None."""

        def delete(connection: sqlite3.Connection) -> StoredWatch | None:
            column, value = ("watch_key", key) if key is not None else ("id", watch_id)
            row = connection.execute(
                f"SELECT id, chat_id, thread_id, words, watch_key, language FROM watches "
                f"WHERE chat_id = ? AND {column} = ?",
                (chat_id, value),
            ).fetchone()
            if row is None:
                return None
            connection.execute("DELETE FROM watches WHERE id = ?", (row[0],))
            return StoredWatch(*row)

        return self._run("remove a watch", delete)

    def watches(self, chat_id: int | None = None) -> list[StoredWatch] | None:
        """The chat's watches (every chat's when ``chat_id`` is None), oldest first."""
        if not self.path.exists():
            return []
        where, args = ("WHERE chat_id = ?", (chat_id,)) if chat_id is not None else ("", ())
        return self._run(
            "read the watches",
            lambda c: [
                StoredWatch(*row)
                for row in c.execute(
                    f"SELECT id, chat_id, thread_id, words, watch_key, language FROM watches {where} "
                    "ORDER BY chat_id, id",
                    args,
                )
            ],
        )

    def forget_chat(self, chat_id: int) -> int | None:
        """Drop a chat's watches, digest and push history (it blocked the bot); rows removed."""

        def delete(connection: sqlite3.Connection) -> int:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                removed = 0
                for table in ("watches", "digests", "pushed"):
                    removed += connection.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,)).rowcount
            return removed

        return self._run("forget a chat", delete)

    # -- articles and what was sent ----------------------------------------------------
    def unseen(self, articles: Iterable[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """Of ``(digest, name)`` pairs, those not seen before. The first call ever sees them all
        as already known: an archive's existing articles are not news."""

        def read(connection: sqlite3.Connection) -> list[tuple[str, str]]:
            given = list(articles)
            if connection.execute("SELECT 1 FROM alert_state WHERE key = ?", (_INITIALIZED,)).fetchone() is None:
                self._note(connection, given, at=0.0)  # not "new" in any digest either
                connection.execute("INSERT OR REPLACE INTO alert_state VALUES (?, '1')", (_INITIALIZED,))
                return []
            seen = {row[0] for row in connection.execute("SELECT digest FROM articles_seen")}
            return [(d, n) for d, n in given if d not in seen]

        return self._run("read the articles seen", read)

    def note_seen(self, articles: Iterable[tuple[str, str]]) -> bool | None:
        """Record ``(digest, name)`` articles as seen now (their pushes were handed over)."""
        return self._run("note articles seen", lambda c: self._note(c, list(articles)))

    def _note(self, connection: sqlite3.Connection, articles: list[tuple[str, str]], at: float | None = None) -> bool:
        seen_at = self._clock() if at is None else at
        with connection:
            connection.executemany(
                "INSERT OR IGNORE INTO articles_seen (digest, name, seen_at) VALUES (?, ?, ?)",
                [(d, n, seen_at) for d, n in articles],
            )
        return True

    def seen_since(self, since: float) -> set[str] | None:
        """Digests of the articles first seen after ``since`` (Unix time)."""
        if not self.path.exists():
            return set()
        return self._run(
            "read new articles",
            lambda c: {r[0] for r in c.execute("SELECT digest FROM articles_seen WHERE seen_at > ?", (since,))},
        )

    def pushed(self, digests: Iterable[str]) -> dict[int, set[str]] | None:
        """For each chat, which of ``digests`` it was already sent for its watches."""
        wanted = list(digests)

        def read(connection: sqlite3.Connection) -> dict[int, set[str]]:
            marks = ",".join("?" * len(wanted))
            found: dict[int, set[str]] = {}
            query = f"SELECT chat_id, digest FROM pushed WHERE digest IN ({marks})"
            for chat, digest in connection.execute(query, wanted):
                found.setdefault(chat, set()).add(digest)
            return found

        return self._run("read what was sent", read) if wanted else {}

    def mark_pushed(self, chat_id: int, digests: Iterable[str]) -> bool | None:
        rows = [(chat_id, d, self._clock()) for d in digests]

        def write(connection: sqlite3.Connection) -> bool:
            with connection:
                connection.executemany("INSERT OR IGNORE INTO pushed (chat_id, digest, pushed_at) VALUES (?,?,?)", rows)
            return True

        return self._run("note what was sent", write)

    def forget_pushed(self, days: float) -> int | None:
        """Drop records of pushes older than ``days``: by then their articles are long noted as seen."""
        cutoff = self._clock() - days * 86_400
        return self._run(
            "purge old pushes", lambda c: c.execute("DELETE FROM pushed WHERE pushed_at < ?", (cutoff,)).rowcount
        )

    # -- digests -----------------------------------------------------------------------
    def set_digest(self, chat_id: int, thread_id: int | None, minute: int, language: str = "en") -> bool | None:
        """A daily digest at ``minute``, in ``language``; a new one starts with the last day's articles."""

        def write(connection: sqlite3.Connection) -> bool:
            with connection:
                connection.execute(
                    "INSERT INTO digests (chat_id, thread_id, minute, last_sent, language) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (chat_id) DO UPDATE SET thread_id = excluded.thread_id, minute = excluded.minute, "
                    "language = excluded.language",
                    (chat_id, thread_id, minute, self._clock() - 86_400, language),
                )
            return True

        return self._run("store a digest", write)

    def remove_digest(self, chat_id: int) -> bool | None:
        """Stop the chat's digest; whether it had one."""
        return self._run(
            "remove a digest", lambda c: c.execute("DELETE FROM digests WHERE chat_id = ?", (chat_id,)).rowcount > 0
        )

    def digests(self, chat_id: int | None = None) -> list[StoredDigest] | None:
        if not self.path.exists():
            return []
        where, args = ("WHERE chat_id = ?", (chat_id,)) if chat_id is not None else ("", ())
        return self._run(
            "read the digests",
            lambda c: [
                StoredDigest(*row)
                for row in c.execute(
                    f"SELECT chat_id, thread_id, minute, last_sent, language FROM digests {where}", args
                )
            ],
        )

    def digest_sent(self, chat_id: int, at: float) -> bool | None:
        return self._run(
            "note a digest sent",
            lambda c: c.execute("UPDATE digests SET last_sent = ? WHERE chat_id = ?", (at, chat_id)).rowcount > 0,
        )

    # -- the connection ------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _run(self, what: str, action: Callable[[sqlite3.Connection], T]) -> T | None:
        with self._lock:
            try:
                result = action(self._open())
            except (sqlite3.Error, OSError, DatabaseError, ValueError) as error:
                self._fail(what, error)
                return None
            note_success(self.path)
            return result

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            if self._clock() < self._retry_at:
                raise DatabaseError("not retried yet after the last failure")
            self._retry_at = self._clock() + REOPEN_AFTER
            self.folder.mkdir(parents=True, exist_ok=True)
            self._connection = connect(self.path, self._busy_timeout)
        return self._connection

    def _fail(self, what: str, error: Exception) -> None:
        note_failure(self.path, what, error)
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            if self._connection is not None:
                self._connection.close()
            self._connection = None
