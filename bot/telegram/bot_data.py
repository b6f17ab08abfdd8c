"""The bot's shared state, typed: PTB makes one ``BotData`` (``ContextTypes(bot_data=BotData)``)
and every handler gets it as ``context.bot_data`` through ``BotContext``."""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from telegram.ext import Application, CallbackContext, ExtBot
from tornado.httpserver import HTTPServer

from bot.engine import Searcher
from bot.settings import Settings
from bot.store.question_log import QuestionLog
from bot.store.watches import AlertStore
from bot.telegram.budget import QuestionBudget
from bot.telegram.conversation_state import ConversationState
from bot.telegram.metrics import Metrics
from bot.telegram.push import PushSender


@dataclass(eq=False)
class BotData:
    """What the handlers share. The fields without a default are set while the application is
    built (``bot.telegram.app.build_application`` and the features' ``install``), before any update."""

    settings: Settings = field(init=False)
    searcher: Searcher = field(init=False)  # answers from the index loaded now: reloads swap it
    budget: QuestionBudget = field(init=False)
    metrics: Metrics = field(init=False)
    question_log: QuestionLog = field(init=False)
    alert_store: AlertStore = field(init=False)
    push_sender: PushSender = field(init=False)
    conversations: ConversationState = field(default_factory=ConversationState)
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one reload at a time
    watch_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one delivery of new passages at a time
    refused: dict[int, float] = field(default_factory=dict)  # chat id: when it was last told it is not allowed
    feeds_running: set[str] = field(default_factory=set)  # feeds being polled now
    feed_problems_reported: dict[str, set[str]] = field(default_factory=dict)  # feed: problems the admins know
    ingest_pool: ThreadPoolExecutor | None = None  # made at the first add
    # Starter questions of the index they were made for; a weak reference lets a reloaded-away index go.
    starter_questions: tuple[weakref.ref[Searcher], list[str]] | None = None
    after_reload: Callable[[], object] | None = None  # new articles meet the watched words
    stop: Callable[[], None] | None = None  # webhook mode: what stops the process
    health_server: HTTPServer | None = None
    clock: Callable[[], float] = time.time  # tests move it forward (digests)


BotContext: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
# Loose but for bot_data: PTB's builder and ``context.application`` spell the other parameters differently.
BotApplication: TypeAlias = Application[Any, Any, Any, Any, BotData, Any]
