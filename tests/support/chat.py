"""A user's side of a chat with the real bot: ask, wait for the reply, read it as Telegram shows it."""

from __future__ import annotations

from tests.support.fake_telegram import FakeBotApi, parse_html


def reply_to(fake: FakeBotApi, message: dict, timeout: float = 15, after: int = 0) -> dict:
    """The bot's sendMessage answering ``message`` (commands may answer without quoting)."""
    chat_id = message["chat"]["id"]
    quoted = {None, message["message_id"]}
    return fake.wait_for(
        "sendMessage",
        lambda p: p["chat_id"] == chat_id and (p.get("reply_parameters") or {}).get("message_id") in quoted,
        timeout,
        after,
    )


def ask(fake: FakeBotApi, chat_id: int, text: str) -> dict:
    after = len(fake.calls)
    return reply_to(fake, fake.send_text(chat_id, text), after=after)


def ask_text(fake: FakeBotApi, chat_id: int, text: str, timeout: float = 15) -> str:
    """The text of the bot's next message to ``chat_id`` after sending ``text``, as the user sees it."""
    after = len(fake.calls)
    fake.send_text(chat_id, text)
    return parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, timeout, after)["text"])


def button(reply: dict, text: str) -> dict:
    """The button of ``reply``'s keyboard labelled ``text``."""
    [found] = [b for row in reply["reply_markup"]["inline_keyboard"] for b in row if b["text"] == text]
    return found


def plain(reply: dict) -> str:
    """What the user sees: the reply's HTML parsed as Telegram does."""
    return parse_html(reply["text"])
