"""In-process index vs Xapian shards (1 and 3, local folders and xapian-tcpsrv over TCP).

    python benchmarks/xapian_shards.py                      # 100k and 1M sentences
    python benchmarks/xapian_shards.py --sizes 100k         # one size

Generates a topical archive under benchmarks/data/topical-SIZE/ (not committed; reused
when present): articles of 40 sentences grown from the seed article's sentences with
word substitutions, so the words people ask about ("troops", "Russia", "Ukraine", "NATO")
occur in a large share of all sentences, as in a real news archive. Then, each in its
own process (peak memory is that process's max RSS):

- build: the in-process index (``index``), and 1 and 3 Xapian shards (``index --backend
  xapian``, written by 2 worker processes), measured once per archive (the figures are
  kept in benchmarks/data/*.build.json; delete them to measure again);
- query: the full answer (``Searcher.search``, re-ranking included) for the
  development questions plus questions drawn from the archive, p50 / p95, with the
  process's resident memory after the queries, and for TCP the resident memory of each
  ``xapian-tcpsrv`` connection process;
- a check that every backend returns the same passages and scores as the in-process one.
"""

from __future__ import annotations

import argparse
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

DATA = ROOT / "benchmarks" / "data"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SENTENCES_PER_ARTICLE = 40
DEVELOPMENT_QUESTIONS = ROOT / "tests" / "data" / "questions.jsonl"
DRAWN_QUESTIONS = 176  # with the 24 development questions, 200 per run


def generate(folder: Path, sentences: int, seed: int = 1) -> None:
    """Articles grown from the seed article: its sentences, with some words swapped."""
    from bot.engine import split_sentences
    from bot.engine.corpus import load_corpus

    rng = random.Random(seed)
    [article] = load_corpus(ROOT / "corpus")
    base = split_sentences(article.text)
    vocabulary = sorted({w for s in base for w in s.split() if w.isalpha() and len(w) > 3})
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for number in range((sentences + SENTENCES_PER_ARTICLE - 1) // SENTENCES_PER_ARTICLE):
        body = []
        for _ in range(min(SENTENCES_PER_ARTICLE, sentences - written)):
            words = rng.choice(base).split()
            for _ in range(rng.randint(1, 4)):  # a new mix of the archive's own words, and new names
                at = rng.randrange(len(words))
                words[at] = rng.choice(vocabulary) if rng.random() < 0.7 else f"Name{rng.randrange(50_000)}"
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words)), f"{rng.randint(2, 90)},{rng.randint(100, 999)}")
            body.append(" ".join(words))
        written += len(body)
        paragraphs = "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3))
        day = f"2022-{1 + number % 12:02d}-{1 + number % 28:02d}"
        (folder / f"{number:06d}.txt").write_text(f"date {day} title: Report {number}\n{paragraphs}\n")


def corpus_for(size: str) -> Path:
    folder = DATA / f"topical-{size}"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {size} topical sentences in {folder} ...", file=sys.stderr, flush=True)
        generate(folder, SIZES[size])
        marker.touch()
    return folder


def questions(folder: Path) -> list[str]:
    rng = random.Random(2)
    with DEVELOPMENT_QUESTIONS.open(encoding="utf-8") as lines:
        asked = [json.loads(line)["q"] for line in lines if line.strip()]
    files = sorted(folder.glob("*.txt"))
    for _ in range(DRAWN_QUESTIONS):
        words = rng.choice(files).read_text().split("\n", 1)[1].split()
        start = rng.randrange(max(len(words) - 5, 1))
        asked.append(" ".join(words[start : start + rng.randint(2, 5)]).strip(".,") + "?")
    return asked


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def resident_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def phase_build(folder: Path, backend: str, shards: int) -> dict:
    from bot.engine.corpus import load_corpus

    started = time.perf_counter()
    if backend == "in-process":
        from bot.engine import rebuild_index

        sentences = rebuild_index(folder).sentence_count
    else:
        from bot.engine.backends.xapian.writer import build_shards

        out = DATA / f"{folder.name}-xapian{shards}"
        sentences = build_shards(load_corpus(folder), out, shards, workers=2)
    seconds = time.perf_counter() - started
    return {"sentences": sentences, "build_s": seconds, "build_peak_mb": max(peak_mb(), children_peak_mb())}


def open_backend(folder: Path, backend: str, addresses: str):  # -> Searcher
    from bot.engine import open_search

    return open_search(folder, backend=backend, shards=addresses)


def phase_query(folder: Path, backend: str, addresses: str) -> dict:
    started = time.perf_counter()
    index = open_backend(folder, backend, addresses)
    opened = time.perf_counter() - started
    asked = questions(folder)
    answers, times = [], []
    for question in asked:
        t0 = time.perf_counter()
        passages = index.search(question, top=5)
        times.append((time.perf_counter() - t0) * 1000)
        answers.append([[p.source, p.position, p.score] for p in passages])
    return {
        "open_s": opened,
        "p50_ms": statistics.median(times),
        "p95_ms": percentile(times, 0.95),
        "rss_mb": resident_mb(),
        "peak_mb": peak_mb(),
        "answers": answers,
    }


def built(folder: Path, backend: str, shards: int) -> dict:
    """The build phase's figures, measured once per archive and backend (kept beside the data)."""
    record = DATA / f"{folder.name}-{backend}{shards}.build.json"
    if not record.exists():
        record.write_text(json.dumps(run_phase("build", str(folder), backend, str(shards))))
    return json.loads(record.read_text())


def run_phase(*args: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"phase {args} exited with {result.returncode}: {result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])


def connection_processes(server_pid: int) -> list[int]:
    children = Path(f"/proc/{server_pid}/task/{server_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def query_over_tcp(folder: Path, shard_folders: list[Path]) -> dict:
    from tests.support.xapian_servers import start_servers, stop_servers

    servers = start_servers(shard_folders)
    try:
        addresses = ",".join(s.address for s in servers)
        # The query runs in a child process; measure the servers' connection processes while it
        # holds its connections, by querying twice: the second pass reports the servers' memory.
        row = run_phase("query", str(folder), "xapian", addresses)
        process = subprocess.Popen(
            [sys.executable, __file__, "--phase", "hold", str(folder), "xapian", addresses],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        process.stdout.readline()  # answered every question; connections still open
        server_mb = [resident_mb(pid) for s in servers if s.process for pid in connection_processes(s.process.pid)]
        process.communicate("\n")
        row["server_rss_mb"] = max(server_mb) if server_mb else 0.0
        return row
    finally:
        stop_servers(servers)


def phase_hold(folder: Path, backend: str, addresses: str) -> None:
    index = open_backend(folder, backend, addresses)
    for question in questions(folder):
        index.search(question, top=5)
    print("ready", flush=True)
    sys.stdin.readline()


def same_answers(reference: list, other: list) -> str:
    worst = 0.0
    for mine, theirs in zip(reference, other, strict=True):
        if [p[:2] for p in mine] != [p[:2] for p in theirs]:
            return "DIFFERENT"
        worst = max([worst, *(abs(a[2] - b[2]) for a, b in zip(mine, theirs, strict=True))])
    return f"same (max score diff {worst:.0e})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=["100k", "1m"], choices=list(SIZES))
    parser.add_argument("--phase", choices=["build", "query", "hold"])
    parser.add_argument("args", nargs="*")
    args = parser.parse_args()
    if args.phase == "build":
        folder, backend, shards = args.args
        print(json.dumps(phase_build(Path(folder), backend, int(shards))))
        return
    if args.phase == "query":
        folder, backend, addresses = args.args
        print(json.dumps(phase_query(Path(folder), backend, addresses)))
        return
    if args.phase == "hold":
        folder, backend, addresses = args.args
        phase_hold(Path(folder), backend, addresses)
        return
    print(
        "| sentences | backend | build (s) | build peak (MB) | open (s) | search p50 / p95 (ms) "
        "| bot RSS (MB) | per-connection server RSS (MB) | answers vs in-process |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---|")
    for size in args.sizes:
        folder = corpus_for(size)
        rows = []
        sentences = built(folder, "in-process", 0)["sentences"]
        reference = run_phase("query", str(folder), "in-process", "")
        rows.append(("in-process", built(folder, "in-process", 0), reference))
        for shards in (1, 3):
            build = built(folder, "xapian", shards)
            out = DATA / f"{folder.name}-xapian{shards}"
            shard_folders = [out / f"shard-{n}" for n in range(shards)]
            local = run_phase("query", str(folder), "xapian", ",".join(map(str, shard_folders)))
            rows.append((f"Xapian {shards} shard(s), local", build, local))
            rows.append((f"Xapian {shards} shard(s), TCP", None, query_over_tcp(folder, shard_folders)))
        for name, build, query in rows:
            build_cells = f"{build['build_s']:.0f} | {build['build_peak_mb']:.0f}" if build else "(same) | -"
            server = f"{query['server_rss_mb']:.0f}" if "server_rss_mb" in query else "-"
            print(
                f"| {sentences:,} | {name} | {build_cells} | {query['open_s']:.2f} "
                f"| {query['p50_ms']:.1f} / {query['p95_ms']:.1f} | {query['rss_mb']:.0f} | {server} "
                f"| {same_answers(reference['answers'], query['answers'])} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
