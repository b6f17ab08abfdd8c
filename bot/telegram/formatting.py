"""Render engine results as Telegram HTML messages: escaped, bolded, within limits.

Everything here is pure text in, text out, so it is tested without Telegram.
Telegram counts message length in UTF-16 code units after parsing; we measure the
HTML source itself, which is never shorter, so what we send always fits.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Sequence

from bot.engine.answer import Answer
from bot.engine.intent import Kind
from bot.engine.search import Passage

MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64
_TITLE_LIMIT = 120


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with …"""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def highlight(text: str, words: Sequence[str]) -> str:
    """``text`` escaped for HTML, with whole-word occurrences of ``words`` in bold."""
    if not words:
        return escape(text)
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    parts = re.split(rf"(?<!\w)({alternatives})(?!\w)", text)
    return "".join(f"<b>{escape(p)}</b>" if i % 2 else escape(p) for i, p in enumerate(parts))


def format_passage(passage: Passage, rank: int | None = None, limit: int = 1000) -> str:
    """One passage: rank, date, title; the sentence before when needed; the text."""
    number = f"<b>{rank}.</b> " if rank is not None else ""
    lines = [f"{number}📅 {passage.date.isoformat()} · <i>{escape(shorten(passage.title, _TITLE_LIMIT))}</i>"]
    if passage.context:
        lines.append(f"<i>… {escape(shorten(passage.context, limit // 2))}</i>")
    lines.append(highlight(shorten(passage.text, limit), passage.matched_words))
    return "\n".join(lines)


def format_answer(passages: Sequence[Passage], first_rank: int = 1, limit: int | None = None) -> str:
    """The reply to a question: its passages, numbered from ``first_rank``, each cut to ``limit``."""
    if not passages:
        return no_answer()
    if limit is None:
        return _fitted(lambda limit: format_answer(passages, first_rank, limit))
    return "\n\n".join(format_passage(p, first_rank + i, limit) for i, p in enumerate(passages))


def format_reply(answer: Answer, first_rank: int = 1) -> str:
    """Any answer of the engine as a message: passages, summaries, metadata or small talk."""
    heading = f"<i>{escape(answer.heading)}</i>\n\n" if answer.heading else ""
    if answer.kind is Kind.PASSAGES:
        if not answer.passages:
            return heading + no_answer()
        return _fitted(lambda limit: heading + format_answer(answer.passages, first_rank, limit))
    if answer.kind is Kind.SUMMARY and answer.passages:
        return _fitted(lambda limit: heading + format_summaries(answer.passages, limit))
    return _fitted(lambda limit: escape(shorten(answer.text, limit * 4)))


def format_summaries(passages: Sequence[Passage], limit: int = 1000) -> str:
    """Summary sentences grouped by article: title and date, then the sentences as bullets."""
    blocks: list[list[str]] = []
    source = None
    for passage in passages:
        if passage.source != source:
            source = passage.source
            title = escape(shorten(passage.title, _TITLE_LIMIT))
            blocks.append([f"📰 <b>{title}</b>\n📅 {passage.date.isoformat()}"])
        blocks[-1].append(f"• {escape(shorten(passage.text, limit))}")
    return "\n\n".join("\n".join(block) for block in blocks)


def _fitted(render: Callable[[int], str]) -> str:
    """``render(limit)`` with passages cut to ``limit`` characters, halved until it fits a message."""
    limit = 1000
    while True:
        text = render(limit)
        if telegram_length(text) <= MAX_MESSAGE or limit <= 50:
            return text
        limit //= 2


def no_answer() -> str:
    return (
        "I found nothing about that in the articles. "
        "Try other words — a name, a place or a number from the news — or see /sources."
    )


def question_digest(question: str) -> str:
    """A short fingerprint of a question, so a button can check it still belongs to it."""
    return hashlib.sha256(question.encode("utf-8")).hexdigest()[:12]


def page_callback_data(offset: int, question: str) -> str:
    data = f"page:{offset}:{question_digest(question)}"
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    return data


def parse_page_callback_data(data: str) -> tuple[int, str] | None:
    """``(offset, digest)`` of a page button, or ``None`` if ``data`` is not one."""
    match = re.fullmatch(r"page:(\d{1,6}):([0-9a-f]{12})", data)
    return (int(match[1]), match[2]) if match else None


def fit_lines(header: str, lines: Sequence[str], more: str = "… and {} more") -> str:
    """``header`` and as many ``lines`` as fit in one message, saying how many did not."""
    text = header
    for shown, line in enumerate(lines):
        rest = len(lines) - shown
        candidate = f"{text}\n{line}"
        if telegram_length(candidate) + len(more) + 10 > MAX_MESSAGE and rest > 0:
            return f"{text}\n{more.format(rest)}"
        text = candidate
    return text
