"""The cost of matching a batch of new articles against many distinct watches.

    python benchmarks/watch_match.py --corpus ../shared/eval/news/corpus [--watches 1000] [--new 10]

Builds the corpus's index, takes its ``--new`` newest articles as the batch, and times
``match_all`` (what the bot runs in a worker thread after each refresh) for ``--watches``
distinct two-word watches made of the archive's words (past its 200 most common).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import match_all  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.search import build_index  # noqa: E402
from bot.engine.watch_match import newest_first  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--watches", type=int, default=1000)
    parser.add_argument("--new", type=int, default=10)
    args = parser.parse_args()
    index = build_index(load_corpus(args.corpus))
    counts = index.backend.word_counts()
    words = sorted(counts, key=lambda w: (-counts[w], w))[200:]
    pairs = [f"{a} {b}" for a, b in zip(words, reversed(words), strict=False)]
    watches = (pairs * (args.watches // max(len(pairs), 1) + 1))[: args.watches]
    batch = newest_first(index, range(len(index.sources)))[: args.new]
    started = time.perf_counter()
    found = match_all(index, watches, batch)
    seconds = time.perf_counter() - started
    print(f"archive: {len(index.sources)} articles, {index.sentence_count} passages; batch: {len(batch)} articles")
    print(f"{len(set(watches))} distinct watches matched in {seconds:.2f} s "
          f"({1000 * seconds / len(watches):.2f} ms each); {sum(1 for p in found.values() if p)} matched")  # fmt: skip


if __name__ == "__main__":
    main()
