"""/digest [HH:MM|off]: a daily message with the articles that arrived since the last one.

Each chat's digest is a daily job on PTB's JobQueue at the chosen time in the bot's
``TIMEZONE``; each article comes as the extractive summary /latest gives, newest first, and
a day without new articles sends nothing. The time and what was last sent are in the store,
so a restart neither forgets a digest nor repeats one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import zoneinfo

from telegram import Update
from telegram.ext import CommandHandler, Job, JobQueue

from bot.engine import Searcher, summaries
from bot.settings import Settings
from bot.store.watches import AlertStore, StoredDigest
from bot.telegram.bot_data import BotApplication, BotContext
from bot.telegram.formatting import MAX_MESSAGE, format_summaries, telegram_length
from bot.telegram.i18n import ENGLISH_WORDS, N_, Translator, translator_for
from bot.telegram.push import Push, PushSender
from bot.telegram.watch import ONLY_GROUP_ADMINS, STORE_DOWN, may_change, thread_of, translator_of, words_of

logger = logging.getLogger(__name__)

_TIME = re.compile(r"(\d{1,2}):(\d{2})")
DAY = 86_400.0


def install(application: BotApplication) -> None:
    application.add_handler(CommandHandler("digest", digest_command))


def zone(settings: Settings) -> dt.tzinfo:
    return dt.timezone.utc if settings.timezone == "UTC" else zoneinfo.ZoneInfo(settings.timezone)


def parse_time(text: str) -> int | None:
    """Minutes after midnight of ``HH:MM`` (00:00-23:59), or None."""
    found = _TIME.fullmatch(text.strip())
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        return None
    return int(found[1]) * 60 + int(found[2])


def job_name(chat_id: int) -> str:
    return f"digest:{chat_id}"


def schedule(job_queue: JobQueue, digest: StoredDigest, tz: dt.tzinfo) -> Job:
    """(Re)place the chat's daily digest job at its time."""
    for job in job_queue.get_jobs_by_name(job_name(digest.chat_id)):
        job.schedule_removal()
    at = dt.time(digest.minute // 60, digest.minute % 60, tzinfo=tz)
    return job_queue.run_daily(
        send_digest, at, name=job_name(digest.chat_id), chat_id=digest.chat_id, data=digest.thread_id
    )


async def started(application: BotApplication) -> None:
    """At startup: every stored digest back on the JobQueue."""
    store: AlertStore = application.bot_data.alert_store
    tz = zone(application.bot_data.settings)
    if application.job_queue is None:  # PTB's job-queue extra is a dependency: always there
        return
    for digest in await asyncio.to_thread(store.digests) or []:
        schedule(application.job_queue, digest, tz)


async def digest_command(update: Update, context: BotContext) -> None:
    """/digest HH:MM, /digest off, or /digest alone for the chat's setting."""
    message = update.effective_message
    job_queue = context.job_queue
    if message is None or job_queue is None:
        return
    settings: Settings = context.bot_data.settings
    store: AlertStore = context.bot_data.alert_store
    tr = translator_of(update)
    wanted = " ".join(words_of(message).split()).lower()
    if not wanted:
        current = await asyncio.to_thread(store.digests, message.chat_id)
        if current:
            minute = current[0].minute
            state = tr.format(
                N_("This chat gets a daily digest at {time} ({zone})."),
                time=f"{minute // 60:02d}:{minute % 60:02d}",
                zone=settings.timezone,
            )
        else:
            state = tr.gettext(N_("This chat gets no daily digest."))
        usage = tr.format(
            N_("/digest HH:MM sets the time (24-hour, {zone}); /digest off stops it."), zone=settings.timezone
        )
        await message.reply_text(f"{state} {usage}")
        return
    if not await may_change(update, context):
        await message.reply_text(tr.gettext(ONLY_GROUP_ADMINS))
        return
    if wanted == "off":
        removed = await asyncio.to_thread(store.remove_digest, message.chat_id)
        for job in job_queue.get_jobs_by_name(job_name(message.chat_id)):
            job.schedule_removal()
        await message.reply_text(
            tr.gettext(N_("Daily digest stopped.")) if removed else tr.gettext(N_("This chat had no daily digest."))
        )
        return
    at = parse_time(wanted)
    if at is None:
        await message.reply_text(
            tr.gettext(
                N_(
                    "Not a time of day: give the hour and minutes as HH:MM from 00:00 to 23:59, "
                    "for example /digest 07:30."
                )
            )
        )
        return
    if await asyncio.to_thread(store.set_digest, message.chat_id, thread_of(message), at, tr.language) is None:
        await message.reply_text(tr.gettext(STORE_DOWN))
        return
    schedule(job_queue, StoredDigest(message.chat_id, thread_of(message), at, 0.0, tr.language), zone(settings))
    await message.reply_text(
        tr.format(
            N_(
                "🗞 Every day at {time} ({zone}) I'll send the day's new "
                "articles, each summarized, newest first — nothing on a day without news. /digest off stops it."
            ),
            time=f"{at // 60:02d}:{at % 60:02d}",
            zone=settings.timezone,
        )
    )


DIGEST_HEADING = N_("🗞 <b>Your daily digest: {count} new article(s)</b>")


def digest_text(index: Searcher, articles: list[int], tr: Translator = ENGLISH_WORDS) -> str:
    """The digest in ``tr``'s language: each article's summary, newest first, as many as fit; the rest counted."""
    groups = summaries(index, articles)
    heading = tr.format(DIGEST_HEADING, count=len(groups))
    for shown in range(len(groups), 0, -1):
        rest = len(groups) - shown
        more = "\n\n" + tr.format(N_("… and {count} more: /latest"), count=rest) if rest else ""
        body = format_summaries([p for group in groups[:shown] for p in group], 300)
        text = f"{heading}\n\n{body}{more}"
        if telegram_length(text) <= MAX_MESSAGE:
            return text
    return heading + tr.gettext(N_(" — too long to show here: /latest"))


async def send_digest(context: BotContext) -> None:
    """The daily job: the articles first seen since the chat's last digest, if any."""
    job = context.job
    assert job is not None and job.chat_id is not None
    store: AlertStore = context.bot_data.alert_store
    now = context.bot_data.clock()
    found = await asyncio.to_thread(store.digests, job.chat_id)
    if not found:  # stopped, or the chat blocked the bot
        job.schedule_removal()
        return
    since = max(found[0].last_sent, now - DAY)
    new = await asyncio.to_thread(store.seen_since, since)
    index: Searcher = context.bot_data.searcher
    articles = [n for n, s in enumerate(index.sources) if new and s.digest in new]
    if articles:
        text = await asyncio.to_thread(digest_text, index, articles, translator_for(found[0].language))
        sender: PushSender = context.bot_data.push_sender
        thread = job.data if isinstance(job.data, int) else None
        if not await sender.send(Push(job.chat_id, thread, text)):
            return
    await asyncio.to_thread(store.digest_sent, job.chat_id, now)
    logger.info("Digest for chat %s: %d article(s)", job.chat_id, len(articles))
