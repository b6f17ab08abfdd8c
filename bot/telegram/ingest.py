"""Telegram admin commands that grow the archive, and the feed poller.

Admins (``ADMIN_IDS``) add an article by sending a link, ``/add URL [YYYY-MM-DD] [title]``,
a forwarded channel post, or a ``.txt``/``.html``/``.md`` document (its caption may give
the date and title), and remove one with ``/remove FILE|URL``. Everyone else gets one
line saying only admins can, and nothing is fetched or written. ``poll_feeds`` runs on
PTB's JobQueue every ``FEED_INTERVAL`` seconds and tells the admins, in one message per
poll, what it added. The work itself is ``bot.ingest``'s, run on a pool of its own
(``INGEST_WORKERS`` threads), so that slow or hung downloads never hold the threads that
answer questions; ``stop_ingesting`` abandons them when the bot stops.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePath
from typing import Any, TypeVar

from telegram import Message, MessageOriginChannel, Update
from telegram.error import TelegramError
from telegram.ext import filters

from bot.engine import CorpusError
from bot.ingest.add import SUFFIXES, FeedResult, add_feed, add_file, add_post, add_url
from bot.ingest.article import Added, IngestError
from bot.ingest.connect import STOPPING, abandon_downloads
from bot.ingest.fetch import MAX_BYTES
from bot.ingest.store import remove_article
from bot.settings import Settings
from bot.telegram import handlers
from bot.telegram.bot_data import BotApplication, BotContext, BotData
from bot.telegram.formatting import MORE_LINES, escape, fit_lines, shorten
from bot.telegram.i18n import ENGLISH_WORDS, N_, Translator, translator_for
from bot.telegram.redaction import redact
from bot.telegram.updates import message_of

logger = logging.getLogger(__name__)

ONLY_ADMINS_ADD = N_("Only the bot's admins can add articles.")
ONLY_ADMINS_REMOVE = N_("Only the bot's admins can remove articles.")
ADD_USAGE = N_(
    "To add an article send a link, /add URL (optionally followed by a date YYYY-MM-DD and a title), "
    "forward a channel post, or send a .txt, .html or .md file."
)
COULD_NOT_ADD = N_("Could not add {source}: {problem}")
CAPTION_DATE_HINT = "put the date in the caption, e.g. 2024-05-01"
COMMAND_DATE_HINT = "give one after the link: /add URL YYYY-MM-DD"
LINK = filters.Regex(r"^\s*https?://\S+\s*$")
DOCUMENT = filters.Document.FileExtension("txt") | filters.Document.FileExtension("md")
DOCUMENT = DOCUMENT | filters.Document.FileExtension("html") | filters.Document.FileExtension("htm")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
# What the feeds found within this many seconds of a poll's start comes in one message; a
# feed still being read then reports on its own when it is done.
FEED_REPORT_WAIT = 10.0
T = TypeVar("T")


class ChannelPostFilter(filters.MessageFilter):
    """A message forwarded from a channel."""

    def filter(self, message: Message) -> bool:
        return isinstance(message.forward_origin, MessageOriginChannel)


CHANNEL_POST = ChannelPostFilter(name="ChannelPost")


def _settings(context: BotContext) -> Settings:
    return context.bot_data.settings


def _outside(context: BotContext, text: str) -> str:
    """Text from outside (an error, a server's or Telegram's answer, an address) made safe to show
    admins: it may echo the token or carry credentials and keys in an address."""
    return redact(text, context.bot.token)


def _is_admin(update: Update, context: BotContext) -> bool:
    user = update.effective_user
    return user is not None and user.id in _settings(context).admin_ids


async def update_index(bot_data: BotData) -> None:
    """The one place the running bot's index learns of added or removed articles; it wrote them
    itself, so sizes and times tell what changed (no hashing of the whole corpus)."""
    await handlers.reload_index(bot_data, verify=False)


Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def admins_only(refusal: str) -> Callable[[Handler], Handler]:
    """Run the handler for ``ADMIN_IDS`` only; anyone else gets ``refusal`` and nothing is done."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: BotContext) -> None:
            if _is_admin(update, context):
                await handler(update, context)
            else:
                await message_of(update).reply_text(_tr(update).gettext(refusal))

        return guarded

    return decorate


def _date_and_title(text: str) -> tuple[dt.date | None, str | None]:
    """A ``YYYY-MM-DD`` anywhere in ``text`` is the date; the rest, if any, the title."""
    match = _DATE.search(text)
    if match is None:
        return None, " ".join(text.split()) or None
    try:
        date = dt.date.fromisoformat(match[1])
    except ValueError:
        raise IngestError(match[1], "this date does not exist") from None
    rest = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
    return date, rest or None


def _tr(update: Update) -> Translator:
    user = update.effective_user
    return translator_for(user.language_code if user else None)


def _message_tr(message: Message) -> Translator:
    """The words for the sender of ``message``."""
    return translator_for(message.from_user.language_code if message.from_user else None)


def added_text(added: Added, tr: Translator = ENGLISH_WORDS) -> str:
    title = f"<b>{escape(shorten(added.title, 300))}</b>"
    passages = tr.format(N_("{count} passages"), count=added.passages)
    return (
        tr.format(N_("Added {title}"), title=title)
        + f"\n📅 {added.date.isoformat()} · {passages} · <code>{escape(added.path.name)}</code>"
    )


def _pool(bot_data: BotData) -> ThreadPoolExecutor:
    if bot_data.ingest_pool is None:
        workers = bot_data.settings.ingest_workers
        bot_data.ingest_pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ingest")
    return bot_data.ingest_pool


async def in_ingest_pool(bot_data: BotData, source: str, work: Callable[[], T]) -> T:
    """``work()`` on the ingestion threads (never the default executor, which answers use)."""
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool(bot_data), work)
    except RuntimeError:
        if STOPPING.is_set():  # the pool is shut down: the bot is stopping
            raise IngestError(source, "not added: the bot is stopping") from None
        raise


def stop_ingesting(bot_data: BotData) -> None:
    """The bot is stopping: downloads in progress end now and queued work is dropped."""
    abandon_downloads()
    if pool := bot_data.ingest_pool:
        pool.shutdown(wait=False, cancel_futures=True)


async def _add(message: Message, context: BotContext, work: Callable[[], Added], source: str) -> None:
    """Run ``work`` on the ingestion threads, update the index, and reply with the article or the problem."""
    try:
        added = await in_ingest_pool(context.bot_data, source, work)
    except IngestError as error:
        source, problem = _outside(context, error.source), _outside(context, error.problem)
        tr = _message_tr(message)
        await message.reply_text(tr.format(COULD_NOT_ADD, source=shorten(source, 300), problem=shorten(problem, 1000)))
        return
    await _update_and_reply(message, context, added_text(added, _message_tr(message)))


async def _update_and_reply(message: Message, context: BotContext, text: str) -> None:
    """Update the index, then reply ``text`` (HTML), saying so if the corpus refused the update."""
    try:
        await update_index(context.bot_data)
    except CorpusError as error:
        tr = _message_tr(message)
        but = tr.gettext(N_("But the corpus has problems, so answers still come from the old articles:"))
        problems = [escape(shorten(_outside(context, p), 300)) for p in error.problems]
        text = fit_lines(f"{text}\n\n{but}", problems, tr.gettext(MORE_LINES))
    await message.reply_html(text)


@admins_only(ONLY_ADMINS_ADD)
async def link_message(update: Update, context: BotContext) -> None:
    """A private message that is only a link: add the page (admins), else say who can."""
    message = message_of(update)
    url = (message.text or "").strip()
    settings = _settings(context)
    work = functools.partial(
        add_url, settings.corpus_dir, url, allow_private=settings.fetch_allow_private, timeout=settings.fetch_timeout
    )
    await _add(message, context, work, url)


@admins_only(ONLY_ADMINS_ADD)
async def add_command(update: Update, context: BotContext) -> None:
    """/add URL [YYYY-MM-DD] [title]."""
    message = message_of(update)
    if not context.args:
        await message.reply_text(_tr(update).gettext(ADD_USAGE))
        return
    url, rest = context.args[0], " ".join(context.args[1:])
    settings = _settings(context)

    def work() -> Added:
        date, title = _date_and_title(rest)
        return add_url(
            settings.corpus_dir,
            url,
            date,
            title,
            COMMAND_DATE_HINT,
            settings.fetch_allow_private,
            settings.fetch_timeout,
        )

    await _add(message, context, work, url)


@admins_only(ONLY_ADMINS_ADD)
async def channel_post(update: Update, context: BotContext) -> None:
    """A forwarded channel post: its text, dated when it was posted, linked to it if public."""
    message = message_of(update)
    origin = message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    channel = origin.chat.title or origin.chat.username or "a channel"
    source = f"the post from {channel}"
    text = message.text or message.caption or ""
    url = f"https://t.me/{origin.chat.username}/{origin.message_id}" if origin.chat.username else None
    corpus = _settings(context).corpus_dir

    def work() -> Added:
        if not text.strip():
            raise IngestError(source, "the post has no text")
        return add_post(corpus, source, text, origin.date.date(), url)

    await _add(message, context, work, source)


@admins_only(ONLY_ADMINS_ADD)
async def document(update: Update, context: BotContext) -> None:
    """A .txt/.html/.md file: downloaded and added; the caption may give date and title."""
    message = message_of(update)
    attachment = message.document
    assert attachment is not None  # the DOCUMENT filter lets only documents through
    # The sender's file name only labels the upload and picks the reader; it is never a path.
    name = PurePath((attachment.file_name or "upload.txt").replace("\\", "/")).name
    tr = _tr(update)
    if PurePath(name).suffix.lower() not in SUFFIXES:
        await message.reply_text(
            tr.format(COULD_NOT_ADD, source=name, problem=tr.gettext(N_("send a .txt, .html or .md file")))
        )
        return
    if (attachment.file_size or 0) > MAX_BYTES:
        problem = tr.gettext(N_("the file is over the 5 MB limit"))
        await message.reply_text(tr.format(COULD_NOT_ADD, source=name, problem=problem))
        return
    try:
        data = bytes(await (await attachment.get_file()).download_as_bytearray())
    except TelegramError as error:
        reason = _outside(context, str(error))
        problem = tr.format(N_("Telegram did not hand over the file ({reason})"), reason=reason)
        await message.reply_text(tr.format(COULD_NOT_ADD, source=name, problem=problem))
        return
    corpus = _settings(context).corpus_dir

    def work() -> Added:
        date, title = _date_and_title(message.caption or "")
        return add_file(corpus, Path(name), date, title, CAPTION_DATE_HINT, source=name, data=data)

    await _add(message, context, work, name)


@admins_only(ONLY_ADMINS_REMOVE)
async def remove_command(update: Update, context: BotContext) -> None:
    """/remove FILE|URL."""
    message = message_of(update)
    tr = _tr(update)
    if not context.args:
        await message.reply_text(tr.gettext(N_("Send /remove with the article's file name (see /sources) or its URL.")))
        return
    wanted = " ".join(context.args)
    try:
        path = await asyncio.to_thread(remove_article, _settings(context).corpus_dir, wanted)
    except IngestError as error:
        source, problem = _outside(context, error.source), _outside(context, error.problem)
        await message.reply_text(
            tr.format(N_("Could not remove {source}: {problem}"), source=shorten(source, 300), problem=problem)
        )
        return
    removed = tr.format(N_("Removed {file}."), file=f"<code>{escape(path.name)}</code>")
    await _update_and_reply(message, context, removed)


async def poll_feeds(context: BotContext) -> None:
    """One poll of every feed in FEEDS not still being read from the last one.

    The job returns at once (so a hung feed never makes the JobQueue skip the next poll);
    the feeds are read side by side on the ingestion threads.
    """
    settings = _settings(context)
    running = context.bot_data.feeds_running
    feeds = [feed for feed in settings.feeds if feed not in running]
    if feeds and not STOPPING.is_set():
        running.update(feeds)
        context.application.create_task(_poll_round(context.application, feeds), name="feed poll")


async def _poll_round(application: BotApplication, feeds: list[str]) -> None:
    tasks = [asyncio.create_task(_poll_one(application.bot_data, feed)) for feed in feeds]
    done, pending = await asyncio.wait(tasks, timeout=FEED_REPORT_WAIT)
    await _report(application, [task.result() for task in done if not task.cancelled()])
    for task in pending:
        application.create_task(_report_when_done(application, task), name="feed poll (late)")


async def _report_when_done(application: BotApplication, task: asyncio.Task[FeedResult]) -> None:
    await _report(application, [await task])


async def _poll_one(bot_data: BotData, feed: str) -> FeedResult:
    """The feed's new entries; a feed that cannot be read is a result with one problem."""
    settings: Settings = bot_data.settings
    try:
        work = functools.partial(
            add_feed,
            settings.corpus_dir,
            feed,
            settings.feed_max_items,
            settings.fetch_allow_private,
            settings.fetch_timeout,
        )
        return await in_ingest_pool(bot_data, feed, work)
    except IngestError as error:
        return FeedResult(feed, problems=[error])
    except Exception as error:  # a bug must not end the polls of this feed
        logger.exception("Feed poll of %s failed", feed)
        return FeedResult(feed, problems=[IngestError(feed, f"the poll failed ({type(error).__name__})")])
    finally:
        bot_data.feeds_running.discard(feed)


async def _report(application: BotApplication, results: list[FeedResult]) -> None:
    """Update the index if anything was added, and tell the admins in one message."""
    settings: Settings = application.bot_data.settings
    added = [article for result in results for article in result.added]
    problems: dict[str, list[str]] = {result.feed: [str(p) for p in result.problems] for result in results}
    for result in results:
        if result.left:
            problems[result.feed].append(
                f"{result.feed}: {result.left} more new entries wait for the next polls "
                f"(at most {settings.feed_max_items} a poll, FEED_MAX_ITEMS)"
            )
    if added:
        try:
            await update_index(application.bot_data)
        except CorpusError as error:
            problems.setdefault("", []).extend(f"index not updated: {p}" for p in error.problems)
    logger.info("Feed poll: %d article(s) added, %d problem(s)", len(added), sum(map(len, problems.values())))
    # A feed that stays broken is reported once, not at every poll.
    reported = application.bot_data.feed_problems_reported
    fresh = []
    for feed, found in problems.items():
        fresh += [p for p in found if p not in reported.get(feed, set())]
        reported[feed] = set(found)
    if (not added and not fresh) or STOPPING.is_set():
        return
    lines = [f"• {a.date.isoformat()} · <i>{escape(shorten(a.title, 150))}</i> ({a.passages} passages)" for a in added]
    lines += [f"⚠️ {escape(shorten(redact(p, application.bot.token), 300))}" for p in fresh]
    text = fit_lines(f"<b>From the feeds: {len(added)} new article(s)</b>", lines)
    for admin in sorted(settings.admin_ids):
        try:
            await application.bot.send_message(admin, text, parse_mode="HTML")
        except TelegramError as error:  # an admin who never started the bot cannot be messaged
            logger.warning("Could not tell admin %s about the feed poll: %s", admin, error)
