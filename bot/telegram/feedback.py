"""👍 / 👎 under answers: one vote per user per answer, changeable, answered with a toast.

The buttons carry only the vote; the answer is the message they sit on (its chat and
message id, stored as a salted hash), so they work after a restart and on any replica.
Votes inform admins (/stats); they do not re-rank. A press spends no question budget:
its handler runs before the budget guard and stops the update there.
"""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, Message, Update
from telegram.ext import ApplicationHandlerStop

from bot.store.question_log import QuestionLog
from bot.telegram.bot_data import BotContext
from bot.telegram.i18n import translator_for

VOTES = {"vote:up": (1, "👍"), "vote:down": (-1, "👎")}
PATTERN = r"^vote:"


def feedback_row() -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(label, callback_data=data) for data, (_, label) in VOTES.items()]


async def vote_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None:
        return
    message = query.message
    tr = translator_for(query.from_user.language_code)
    if query.data is None or query.data not in VOTES or not isinstance(message, Message):
        await query.answer(tr.gettext("This button no longer works — please ask again."))
        raise ApplicationHandlerStop
    vote, label = VOTES[query.data]
    log: QuestionLog = context.bot_data.question_log
    previous = await asyncio.to_thread(log.vote, query.from_user.id, message.chat_id, message.message_id, vote)
    if previous == vote:
        await query.answer(tr.gettext("You already voted {vote} — thanks!").format(vote=label))
        raise ApplicationHandlerStop
    context.bot_data.metrics.feedback.labels(vote="up" if vote > 0 else "down").inc()
    toast = tr.gettext("Changed to {vote} — thanks!") if previous else tr.gettext("Thanks for the {vote}!")
    await query.answer(toast.format(vote=label))
    raise ApplicationHandlerStop
