"""What the operator learns from each answered question: its metrics and its question-log row."""

from __future__ import annotations

import asyncio

from telegram import Message

from bot.engine import Answer, Kind, tokenize
from bot.store.question_log import Asked
from bot.telegram.bot_data import BotData


def is_answered(reply: Answer) -> bool:
    """Whether the archive had something: passages, summaries or articles (small talk always)."""
    return reply.kind is Kind.CHAT or bool(reply.passages or reply.articles)


def question_terms(question: str) -> str:
    """The question's analyzed words, sorted: rephrasings of one question share them."""
    return " ".join(sorted(set(tokenize(question))))


async def observe_answer(
    bot_data: BotData, asked: Message, sent: Message | None, question: str, reply: Answer, seconds: float
) -> None:
    """Count the answer and log it (as the question log's mode says); never raises for the store."""
    answered = is_answered(reply)
    bot_data.metrics.questions.labels(kind=reply.kind.value, answered=str(answered).lower()).inc()
    bot_data.metrics.answer_seconds.observe(seconds)
    log = bot_data.question_log
    if not log.wants(answered) or asked.from_user is None:
        return
    row = Asked(
        user_id=asked.from_user.id,
        chat_kind=asked.chat.type,
        question=question,
        terms=question_terms(question),
        kind=reply.kind.value,
        answered=answered,
        passages=len(reply.passages),
        answer_ms=seconds * 1000,
    )
    await asyncio.to_thread(log.record, row, asked.chat_id, sent.message_id if sent is not None else None)
