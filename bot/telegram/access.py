"""Private mode: only ALLOWED_USER_IDS (anywhere) and the chats in ALLOWED_CHAT_IDS may ask.

Both empty: everyone may. Admins always may. Anyone else gets NOT_ALLOWED_MESSAGE (at
most once a minute per chat, so refusing costs little) and nothing is searched; their
inline queries get no results and their buttons a toast.
"""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.settings import Settings
from bot.telegram.bot_data import BotContext, BotData
from bot.telegram.budget import is_addressed_to_bot

# Refusals are remembered this long, for this many chats at most.
REFUSE_EVERY = 60.0
_MAX_REMEMBERED = 10_000


def is_allowed(settings: Settings, user_id: int, chat_id: int | None) -> bool:
    if not settings.allowed_user_ids and not settings.allowed_chat_ids:
        return True
    return (
        user_id in settings.admin_ids
        or user_id in settings.allowed_user_ids
        or (chat_id is not None and chat_id in settings.allowed_chat_ids)
    )


async def access_guard(update: Update, context: BotContext) -> None:
    """Runs before everything else: stop updates from users and chats that may not ask."""
    settings: Settings = context.bot_data.settings
    user, chat = update.effective_user, update.effective_chat
    if user is None or user.is_bot:
        return  # channel posts and other bots: the budget guard's business
    if is_allowed(settings, user.id, chat.id if chat is not None else None):
        return
    if update.inline_query is not None:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.callback_query is not None:
        await update.callback_query.answer(settings.not_allowed_message[:200])
    else:
        message = update.effective_message
        if (
            message is not None
            and is_addressed_to_bot(message, context.bot.username, context.bot.id)
            and _first_refusal(context.bot_data, message.chat_id)
        ):
            await message.reply_text(settings.not_allowed_message, do_quote=True)
    raise ApplicationHandlerStop


def _first_refusal(bot_data: BotData, chat_id: int) -> bool:
    refused = bot_data.refused
    now = time.monotonic()
    if now - refused.get(chat_id, -REFUSE_EVERY) < REFUSE_EVERY:
        return False
    if len(refused) >= _MAX_REMEMBERED:
        for old in [c for c, when in refused.items() if now - when >= REFUSE_EVERY]:
            del refused[old]
        if len(refused) >= _MAX_REMEMBERED:
            refused.clear()
    refused[chat_id] = now
    return True
