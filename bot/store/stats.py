"""What the question log says: questions per day, the share answered, answer times, the
questions the archive could not answer (grouped by their words) and the votes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, field

import numpy as np

from bot.engine import joined, say

DAY = 86_400.0
TOP = 10


@dataclass(frozen=True)
class Day:
    day: str  # YYYY-MM-DD (UTC)
    asked: int
    answered: int


@dataclass(frozen=True)
class Unanswered:
    question: str  # the latest wording of the group
    count: int


@dataclass(frozen=True)
class Rated:
    question: str
    up: int
    down: int


@dataclass
class Stats:
    days: int
    log_mode: str
    per_day: list[Day] = field(default_factory=list)
    median_ms: float | None = None
    p95_ms: float | None = None
    unanswered: list[Unanswered] = field(default_factory=list)
    up: int = 0
    down: int = 0
    worst: list[Rated] = field(default_factory=list)

    @property
    def asked(self) -> int:
        return sum(d.asked for d in self.per_day)

    @property
    def answered(self) -> int:
        return sum(d.answered for d in self.per_day)

    def as_json(self) -> dict:
        return {**asdict(self), "asked": self.asked, "answered": self.answered}


def read_stats(connection: sqlite3.Connection | None, days: int, now: float, log_mode: str) -> Stats:
    """The last ``days`` days (today included) of ``connection``'s log; empty without one."""
    first = dt.datetime.fromtimestamp(now, dt.timezone.utc).date() - dt.timedelta(days=days - 1)
    since = dt.datetime.combine(first, dt.time(), dt.timezone.utc).timestamp()
    counts: dict[str, tuple[int, int]] = {}
    stats = Stats(days=days, log_mode=log_mode)
    if connection is not None:
        rows = connection.execute(
            "SELECT date(asked_at, 'unixepoch'), count(*), sum(answered) FROM questions WHERE asked_at >= ? GROUP BY 1",
            (since,),
        )
        counts = {day: (asked, answered) for day, asked, answered in rows}
        times = [t for (t,) in connection.execute("SELECT answer_ms FROM questions WHERE asked_at >= ?", (since,))]
        if times:
            stats.median_ms, stats.p95_ms = (float(v) for v in np.percentile(times, [50, 95]))
        stats.unanswered = [
            Unanswered(question, count)
            for question, count in connection.execute(
                # The latest wording stands for the group (SQLite takes a bare column from the max(id) row).
                "SELECT question, count FROM (SELECT question, max(id), count(*) AS count FROM questions"
                " WHERE asked_at >= ? AND NOT answered GROUP BY CASE terms WHEN '' THEN lower(question) ELSE terms END)"
                " ORDER BY count DESC, question LIMIT ?",
                (since, TOP),
            )
        ]
        stats.up, stats.down = connection.execute(
            "SELECT count(*) FILTER (WHERE vote > 0), count(*) FILTER (WHERE vote < 0) FROM votes WHERE voted_at >= ?",
            (since,),
        ).fetchone()
        stats.worst = [
            Rated(question, up, down)
            for question, up, down in connection.execute(
                # Per question (its rephrasings together), not per answer: one question asked often is one line.
                "SELECT question, up, down FROM (SELECT q.question, max(q.id),"
                " count(*) FILTER (WHERE v.vote > 0) AS up, count(*) FILTER (WHERE v.vote < 0) AS down"
                " FROM votes v JOIN questions q ON q.answer_key = v.answer_key"
                " WHERE v.voted_at >= ? GROUP BY CASE q.terms WHEN '' THEN lower(q.question) ELSE q.terms END)"
                " WHERE down > 0 ORDER BY up - down, down DESC, question LIMIT ?",
                (since, TOP),
            )
        ]
    stats.per_day = [
        Day(day, *counts.get(day, (0, 0))) for day in ((first + dt.timedelta(days=i)).isoformat() for i in range(days))
    ]
    return stats


def stats_text(stats: Stats) -> str:
    """The statistics as plain text, for the terminal and (translated) for Telegram."""
    lines: list[str] = [say("Last {days} day(s), question log: {mode}", days=stats.days, mode=stats.log_mode)]
    if stats.log_mode == "unanswered":
        lines.append(say("(only unanswered questions are logged, so every logged one counts as unanswered)"))
    share = f"{stats.answered / stats.asked:.0%}" if stats.asked else "-"
    lines.append(
        say(
            "Questions: {asked}, answered: {answered} ({share})",
            asked=stats.asked,
            answered=stats.answered,
            share=share,
        )
    )
    if stats.median_ms is not None and stats.p95_ms is not None:
        median, p95 = f"{stats.median_ms:.0f}", f"{stats.p95_ms:.0f}"
        lines.append(say("Answer time: median {median} ms, p95 {p95} ms", median=median, p95=p95))
    lines.append(say("Feedback: 👍 {up}  👎 {down}", up=stats.up, down=stats.down))
    lines += ["", say("Per day (asked / answered):")]
    shown = stats.per_day[-14:]  # the chart shows them all
    lines += [f"  {d.day}  {d.asked:5d} / {d.answered}" for d in shown if d.asked or d is shown[-1]]
    if stats.unanswered:
        lines += ["", say("Most asked, not answered:")]
        lines += [f"  {u.count}× {_short(u.question)}" for u in stats.unanswered]
    if stats.worst:
        lines += ["", say("Worst rated answers:")]
        lines += [f"  👎 {r.down} 👍 {r.up}  {_short(r.question)}" for r in stats.worst]
    return joined("\n", lines)


def _short(text: str, limit: int = 150) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
