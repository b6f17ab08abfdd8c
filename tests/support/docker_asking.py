"""Talking to a bot in a container through the fake Bot API."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.bot_process import TOKEN
from tests.support.fake_telegram import FakeBotApi, parse_html

QUESTION = "how many troops?"
ANSWER = "100,000 troops"  # in the shipped corpus's answer


def ask(fake: FakeBotApi, chat_id: int, text: str, timeout: float = 60) -> str:
    after = len(fake.calls)
    fake.send_text(chat_id, text)
    return parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, timeout, after)["text"])


def write_env_file(folder: Path, fake: FakeBotApi) -> Path:
    """The bot's settings as an env file (`docker run --env-file`, compose's env_file), the token among them."""
    path = folder / "bot.env"
    path.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_BASE_URL={fake.base_url}\n")
    return path


def post_update(url: str, update: dict, secret: str) -> int:
    """POST ``update`` to a webhook as Telegram does (or a reverse proxy in front of the bot); the status."""
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
