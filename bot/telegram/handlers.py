"""Telegram handlers: turn updates into questions for the engine and format its answers.

A thin adapter: every answer comes from ``bot.engine.answer.answer`` — the same call as
``python -m bot ask`` — and every message text from ``bot.telegram.formatting``.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import time
import weakref

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    MaybeInaccessibleMessage,
    Message,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError

from bot.engine import (
    Answer,
    ArticleChanged,
    CorpusError,
    Exchange,
    Kind,
    Passage,
    Searcher,
    SearchUnavailable,
    Understood,
    answer_turn,
    archive_line,
    find_article,
    finds,
    list_corpus,
    passage_context,
    refresh_search,
    shown,
    spelled,
    starter_questions,
    understand,
)
from bot.ingest.public_url import public_url, public_urls
from bot.settings import Settings
from bot.telegram.bot_data import BotContext, BotData
from bot.telegram.budget import is_addressed_to_bot
from bot.telegram.feedback import feedback_row
from bot.telegram.follow_ups import followed_up, understood_in, with_understood
from bot.telegram.formatting import (
    MORE_LINES,
    article_changed,
    context_callback_data,
    crop_around,
    fit_lines,
    format_context,
    format_passage,
    format_reply,
    page_callback_data,
    parse_context_callback_data,
    parse_page_callback_data,
    question_digest,
    shorten,
    title_html,
)
from bot.telegram.i18n import N_, Translator, translator_for
from bot.telegram.observe import observe_answer
from bot.telegram.redaction import redact
from bot.telegram.updates import callback_query_of, inline_query_of, message_of

logger = logging.getLogger(__name__)

MAX_INLINE_RESULTS = 50
# Questions longer than Telegram's message limit cannot arrive; this bounds inline ones too.
MAX_QUESTION = 4096
UNAVAILABLE = N_("Search is unavailable, try again shortly.")
CONTEXT_BUTTONS_PER_ROW = 5
INLINE_DESCRIPTION = 120
# Links in answers are for following, not previewing: a preview card would push the answer away.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

HELP = N_(
    "Ask me a question about the news articles I know, in plain words — "
    "I reply with the best-matching sentences, each with its article's date.\n\n"
    "• Just send a question here, or use /ask <i>question</i>.\n"
    "• Ask what an article is about, or /summary <i>words</i> for a summary of the article they point to.\n"
    "• /latest summarizes the newest articles; time works in questions too: "
    "<i>what happened last week?</i>, <i>troops since February</i>.\n"
    "• Ask when an article was published or who wrote it.\n"
    "• <b>📖 1</b>, <b>📖 2</b>… under an answer show that passage in its paragraph; "
    "<b>More »</b> shows the next passages.\n"
    "• A title links to its article when I know its address; <u>underlined</u> words answer the question.\n"
    "• Follow up on an answer: <i>and Britain?</i>, <i>what else did he say?</i>, <i>when?</i> — "
    "the next message in this chat within a few minutes, or a reply to my answer.\n"
    "• In groups: /ask, mention me, or reply to my message (a reply follows up my answer).\n"
    "• In any chat: type my @username and a question to share a passage.\n"
    "• /sources lists the articles.\n"
    "• /watch <i>words</i>: I tell you when new articles mention them; /digest 08:00: a daily digest."
)
START = N_("Hi! I answer questions about {archive}.")
START_EXAMPLES = N_("Try for example:")
START_FOLLOW_UPS = N_(
    "Ask follow-ups too (<i>and Britain?</i>, <i>who said that?</i>). /help tells what else I can do."
)
# Commands that are questions in other words: the engine answers them like any question.
COMMAND_QUESTIONS = {
    "summary": ("summarize the article", "summarize the article about {}"),
    "latest": ("what is the latest news?", "latest news about {}"),
}


def _searcher(context: BotContext) -> Searcher:
    # Read once per update: a reload swaps in a new index without disturbing this one.
    return context.bot_data.searcher


def _settings(context: BotContext) -> Settings:
    return context.bot_data.settings


def _translator(user: User | None) -> Translator:
    """The words for ``user``: in their Telegram app's language when the bot speaks it, else English."""
    return translator_for(user.language_code if user else None)


def question_of(message: Message, bot_username: str) -> str:
    """The question a message asks: its text without a leading command or our @mention.

    /summary and /latest become the questions they stand for ("summarize the article about …").
    """
    text = message.text or ""
    command = ""
    if text.startswith("/"):
        command = re.split(r"[\s@]", text[1:], maxsplit=1)[0].lower()
        text = text.partition(" ")[2] if " " in text else text.partition("\n")[2]
    text = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    question = " ".join(text.split())[:MAX_QUESTION]
    if command in COMMAND_QUESTIONS:
        bare, about = COMMAND_QUESTIONS[command]
        return about.format(question) if question else bare
    return question


def _page_keyboard(
    question: str,
    offset: int,
    page_size: int,
    passages: list[Passage],
    more: bool,
    tr: Translator,
    feedback: bool = False,
) -> InlineKeyboardMarkup | None:
    """One small numbered 📖 button per passage (its context), then « Back / More »."""
    shown = [
        InlineKeyboardButton(f"📖 {offset + rank}", callback_data=context_callback_data(p))
        for rank, p in enumerate(passages, 1)
        if p.digest
    ]
    rows = [shown[i : i + CONTEXT_BUTTONS_PER_ROW] for i in range(0, len(shown), CONTEXT_BUTTONS_PER_ROW)]
    paging = []
    if offset > 0:
        back = page_callback_data(max(offset - page_size, 0), question)
        paging.append(InlineKeyboardButton(tr.gettext("« Back"), callback_data=back))
    if more:
        paging.append(
            InlineKeyboardButton(tr.gettext("More »"), callback_data=page_callback_data(offset + page_size, question))
        )
    rows += [paging] if paging else []
    rows += [feedback_row()] if feedback else []
    return InlineKeyboardMarkup(rows) if rows else None


async def _answer(
    context: BotContext, question: str | Understood, top: int, offset: int = 0, user: User | None = None
) -> Answer:
    # In a worker thread: a slow question (a first spelling correction after a reload
    # builds its word index) must not hold the event loop and every other chat.
    hint = user.language_code if user else None  # the asker's app language settles a short question's
    return await asyncio.to_thread(_answer_now, _searcher(context), question, top, offset, hint)


def _answer_now(index: Searcher, question: str | Understood, top: int, offset: int, hint: str | None) -> Answer:
    understood = (
        question if isinstance(question, Understood) else understand(spelled(index, question, hint), language_hint=hint)
    )
    return answer_turn(index, understood, top=top, offset=offset, language_hint=hint)


async def _page(
    context: BotContext, question: str | Understood, offset: int, tr: Translator, user: User | None
) -> tuple[str, InlineKeyboardMarkup | None, Answer]:
    reply = await _answer(context, question, _settings(context).page_size, offset, user)
    text = format_reply(reply, first_rank=offset + 1, tr=tr)
    asked = question.question if isinstance(question, Understood) else question
    if isinstance(question, Understood) and question.follow_up:
        text = with_understood(text, asked)  # a reply to this answer, even after a restart, reads it back
    # 📖 context buttons go with numbered passages; a summary's sentences are not numbered.
    passages = reply.passages if reply.kind is Kind.PASSAGES else []
    feedback = _settings(context).feedback_buttons and reply.kind is not Kind.CHAT
    return text, _page_keyboard(asked, offset, reply.page_size, passages, reply.more, tr, feedback), reply


def _understood_by(message: MaybeInaccessibleMessage | None, context: BotContext) -> Understood | None:
    """The follow-up an answer message answered: remembered, or read from its "🔎" line after a restart."""
    if not isinstance(message, Message):
        return None
    remembered = context.bot_data.conversations.understood_by(message.chat_id, message.message_id)
    if remembered is not None:
        return remembered if remembered.follow_up else None
    question = understood_in(message.text or "")
    return Understood(question, True) if question else None


async def _understood(message: Message, context: BotContext, question: str) -> Understood:
    """``question`` read with the exchange it follows up, if any (``bot.telegram.follow_ups``)."""
    previous = followed_up(message, context.bot_data.conversations, context.bot.id)
    index = _searcher(context)
    hint = message.from_user.language_code if message.from_user else None
    return await asyncio.to_thread(
        lambda: understand(spelled(index, question, hint), previous, lambda q: finds(index, q), language_hint=hint)
    )


async def answer(message: Message, context: BotContext, question: str) -> None:
    """Reply to ``message`` with the first page of passages for ``question``."""
    tr = _translator(message.from_user)
    if not question:
        await message.reply_text(tr.gettext("Send me a question, for example: /ask how many troops?"))
        return
    started = time.perf_counter()
    understood = await _understood(message, context, question)
    text, keyboard, reply = await _page(context, understood, 0, tr, message.from_user)
    seconds = time.perf_counter() - started
    # In a forum supergroup PTB's reply_text sends into the question's topic (message_thread_id).
    sent = await message.reply_text(
        text, parse_mode=ParseMode.HTML, reply_markup=keyboard, do_quote=True, link_preview_options=NO_PREVIEW
    )
    await observe_answer(context.bot_data, message, sent, question, reply, seconds)
    exchange = Exchange(understood.question, shown(reply))
    context.bot_data.conversations.remember(message.chat_id, sent.message_id, exchange, understood)


async def private_text(update: Update, context: BotContext) -> None:
    """In a private chat every text message is a question."""
    message = message_of(update)
    await answer(message, context, question_of(message, context.bot.username))


async def group_text(update: Update, context: BotContext) -> None:
    """In groups, answer only a mention of the bot or a reply to one of its messages."""
    message = message_of(update)
    if is_addressed_to_bot(message, context.bot.username, context.bot.id):
        await answer(message, context, question_of(message, context.bot.username))


async def ask_command(update: Update, context: BotContext) -> None:
    message = message_of(update)
    await answer(message, context, question_of(message, context.bot.username))


async def page_button(update: Update, context: BotContext) -> None:
    """« Back / More »: show another page of the question the answer replied to.

    The question is read back from the message the answer quotes, so buttons keep
    working after a restart; if it is gone or changed, say to ask again.
    """
    query = callback_query_of(update)
    tr = _translator(query.from_user)
    parsed = parse_page_callback_data(query.data or "")
    message = query.message
    original = message.reply_to_message if isinstance(message, Message) else None
    understood = _understood_by(message, context)
    question = understood.question if understood else (question_of(original, context.bot.username) if original else "")
    if parsed is None or not question or question_digest(question) != parsed[1] or not isinstance(message, Message):
        await query.answer(tr.gettext("This answer has expired — please ask the question again."), show_alert=True)
        return
    await query.answer()
    text, keyboard, _ = await _page(context, understood or question, parsed[0], tr, query.from_user)
    try:
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard, link_preview_options=NO_PREVIEW)
    except BadRequest as error:
        # A button pressed twice: the message already shows that page.
        if "not modified" not in error.message.lower():
            raise


def _pressed_rank(message: Message, data: str) -> int | None:
    """The passage number on the 📖 button carrying ``data``."""
    keyboard = message.reply_markup.inline_keyboard if message.reply_markup else ()
    labels = [b.text.split()[-1] for row in keyboard for b in row if b.callback_data == data]
    return int(labels[0]) if labels and labels[0].isdigit() else None


async def context_button(update: Update, context: BotContext) -> None:
    """📖 N: reply to the answer with passage N's paragraph, the passage in bold.

    The button carries only the article's content digest and the sentence number, so it
    works on any replica and after restarts; a changed or removed article is said plainly.
    """
    query = callback_query_of(update)
    data = query.data or ""
    parsed = parse_context_callback_data(data)
    message = query.message
    if parsed is None or not isinstance(message, Message):
        tr = _translator(query.from_user)
        await query.answer(tr.gettext("This button has expired — please ask the question again."), show_alert=True)
        return
    digest, position = parsed
    try:
        source = find_article(_searcher(context).sources, digest)
        found = await asyncio.to_thread(passage_context, _settings(context).corpus_dir, source, position)
    except (ArticleChanged, ValueError):
        await query.answer(article_changed(_translator(query.from_user)), show_alert=True)
        return
    await query.answer()
    await message.reply_text(
        format_context(found, _pressed_rank(message, data), _translator(query.from_user)),
        parse_mode=ParseMode.HTML,
        do_quote=True,
        link_preview_options=NO_PREVIEW,
    )


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button this bot does not know (an old version's, or forged): answer, so it stops spinning."""
    query = callback_query_of(update)
    await query.answer(_translator(query.from_user).gettext("This button no longer works — please ask again."))


async def inline_query(update: Update, context: BotContext) -> None:
    """``@bot question`` in any chat: each passage is a result that posts it with its date;
    a summary, metadata or small-talk answer is one result that posts the whole reply."""
    query = inline_query_of(update)
    question = " ".join(query.query.split())[:MAX_QUESTION]
    tr = _translator(query.from_user)
    reply = await _answer(context, question, MAX_INLINE_RESULTS, user=query.from_user) if question else None
    # Personal: the results are in the asker's language, so Telegram must not serve them to others.
    results = _inline_results(question, reply, tr)
    await query.answer(results, cache_time=60, is_personal=True)


_INLINE_TITLES = {Kind.SUMMARY: N_("Summary"), Kind.ARTICLES: N_("About the articles"), Kind.CHAT: N_("Hello!")}


def _inline_results(question: str, reply: Answer | None, tr: Translator) -> list[InlineQueryResultArticle]:
    if reply is None:
        return []
    digest = question_digest(question)
    if reply.kind is Kind.PASSAGES:
        return [
            InlineQueryResultArticle(
                id=f"{digest}-{rank}",
                title=f"{p.date.isoformat()} · {shorten(p.title, 60)}",
                description=crop_around(p.text, p.matched_words, INLINE_DESCRIPTION),
                url=public_url(p.url) if p.url else None,
                input_message_content=InputTextMessageContent(
                    format_passage(p, tr=tr), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
                ),
            )
            for rank, p in enumerate(reply.passages[:MAX_INLINE_RESULTS])
        ]
    return [
        InlineQueryResultArticle(
            id=f"{digest}-0",
            title=tr.gettext(_INLINE_TITLES[reply.kind]),
            description=shorten(public_urls(tr.say(reply.text)), INLINE_DESCRIPTION),
            input_message_content=InputTextMessageContent(
                format_reply(reply, tr=tr), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
        )
    ]


async def start(update: Update, context: BotContext) -> None:
    """What the bot knows in one line, three questions the archive answers well, and /help."""
    index = _searcher(context)
    cached = context.bot_data.starter_questions
    # Made once per index (a reload makes new ones); a weak reference lets a reloaded-away index go.
    if cached is None or cached[0]() is not index:
        cached = (weakref.ref(index), await asyncio.to_thread(starter_questions, index))
        context.bot_data.starter_questions = cached
    tr = _translator(update.effective_user)
    examples = "\n".join(f"• <code>{html.escape(q)}</code>" for q in cached[1])
    tries = f"\n\n{tr.gettext(START_EXAMPLES)}\n{examples}" if examples else ""
    hello = tr.format(START, archive=html.escape(tr.say(archive_line(index))))
    await message_of(update).reply_html(f"{hello}{tries}\n\n{tr.gettext(START_FOLLOW_UPS)}")


async def help_command(update: Update, context: BotContext) -> None:
    await message_of(update).reply_html(_translator(update.effective_user).gettext(HELP))


SOURCES_HEADER = N_("<b>{count} article(s)</b>, newest first:")
SOURCE_LINE = N_("{count} passages")


async def sources(update: Update, context: BotContext) -> None:
    index = _searcher(context)
    tr = _translator(update.effective_user)
    counts = index.passage_counts()
    newest_first = sorted(range(len(index.sources)), key=lambda a: index.sources[a].date, reverse=True)
    lines = [
        f"• {s.date} · {title_html(s)} ({tr.format(SOURCE_LINE, count=counts[a])}, {html.escape(s.name)})"
        for a, s in ((a, index.sources[a]) for a in newest_first)
    ]
    header = tr.format(SOURCES_HEADER, count=len(lines))
    await message_of(update).reply_html(
        fit_lines(header, lines, tr.gettext(MORE_LINES)), link_preview_options=NO_PREVIEW
    )


async def reload_index(bot_data: BotData, verify: bool = True) -> tuple[Searcher, Searcher]:
    """Apply the corpus's added, changed and removed articles and swap the new index in; ``(old, new)``.

    Updated incrementally in a worker thread, so questions keep being answered meanwhile; one reload at
    a time. A bad corpus raises ``CorpusError`` and leaves the old index serving. ``verify``: hash
    every article (``/reload``, SIGHUP), not only those whose size or time changed (ingestion).
    """
    async with bot_data.reload_lock:
        old = bot_data.searcher
        settings = bot_data.settings
        new = await asyncio.to_thread(refresh_search, settings.corpus_dir, old, verify)
        bot_data.searcher = new
        bot_data.metrics.reloads.inc()
        if (notify := bot_data.after_reload) is not None:
            notify()  # new articles meet the watched words (bot.telegram.watch), in a task of their own
    logger.info("Reloaded: %d articles, %d passages", len(new.sources), new.sentence_count)
    return old, new


async def reload_command(update: Update, context: BotContext) -> None:
    """/reload (admins only): pick up added, changed or removed articles now."""
    message = message_of(update)
    user = update.effective_user
    if user is None or user.id not in _settings(context).admin_ids:
        await message.reply_text(_translator(user).gettext("Only the bot's admins can reload the articles."))
        return
    tr = _translator(user)
    more = tr.gettext(MORE_LINES)
    try:
        old, new = await reload_index(context.bot_data)
    except CorpusError as error:
        problems = [html.escape(shorten(redact(p, context.bot.token), 300)) for p in error.problems]
        header = tr.gettext(N_("The corpus has problems; still serving the old articles:"))
        await message.reply_html(fit_lines(header, problems, more))
        return
    unreadable = [
        html.escape(shorten(redact(p, context.bot.token), 300))
        for p in list_corpus(_settings(context).corpus_dir).unreadable
    ]
    text = tr.format(
        N_(
            "Reloaded: {articles} article(s), {passages} passages "
            "(before: {old_articles} article(s), {old_passages} passages)."
        ),
        articles=len(new.sources),
        passages=new.sentence_count,
        old_articles=len(old.sources),
        old_passages=old.sentence_count,
    )
    skipped = tr.gettext(N_("Skipped, cannot be read:"))
    await message.reply_html(fit_lines(f"{text}\n\n{skipped}", unreadable, more) if unreadable else text)


async def not_text(update: Update, context: BotContext) -> None:
    tr = _translator(update.effective_user)
    await message_of(update).reply_text(tr.gettext("I can only read text — please type your question."))


async def error_handler(update: object, context: BotContext) -> None:
    """Log the failure with its update id, tell the user, and keep serving."""
    if update is None and isinstance(context.error, NetworkError):
        # Polling failed (a dropped connection, a 5xx): PTB retries by itself.
        logger.warning("Polling Telegram for updates failed (%s); retrying", context.error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, SearchUnavailable):  # expected while a shard server is down
        logger.warning("Update %s: %s", update_id, context.error)
        reply = UNAVAILABLE
    else:
        logger.error("Failed to handle update %s", update_id, exc_info=context.error)
        reply = N_("Sorry, something went wrong. Please try again.")
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(_translator(update.effective_user).gettext(reply))
        except Exception:  # the failure may be that Telegram is unreachable
            logger.warning("Could not tell the user of update %s about the failure", update_id)
