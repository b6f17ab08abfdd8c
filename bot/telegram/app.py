"""Run the Telegram bot: ``python -m bot run`` (long polling) or, for deployment,
``python -m bot run --webhook-url https://bot.example.com/telegram --listen 0.0.0.0 --port 8443``.

Takes the settings the CLI read (``bot.settings``; the token is required here); loads the index,
registers the command menu and answers questions until SIGINT/SIGTERM (SIGHUP reloads the
articles), polling the feeds on PTB's JobQueue.
``build_application`` is the one place the PTB ``Application`` is assembled.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import secrets
import signal
import sys
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.engine import CorpusError, Searcher, list_corpus, open_search
from bot.settings import Settings
from bot.telegram import digest, handlers, ingest, operator, watch
from bot.telegram.bot_data import BotApplication, BotData
from bot.telegram.budget import Allowance, QuestionBudget
from bot.telegram.guard import guard
from bot.telegram.i18n import LANGUAGES, N_, translator_for
from bot.telegram.metrics import Metrics, TrackedRequest
from bot.telegram.rate_limit import FairRateLimiter
from bot.telegram.redaction import RedactSecrets, redact
from bot.telegram.webhook import webhook_server

logger = logging.getLogger(__name__)
# Until the bot has started, a failure ends in one clear message from ``main``; PTB would
# first log it with a traceback.
_PTB_LOGGER = logging.getLogger("telegram.ext")

# The command menu: (command, description), each description said in every language (``commands``).
COMMANDS = [
    ("start", N_("What I know, with example questions")),
    ("ask", N_("Ask a question: /ask how many troops?")),
    ("summary", N_("Summary of an article: /summary gas supplies")),
    ("latest", N_("The newest articles, summarized")),
    ("sources", N_("The articles I answer from")),
    ("watch", N_("Get new passages about words: /watch gas prices")),
    ("digest", N_("A daily digest of new articles: /digest 08:00")),
    ("help", N_("How to ask")),
]


def commands(language: str | None = None) -> list[BotCommand]:
    """The command menu in ``language`` (English when ``None`` or unsupported)."""
    tr = translator_for(language)
    return [BotCommand(command, tr.gettext(description)) for command, description in COMMANDS]


async def register_commands(bot: Bot) -> None:
    """The menu in English for everyone, then in each language the bot speaks for its users."""
    await bot.set_my_commands(commands())
    for language in LANGUAGES:
        await bot.set_my_commands(commands(language), language_code=language)


def configure_logging(*secrets: str) -> None:
    """Log to stderr, every line redacted of ``secrets`` (the token first) and address credentials."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(*secrets))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    # httpx logs every request URL — token included — at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _reload_on_sighup(application: BotApplication) -> None:
    async def reload() -> None:
        try:
            await handlers.reload_index(application.bot_data)
        except CorpusError as error:
            logger.error("Reload refused, still serving the old articles:\n  %s", "\n  ".join(error.problems))

    with contextlib.suppress(NotImplementedError, AttributeError, RuntimeError):  # no SIGHUP on Windows
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: application.create_task(reload()))


def _stop_on_signals(application: BotApplication) -> None:
    """SIGINT/SIGTERM first abandon the downloads in progress (a hung one must not hold the
    exit), then stop the bot: ``bot_data.stop`` in webhook mode, else PTB's polling."""
    stop = application.bot_data.stop or application.stop_running

    def stopping() -> None:
        ingest.stop_ingesting(application.bot_data)
        stop()

    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows
            loop.add_signal_handler(stop_signal, stopping)


async def post_init(application: BotApplication) -> None:
    _PTB_LOGGER.setLevel(logging.NOTSET)  # started: PTB's own failure logs matter again
    _reload_on_sighup(application)
    _stop_on_signals(application)
    await register_commands(application.bot)
    await operator.started(application)
    await digest.started(application)
    watch.started(application)
    logger.info("Serving as @%s", application.bot.username)


async def post_shutdown(application: BotApplication) -> None:
    await operator.stopped(application)
    application.bot_data.alert_store.close()


def build_application(settings: Settings, searcher: Searcher) -> BotApplication:
    metrics = Metrics(lambda: application.bot_data.searcher.sentence_count)
    application = (
        Application.builder()
        .context_types(ContextTypes(bot_data=BotData))
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(FairRateLimiter(max_retries=3, on_retry=metrics.telegram_retries.inc))
        # PTB's own connection pools (256, and 1 for getUpdates), noting each call that succeeds (/readyz).
        .request(TrackedRequest(metrics.api_succeeded, connection_pool_size=256))
        .get_updates_request(TrackedRequest(metrics.api_succeeded, connection_pool_size=1))
        # Most of a handler's time is spent waiting for its chat's turn to send, so many
        # run at once: one chat's backlog must not hold the others' answers.
        .concurrent_updates(64)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data.settings = settings
    application.bot_data.searcher = searcher
    application.bot_data.budget = QuestionBudget(
        user=Allowance(settings.user_questions_per_minute, settings.user_question_burst),
        group=Allowance(settings.group_questions_per_minute, settings.group_question_burst),
        exempt=settings.admin_ids,
    )

    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    text = filters.TEXT & ~filters.COMMAND
    application.add_handler(TypeHandler(Update, guard), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("sources", handlers.sources))
    application.add_handler(CommandHandler(["ask", "summary", "latest"], handlers.ask_command))
    application.add_handler(CommandHandler("reload", handlers.reload_command))
    application.add_handler(CommandHandler("add", ingest.add_command))
    application.add_handler(CommandHandler("remove", ingest.remove_command))
    application.add_handler(MessageHandler(private & ingest.CHANNEL_POST, ingest.channel_post))
    application.add_handler(MessageHandler(private & text & ingest.LINK, ingest.link_message))
    application.add_handler(MessageHandler(private & ingest.DOCUMENT, ingest.document))
    application.add_handler(MessageHandler(private & text, handlers.private_text))
    application.add_handler(MessageHandler(groups & text, handlers.group_text))
    application.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text))
    watch.install(application, settings)
    digest.install(application)
    application.add_handler(CallbackQueryHandler(handlers.page_button, pattern=r"^page:"))
    application.add_handler(CallbackQueryHandler(handlers.context_button, pattern=r"^ctx:"))
    application.add_handler(CallbackQueryHandler(handlers.unknown_button))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    application.add_error_handler(handlers.error_handler)
    operator.install(application, settings, metrics)
    if settings.feeds and application.job_queue is not None:  # None: PTB without its job-queue extra
        application.job_queue.run_repeating(ingest.poll_feeds, interval=settings.feed_interval, first=1, name="feeds")
    return application


def serve_webhook(application: BotApplication, args: argparse.Namespace, settings: Settings) -> None:
    """Receive updates at ``args.webhook_url``; requests without the secret token get 403."""
    secret = settings.webhook_secret
    if not secret:
        # Fine for one process; replicas behind a load balancer must share WEBHOOK_SECRET.
        secret = secrets.token_urlsafe(32)
        logger.warning("WEBHOOK_SECRET is not set; using a random secret for this process")
    asyncio.run(_serve_webhook(application, args, secret))


async def _serve_webhook(application: BotApplication, args: argparse.Namespace, secret: str) -> None:
    stopped = asyncio.Event()
    application.bot_data.stop = stopped.set  # what post_init's signal handlers call
    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows
            loop.add_signal_handler(stop_signal, stopped.set)
    async with application:  # initialize (getMe: a refused token raises here) ... shutdown
        await application.start()
        server = webhook_server(application, urlsplit(args.webhook_url).path, secret)
        try:
            # Listen before telling Telegram where to post, so no update finds the port closed.
            server.listen(args.port, address=args.listen)
            logger.info("Listening for updates on %s:%d", args.listen, args.port)
            await post_init(application)
            await application.bot.set_webhook(args.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
            await stopped.wait()
        finally:
            server.stop()
            await application.stop()


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run until stopped; return the process exit status (a ``BotError`` is the CLI's to report)."""
    settings.require_token()
    configure_logging(settings.token, settings.webhook_secret)
    for entry in list_corpus(settings.corpus_dir).unreadable:
        logger.warning("Skipping a corpus entry that cannot be read: %s", entry)
    # A bad corpus or a shard down raises here; the CLI reports it.
    index = open_search(settings.corpus_dir, backend=settings.search_backend, shards=settings.xapian_shards)
    logger.info("Serving %d passages from %d articles", index.sentence_count, len(index.sources))
    application = build_application(settings, index)
    _PTB_LOGGER.setLevel(logging.CRITICAL)
    try:
        if args.webhook_url:
            serve_webhook(application, args, settings)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=3)
    except InvalidToken:
        print(
            "bot: Telegram refused the token (TELEGRAM_BOT_TOKEN). Check that it is the whole token "
            "@BotFather gave you, for the right server (TELEGRAM_BASE_URL: the test environment "
            "needs a token made there), or ask @BotFather for a new one with /token.",
            file=sys.stderr,
        )
        return 1
    except (NetworkError, TelegramError) as error:
        message = redact(str(error), settings.token)
        print(f"bot: could not reach the Telegram Bot API at startup: {message}", file=sys.stderr)
        return 1
    return 0
