"""What the bot remembers of conversations: each chat's last exchange, and each answer's.

Small and bounded: at most ``capacity`` entries, the least recently used dropped first,
each forgotten ``ttl`` seconds after it was stored. Chats are keyed by a keyed hash
(a per-process random key), so no chat or user id is held in the clear; nothing is
written anywhere, and a restart forgets it all (an answer's own text still carries
what a reply to it needs).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from bot.engine import Exchange, Understood

CAPACITY = 2000  # chats and answers remembered: an exchange is a question and a sentence, < 2 KB
FOLLOW_UP_SECONDS = 300.0  # the next message in a private chat within this follows up the last answer


class ConversationState:
    """The last exchange of each chat and the exchange behind each answer message."""

    def __init__(
        self, capacity: int = CAPACITY, ttl: float = FOLLOW_UP_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.capacity, self.ttl, self._clock = capacity, ttl, clock
        self._entries: OrderedDict[Hashable, tuple[float, Exchange, Understood | None]] = OrderedDict()
        self._key = os.urandom(16)

    def __len__(self) -> int:
        return len(self._entries)

    def _chat(self, chat_id: int) -> str:
        return hashlib.blake2b(str(chat_id).encode(), key=self._key, digest_size=16).hexdigest()

    def remember(self, chat_id: int, answer_id: int, exchange: Exchange, understood: Understood | None = None) -> None:
        """``exchange`` is the chat's latest, and the one behind its answer message ``answer_id``
        (which answered ``understood``: its pages are answers to the same)."""
        chat = self._chat(chat_id)
        for key in (chat, (chat, answer_id)):
            self._entries[key] = (self._clock(), exchange, understood)
            self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def latest(self, chat_id: int) -> Exchange | None:
        """The chat's last exchange, if it is recent."""
        found = self._get(self._chat(chat_id))
        return found[0] if found else None

    def of_answer(self, chat_id: int, answer_id: int) -> Exchange | None:
        """The exchange behind answer message ``answer_id`` of the chat, if still remembered."""
        found = self._get((self._chat(chat_id), answer_id))
        return found[0] if found else None

    def understood_by(self, chat_id: int, answer_id: int) -> Understood | None:
        """The question as understood that answer message ``answer_id`` answered, if still remembered."""
        found = self._get((self._chat(chat_id), answer_id))
        return found[1] if found else None

    def forget(self, chat_id: int) -> None:
        """The chat's next message starts a new conversation."""
        self._entries.pop(self._chat(chat_id), None)

    def _get(self, key: Hashable) -> tuple[Exchange, Understood | None] | None:
        found = self._entries.get(key)
        if found is None:
            return None
        stored, exchange, understood = found
        if self._clock() - stored > self.ttl:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return exchange, understood
