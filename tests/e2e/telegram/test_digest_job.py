"""The daily digest on PTB's JobQueue: scheduled at the chosen time in TIMEZONE, fired with time advanced
(the job's own callback run with a frozen "now"), the day's new articles summarized newest first."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import zoneinfo
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram.ext import Application, CallbackContext

from bot.engine.opening import open_search
from bot.settings import Settings
from bot.telegram import handlers, watch
from bot.telegram.app import build_application, post_init
from tests.support.bot_process import TOKEN
from tests.support.fake_telegram import FakeBotApi, parse_html

CHAT = 6201
ZONE = "Europe/Berlin"


def article(date: str, title: str, text: str) -> str:
    return f"date {date} title: {title}\n{text}\n"


@pytest.fixture
async def app(corpus: Path, tmp_path: Path) -> AsyncIterator[tuple[Application, FakeBotApi]]:
    fake = FakeBotApi(TOKEN).start()
    settings = Settings(
        token=TOKEN, base_url=fake.base_url, corpus_dir=corpus, data_dir=tmp_path / "data", timezone=ZONE
    )
    application = build_application(settings, open_search(corpus))
    await application.initialize()
    await post_init(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0.05)
    try:
        yield application, fake
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        fake.stop()


async def say(fake: FakeBotApi, text: str) -> str:
    after = len(fake.calls)
    fake.send_text(CHAT, text)
    sent = await asyncio.to_thread(fake.wait_for, "sendMessage", lambda p: p["chat_id"] == CHAT, 30, after)
    return parse_html(sent["text"])


def next_time(now: dt.datetime, hour: int, minute: int) -> dt.datetime:
    today = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return today if today > now else today + dt.timedelta(days=1)


async def test_a_digest_is_scheduled_at_its_time_and_brings_the_days_new_articles_newest_first(app, corpus):
    application, fake = app
    asked_at = dt.datetime.now(zoneinfo.ZoneInfo(ZONE))
    assert (await say(fake, "/digest 07:30")).startswith(f"🗞 Every day at 07:30 ({ZONE})")
    [job] = application.job_queue.get_jobs_by_name(f"digest:{CHAT}")
    assert job.next_t == next_time(asked_at, 7, 30)

    (corpus / "2023-03-05-walrus.txt").write_text(
        article("2023-03-05", "Walrus herd on Svalbard", "A herd of forty walruses rested on the beach.")
    )
    (corpus / "2023-03-06-orchestra.txt").write_text(
        article("2023-03-06", "Orchestra opens its season", "The city orchestra played a new symphony.")
    )
    await handlers.reload_index(application.bot_data)
    await watch.deliver_new(application)  # after the refresh's own batch: the articles are noted as arrived

    sent_before = len(fake.sent_to(CHAT))
    application.bot_data.clock = lambda: time.time() + 3600  # an hour later: the digest's time
    await job.callback(CallbackContext.from_job(job, application))
    [digest] = [parse_html(p["text"]) for p in fake.sent_to(CHAT)[sent_before:]]
    assert digest.startswith("🗞 Your daily digest: 2 new article(s)")
    assert digest.index("Orchestra opens its season") < digest.index("Walrus herd on Svalbard")
    assert "• A herd of forty walruses rested on the beach." in digest
    assert "Ukraine" not in digest  # the archive's old article is not news
    registry = application.bot_data.metrics.registry
    assert registry.get_sample_value("newsbot_pushes_total", {"result": "sent"}) == 1

    application.bot_data.clock = lambda: time.time() + 2 * 3600
    await job.callback(CallbackContext.from_job(job, application))
    assert len(fake.sent_to(CHAT)) == sent_before + 1  # nothing new since: nothing sent
    assert fake.rejected == []


async def test_digests_are_back_on_the_job_queue_after_a_restart(app, corpus, tmp_path):
    application, fake = app
    assert (await say(fake, "/digest 21:05")).startswith("🗞 Every day at 21:05")
    restarted_at = dt.datetime.now(zoneinfo.ZoneInfo(ZONE))
    again = build_application(application.bot_data.settings, application.bot_data.searcher)
    await again.initialize()
    await post_init(again)
    await again.start()  # the JobQueue only: no polling
    try:
        [job] = again.job_queue.get_jobs_by_name(f"digest:{CHAT}")
        assert (job.chat_id, job.next_t) == (CHAT, next_time(restarted_at, 21, 5))
    finally:
        await again.stop()
        await again.shutdown()
