"""The program's settings: read once, at the entry point (``bot.cli.main``), from the environment
and an optional ``.env``, then passed down. Only ``run`` needs the token."""

from __future__ import annotations

import importlib.util
import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from bot.engine import BACKENDS
from bot.errors import BotError
from bot.store.question_log import default_data_dir

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_FEED_INTERVAL = 3600
DEFAULT_FEED_MAX_ITEMS = 50
DEFAULT_FETCH_TIMEOUT = 15.0
DEFAULT_INGEST_WORKERS = 2
DEFAULT_NOT_ALLOWED = "Sorry, this bot is private."
LOG_MODES = ("off", "unanswered", "all")
MISSING_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather in Telegram "
    "(send /newbot), then put TELEGRAM_BOT_TOKEN=<token> in .env (see .env.example). "
    'Meanwhile, try the answers from the terminal: python -m bot ask "how many troops?"'
)


class SettingsError(BotError):
    """A setting is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True)
class Settings:
    token: str = field(default="", repr=False)  # empty: only the terminal commands can run
    base_url: str = DEFAULT_BASE_URL
    corpus_dir: Path = Path("corpus")
    search_backend: str = "in-process"  # SEARCH_BACKEND
    xapian_shards: str = ""  # XAPIAN_SHARDS: shard folders and tcp://host:port, checked by the engine
    page_size: int = 3
    admin_ids: frozenset[int] = frozenset()
    webhook_secret: str = field(default="", repr=False)
    user_questions_per_minute: float = 10
    user_question_burst: int = 5
    group_questions_per_minute: float = 20
    group_question_burst: int = 10
    feeds: tuple[str, ...] = ()
    feed_interval: int = DEFAULT_FEED_INTERVAL  # seconds between feed polls
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT  # seconds a download may take, redirects included
    fetch_allow_private: bool = False  # links from feeds and redirects may reach private addresses
    feed_max_items: int = DEFAULT_FEED_MAX_ITEMS  # new articles per feed per poll
    ingest_workers: int = DEFAULT_INGEST_WORKERS  # threads for downloads and adds, apart from answers
    question_log: str = "off"  # off, unanswered or all
    question_log_days: int = 30
    data_dir: Path = Path("data")
    feedback_buttons: bool = True
    allowed_user_ids: frozenset[int] = frozenset()  # empty: everyone
    allowed_chat_ids: frozenset[int] = frozenset()
    not_allowed_message: str = DEFAULT_NOT_ALLOWED
    metrics_port: int | None = None  # None: no health and metrics server
    metrics_host: str = "127.0.0.1"
    watches_per_chat: int = 10
    timezone: str = "UTC"  # of /digest times (an IANA name)

    @property
    def base_file_url(self) -> str:
        """Where files (uploaded documents) are downloaded: ``.../file/bot`` beside ``.../bot``."""
        head, separator, tail = self.base_url.rpartition("/bot")
        return f"{head}/file/bot{tail}" if separator else self.base_url

    def require_token(self) -> str:
        """The Bot API token; ``SettingsError`` saying where to get one when it is not set."""
        if not self.token:
            raise SettingsError(MISSING_TOKEN)
        return self.token

    @classmethod
    def from_env(cls, env: Mapping[str, str], corpus_dir: Path | None = None) -> Settings:
        """Every setting, checked; ``SettingsError`` names the first malformed one and how to fix it."""
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        try:
            page_size = int(env.get("PAGE_SIZE") or 3)
            admin_ids = frozenset(int(i) for i in (env.get("ADMIN_IDS") or "").replace(",", " ").split())
        except ValueError as error:
            raise SettingsError(f"PAGE_SIZE and ADMIN_IDS take whole numbers: {error}") from None
        if not 1 <= page_size <= 10:
            raise SettingsError("PAGE_SIZE must be between 1 and 10")
        budgets = {
            name: _budget_setting(env, name.upper(), default)
            for name, default in (
                ("user_questions_per_minute", 10),
                ("user_question_burst", 5),
                ("group_questions_per_minute", 20),
                ("group_question_burst", 10),
            )
        }
        webhook_secret = (env.get("WEBHOOK_SECRET") or "").strip()
        if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
            raise SettingsError("WEBHOOK_SECRET takes 1-256 characters: letters, digits, _ and -")
        feeds = tuple((env.get("FEEDS") or "").replace(",", " ").split())
        for feed in feeds:
            if not re.match(r"https?://[^/\s]+", feed, re.IGNORECASE):
                raise SettingsError(f"FEEDS takes http:// or https:// addresses; {feed!r} is not one")
        try:
            feed_interval = int(env.get("FEED_INTERVAL") or DEFAULT_FEED_INTERVAL)
        except ValueError:
            raise SettingsError("FEED_INTERVAL takes a whole number of seconds, for example 3600") from None
        if feed_interval < 1:
            raise SettingsError("FEED_INTERVAL must be at least 1 second")
        allow_private, feed_max_items, ingest_workers = _ingest_settings(env)
        corpus_dir = corpus_dir or Path(env.get("CORPUS_DIR") or "corpus")
        return cls(
            token=token,
            base_url=(env.get("TELEGRAM_BASE_URL") or "").strip() or DEFAULT_BASE_URL,
            corpus_dir=corpus_dir,
            **_search_settings(env),
            fetch_timeout=_fetch_timeout(env),
            page_size=page_size,
            admin_ids=admin_ids,
            webhook_secret=webhook_secret,
            feeds=feeds,
            feed_interval=feed_interval,
            **budgets,
            fetch_allow_private=allow_private,
            feed_max_items=feed_max_items,
            ingest_workers=ingest_workers,
            **_operator_settings(env, corpus_dir),
            **_alert_settings(env),
        )


class _SearchSettings(TypedDict):
    search_backend: str
    xapian_shards: str


def _search_settings(env: Mapping[str, str]) -> _SearchSettings:
    """SEARCH_BACKEND, checked, and XAPIAN_SHARDS (its entries are the engine's to check)."""
    backend = (env.get("SEARCH_BACKEND") or "in-process").strip().lower()
    if backend not in BACKENDS:
        raise SettingsError(f"SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {backend!r}")
    if backend == "xapian" and importlib.util.find_spec("xapian") is None:
        raise SettingsError('SEARCH_BACKEND=xapian needs the Xapian bindings: pip install -e ".[xapian]"')
    return _SearchSettings(search_backend=backend, xapian_shards=env.get("XAPIAN_SHARDS") or "")


def _fetch_timeout(env: Mapping[str, str]) -> float:
    """FETCH_TIMEOUT: seconds, more than 0 (a malformed value falls back to the default, as it always did)."""
    try:
        value = float(env.get("FETCH_TIMEOUT") or DEFAULT_FETCH_TIMEOUT)
    except ValueError:
        return DEFAULT_FETCH_TIMEOUT
    return value if value > 0 else DEFAULT_FETCH_TIMEOUT


def _budget_setting(env: Mapping[str, str], name: str, default: int) -> int:
    text = (env.get(name) or "").strip()
    if not text:
        return default
    if not text.isdigit() or not 1 <= int(text) <= 10_000:
        raise SettingsError(f"{name} takes a whole number from 1 to 10000, not {text!r}")
    return int(text)


def _ingest_settings(env: Mapping[str, str]) -> tuple[bool, int, int]:
    """FETCH_ALLOW_PRIVATE, FEED_MAX_ITEMS and INGEST_WORKERS, checked."""
    allow = (env.get("FETCH_ALLOW_PRIVATE") or "").strip().lower()
    if allow not in ("", "0", "1", "true", "false", "yes", "no"):
        raise SettingsError(f"FETCH_ALLOW_PRIVATE takes 1 (allow private addresses) or 0, not {allow!r}")
    numbers = []
    for name, default, top in (
        ("FEED_MAX_ITEMS", DEFAULT_FEED_MAX_ITEMS, 10_000),
        ("INGEST_WORKERS", DEFAULT_INGEST_WORKERS, 32),
    ):
        text = (env.get(name) or "").strip() or str(default)
        if not text.isdigit() or not 1 <= int(text) <= top:
            raise SettingsError(f"{name} takes a whole number from 1 to {top}, not {text!r}")
        numbers.append(int(text))
    return allow in ("1", "true", "yes"), numbers[0], numbers[1]


def _ids(env: Mapping[str, str], name: str) -> frozenset[int]:
    text = (env.get(name) or "").replace(",", " ")
    try:
        return frozenset(int(i) for i in text.split())
    except ValueError:
        raise SettingsError(f"{name} takes whole numbers (Telegram ids), comma or space separated") from None


class _OperatorSettings(TypedDict):
    question_log: str
    question_log_days: int
    data_dir: Path
    feedback_buttons: bool
    allowed_user_ids: frozenset[int]
    allowed_chat_ids: frozenset[int]
    not_allowed_message: str
    metrics_port: int | None
    metrics_host: str


def _operator_settings(env: Mapping[str, str], corpus_dir: Path) -> _OperatorSettings:
    """The question log, feedback, private mode and metrics settings (see docs/operator.md)."""
    log = (env.get("QUESTION_LOG") or "off").strip().lower()
    if log not in LOG_MODES:
        raise SettingsError(f"QUESTION_LOG takes off, unanswered or all, not {log!r}")
    days = (env.get("QUESTION_LOG_DAYS") or "30").strip()
    if not days.isdigit() or not 1 <= int(days) <= 3650:
        raise SettingsError(f"QUESTION_LOG_DAYS takes a whole number of days from 1 to 3650, not {days!r}")
    feedback = (env.get("FEEDBACK_BUTTONS") or "on").strip().lower()
    if feedback not in ("on", "off"):
        raise SettingsError(f"FEEDBACK_BUTTONS takes on or off, not {feedback!r}")
    port_text = (env.get("METRICS_PORT") or "").strip()
    if port_text and not (port_text.isdigit() and int(port_text) <= 65535):
        raise SettingsError(f"METRICS_PORT takes a port number 1-65535 (0: any free port), not {port_text!r}")
    message = " ".join((env.get("NOT_ALLOWED_MESSAGE") or "").split())[:1000] or DEFAULT_NOT_ALLOWED
    data_dir = (env.get("DATA_DIR") or "").strip()
    if ".index" in Path(data_dir).parts:
        raise SettingsError(f"DATA_DIR must not be inside an .index folder (rebuilds replace it): {data_dir}")
    return _OperatorSettings(
        question_log=log,
        question_log_days=int(days),
        data_dir=Path(data_dir) if data_dir else default_data_dir(corpus_dir),
        feedback_buttons=feedback == "on",
        allowed_user_ids=_ids(env, "ALLOWED_USER_IDS"),
        allowed_chat_ids=_ids(env, "ALLOWED_CHAT_IDS"),
        not_allowed_message=message,
        metrics_port=int(port_text) if port_text else None,
        metrics_host=(env.get("METRICS_HOST") or "").strip() or "127.0.0.1",
    )


class _AlertSettings(TypedDict):
    watches_per_chat: int
    timezone: str


def _alert_settings(env: Mapping[str, str]) -> _AlertSettings:
    """/watch and /digest settings (see docs/alerts.md)."""
    limit = (env.get("WATCHES_PER_CHAT") or "10").strip()
    if not limit.isdigit() or not 1 <= int(limit) <= 100:
        raise SettingsError(f"WATCHES_PER_CHAT takes a whole number from 1 to 100, not {limit!r}")
    zone = (env.get("TIMEZONE") or "UTC").strip()
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"TIMEZONE takes a time zone name such as UTC or Europe/Berlin, not {zone!r}") from None
    return _AlertSettings(watches_per_chat=int(limit), timezone=zone)
