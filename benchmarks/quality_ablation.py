"""Answer quality with each ranking technique switched off in turn (an ablation table).

    python benchmarks/quality_ablation.py [--corpus DIR] SET.jsonl [...] [--neg NEG.jsonl] [--halves]

Prints one Markdown row per configuration: hit@1 / hit@3 / MRR for each set, and for every
configuration but the first the paired sign test on hit@1 against all techniques on
(questions it wins / loses, two-sided p). ``--halves`` scores each set's two halves instead
by article (the ``article`` field: alternate articles in name order), so weights fitted on
one half can be judged on the other. The share of out-of-scope questions refused ends a row.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

from scipy.stats import binomtest

from bot.cli import TECHNIQUES
from bot.engine import SearchOptions, evaluate, open_index, read_questions
from bot.engine.evaluation import Report


def halves(items: list[dict]) -> dict[str, list[dict]]:
    """The set split by article: the first, third, ... article's questions, and the rest."""
    articles = sorted({item["article"] for item in items})
    first = set(articles[::2])
    return {
        "half A": [item for item in items if item["article"] in first],
        "half B": [item for item in items if item["article"] not in first],
    }


def sign_test(report: Report, reference: Report) -> str:
    """Questions first only here, first only in the reference, and the two-sided sign-test p."""
    won = sum(1 for a, b in zip(report.first_hits, reference.first_hits, strict=True) if a == 0 and b != 0)
    lost = sum(1 for a, b in zip(report.first_hits, reference.first_hits, strict=True) if a != 0 and b == 0)
    p = binomtest(won, won + lost).pvalue if won + lost else 1.0
    return f"+{won}/−{lost}, p={p:.2g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--neg", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--halves", action="store_true", help="also score each half of a set, by article")
    args = parser.parse_args()
    index = open_index(args.corpus)
    sets: dict[str, list[dict]] = {}
    for path in args.sets:
        items = read_questions(path)
        name = path.parent.name if path.stem == "questions" and path.parent.name != "data" else path.stem
        if args.halves and all("article" in item for item in items):
            sets |= {f"{name} {half}": part for half, part in halves(items).items()}
        else:
            sets[name] = items
    negatives = read_questions(args.neg) if args.neg else []
    assert set(TECHNIQUES) <= {f.name for f in fields(SearchOptions)}
    configurations = {"all techniques": SearchOptions()}
    configurations |= {f"without {t}": SearchOptions(**{t: False}) for t in TECHNIQUES}
    configurations["BM25 + stems + stop words only"] = SearchOptions(**{t: False for t in TECHNIQUES})
    header = " | ".join(f"{name} hit@1 / hit@3 / MRR (sign test)" for name in sets)
    print(f"| configuration | {header} | out-of-scope refused |")
    print("|---|" + "---|" * (len(sets) + 1))
    reference: dict[str, Report] = {}
    for label, options in configurations.items():
        index.options = options
        cells = []
        for name, items in sets.items():
            report = evaluate(index, items)
            n = report.questions
            cell = f"{report.hit1 / n:.3f} / {report.hit3 / n:.3f} / {report.reciprocal_rank / n:.3f}"
            if name in reference:
                cell += f" ({sign_test(report, reference[name])})"
            else:
                reference[name] = report
            cells.append(cell)
        refused = evaluate(index, [], negatives)
        share = f"{refused.rejected}/{refused.negatives}" if negatives else "-"
        print(f"| {label} | {' | '.join(cells)} | {share} |", flush=True)


if __name__ == "__main__":
    main()
