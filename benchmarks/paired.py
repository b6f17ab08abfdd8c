"""Paired runs of scale.py's phases in several checkouts, taking turns: medians, ranges, ratios.

    python benchmarks/paired.py --pairs 8 --phases query ask \\
        new=.:benchmarks/data/topical-1m old=../old:benchmarks/data/topical-1m-old

Each side is NAME=CHECKOUT:ARCHIVE. A side's phases run in its checkout's own
``.venv/bin/python`` and ``benchmarks/scale.py``, so the code measured is that checkout's.
The sides take turns phase by phase (A B, then B A in the next pair), so a machine whose
speed drifts slows both alike; each run's JSON line, with the load average before it, is
appended to ``--out``. Then, per figure: each side's median and range, and the first side's
ratio to each other, pair by pair (median and range). Give each side its own hard-linked
copy of the archive (``cp -al``, before any index is built) when their indexes differ: a
checkout rebuilds an index another one wrote.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

FIGURES = {
    "build": ["build_s", "build_rate", "build_cpu_s", "build_cpu_rate", "build_peak_mb"],
    "query": ["search_p50_ms", "search_p99_ms", "search_cpu_p50_ms", "search_cpu_p99_ms", "top50_p50_ms"],
    "ask": ["ask_per_answer_ms", "ask_per_answer_cpu_ms", "ask_one_s"],
    "answer": ["answer_cpu_mean_ms", "answer_cpu_median_ms"],
    "loop": ["loop_worst_wait_ms"],
}


def side(spec: str) -> tuple[str, Path, Path]:
    name, _, where = spec.partition("=")
    checkout, _, archive = where.partition(":")
    if not name or not checkout or not archive:
        raise argparse.ArgumentTypeError(f"expected NAME=CHECKOUT:ARCHIVE, got {spec!r}")
    return name, Path(checkout).resolve(), Path(archive).resolve()


def run(checkout: Path, phase: str, archive: Path) -> dict:
    python = checkout / ".venv" / "bin" / "python"
    command = [str(python if python.exists() else sys.executable), str(checkout / "benchmarks" / "scale.py")]
    done = subprocess.run(
        [*command, "--phase", phase, str(archive)], capture_output=True, text=True, check=True, cwd=checkout
    )
    return json.loads(done.stdout.splitlines()[-1])


def summary(rows: list[dict], names: list[str]) -> list[str]:
    lines = []
    for phase, figures in FIGURES.items():
        for figure in figures:
            by_side: dict[str, dict[int, float]] = defaultdict(dict)
            for row in rows:
                if row["phase"] == phase and figure in row:
                    by_side[row["side"]][row["pair"]] = row[figure]
            if not by_side:
                continue
            cells = [
                f"{name} {statistics.median(v.values()):.3f} ({min(v.values()):.3f}-{max(v.values()):.3f})"
                for name in names
                if (v := by_side.get(name))
            ]
            first = by_side.get(names[0], {})
            for other in names[1:]:
                ratios = [value / by_side[other][pair] for pair, value in first.items() if by_side[other].get(pair)]
                if ratios:
                    cells.append(
                        f"{names[0]}/{other} {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})"
                    )
            lines.append(f"{phase} {figure}: " + "; ".join(cells))
    loads = [row["load"] for row in rows]
    if loads:
        lines.append(f"load average: median {statistics.median(loads):.1f} ({min(loads):.1f}-{max(loads):.1f})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sides", nargs="+", type=side, help="NAME=CHECKOUT:ARCHIVE, the first compared to the others")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--phases", nargs="+", default=["query", "ask"], choices=list(FIGURES))
    parser.add_argument("--out", type=Path, default=Path("paired.jsonl"), help="every run's JSON line (appended)")
    args = parser.parse_args()
    names = [name for name, _, _ in args.sides]
    rows = []
    with args.out.open("a") as out:
        for pair in range(args.pairs):
            order = args.sides if pair % 2 == 0 else args.sides[::-1]
            for phase in args.phases:
                for name, checkout, archive in order:
                    load = os.getloadavg()[0]
                    row = {"pair": pair, "side": name, "phase": phase, "load": load, "at": time.strftime("%H:%M:%S")}
                    row |= run(checkout, phase, archive)
                    rows.append(row)
                    print(json.dumps(row), file=out, flush=True)
                    print(f"pair {pair} {phase} {name}: done", file=sys.stderr, flush=True)
    print("\n".join(summary(rows, names)))


if __name__ == "__main__":
    main()
