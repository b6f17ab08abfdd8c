"""The bot's Prometheus metrics, in a registry of its own per Application (tests run several).

Also remembers when a Bot API call last succeeded, for ``/readyz``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics
from telegram.request import HTTPXRequest

# The *_created series (when each counter was made) double the scrape and say nothing an operator needs.
disable_created_metrics()

# Answer times run from a few milliseconds (a warm question) to seconds (a cold shard).
ANSWER_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self, index_sentences: Callable[[], float], clock: Callable[[], float] = time.monotonic) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._clock = clock
        self.last_api_success = -math.inf
        registry = self.registry
        self.questions = Counter("newsbot_questions", "Questions by kind", ["kind", "answered"], registry=registry)
        self.answer_seconds = Histogram(
            "newsbot_answer_seconds", "Time to find and format an answer", buckets=ANSWER_BUCKETS, registry=registry
        )
        self.feedback = Counter("newsbot_feedback", "Feedback votes given, by vote", ["vote"], registry=registry)
        self.budget_dropped = Counter(
            "newsbot_budget_dropped", "Questions dropped for being over the question budget", registry=self.registry
        )
        self.telegram_retries = Counter(
            "newsbot_telegram_retries", "Bot API calls retried after a 429 or a network failure", registry=self.registry
        )
        self.index_sentences = Gauge("newsbot_index_sentences", "Passages in the served index", registry=self.registry)
        self.index_sentences.set_function(index_sentences)
        self.reloads = Counter("newsbot_reloads", "Index reloads (/reload, SIGHUP, new articles)", registry=registry)
        self.pushes = Counter(
            "newsbot_pushes", "Pushes (watch alerts, digests): sent, failed, or chat_gone (403)", ["result"],
            registry=registry,
        )  # fmt: skip

    def api_succeeded(self) -> None:
        self.last_api_success = self._clock()

    def seconds_since_api_success(self) -> float:
        return self._clock() - self.last_api_success


class TrackedRequest(HTTPXRequest):
    """PTB's HTTP client, telling ``on_success`` of every Bot API call Telegram answered with 2xx."""

    def __init__(self, on_success: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_success = on_success

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        status, body = await super().do_request(*args, **kwargs)
        if 200 <= status < 300:
            self._on_success()
        return status, body
