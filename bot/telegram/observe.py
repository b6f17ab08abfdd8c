"""What the operator learns from each answered question: its metrics and its question-log row."""

from __future__ import annotations

import asyncio

from telegram import Message

from bot.engine import Answer, Kind, tokenize
from bot.store.question_log import Asked, QuestionLog
from bot.telegram.metrics import Metrics


def is_answered(reply: Answer) -> bool:
    """Whether the archive had something: passages, summaries or articles (small talk always)."""
    return reply.kind is Kind.CHAT or bool(reply.passages or reply.articles)


def question_terms(question: str) -> str:
    """The question's analyzed words, sorted: rephrasings of one question share them."""
    return " ".join(sorted(set(tokenize(question))))


async def observe_answer(
    bot_data: dict, asked: Message, sent: Message | None, question: str, reply: Answer, seconds: float
) -> None:
    """Count the answer and log it (as the question log's mode says); never raises for the store."""
    answered = is_answered(reply)
    metrics: Metrics | None = bot_data.get("metrics")
    if metrics is not None:
        metrics.questions.labels(kind=reply.kind.value, answered=str(answered).lower()).inc()
        metrics.answer_seconds.observe(seconds)
    log: QuestionLog | None = bot_data.get("question_log")
    if log is None or not log.wants(answered) or asked.from_user is None:
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
