"""Per-language answer quality on XQuAD's development half: stemmed BM25 beside the project.

    python benchmarks/xquad_table.py [--languages de ru zh] [--ablation] [--xquad DIR]

For each language folder of ``shared/eval/xquad`` (``corpus/`` and ``questions.jsonl``) it scores
(a) the reference: rank-bm25's BM25Okapi over the corpus's sentences (split after . ! ? । ؟ 。;
Thai's paragraphs, it writes no sentence ends), each lowercased word stemmed by Snowball (nltk's
stemmer, PyStemmer's for Greek, Turkish and Hindi), Chinese by characters, Vietnamese and Thai by
words as they are; and (b) the project, through ``python -m bot ask --json --top 3`` over a copy
of the corpus, as ``shared/eval/score.py`` does. A hit: a gold answer inside a returned passage
(at 1, within 3). Prints a Markdown table. ``--ablation`` adds the project with each part of the
analysis switched off in turn (``benchmarks/analysis_off.py``): Snowball stems, stop words,
sentence ends of the language, Chinese word segmentation, Russian lemmas, Chinese characters.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import regex
from rank_bm25 import BM25Okapi

ROOT = Path(__file__).resolve().parent.parent
EVAL = next((p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT / "eval")
NLTK = {"ar": "arabic", "de": "german", "en": "english", "es": "spanish", "ro": "romanian", "ru": "russian"}
PYSTEMMER = {"el": "greek", "tr": "turkish", "hi": "hindi"}
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_SENTENCE_END = regex.compile(r"(?<=[.!?।؟。])\s*")
_HEADER = regex.compile(r"\A\s*date\s+\S+")
ABLATIONS = ("stems", "stop_words", "sentence_ends", "segmentation", "lemmas", "characters")


def _stemmer(language: str) -> Callable[[str], str] | None:
    if language in NLTK:
        from nltk.stem.snowball import SnowballStemmer

        return SnowballStemmer(NLTK[language]).stem
    if language in PYSTEMMER:
        import Stemmer

        return Stemmer.Stemmer(PYSTEMMER[language]).stemWord
    return None


def reference_tokens(text: str, language: str, stem: Callable[[str], str] | None) -> list[str]:
    lowered = text.lower()
    if language == "zh":
        return [c for c in lowered if _WORD.fullmatch(c)]
    words = _WORD.findall(lowered)
    return [stem(w) for w in words] if stem else words


def reference_sentences(corpus: Path, language: str) -> list[str]:
    sentences = []
    for path in sorted(corpus.glob("*.txt")):
        text = _HEADER.sub("", path.read_text(encoding="utf-8"), count=1)
        for paragraph in regex.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if not paragraph:
                continue
            pieces = [paragraph] if language == "th" else _SENTENCE_END.split(paragraph)
            sentences += [p for p in pieces if p.strip()]
    return sentences


def score(ranked: list[list[str]], items: list[dict]) -> tuple[float, float]:
    """hit@1 and hit@3 of each question's ranked passages."""
    first = within = 0
    for passages, item in zip(ranked, items, strict=True):
        ranks = [i for i, text in enumerate(passages[:3]) if any(g in text for g in item["gold"])]
        first += bool(ranks) and ranks[0] == 0
        within += bool(ranks)
    return first / len(items), within / len(items)


def reference(folder: Path, language: str, items: list[dict]) -> tuple[float, float]:
    stem = _stemmer(language)
    sentences = reference_sentences(folder / "corpus", language)
    bm25 = BM25Okapi([reference_tokens(s, language, stem) or ["\0"] for s in sentences])
    ranked = []
    for item in items:
        scores = bm25.get_scores(reference_tokens(item["q"], language, stem))
        order = np.argsort(-scores, kind="stable")[:3]
        ranked.append([sentences[i] for i in order])
    return score(ranked, items)


def project(folder: Path, items: list[dict], off: str | None = None) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        shutil.copytree(folder / "corpus", corpus, ignore=shutil.ignore_patterns(".index"))
        runner = [str(ROOT / "benchmarks" / "analysis_off.py"), off] if off else ["-m", "bot"]
        command = [sys.executable, *runner, "ask", "--json", "--top", "3", "--corpus", str(corpus)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            command, input="\n".join(i["q"] for i in items) + "\n", capture_output=True, text=True, cwd=ROOT, env=env
        )
        if done.returncode != 0:
            raise SystemExit(f"{folder.name}: ask failed: {done.stderr.strip()[-400:]}")
        rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return score([[p["text"] for p in row["passages"]] for row in rows], items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--xquad", type=Path, default=EVAL / "xquad")
    parser.add_argument("--languages", nargs="*", help="language folders (default: all)")
    parser.add_argument("--ablation", action="store_true", help="also each part of the analysis switched off")
    args = parser.parse_args()
    languages = args.languages or sorted(p.name for p in args.xquad.iterdir() if (p / "questions.jsonl").is_file())
    columns = ["reference (BM25 + Snowball)", "project"] + ([f"no {a}" for a in ABLATIONS] if args.ablation else [])
    print("| language | questions | " + " | ".join(f"{c} hit@1 / hit@3" for c in columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for language in languages:
        folder = args.xquad / language
        items = [json.loads(line) for line in (folder / "questions.jsonl").read_text().splitlines() if line.strip()]
        results = [reference(folder, language, items), project(folder, items)]
        if args.ablation:
            results += [project(folder, items, off) for off in ABLATIONS]
        cells = " | ".join(f"{h1:.3f} / {h3:.3f}" for h1, h3 in results)
        print(f"| {language} | {len(items)} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
