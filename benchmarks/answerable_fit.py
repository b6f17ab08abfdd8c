"""Fit the answerability gate's weights (``bot.engine.answerable``) on answer-removed questions.

    python benchmarks/answerable_fit.py NAME=CORPUS:QUESTIONS.jsonl [...] [--check NAME=CORPUS:QUESTIONS.jsonl ...]
        [--budget 0.001] [--l2 1] [--cache FILE.npz]

Each set is split in halves, by article (``quality_ablation.py``'s split) or, for dated
questions, by quiz week (``news_fit.py``'s): the model is fitted on the A halves together
and checked on the B halves and on the ``--check`` sets, read whole. For each question that asks
a kind of value (``asked.kind_asked``: a time, a person, a number) and that the bot answers
with the gate off, two rows: the search result as it is (a positive), and the same result
with every candidate removed whose sentence, or the sentence before it (shown with it),
holds a gold string — its *answer-removed* version, a near-miss question (a negative).
Removing them from the candidates rather than from the archive leaves BM25's IDF as it was
(one sentence of thousands). A negative the rules would refuse already (no candidate left,
or none carrying the kind: rule 8, read again without the removed ones) is counted refused
by the rules and not fitted on.

One logistic model per kind (Newton's method, L2 ``--l2`` on every weight but the bias);
the threshold is the highest that refuses at most ``--budget`` of the A halves' questions
(all of them, not only the kind ones) among those the bot answers. Prints the weights to paste
into ``bot/engine/answerable.py`` and, per set, the answerable questions refused and the
answer-removed ones refused by the rules alone and with the gate. ``--cache`` keeps the
features so a refit skips the searches.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
from news_fit import Period, preference, week_half  # benchmarks/ is the script folder

from bot.engine import open_index, read_questions
from bot.engine.answerable import FEATURES
from bot.engine.answerable import features as gate_features
from bot.engine.asked import carries, kind_asked
from bot.engine.question import Question, as_question
from bot.engine.related_words import kinds_of
from bot.engine.search import Searcher, _names_person

KINDS = ("time", "person", "number")
_SHINGLE = 30  # a gold window shares this many characters in a row with a sentence that holds it


def bears(gold: list[str], text: str | None) -> bool:
    """Whether ``text`` holds a gold string: a short one whole, a long window (SQuAD's) by a
    run of _SHINGLE characters."""
    if not text:
        return False
    for g in gold:
        if len(g) <= _SHINGLE + 10:
            if g in text:
                return True
        elif any(g[i : i + _SHINGLE] in text for i in range(0, len(g) - _SHINGLE + 1, 3)):
            return True
    return False


def asked_as(searcher: Searcher, item: dict) -> tuple[Question, list[int] | None, Period | None, dt.date | None]:
    """The question as ``answer`` searches it: a dated one (``asof``) of the articles up to its
    day, its time words a preferred period or a restriction (``news_fit.preference``)."""
    if "asof" not in item:
        return as_question(item["q"]), None, None, None
    asof = dt.date.fromisoformat(item["asof"])
    dates = [s.date for s in searcher.sources]
    articles = [a for a, d in enumerate(dates) if d <= asof]
    text, prefer, restrict = preference(item["q"], asof)
    if restrict is not None:
        articles = [a for a in articles if restrict[0] <= dates[a] <= restrict[1]] or articles
    return as_question(text), articles, prefer, asof


def halves(name: str, items: list[dict]) -> dict[str, list[dict]]:
    """A set's two halves: by article, alternate ones in name order (``quality_ablation.py``),
    or by quiz week for dated questions (``news_fit.py``); the whole set when it has neither."""
    if all("article" in item for item in items):
        articles = sorted({item["article"] for item in items})
        first = set(articles[::2])
        return {
            f"{name} A": [i for i in items if i["article"] in first],
            f"{name} B": [i for i in items if i["article"] not in first],
        }
    if all("asof" in item for item in items):
        return {f"{name} {h}": [i for i in items if week_half(i) == h] for h in "AB"}
    return {name: items}


def rows_of(searcher: Searcher, items: list[dict]) -> dict[str, np.ndarray]:
    """Per question asking a kind that the bot answers: its kind, the positive's features, the
    negative's (NaN when the rules refuse it already) and whether the first passage is a hit."""
    kinds, positives, negatives, hits = [], [], [], []
    for item in items:
        kind = kind_asked(item["q"], kinds_of)
        if kind not in KINDS:
            continue
        question, articles, prefer, newest = asked_as(searcher, item)
        query, ids, candidates, scores = searcher.scored(question, articles, prefer, newest=newest)
        if not len(ids):
            continue  # refused already: no positive
        order = np.lexsort((candidates.ties, -scores))
        _, values = searcher.gate_features(question, query, ids, candidates, order, scores[order])
        if values is None:
            continue
        read = searcher.backend.sentences(ids.tolist())
        previous = [s.previous for s in read]
        kept = [int(o) for o in order if not (bears(item["gold"], read[o].text) or bears(item["gold"], previous[o]))]
        carried = any(
            carries(kind, candidates.texts[k], _names_person)
            or bool(previous[k] and carries(kind, previous[k] or "", _names_person))
            for k in kept
        )
        negative = np.full(len(FEATURES), np.nan)
        if kept and carried:
            negative = gate_features(
                kind, query, candidates, kept, scores[kept].tolist(), previous[kept[0]], _names_person
            )
        kinds.append(kind)
        positives.append(values)
        negatives.append(negative)
        hits.append(bears(item["gold"], read[int(order[0])].text))
    width = len(FEATURES)
    return {
        "kinds": np.array(kinds, dtype="<U8"),
        "positives": np.array(positives).reshape(-1, width),
        "negatives": np.array(negatives).reshape(-1, width),
        "hits": np.array(hits, dtype=bool),
    }


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression's weights by Newton's method (the first column, the bias, unpenalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def probabilities(weights: dict[str, np.ndarray], kinds: np.ndarray, x: np.ndarray) -> np.ndarray:
    out = np.ones(len(x))
    for kind, w in weights.items():
        at = kinds == kind
        out[at] = 1.0 / (1.0 + np.exp(-x[at] @ w))
    return out


def report(name: str, total: int, data: dict[str, np.ndarray], weights: dict[str, np.ndarray], threshold: float) -> str:
    """One Markdown row: answerable questions refused (and hits among them), answer-removed refused."""
    kinds, pos, neg = data["kinds"], data["positives"], data["negatives"]
    refused = probabilities(weights, kinds, pos) < threshold
    by_rules = np.isnan(neg).any(axis=1)
    fitted_neg = np.where(by_rules[:, None], 0.0, neg)
    gate = (probabilities(weights, kinds, fitted_neg) < threshold) & ~by_rules
    per_kind = ", ".join(
        f"{k} {int((by_rules | gate)[kinds == k].sum())}/{int((kinds == k).sum())}" for k in KINDS if (kinds == k).any()
    )
    return (
        f"| {name} | {total} | {len(kinds)} | {int(refused.sum())} ({int((refused & data['hits']).sum())} hits at 1) "
        f"| {by_rules.mean():.3f} | {(by_rules | gate).mean():.3f} ({per_kind}) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="NAME=CORPUS:QUESTIONS.jsonl; the first is split in halves")
    parser.add_argument(
        "--check", nargs="*", default=[], help="NAME=CORPUS:QUESTIONS.jsonl: checked whole, never fitted on"
    )
    parser.add_argument("--budget", type=float, default=0.001, help="share of half A's questions the gate may refuse")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--cache", type=Path, help="an .npz of the features: read if present, else written")
    args = parser.parse_args()
    parts: dict[str, tuple[int, dict[str, np.ndarray]]] = {}
    cached = np.load(args.cache) if args.cache and args.cache.exists() else None
    for spec, checked in [(s, False) for s in args.sets] + [(s, True) for s in args.check]:
        name, paths = spec.split("=", 1)
        corpus, questions = paths.split(":", 1)
        items = read_questions(Path(questions))
        split = {name: items} if checked else halves(name, items)
        searcher: Searcher | None = None
        for part, chosen in split.items():
            if cached is not None and f"{part}/kinds" in cached:
                data = {key: cached[f"{part}/{key}"] for key in ("kinds", "positives", "negatives", "hits")}
            else:
                searcher = searcher or open_index(Path(corpus)).switched(answerable=False)
                data = rows_of(searcher, chosen)
            parts[part] = (len(chosen), data)
    if args.cache and cached is None:
        np.savez(
            args.cache, **{f"{part}/{key}": value for part, (_, data) in parts.items() for key, value in data.items()}
        )
    fitted = [part for part in parts if part.endswith(" A")]
    total = sum(parts[part][0] for part in fitted)
    train = {
        key: np.concatenate([parts[part][1][key] for part in fitted])
        for key in ("kinds", "positives", "negatives", "hits")
    }
    weights: dict[str, np.ndarray] = {}
    for kind in KINDS:
        at = train["kinds"] == kind
        neg = train["negatives"][at]
        neg = neg[~np.isnan(neg).any(axis=1)]
        x = np.vstack([train["positives"][at], neg])
        y = np.concatenate([np.ones(at.sum()), np.zeros(len(neg))])
        weights[kind] = fit(x, y, args.l2)
    chances = np.sort(probabilities(weights, train["kinds"], train["positives"]))
    allowed = int(args.budget * total)
    threshold = float(chances[allowed]) if allowed < len(chances) else 1.0  # refuses the `allowed` lowest
    print("WEIGHTS = {")
    for kind, w in weights.items():
        print(f'    "{kind}": ({", ".join(f"{v:.3f}" for v in w)}),')
    print("}")
    print(f"THRESHOLD = {threshold:.4f}  # features: {', '.join(FEATURES)}")
    print()
    print(
        "| set | questions | kind questions answered | answerable refused by the gate"
        " | answer-removed refused: rules | rules and gate |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for part, (count, data) in parts.items():
        print(report(part, count, data, weights, threshold))


if __name__ == "__main__":
    main()
