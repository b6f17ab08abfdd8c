"""The parts of an update a handler was registered for: its filter lets no update without them
through, so one missing is a bug, raised as one."""

from __future__ import annotations

from telegram import CallbackQuery, InlineQuery, Message, Update


def message_of(update: Update) -> Message:
    if update.effective_message is None:
        raise LookupError(f"update {update.update_id} carries no message")
    return update.effective_message


def callback_query_of(update: Update) -> CallbackQuery:
    if update.callback_query is None:
        raise LookupError(f"update {update.update_id} carries no button press")
    return update.callback_query


def inline_query_of(update: Update) -> InlineQuery:
    if update.inline_query is None:
        raise LookupError(f"update {update.update_id} carries no inline query")
    return update.inline_query
