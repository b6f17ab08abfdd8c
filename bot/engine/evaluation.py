"""Measure answer quality on a question set: hit@1, hit@3, MRR and every miss.

A set is JSON lines ``{"q": question, "gold": [substring, ...]}``; a passage answers
when it contains a gold substring. Negatives (``{"q": ...}`` only) are questions the
corpus cannot answer; they pass when no passage is returned.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.analysis.language import detect as detect_language
from bot.engine.question import Question
from bot.engine.search import Passage, Searcher


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


def _first(passages: list[Passage]) -> str:
    return passages[0].text if passages else "(nothing)"


def evaluate(index: Searcher, items: Sequence[dict], negatives: Sequence[dict] = ()) -> Report:
    report = Report()
    for item in items:
        passages = index.search(Question(item["q"], language=detect_language(item["q"])), top=3)
        ranks = [i for i, p in enumerate(passages) if any(g in p.text for g in item["gold"])]
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
        passages = index.search(item["q"], top=3)
        report.negatives += 1
        if passages:
            report.answered_negatives.append((item["q"], _first(passages)))
        else:
            report.rejected += 1
    return report
