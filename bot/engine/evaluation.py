"""Measure answer quality on a question set: hit@1, hit@3, MRR and every miss.

A set is JSON lines ``{"q": question, "gold": [substring, ...]}``; a passage answers
when it contains a gold substring. Negatives (``{"q": ...}`` only) are questions the
corpus cannot answer; they pass when no passage is returned. A question is answered by
``answer``, the function every face calls, so the set scores what a reader is shown: the
article's date for "when was this article published?" comes from its metadata, not a passage.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.answer import Answer
from bot.engine.conversation import answer_turn, spelled, understand
from bot.engine.intent import Kind
from bot.engine.search import Searcher


@dataclass
class Report:
    questions: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal_rank: float = 0.0
    misses: list[tuple[str, str]] = field(default_factory=list)  # question, what came first
    refused: int = 0  # answerable questions that got no passage at all
    first_hits: list[int | None] = field(default_factory=list)  # each question's answer rank (0 = first)
    negatives: int = 0
    rejected: int = 0
    answered_negatives: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        n = max(self.questions, 1)
        line = (
            f"hit@1={self.hit1 / n:.3f} hit@3={self.hit3 / n:.3f} mrr={self.reciprocal_rank / n:.3f} n={self.questions}"
        )
        line += f" answered_with_nothing={self.refused} ({self.refused / n:.1%})"
        if self.negatives:
            line += f" neg_rejected={self.rejected / self.negatives:.2f} ({self.rejected}/{self.negatives})"
        return line


def read_questions(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _first(shown: list[str]) -> str:
    return shown[0] if shown else "(nothing)"


def shown(reply: Answer) -> list[str]:
    """What ``reply`` shows a reader as answers, best first: its passages (or summary
    sentences), or its text for the articles' metadata; nothing for a refusal or small talk."""
    if reply.kind is Kind.ARTICLES:
        return [reply.text] if reply.articles else []
    return [p.text for p in reply.passages]


def asked(index: Searcher, question: str) -> Answer:
    """The answer ``python -m bot ask`` and the bot give ``question`` asked on its own: typos
    corrected, then answered, three passages to a page."""
    return answer_turn(index, understand(spelled(index, question)), top=3)


def evaluate(index: Searcher, items: Sequence[dict], negatives: Sequence[dict] = ()) -> Report:
    report = Report()
    for item in items:
        passages = shown(asked(index, item["q"]))
        ranks = [i for i, p in enumerate(passages) if any(g in p for g in item["gold"])]
        report.questions += 1
        report.refused += not passages
        report.first_hits.append(ranks[0] if ranks else None)
        if ranks:
            report.reciprocal_rank += 1 / (ranks[0] + 1)
            report.hit3 += 1
            report.hit1 += ranks[0] == 0
        if not ranks or ranks[0] != 0:
            report.misses.append((item["q"], _first(passages)))
    for item in negatives:
        passages = shown(asked(index, item["q"]))
        report.negatives += 1
        if passages:
            report.answered_negatives.append((item["q"], _first(passages)))
        else:
            report.rejected += 1
    return report
