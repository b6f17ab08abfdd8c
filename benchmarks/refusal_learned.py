"""Whether a learned refusal could tell the near misses the rules let through from answerable questions.

    python benchmarks/refusal_learned.py CORPUS --near-miss NEAR.jsonl ... --answerable ANSWERABLE.jsonl ...
        [--pair NEAR.jsonl=ANSWERABLE.jsonl ...]

Asks every question as ``python -m bot eval`` does and keeps the ones answered. Each answered
question is read for the features a combination of rules could weigh: the share of its IDF
the first passage (with the sentence before and the title) writes, its unmatched words the
archive knows and does not know, its yes/no and either/or form, the first passage's score
and the second's ratio to it, and the verdicts of the refusal rules that are off
(``WEAK_RULES``). A logistic model is fitted leaving one writer's set out at a time (a
``--pair`` of files counts as one writer), its threshold refusing a budget of the training
answerables, and the held-out near misses and answerables it refuses are counted
(docs/ranking-news.md, "A learned refusal over the answered questions").
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.engine import open_index
from bot.engine.evaluation import asked, shown
from bot.engine.search import Searcher

WEAK_RULES = ("name_unwritten", "either_or_written", "which_place", "yes_no_names_things", "said_spoken_yes_no")
BUDGETS = (0.0, 0.005, 0.01, 0.02)
_YES_NO = re.compile(r"^(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b", re.I)


@dataclass
class Answered:
    group: str  # the writer's set it came from
    near_miss: bool
    features: list[float]


def features(index: Searcher, weak: dict[str, Searcher], question: str) -> list[float] | None:
    """The features of ``question``'s first passage, or None when it gets no passage."""
    passages = asked(index, question).passages
    if not passages:
        return None
    first = passages[0]
    seen = " ".join(part for part in (first.context or "", first.text, first.title or "") if part)
    terms = index.question_terms(question)
    written = set(index.question_terms(seen))
    known = [index.backend.knows(t) for t in terms]
    idf = [index.backend.term_idf(t) if k else 0.0 for t, k in zip(terms, known, strict=True)]
    cover = sum(w for t, w in zip(terms, idf, strict=True) if t in written) / (sum(idf) or 1.0)
    ratio = passages[1].score / first.score if len(passages) > 1 and first.score else 0.0
    return [
        cover,
        sum(1 for t, k in zip(terms, known, strict=True) if k and t not in written),
        sum(1 for k in known if not k),
        len(terms),
        float(bool(_YES_NO.match(question.strip()))),
        float(bool(re.search(r"\bor\b", question, re.I))),
        float(np.log1p(first.score)),
        ratio,
        *(0.0 if shown(asked(weak[rule], question)) else 1.0 for rule in WEAK_RULES),
    ]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic weights by Newton's method (first column: the bias)."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x.T * (p * (1 - p))) @ x + l2 * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, gradient)
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--near-miss", type=Path, nargs="+", default=[])
    parser.add_argument("--answerable", type=Path, nargs="+", default=[])
    parser.add_argument("--pair", nargs="*", default=[], help="NEAR=ANSWERABLE: one writer's two files")
    args = parser.parse_args()
    writer: dict[str, str] = {}
    for pair in args.pair:
        near, answerable = pair.split("=")
        writer[str(Path(near))] = writer[str(Path(answerable))] = str(Path(near))
    index = open_index(args.corpus)
    weak = {rule: index.switched(**{rule: True}) for rule in WEAK_RULES}
    rows: list[Answered] = []
    for paths, near_miss in ((args.near_miss, True), (args.answerable, False)):
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and (read := features(index, weak, json.loads(line)["q"])) is not None:
                    rows.append(Answered(writer.get(str(path), str(path)), near_miss, read))
    x = np.array([r.features for r in rows])
    x = np.hstack([np.ones((len(x), 1)), (x - x.mean(0)) / (x.std(0) + 1e-9)])
    y = np.array([float(r.near_miss) for r in rows])
    groups = np.array([r.group for r in rows])
    print(f"answered: {int(y.sum())} near misses, {int(len(y) - y.sum())} answerable")
    for budget in BUDGETS:
        caught = lost = 0
        for group in sorted(set(groups)):
            train, test = groups != group, groups == group
            w = fit(x[train], y[train])
            answerable = np.sort(1 / (1 + np.exp(-x[train][y[train] == 0] @ w)))[::-1]
            k = int(budget * len(answerable))
            threshold = answerable[k] if k < len(answerable) else 1.0
            refused = 1 / (1 + np.exp(-x[test] @ w)) > threshold
            caught += int((refused & (y[test] == 1)).sum())
            lost += int((refused & (y[test] == 0)).sum())
        print(f"budget {budget:.1%}: held-out near misses refused {caught}, answerable refused {lost}")


if __name__ == "__main__":
    main()
