"""Open the SQLite database in the data folder: WAL, a schema version and its migrations.

A file that is not a database (or fails its integrity check) is moved aside with a
warning and a new one started, so a damaged log never stops the bot.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from bot.errors import BotError

logger = logging.getLogger(__name__)

DATABASE_NAME = "newsbot.sqlite3"
# Each entry brings the schema from version i to i + 1; never edit one that has shipped.
MIGRATIONS = (
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        asked_at REAL NOT NULL,      -- Unix time
        user_hash TEXT NOT NULL,     -- salted hash of the Telegram user id, never the id
        chat_kind TEXT NOT NULL,     -- private, group, supergroup, channel
        question TEXT NOT NULL,
        terms TEXT NOT NULL,         -- the question's words, analyzed and sorted: groups rephrasings
        kind TEXT NOT NULL,          -- passages, summary, articles, chat
        answered INTEGER NOT NULL,
        passages INTEGER NOT NULL,
        answer_ms REAL NOT NULL,
        answer_key TEXT              -- salted hash of the answer message; joins the votes
    );
    CREATE INDEX questions_asked_at ON questions (asked_at);
    CREATE INDEX questions_answer_key ON questions (answer_key);
    CREATE TABLE votes (
        answer_key TEXT NOT NULL,
        user_hash TEXT NOT NULL,
        vote INTEGER NOT NULL,       -- +1 or -1
        voted_at REAL NOT NULL,
        PRIMARY KEY (answer_key, user_hash)
    );
    CREATE INDEX votes_voted_at ON votes (voted_at);
    """,
    # Watched words and daily digests (docs/alerts.md). Chat ids are kept in the clear: they are
    # where the pushes go. No user id is kept.
    """
    CREATE TABLE watches (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,    -- where the pushes go
        thread_id INTEGER,           -- the forum topic, if the watch was set in one
        words TEXT NOT NULL,         -- as the reader wrote them
        watch_key TEXT NOT NULL,     -- their analyzed terms: the same watch written twice is one
        created_at REAL NOT NULL,
        UNIQUE (chat_id, watch_key)
    );
    CREATE TABLE digests (
        chat_id INTEGER PRIMARY KEY,
        thread_id INTEGER,
        minute INTEGER NOT NULL,     -- minutes after midnight, in the bot's TIMEZONE
        last_sent REAL NOT NULL      -- Unix time: articles first seen after it go in the next digest
    );
    CREATE TABLE articles_seen (
        digest TEXT PRIMARY KEY,     -- the article file's content digest
        name TEXT NOT NULL,
        seen_at REAL NOT NULL
    );
    CREATE INDEX articles_seen_at ON articles_seen (seen_at);
    CREATE TABLE pushed (
        chat_id INTEGER NOT NULL,
        digest TEXT NOT NULL,        -- an article this chat was already sent for its watches
        pushed_at REAL NOT NULL,
        PRIMARY KEY (chat_id, digest)
    );
    CREATE TABLE alert_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # The language pushes and digests are written in: the one of whoever set them (a language
    # code such as "de", never who they are).
    """
    ALTER TABLE watches ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    ALTER TABLE digests ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


_failing: set[Path] = set()  # database files in a spell of failures, whichever part of the bot met them
_failing_lock = threading.Lock()


def note_failure(path: Path, what: str, error: Exception) -> None:
    """One WARNING per spell of failures of ``path`` (the question log and the alert store share
    the file: a broken disk is said once), DEBUG after that."""
    with _failing_lock:
        first = path not in _failing
        _failing.add(path)
    if first:
        logger.warning("Could not %s in %s (answering goes on): %s", what, path, error)
    else:
        logger.debug("Could not %s in %s: %s", what, path, error)


def note_success(path: Path) -> None:
    """``path`` works (again): said once if it was failing."""
    with _failing_lock:
        was_failing = path in _failing
        _failing.discard(path)
    if was_failing:
        logger.info("The database at %s works again", path)


class DatabaseError(BotError):
    """The database cannot be used; the message names the file and the problem."""


def connect(path: Path, busy_timeout: float = 2.0) -> sqlite3.Connection:
    """Open (creating or migrating) the database at ``path``; a damaged file is moved aside first."""
    try:
        return _open(path, busy_timeout)
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise DatabaseError(f"{path}: {error}") from None
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        logger.warning("%s is damaged (%s); moved aside to %s, starting a new one", path, error, aside.name)
        try:
            for suffix in ("", "-wal", "-shm"):
                part = Path(f"{path}{suffix}")
                if part.exists():
                    part.rename(f"{aside}{suffix}")
            return _open(path, busy_timeout)
        except (OSError, sqlite3.Error) as again:
            raise DatabaseError(f"{path}: {again}") from None


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "integrity" in text


def _open(path: Path, busy_timeout: float) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a crash loses at most the last transactions, never the file.
        connection.execute("PRAGMA synchronous=NORMAL")
        checked = connection.execute("PRAGMA quick_check").fetchone()[0]
        if checked != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {checked}")
        _migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"schema version {version} is newer than this bot's {SCHEMA_VERSION}")
    for number in range(version, SCHEMA_VERSION):
        connection.executescript(f"BEGIN; {MIGRATIONS[number]} PRAGMA user_version = {number + 1}; COMMIT;")
