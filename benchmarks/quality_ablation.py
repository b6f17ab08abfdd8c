"""Answer quality with each ranking technique switched off in turn (an ablation table).

    python benchmarks/quality_ablation.py [--corpus corpus] SET.jsonl [...] [--neg NEG.jsonl]

Prints one Markdown row per configuration: hit@1, hit@3 and MRR for each set, and the
share of out-of-scope questions answered with no passage.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

from bot.cli import TECHNIQUES, open_index
from bot.engine.evaluation import evaluate, read_questions
from bot.engine.search import SearchOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--neg", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    index = open_index(args.corpus)
    sets = {path.stem: read_questions(path) for path in args.sets}
    negatives = read_questions(args.neg) if args.neg else []
    assert set(TECHNIQUES) <= {f.name for f in fields(SearchOptions)}
    configurations = {"all techniques": SearchOptions()}
    configurations |= {f"without {t}": SearchOptions(**{t: False}) for t in TECHNIQUES}
    configurations["BM25 + stems + stop words only"] = SearchOptions(**{t: False for t in TECHNIQUES})
    header = " | ".join(f"{name} hit@1 / hit@3 / MRR" for name in sets)
    print(f"| configuration | {header} | out-of-scope rejected |")
    print("|---|" + "---|" * (len(sets) + 1))
    for label, options in configurations.items():
        index.options = options
        cells = []
        for items in sets.values():
            report = evaluate(index, items)
            n = report.questions
            cells.append(f"{report.hit1 / n:.2f} / {report.hit3 / n:.2f} / {report.reciprocal_rank / n:.2f}")
        rejected = evaluate(index, [], negatives)
        share = f"{rejected.rejected}/{rejected.negatives}" if negatives else "-"
        print(f"| {label} | {' | '.join(cells)} | {share} |")


if __name__ == "__main__":
    main()
