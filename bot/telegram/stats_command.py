"""/stats (admins only): the question log's statistics as text, with a chart of questions per day."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.constants import ChatType

from bot.settings import Settings
from bot.store.question_log import QuestionLog
from bot.store.stats import Stats, stats_text
from bot.telegram.bot_data import BotContext
from bot.telegram.i18n import ENGLISH_WORDS, N_, Translator, translator_for

logger = logging.getLogger(__name__)

MAX_TEXT = 4000  # Telegram counts 4096 UTF-16 units; emoji take two
MAX_CAPTION = 1024
DEFAULT_DAYS = 14


async def stats_command(update: Update, context: BotContext) -> None:
    """``/stats [days]``: the chart (if it renders) and the statistics in text."""
    message = update.effective_message
    user = update.effective_user
    settings: Settings = context.bot_data.settings
    if message is None:
        return
    tr = translator_for(user.language_code if user else None)
    if user is None or user.id not in settings.admin_ids:
        await message.reply_text(tr.gettext(N_("Only the bot's admins can see the statistics.")))
        return
    if message.chat.type != ChatType.PRIVATE:  # the questions are the readers' own words
        await message.reply_text(tr.gettext(N_("Send /stats in a private chat with me.")))
        return
    argument = (context.args or [""])[0]
    days = int(argument) if argument.isdigit() and 1 <= int(argument) <= 366 else DEFAULT_DAYS
    log: QuestionLog = context.bot_data.question_log
    stats = await asyncio.to_thread(log.stats, days)
    if stats is None:
        unreadable = N_("The question log cannot be read now ({file}); see the bot's log.")
        await message.reply_text(tr.format(unreadable, file=log.path.name))
        return
    text = tr.say(stats_text(stats))
    try:
        chart = await asyncio.to_thread(_draw, stats, tr)
    except Exception as error:  # a chart is a nicety: never the reason /stats fails
        logger.warning("Could not draw the /stats chart: %s", error)
    else:
        caption = text.split("\n\n")[0]
        await message.reply_photo(chart, caption=caption[:MAX_CAPTION])
    await message.reply_text(_fit(text))


def _draw(stats: Stats, tr: Translator = ENGLISH_WORDS) -> bytes:
    # Imported at the first /stats, in the worker thread: matplotlib takes seconds to import,
    # which neither startup nor the event loop should wait for.
    from bot.telegram.stats_chart import render_chart

    return render_chart(stats, tr)


def _fit(text: str) -> str:
    """Whole lines of ``text`` within Telegram's message limit."""
    if len(text) <= MAX_TEXT:
        return text
    kept = text[: MAX_TEXT - 2].rpartition("\n")[0]
    return kept + "\n…"
