"""Fit the re-ranking weights of questions not in English on half of XQuAD's questions, check on the other.

    python benchmarks/xquad_fit.py [--data ../shared/eval/xquad] [--languages de es ...]

Every language's questions (English left out: its weights are ``rerank.Weights()``) are split
by article as ``rerank_fit.py`` splits one set (alternate articles in name order); the halves
of all languages are pooled, so one set of weights serves every language. Coordinate ascent
fits on half A and is scored on half B, then the other way; each language's held-out hit@1
with the shipped and the fitted weights is printed.
"""

from __future__ import annotations

import argparse
from dataclasses import astuple
from pathlib import Path

import numpy as np
from rerank_fit import GRID, coordinate_ascent, hits  # benchmarks/ is the script folder

from bot.engine import open_index, read_questions
from bot.engine.analysis.language import detect
from bot.engine.question import Question
from bot.engine.rerank import FEATURES, Weights, features

LANGUAGES = ("de", "es", "ru", "ro", "tr", "el", "ar", "zh", "vi", "hi", "th")
Rows = list[tuple[np.ndarray, np.ndarray]]


def collect(data: Path, language: str) -> tuple[Rows, Rows]:
    """A language's questions as feature rows and gold marks, its two halves by article."""
    index = open_index(data / language / "corpus")
    items = read_questions(data / language / "questions.jsonl")
    first = set(sorted({item["article"] for item in items})[::2])
    halves: tuple[Rows, Rows] = ([], [])
    for item in items:
        query, _, candidates = index.candidates(Question(item["q"], language=detect(item["q"])))
        gold = np.array([any(g in text for g in item["gold"]) for text in candidates.texts], dtype=bool)
        halves[item["article"] not in first].append((features(query, candidates), gold))
    return halves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/xquad"))
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--features", nargs="*", default=list(FEATURES[1:]), choices=FEATURES[1:], help="those fitted")
    args = parser.parse_args()
    per_language = {language: collect(args.data, language) for language in args.languages}
    shipped = np.array(astuple(Weights()), dtype=float)
    fitted_features = [FEATURES.index(name) for name in args.features]
    for fitted, held_out in ((0, 1), (1, 0)):
        rows = [row for halves in per_language.values() for row in halves[fitted]]
        weights = coordinate_ascent(lambda w, r=rows: hits(w, r), shipped, fitted_features, GRID)
        print(f"fitted on half {'AB'[fitted]}: {dict(zip(FEATURES, weights.round(2).tolist(), strict=True))}")
        for language, halves in per_language.items():
            before, after = hits(shipped, halves[held_out]), hits(weights, halves[held_out])
            print(f"  {language} half {'AB'[held_out]}: hit@1 {before[0]:.3f} -> {after[0]:.3f}")


if __name__ == "__main__":
    main()
