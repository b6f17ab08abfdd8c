"""The one error a search backend raises when it cannot answer now (a shard server is down)."""

from __future__ import annotations

from bot.errors import BotError


class SearchUnavailable(BotError, RuntimeError):
    """Search cannot answer now; ``part`` names what failed (a shard's address)."""

    def __init__(self, part: str, reason: str) -> None:
        self.part = part
        super().__init__(f"search shard {part} is unavailable ({reason})")
