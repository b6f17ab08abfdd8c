"""Question budgets: how many questions a user (and a group) may ask, and what happens over budget.

Each user has a token bucket — by default a burst of 5 questions, refilled at 10 a minute —
and so does each group, so one person or one busy group cannot take the bot from
everyone else. A question over budget is dropped, never queued: the user gets one short
notice saying when they can ask again, then silence until the bucket refills. Admins are
exempt. ``bot.telegram.guard`` applies this to every update before any handler sees it.

At most ``_MAX_TRACKED`` buckets are kept, least recently used first out, so memory and the
work per question stay the same however many users a public bot meets (see ``QuestionBudget``).
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Message, Update
from telegram.constants import ChatType, MessageEntityType

from bot.telegram.i18n import N_, Translator

logger = logging.getLogger(__name__)

# Buckets kept at most; past this the least recently used is forgotten (see QuestionBudget).
_MAX_TRACKED = 10_000


@dataclass
class TokenBucket:
    """``capacity`` tokens, refilled at ``rate`` per second."""

    rate: float
    capacity: float
    tokens: float = field(init=False)
    updated: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.capacity
        self.updated = -math.inf

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self, now: float) -> float:
        """Take a token: 0 if there was one, else the seconds until there will be."""
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


@dataclass(frozen=True)
class Allowance:
    """A budget: ``per_minute`` questions a minute, after a first ``burst``."""

    per_minute: float
    burst: int

    def bucket(self) -> TokenBucket:
        return TokenBucket(rate=self.per_minute / 60, capacity=self.burst)


class QuestionBudget:
    """Who may ask now: per-user and per-group buckets, and who has been told to wait.

    The buckets are kept in least-recently-used order, at most ``_MAX_TRACKED`` of them: a
    question touches only its own buckets, and a new asker past the bound forgets the one
    bucket idle the longest (O(1) either way). Forgetting a full bucket changes nothing, as a
    new one starts full; the longest-idle bucket is full unless more than ``_MAX_TRACKED``
    distinct users and groups asked within one refill time (30 s at the defaults: 333 new
    askers a second, more than Telegram lets the bot answer), and then the forgotten asker
    loses at most the rest of one wait.
    """

    def __init__(
        self,
        user: Allowance,
        group: Allowance,
        exempt: frozenset[int] = frozenset(),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._allowances = {"user": user, "group": group}
        self._exempt = exempt
        self._clock = clock
        self._max_tracked = _MAX_TRACKED
        self._buckets: OrderedDict[tuple[str, int], TokenBucket] = OrderedDict()
        self._told_until: dict[tuple[str, int], float] = {}  # only keys that have a bucket

    def ask(self, user_id: int, group_id: int | None = None) -> tuple[float, bool]:
        """Spend one question: ``(wait, notify)``.

        ``wait`` is 0 when the question may be answered, else the seconds until the
        budget allows another; ``notify`` is true for the first refused question of a
        spell, the one that gets the notice.
        """
        if user_id in self._exempt:
            return 0.0, False
        now = self._clock()
        keys = [("user", user_id)] + ([("group", group_id)] if group_id is not None else [])
        buckets = [self._bucket(key) for key in keys]
        waits = [bucket.take(now) for bucket in buckets]
        for bucket, wait in zip(buckets, waits, strict=True):
            if wait == 0 and max(waits) > 0:
                bucket.tokens += 1  # refused by the other bucket: nothing was spent here
        wait = max(waits)
        if wait == 0:
            return 0.0, False
        # One notice per spell: in a group, one for the whole group, which sees every notice.
        told = keys[-1]
        notify = self._told_until.get(told, -math.inf) <= now
        if notify:
            self._told_until[told] = now + wait
        return wait, notify

    def _bucket(self, key: tuple[str, int]) -> TokenBucket:
        bucket = self._buckets.get(key)
        if bucket is not None:
            self._buckets.move_to_end(key)
            return bucket
        if len(self._buckets) >= self._max_tracked:
            idle, _ = self._buckets.popitem(last=False)
            self._told_until.pop(idle, None)
        bucket = self._buckets[key] = self._allowances[key[0]].bucket()
        return bucket


def command_addressee(text: str) -> str | None:
    """The bot a command names: ``"otherbot"`` for ``/ask@otherbot …``; ``None`` if it names none."""
    if not text.startswith("/"):
        return None
    command = text[1:].split(maxsplit=1)[0] if text[1:].strip() else ""
    return command.partition("@")[2] or None


def is_addressed_to_bot(message: Message, bot_username: str, bot_id: int) -> bool:
    """Whether the bot would answer ``message``: any private message; in groups a command,
    a mention of the bot, or a reply to one of its messages. A command naming another bot
    (``/ask@otherbot``) never is, in any chat."""
    text = message.text or ""
    addressee = command_addressee(text)
    if addressee is not None and addressee.lower() != bot_username.lower():
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    if text.startswith("/"):
        return True
    mentions = message.parse_entities([MessageEntityType.MENTION]).values()
    if any(m.lower() == f"@{bot_username.lower()}" for m in mentions):
        return True
    original = message.reply_to_message
    return original is not None and original.from_user is not None and original.from_user.id == bot_id


OVER_BUDGET = N_("You're asking faster than I can answer. Please wait {seconds} s, then ask again.")


def over_budget_notice(wait: float, tr: Translator) -> str:
    return tr.gettext(OVER_BUDGET).format(seconds=wait_seconds(wait))


def wait_seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


def is_question(update: Update, bot_username: str, bot_id: int) -> bool:
    """Whether the update asks something of the bot: what the budget counts."""
    if update.inline_query is not None or update.callback_query is not None:
        return True
    message = update.effective_message
    return message is not None and is_addressed_to_bot(message, bot_username, bot_id)
