"""/healthz, /readyz and /metrics, served in-process on 127.0.0.1."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from bot.telegram.bot_data import BotData
from bot.telegram.health import READY_WITHIN, start_health_server
from bot.telegram.metrics import Metrics


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def serve():
    servers = []

    async def start(index: object | None, metrics: Metrics) -> str:
        bot_data = BotData()
        if index is not None:
            bot_data.searcher = index
        server, port = start_health_server(bot_data, metrics, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.stop()


INDEX = SimpleNamespace(sources=["an article"], sentence_count=35)


async def get(url: str) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(url, timeout=10)


async def test_healthz_answers_ok(serve):
    url = await serve(None, Metrics(lambda: 0))
    assert (await get(f"{url}/healthz")).status_code == 200


async def test_readyz_is_503_before_any_bot_api_call_succeeded(serve):
    url = await serve(INDEX, Metrics(lambda: 35))
    response = await get(f"{url}/readyz")
    assert response.status_code == 503 and "Bot API" in response.text


async def test_readyz_is_200_with_an_index_and_a_recent_bot_api_success(serve):
    metrics = Metrics(lambda: 35)
    metrics.api_succeeded()
    assert (await get(f"{await serve(INDEX, metrics)}/readyz")).status_code == 200


async def test_readyz_is_503_when_the_last_bot_api_success_is_too_old(serve):
    clock = Clock()
    metrics = Metrics(lambda: 35, clock=clock)
    metrics.api_succeeded()
    clock.now += READY_WITHIN + 1
    assert (await get(f"{await serve(INDEX, metrics)}/readyz")).status_code == 503


async def test_readyz_is_503_without_an_index(serve):
    metrics = Metrics(lambda: 0)
    metrics.api_succeeded()
    response = await get(f"{await serve(None, metrics)}/readyz")
    assert response.status_code == 503 and "no index" in response.text


async def test_metrics_lists_every_newsbot_metric(serve):
    text = (await get(f"{await serve(None, Metrics(lambda: 35))}/metrics")).text
    types = {line.split()[2]: line.split()[3] for line in text.splitlines() if line.startswith("# TYPE")}
    assert types == {
        "newsbot_questions_total": "counter",
        "newsbot_answer_seconds": "histogram",
        "newsbot_feedback_total": "counter",
        "newsbot_budget_dropped_total": "counter",
        "newsbot_telegram_retries_total": "counter",
        "newsbot_index_sentences": "gauge",
        "newsbot_reloads_total": "counter",
        "newsbot_pushes_total": "counter",
    }
    assert "newsbot_index_sentences 35.0" in text


def test_two_applications_count_in_registries_of_their_own():
    first, second = Metrics(lambda: 0), Metrics(lambda: 0)
    first.reloads.inc()
    assert (first.registry.get_sample_value("newsbot_reloads_total"), second.registry.get_sample_value(
        "newsbot_reloads_total")) == (1.0, 0.0)  # fmt: skip


async def test_other_paths_are_not_found(serve):
    assert (await get(f"{await serve(None, Metrics(lambda: 0))}/admin")).status_code == 404
