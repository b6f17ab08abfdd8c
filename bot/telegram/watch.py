"""/watch, /unwatch and the pushes of new passages that match a chat's watched words.

``/watch WORDS`` stores a watch (in groups: the group's admins only; pushes go to the group,
or the topic it was set in); ``/watch`` alone lists the chat's watches with remove buttons;
``/unwatch WORDS`` removes one. Whenever the running bot's index is refreshed (a feed poll,
an admin's link or upload, /reload, SIGHUP, and at startup for articles added while it was
down), the articles it has not seen before are matched against every watch
(``bot.engine.watch_match``) and each chat gets one message with its best new passages.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.engine import Passage, Searcher, WatchRefused, check_against, match_all, parse_watch
from bot.settings import Settings
from bot.store.watches import Added, AlertStore, StoredWatch
from bot.telegram.bot_data import BotApplication, BotContext
from bot.telegram.formatting import (
    MAX_MESSAGE,
    context_callback_data,
    escape,
    format_answer,
    shorten,
    telegram_length,
)
from bot.telegram.i18n import N_, Translator, language_of, translator_for
from bot.telegram.push import Push, PushSender

logger = logging.getLogger(__name__)

UNWATCH_PATTERN = r"^unwatch:"
_UNWATCH_DATA = re.compile(r"unwatch:(\d{1,18})")
BUTTONS_PER_ROW = 5
MAX_PASSAGES_PER_PUSH = 9
# What a chat was sent guards against a repeat until the batch's articles are noted as seen
# (moments later); a week is ample.
KEEP_PUSHED_DAYS = 7
ONLY_GROUP_ADMINS = N_("In a group only its admins can change what the group watches.")
STORE_DOWN = N_("I can't store watches right now (the bot's database is unavailable); please try again later.")


def install(application: BotApplication, settings: Settings) -> None:
    """The commands, the store and the pusher; new articles are matched after every index refresh."""
    store = AlertStore(settings.data_dir)
    application.bot_data.alert_store = store
    application.bot_data.push_sender = PushSender(application.bot, store, lambda result: _count(application, result))
    application.bot_data.after_reload = lambda: application.create_task(deliver_new(application), name="watches")
    application.add_handler(CommandHandler("watch", watch_command))
    application.add_handler(CommandHandler("unwatch", unwatch_command))
    application.add_handler(CallbackQueryHandler(unwatch_button, pattern=UNWATCH_PATTERN))


def _count(application: BotApplication, result: str) -> None:
    application.bot_data.metrics.pushes.labels(result).inc()


def started(application: BotApplication) -> None:
    """At startup, once the JobQueue runs: match the articles added while the bot was down
    (``python -m bot add``); the first start ever takes the archive as already seen."""
    if application.job_queue is not None:  # PTB's job-queue extra is a dependency: always there
        application.job_queue.run_once(_match_at_start, 0, name="watches")


async def _match_at_start(context: BotContext) -> None:
    await deliver_new(context.application)


def _store(context: BotContext) -> AlertStore:
    return context.bot_data.alert_store


def translator_of(update: Update) -> Translator:
    """The words for whoever sent ``update``: their app's language when the bot speaks it, else English."""
    user = update.effective_user
    return translator_for(user.language_code if user else None)


def words_of(message: Message) -> str:
    """The text after the command."""
    parts = re.split(r"\s", message.text or "", maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def thread_of(message: Message) -> int | None:
    """The forum topic a message was written in, where the chat's pushes then go."""
    return message.message_thread_id if message.is_topic_message else None


async def may_change(update: Update, context: BotContext) -> bool:
    """Anyone in a private chat; in a group its admins (asked of Telegram) or the group writing anonymously."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as error:
        logger.warning("Could not ask Telegram whether user %s is an admin of chat %s: %s", user.id, chat.id, error)
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def watch_command(update: Update, context: BotContext) -> None:
    """/watch WORDS, or /watch alone for the list."""
    message = update.effective_message
    if message is None:
        return
    tr = translator_of(update)
    text = words_of(message)
    if not text.strip():
        await _list(message, context, tr)
        return
    if not await may_change(update, context):
        await message.reply_text(tr.gettext(ONLY_GROUP_ADMINS))
        return
    settings: Settings = context.bot_data.settings
    try:
        watch = parse_watch(text)
        check_against(context.bot_data.searcher, watch)
    except WatchRefused as refusal:
        reason = refusal.args[0] if refusal.args else str(refusal)
        await message.reply_text(tr.format(N_("Not watched: {reason}"), reason=tr.say(reason)))
        return
    added = await asyncio.to_thread(
        _store(context).add_watch,
        message.chat_id,
        thread_of(message),
        watch.words,
        watch.key,
        settings.watches_per_chat,
        tr.language,
    )
    shown = f"<b>{escape(shorten(watch.words, 100))}</b>"
    if added is None:
        await message.reply_text(tr.gettext(STORE_DOWN))
    elif added is Added.ALREADY:
        await message.reply_html(tr.format(N_("This chat already watches {words}."), words=shown))
    elif added is Added.FULL:
        await message.reply_html(
            tr.format(
                N_("Not watched: this chat has its {count} watches already. Remove one first (/watch lists them)."),
                count=settings.watches_per_chat,
            )
        )
    else:
        await message.reply_html(
            tr.format(
                N_(
                    "👀 Watching {words}. When new articles mention it, I'll send the best new passages here. "
                    "/watch lists this chat's watches, /unwatch removes one."
                ),
                words=shown,
            )
        )


async def unwatch_command(update: Update, context: BotContext) -> None:
    """/unwatch WORDS."""
    message = update.effective_message
    if message is None:
        return
    tr = translator_of(update)
    text = words_of(message)
    if not text.strip():
        await message.reply_text(
            tr.gettext(N_("Send /unwatch with the watched words, or use the buttons under /watch."))
        )
        return
    if not await may_change(update, context):
        await message.reply_text(tr.gettext(ONLY_GROUP_ADMINS))
        return
    try:
        key = parse_watch(text).key
    except WatchRefused:
        key = ""  # cannot have been watched
    removed = await asyncio.to_thread(_store(context).remove_watch, message.chat_id, key)
    if removed is None:
        words = f"<b>{escape(shorten(' '.join(text.split()), 100))}</b>"
        await message.reply_html(tr.format(N_("This chat does not watch {words}."), words=words))
    else:
        words = f"<b>{escape(shorten(removed.words, 100))}</b>"
        await message.reply_html(tr.format(N_("Stopped watching {words}."), words=words))


async def _list(message: Message, context: BotContext, tr: Translator) -> None:
    watches = await asyncio.to_thread(_store(context).watches, message.chat_id)
    if watches is None:
        await message.reply_text(tr.gettext(STORE_DOWN))
        return
    if not watches:
        await message.reply_text(
            tr.gettext(
                N_(
                    "This chat watches nothing yet. Send /watch and words — a name, a place, a topic, or a "
                    "“phrase in quotes” — and I'll send new passages about them as articles arrive."
                )
            )
        )
        return
    text, keyboard = _list_message(watches, tr)
    await message.reply_html(text, reply_markup=keyboard)


def _list_message(watches: Sequence[StoredWatch], tr: Translator) -> tuple[str, InlineKeyboardMarkup]:
    lines = [f"{n}. {escape(shorten(w.words, 200))}" for n, w in enumerate(watches, 1)]
    buttons = [InlineKeyboardButton(f"✖ {n}", callback_data=f"unwatch:{w.id}") for n, w in enumerate(watches, 1)]
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    heading = tr.gettext(N_("<b>This chat watches:</b>"))
    text = heading + "\n" + "\n".join(lines) + "\n\n" + tr.gettext(N_("✖ N stops watching N."))
    return text, InlineKeyboardMarkup(rows)


async def unwatch_button(update: Update, context: BotContext) -> None:
    """✖ N under the list: remove that watch (only this chat's), then show the list again."""
    query = update.callback_query
    if query is None:
        return
    tr = translator_of(update)
    found = _UNWATCH_DATA.fullmatch(query.data or "")
    message = query.message
    if found is None or not isinstance(message, Message):
        await query.answer(tr.gettext(N_("This button no longer works — send /watch for the list.")))
        return
    if not await may_change(update, context):
        await query.answer(tr.gettext(ONLY_GROUP_ADMINS), show_alert=True)
        return
    store = _store(context)
    removed = await asyncio.to_thread(store.remove_watch, message.chat_id, None, int(found[1]))
    if removed:
        await query.answer(tr.format(N_("Stopped watching {words}"), words=shorten(removed.words, 100)))
    else:
        await query.answer(tr.gettext(N_("Already removed.")))
    watches = await asyncio.to_thread(store.watches, message.chat_id) or []
    if watches:
        text, keyboard = _list_message(watches, tr)
        await message.edit_text(text, parse_mode="HTML", reply_markup=keyboard)
    else:
        await message.edit_text(tr.gettext(N_("This chat watches nothing now.")))


# -- pushes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """What one chat (or topic) gets for a batch: each matching watch's new passages."""

    chat_id: int
    thread_id: int | None
    matches: list[tuple[str, list[Passage]]]
    language: str = "en"  # of the chat's newest watch: the push is written in it

    @property
    def digests(self) -> set[str]:
        return {p.digest for _, passages in self.matches for p in passages}


def find_matches(index: Searcher, watches: Sequence[StoredWatch], articles: Sequence[int]) -> list[Found]:
    """Match every watch against ``articles`` (each distinct watch once): what each chat gets."""
    passages = match_all(index, [w.words for w in watches], articles)
    found: dict[tuple[int, int | None], list[tuple[str, list[Passage]]]] = defaultdict(list)
    language: dict[tuple[int, int | None], str] = {}
    for stored in watches:  # oldest first: the newest watch's language is the one kept
        if passages[stored.words]:
            found[(stored.chat_id, stored.thread_id)].append((stored.words, passages[stored.words]))
            language[(stored.chat_id, stored.thread_id)] = stored.language
    return [Found(chat, thread, matches, language[(chat, thread)]) for (chat, thread), matches in found.items()]


def push_message(found: Found) -> tuple[str, InlineKeyboardMarkup | None]:
    """One message for a chat's matches, in its language: under each watch its passages, numbered, with 📖 buttons."""
    tr = translator_for(language_of(found.language))
    shown: list[Passage] = []
    seen: set[tuple[str, int]] = set()
    sections: list[tuple[str, list[Passage]]] = []
    for words, passages in found.matches:
        fresh = [p for p in passages if (p.digest, p.position) not in seen][: MAX_PASSAGES_PER_PUSH - len(shown)]
        if fresh:
            seen.update((p.digest, p.position) for p in fresh)
            sections.append((words, fresh))
            shown.extend(fresh)
    limit = 1000
    while True:
        blocks, rank = [], 1
        for words, passages in sections:
            heading = tr.format(N_("🔔 New about {words}:"), words=f"<b>{escape(shorten(words, 100))}</b>")
            blocks.append(f"{heading}\n\n{format_answer(passages, rank, limit, tr)}")
            rank += len(passages)
        text = "\n\n".join(blocks)
        if telegram_length(text) <= MAX_MESSAGE or limit <= 50:
            break
        limit //= 2
    buttons = [
        InlineKeyboardButton(f"📖 {rank}", callback_data=context_callback_data(p))
        for rank, p in enumerate(shown, 1)
        if p.digest
    ]
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    return text, InlineKeyboardMarkup(rows) if rows else None


def _without(found: Found, already: set[str]) -> Found:
    """``found`` less the passages of articles the chat was already sent."""
    kept = [(w, [p for p in ps if p.digest not in already]) for w, ps in found.matches]
    return Found(found.chat_id, found.thread_id, [(w, ps) for w, ps in kept if ps], found.language)


async def deliver_new(application: BotApplication) -> int:
    """Push the passages of articles the bot had not seen to the chats watching them; pushes sent.

    One batch at a time; the articles are noted as seen once their pushes were handed over,
    and what each chat got is stored, so a restart neither forgets a batch nor repeats one.
    """
    bot_data = application.bot_data
    async with bot_data.watch_lock:
        index: Searcher = bot_data.searcher
        store: AlertStore = bot_data.alert_store
        fresh = await asyncio.to_thread(store.unseen, [(s.digest, s.name) for s in index.sources])
        if not fresh:
            logger.info("New articles: 0")
            return 0
        digests = {d for d, _ in fresh}
        articles = [n for n, s in enumerate(index.sources) if s.digest in digests]
        watches = await asyncio.to_thread(store.watches) or []
        batch = await asyncio.to_thread(find_matches, index, watches, articles)
        sender: PushSender = bot_data.push_sender
        already = await asyncio.to_thread(store.pushed, digests)
        if already is None:
            return 0  # the store is failing: no push rather than a repeated one; tried again at the next refresh

        async def deliver(found: Found) -> int:
            found = _without(found, already.get(found.chat_id, set()))
            if not found.matches:
                return 0
            text, keyboard = push_message(found)
            if not await sender.send(Push(found.chat_id, found.thread_id, text, keyboard)):
                return 0
            await asyncio.to_thread(store.mark_pushed, found.chat_id, found.digests)
            return 1

        sent = sum(await asyncio.gather(*(deliver(f) for f in batch)))
        await asyncio.to_thread(store.note_seen, fresh)
        await asyncio.to_thread(store.forget_pushed, KEEP_PUSHED_DAYS)
    logger.info("New articles: %d; %d watching chat(s) matched, %d push(es) sent", len(fresh), len(batch), sent)
    return sent
