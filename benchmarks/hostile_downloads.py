"""Time and peak memory of fetching compression bombs from the tests' hostile web server.

    python benchmarks/hostile_downloads.py [--project DIR] [--limit-mb 4096]

Serves each bomb (a gigabyte of zeros compressed with gzip,gzip / gzip,deflate / gzip)
from tests/web_server.py on 127.0.0.1 and fetches it with ``bot.ingest.fetch`` in a fresh
process, one per bomb, whose address space is capped at ``--limit-mb`` (so the old code
cannot take the machine down). Reports the bytes on the wire, what the fetch said, its
wall time and the process's peak resident memory above what it held before the fetch.
``--project`` takes the ``bot`` package from another checkout (e.g. an older commit
exported with ``git archive``), to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.web_server import WebServer, bomb  # noqa: E402

ENCODINGS = ("gzip,gzip", "gzip,deflate", "gzip")

MEASURE = """
import json, resource, sys, time
from bot.ingest.article import IngestError
from bot.ingest.fetch import fetch

limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    outcome = f"fetched {len(fetch(sys.argv[1], 120.0, allow_private=True).content):,} bytes"
except IngestError as error:
    outcome = error.problem
except MemoryError:
    outcome = "MemoryError"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": (peak - before) / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=ROOT, help="the checkout whose bot package is measured")
    parser.add_argument("--limit-mb", type=int, default=4096, help="address space cap of each fetching process")
    args = parser.parse_args()
    server = WebServer().start()
    env = {**os.environ, "PYTHONPATH": str(args.project)}
    try:
        print(f"{'encoding':<14} {'on the wire':>12} {'seconds':>8} {'peak MB':>8}  outcome")
        for encodings in ENCODINGS:
            wire = len(bomb(encodings))
            done = subprocess.run(
                [sys.executable, "-c", MEASURE, server.url(f"/bomb/{encodings}"), str(args.limit_mb)],
                cwd=args.project,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(done.stdout)
            print(f"{encodings:<14} {wire:>12,} {row['seconds']:>8.2f} {row['peak_mb']:>8.0f}  {row['outcome']}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
