"""Answer quality in every language of XQuAD with each ranking technique switched off in turn.

    python benchmarks/xquad_ablation.py [--data ../shared/eval/xquad] [--languages de ru ...]
        [--techniques coverage proximity ...]

Prints one Markdown row per configuration and one column per language: hit@1 / hit@3 of
``Searcher.search`` over that language's corpus (its ``corpus/`` folder) for its questions
(``questions.jsonl``). ``--halves`` prints each language's article halves (as
``quality_ablation.py --halves``) instead of the whole set.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quality_ablation import halves  # benchmarks/ is the script folder

from bot.cli import TECHNIQUES
from bot.engine import SearchOptions, evaluate, open_index, read_questions

LANGUAGES = ("en", "de", "es", "ru", "ro", "tr", "el", "ar", "zh", "vi", "hi", "th")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/xquad"))
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--techniques", nargs="*", default=list(TECHNIQUES), choices=TECHNIQUES)
    parser.add_argument("--halves", action="store_true", help="score each language's two halves, by article")
    args = parser.parse_args()
    configurations = {"all techniques": SearchOptions()}
    configurations |= {f"without {t}": SearchOptions(**{t: False}) for t in args.techniques}
    columns: list[tuple[str, str, list[dict]]] = []
    for language in args.languages:
        items = read_questions(args.data / language / "questions.jsonl")
        parts = halves(items) if args.halves else {"": items}
        columns += [(language, f"{language} {half}".strip(), part) for half, part in parts.items()]
    indexes = {language: open_index(args.data / language / "corpus") for language in args.languages}
    print("| configuration | " + " | ".join(name for _, name, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for label, options in configurations.items():
        cells = []
        for language, _, items in columns:
            index = indexes[language]
            index.options = options
            report = evaluate(index, items)
            n = max(report.questions, 1)
            cells.append(f"{report.hit1 / n:.3f} / {report.hit3 / n:.3f}")
        print(f"| {label} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
