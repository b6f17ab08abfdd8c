"""Scale benchmark: build, load and query synthetic news archives, against rank-bm25.

    python benchmarks/scale.py                 # 10k, 100k and 1M sentences
    python benchmarks/scale.py --sizes 10k     # one size

Generates corpora under benchmarks/data/ (not committed; reused when present), then per
size, each phase in its own process so peak memory (max RSS) is the phase's own:
build (split + index + save), load (the saved index), queries (p50/p95 over 300
questions, BM25 top-5 and the full search with re-ranking), and rank-bm25's
``BM25Okapi.get_scores`` on the same sentences for the ratio and a score check.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.analysis.stopwords import STOP_WORDS  # noqa: E402  (after the path is set)

DATA = ROOT / "benchmarks" / "data"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SENTENCES_PER_ARTICLE = 33
QUERIES = 300
OKAPI_QUERIES = 20


def pseudo_words(count: int, rng: random.Random) -> list[str]:
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["ar", "en", "is", "on", "ul"]
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def generate(folder: Path, sentences: int, seed: int = 1) -> None:
    """Articles of 33 English-like sentences: stop words, Zipf–Mandelbrot content words, numbers, names."""
    rng = random.Random(seed)
    vocabulary = pseudo_words(80_000, rng)
    # Zipf–Mandelbrot (q = 20) gives the flattened head of real text: the commonest
    # content word is about 2% of content words, as "said" is in news.
    cumulative = list(itertools.accumulate(1 / (rank + 20) ** 1.1 for rank in range(len(vocabulary))))
    function_words = sorted(STOP_WORDS)
    names = [w.capitalize() for w in vocabulary[:3000:7]]
    folder.mkdir(parents=True, exist_ok=True)
    articles = (sentences + SENTENCES_PER_ARTICLE - 1) // SENTENCES_PER_ARTICLE
    written = 0
    for number in range(articles):
        count = min(SENTENCES_PER_ARTICLE, sentences - written)
        body = []
        for _ in range(count):
            length = rng.randint(10, 35)
            content = rng.choices(vocabulary, cum_weights=cumulative, k=length // 2)
            words = content + rng.choices(function_words, k=length - len(content))
            rng.shuffle(words)
            words[rng.randrange(len(words))] = rng.choice(names)
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words)), f"{rng.randint(2, 90)},{rng.randint(100, 999)}")
            body.append(" ".join(words).capitalize() + ".")
        paragraphs = "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3))
        day = 1 + number % 28
        (folder / f"{number:06d}.txt").write_text(f"date 2023-{1 + number % 12:02d}-{day:02d} {paragraphs}\n")
        written += count


def corpus_for(size: str) -> Path:
    folder = DATA / size
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {size} sentences in {folder} ...", file=sys.stderr, flush=True)
        generate(folder, SIZES[size])
        marker.touch()
    return folder


def questions(folder: Path, count: int, seed: int = 2) -> list[str]:
    """Questions of 2–5 words drawn from the corpus's own sentences."""
    rng = random.Random(seed)
    files = sorted(folder.glob("*.txt"))
    picked = []
    for _ in range(count):
        words = rng.choice(files).read_text().split()[2:]
        start = rng.randrange(max(len(words) - 5, 1))
        picked.append("what about " + " ".join(words[start : start + rng.randint(2, 5)]).strip("."))
    return picked


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def phase_build(folder: Path) -> dict:
    from bot.engine.corpus import load_corpus
    from bot.engine.index_store import corpus_key, default_index_path, save_index
    from bot.engine.search import build_index

    started = time.perf_counter()
    index = build_index(load_corpus(folder))
    built = time.perf_counter() - started
    save_index(index, default_index_path(folder), corpus_key(folder))
    return {"sentences": index.sentence_count, "build_s": built, "build_and_save_s": time.perf_counter() - started,
            "build_peak_mb": peak_mb()}  # fmt: skip


def phase_query(folder: Path) -> dict:
    from bot.engine.index_store import open_index

    started = time.perf_counter()
    index = open_index(folder)
    loaded = time.perf_counter() - started
    load_peak = peak_mb()
    asked = questions(folder, QUERIES)
    top_times, search_times = [], []
    for question in asked:
        terms = index.question_terms(question)
        t0 = time.perf_counter()
        index.backend.top([(t,) for t in terms], [1.0] * len(terms), 5)
        t1 = time.perf_counter()
        index.search(question, top=5)
        t2 = time.perf_counter()
        top_times.append((t1 - t0) * 1000)
        search_times.append((t2 - t1) * 1000)
    return {
        "load_s": loaded,
        "load_peak_mb": load_peak,
        "top5_p50_ms": statistics.median(top_times),
        "top5_p95_ms": percentile(top_times, 0.95),
        "search_p50_ms": statistics.median(search_times),
        "search_p95_ms": percentile(search_times, 0.95),
    }


def phase_okapi(folder: Path) -> dict:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from bot.engine.analysis.tokens import tokenize
    from bot.engine.index_store import open_index

    index = open_index(folder)
    documents = [tokenize(index.backend.sentence_text(i)) for i in range(index.sentence_count)]
    started = time.perf_counter()
    okapi = BM25Okapi(documents)
    built = time.perf_counter() - started
    del documents
    times, worst = [], 0.0
    for question in questions(folder, OKAPI_QUERIES):
        terms = index.question_terms(question)
        t0 = time.perf_counter()
        theirs = okapi.get_scores(terms)
        times.append((time.perf_counter() - t0) * 1000)
        worst = max(worst, float(np.abs(index.backend.bm25.scores(terms) - theirs).max()))
    return {"okapi_build_s": built, "okapi_peak_mb": peak_mb(), "okapi_p50_ms": statistics.median(times),
            "max_score_difference": worst}  # fmt: skip


PHASES = {"build": phase_build, "query": phase_query, "okapi": phase_okapi}


def run_phase(phase: str, folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--phase", phase, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--phase", choices=list(PHASES))
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--skip-okapi", action="store_true", help="leave out rank-bm25 (slow, 3 GB at 1M)")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args.folder)))
        return
    print(
        "| sentences | build (s) | build peak (MB) | load (s) | loaded RSS (MB) | top-5 p50 / p95 (ms) "
        "| search p50 / p95 (ms) | rank-bm25 get_scores p50 (ms) | ratio | rank-bm25 RSS (MB) | max score diff |"
    )
    print("|---:" * 11 + "|")
    for size in args.sizes:
        folder = corpus_for(size)
        row = run_phase("build", folder) | run_phase("query", folder)
        if not args.skip_okapi:
            row |= run_phase("okapi", folder)
        okapi = (
            f"{row['okapi_p50_ms']:.1f} | {row['okapi_p50_ms'] / row['top5_p50_ms']:.0f}× | "
            f"{row['okapi_peak_mb']:.0f} | {row['max_score_difference']:.1e}"
            if "okapi_p50_ms" in row
            else "- | - | - | -"
        )
        print(
            f"| {row['sentences']:,} | {row['build_s']:.1f} | {row['build_peak_mb']:.0f} | {row['load_s']:.2f} "
            f"| {row['load_peak_mb']:.0f} | {row['top5_p50_ms']:.2f} / {row['top5_p95_ms']:.2f} "
            f"| {row['search_p50_ms']:.1f} / {row['search_p95_ms']:.1f} | {okapi} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
