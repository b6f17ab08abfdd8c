"""The first handler of every update: other bots are ignored, questions over budget dropped
(``bot.telegram.budget``)."""

from __future__ import annotations

import logging

from telegram import InlineQueryResultsButton, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.telegram.bot_data import BotContext
from bot.telegram.budget import is_question, over_budget_notice, wait_seconds
from bot.telegram.i18n import translator_for

logger = logging.getLogger(__name__)


async def guard(update: Update, context: BotContext) -> None:
    """Runs before every handler: ignore other bots, drop questions over budget."""
    user = update.effective_user
    if user is None:
        return
    if user.is_bot:
        raise ApplicationHandlerStop  # answering bots in groups makes bot-to-bot loops
    if not is_question(update, context.bot.username, context.bot.id):
        return  # group chatter costs nothing
    chat = update.effective_chat
    group_id = chat.id if chat is not None and chat.type != ChatType.PRIVATE else None
    wait, notify = context.bot_data.budget.ask(user.id, group_id)
    if wait == 0:
        return
    context.bot_data.metrics.budget_dropped.inc()
    tr = translator_for(user.language_code)
    if notify:
        logger.info("User %s is over the question budget; dropping their questions for %.0f s", user.id, wait)
    if update.callback_query is not None:
        await update.callback_query.answer(over_budget_notice(wait, tr))  # a button must never spin
    elif update.inline_query is not None:
        button = InlineQueryResultsButton(
            text=tr.gettext("Too many questions: wait {seconds} s").format(seconds=wait_seconds(wait)),
            start_parameter="help",
        )
        await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
    elif notify and update.effective_message is not None:
        await update.effective_message.reply_text(over_budget_notice(wait, tr), do_quote=True)
    raise ApplicationHandlerStop
