"""The operator's side of the bot, installed into the Application: the question log and its
daily purge, /stats, feedback buttons, private mode, and the health and metrics server."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, TypeHandler

from bot.settings import Settings
from bot.store.question_log import LogMode, QuestionLog
from bot.telegram import feedback
from bot.telegram.access import access_guard
from bot.telegram.bot_data import BotApplication, BotContext
from bot.telegram.health import start_health_server
from bot.telegram.metrics import Metrics
from bot.telegram.stats_command import stats_command

logger = logging.getLogger(__name__)

PURGE_EVERY = 86_400  # seconds: once a day
# Before the budget guard (group -1): refuse outsiders first, and let votes cost no budget.
ACCESS_GROUP = -3
VOTE_GROUP = -2


def install(application: BotApplication, settings: Settings, metrics: Metrics) -> None:
    log = QuestionLog(settings.data_dir, LogMode(settings.question_log))
    application.bot_data.question_log = log
    application.bot_data.metrics = metrics
    if settings.allowed_user_ids or settings.allowed_chat_ids:
        application.add_handler(TypeHandler(Update, access_guard), group=ACCESS_GROUP)
    application.add_handler(CallbackQueryHandler(feedback.vote_button, pattern=feedback.PATTERN), group=VOTE_GROUP)
    application.add_handler(CommandHandler("stats", stats_command))
    if application.job_queue is not None:  # PTB's job-queue extra is a dependency: always there
        application.job_queue.run_repeating(purge_old_questions, interval=PURGE_EVERY, first=1, name="purge")


async def purge_old_questions(context: BotContext) -> None:
    """The daily job: forget questions and votes older than QUESTION_LOG_DAYS."""
    log: QuestionLog = context.bot_data.question_log
    settings: Settings = context.bot_data.settings
    removed = await asyncio.to_thread(log.purge, settings.question_log_days)
    if removed:
        logger.info("Purged %d question-log rows older than %d days", removed, settings.question_log_days)


async def started(application: BotApplication) -> None:
    """After startup: serve /healthz, /readyz and /metrics if METRICS_PORT is set."""
    settings: Settings = application.bot_data.settings
    if settings.metrics_port is not None and application.bot_data.health_server is None:
        application.bot_data.health_server, _ = start_health_server(
            application.bot_data, application.bot_data.metrics, settings.metrics_host, settings.metrics_port
        )


async def stopped(application: BotApplication) -> None:
    server, application.bot_data.health_server = application.bot_data.health_server, None
    if server is not None:
        server.stop()
    application.bot_data.question_log.close()
