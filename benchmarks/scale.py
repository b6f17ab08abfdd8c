"""Scale benchmark: build, load, query and update synthetic news archives, against rank-bm25.

    python benchmarks/scale.py                                  # both archives, 10k, 100k and 1M
    python benchmarks/scale.py --archives topical --sizes 1m    # one archive, one size
    python benchmarks/scale.py --phase query benchmarks/data/topical-1m   # one phase, JSON

Two archives, generated under benchmarks/data/ (not committed; reused when present):
*topical* — sentences grown from the seed article's with word substitutions, 40 per
article, so "Russia", "Ukraine", "troops", "NATO" are in 5–30 % of all sentences, asked
the development questions (../shared/eval/questions.jsonl, or $EVAL_QUESTIONS); and
*zipf* — English-like pseudo-words drawn from a Zipf vocabulary, asked 2–5 of their words.

Each phase runs in its own process, so its memory is its own, and prints one JSON line:
build (``python -m bot index``'s work: rate in wall and in CPU time, peak of the process
tree including pool workers), query (load + first answer; p50/p99 of BM25 top-50 and of
the full search, the latter in wall and in CPU time; resident memory), loop (the longest
event-loop wait while answering as the bot's handlers do), ask (per answer in a
200-question ``python -m bot ask`` batch, in wall and in CPU time), answer (not in the
full run: the CPU time of a warm answer as ``ask`` gives it, in process, the quickest of 7
per question), update (add / change / remove one article, then 100 small updates in a
row, with warm query times before and after; the corpus is restored after) and okapi
(rank-bm25's ``get_scores`` on the same sentences: its time, the ratio, the largest score
difference). CPU time leaves out waiting for a core, which on a loaded machine wall time
counts: compare those under load (``benchmarks/paired.py`` takes turns between checkouts).
The machine's load average is reported with the timings: other work on the two cores
slows every figure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.analysis.stopwords import STOP_WORDS  # noqa: E402  (after the path is set)

DATA = ROOT / "benchmarks" / "data"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SENTENCES_PER_ARTICLE = 33
QUERIES = 300
ASK_BATCH = 200
OKAPI_QUERIES = 20
EVAL_QUESTIONS = Path(os.environ.get("EVAL_QUESTIONS", ROOT.parent / "shared" / "eval" / "questions.jsonl"))


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


SEED = ROOT / "corpus" / "000_a388bfca99b435f5.txt"
TOPICAL_SENTENCES_PER_ARTICLE = 40
# The seed's topic words, each kept in about two thirds of the sentences that have it
# (Russia and Ukraine are in 37 % of the seed's sentences: about 25 % of the archive's).
TOPIC_WORDS = {"Russia", "Russian", "Ukraine", "Ukrainian", "troops", "NATO", "Moscow", "Kyiv", "Putin", "Biden"}
OTHER_PLACES = ["Belarus", "Poland", "Georgia", "Moldova", "Finland", "Turkey", "Romania", "Serbia", "Latvia", "Syria"]


def generate_topical(folder: Path, sentences: int, seed: int = 3) -> None:
    """Articles of 40 sentences grown from the seed article's sentences with word substitutions.

    Every sentence is a seed sentence with a third of its other content words replaced
    (by other seed words or Zipf pseudo-words) and its numbers changed; topic words stay
    in about two thirds of the sentences, so they are in 5–30 % of all sentences.
    """
    from bot.engine import split_sentences
    from bot.engine.corpus import load_corpus

    rng = random.Random(seed)
    seed_sentences = split_sentences(load_corpus(SEED.parent)[0].text)
    seed_words = sorted({w.strip('.,"') for s in seed_sentences for w in s.split() if w.strip('.,"').isalpha()})
    pseudo = pseudo_words(20_000, rng)
    cumulative = list(itertools.accumulate(1 / (rank + 20) ** 1.1 for rank in range(len(pseudo))))
    folder.mkdir(parents=True, exist_ok=True)
    articles = (sentences + TOPICAL_SENTENCES_PER_ARTICLE - 1) // TOPICAL_SENTENCES_PER_ARTICLE
    written = 0
    for number in range(articles):
        body = []
        keep_topic = rng.random() < 0.65
        for _ in range(min(TOPICAL_SENTENCES_PER_ARTICLE, sentences - written)):
            words = rng.choice(seed_sentences).split()
            for position, word in enumerate(words):
                bare = word.strip('.,"“”')
                if bare in TOPIC_WORDS:
                    if not keep_topic:
                        words[position] = word.replace(bare, rng.choice(OTHER_PLACES))
                elif any(c.isdigit() for c in bare):
                    words[position] = word.replace(bare, f"{rng.randint(2, 900):,}")
                elif bare.lower() not in STOP_WORDS and bare.isalpha() and rng.random() < 0.33:
                    if rng.random() < 0.5:
                        words[position] = word.replace(bare, rng.choice(seed_words))
                    else:
                        words[position] = word.replace(bare, rng.choices(pseudo, cum_weights=cumulative)[0])
            body.append(" ".join(words))
        written += len(body)
        paragraphs = "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3))
        day = 1 + number % 28
        (folder / f"{number:06d}.txt").write_text(f"date 2022-{1 + number % 12:02d}-{day:02d} {paragraphs}\n")


def corpus_for(size: str, kind: str = "zipf") -> Path:
    folder = DATA / (size if kind == "zipf" else f"{kind}-{size}")
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {size} {kind} sentences in {folder} ...", file=sys.stderr, flush=True)
        (generate if kind == "zipf" else generate_topical)(folder, SIZES[size])
        marker.touch()
    return folder


def questions(folder: Path, count: int, seed: int = 2) -> list[str]:
    """The questions asked of an archive: the development set for a topical one, else
    questions of 2–5 words drawn from the corpus's own sentences."""
    if folder.name.startswith("topical"):
        asked = [json.loads(line)["q"] for line in EVAL_QUESTIONS.open() if line.strip()]
        return list(itertools.islice(itertools.cycle(asked), count))
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


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class TreePeak:
    """Peak resident memory of this process and all its descendants (process-pool workers), sampled;
    and their CPU time (a pool's workers are the forkserver's children, not this process's)."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._ticks: dict[int, int] = {}  # each descendant's user + system clock ticks, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            tree = _tree(os.getpid())
            self.peak = max(self.peak, sum(_rss_mb(pid) for pid in tree))
            for pid in tree[1:]:
                self._ticks[pid] = max(self._ticks.get(pid, 0), _cpu_ticks(pid))

    @property
    def peak_mb(self) -> float:
        return max(self.peak, peak_mb())

    @property
    def descendants_cpu_s(self) -> float:
        """The descendants' CPU time up to their last sample (a worker's last 50 ms may be missed)."""
        return sum(self._ticks.values()) / os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime


def _tree(pid: int) -> list[int]:
    found = [pid]
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            for child in children.read_text().split():
                found += _tree(int(child))
        except OSError:
            pass
    return found


def _rss_mb(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0.0
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def load_average() -> float:
    return os.getloadavg()[0]


def phase_build(folder: Path) -> dict:
    from bot.engine import rebuild_index

    load = load_average()
    own = time.process_time()
    with TreePeak() as memory:
        started = time.perf_counter()
        index = rebuild_index(folder)
        built = time.perf_counter() - started
    cpu = time.process_time() - own + memory.descendants_cpu_s  # this process's and its pool workers'
    return {"sentences": index.sentence_count, "build_s": built, "build_rate": index.sentence_count / built,
            "build_cpu_s": cpu, "build_cpu_rate": index.sentence_count / cpu,
            "build_peak_mb": memory.peak_mb, "build_main_peak_mb": peak_mb(), "build_load": load}  # fmt: skip


def phase_query(folder: Path) -> dict:
    from bot.engine import open_index

    started = time.perf_counter()
    index = open_index(folder)
    loaded = time.perf_counter() - started
    asked = questions(folder, QUERIES)
    index.search(asked[0], top=5)
    first = time.perf_counter() - started
    top_times, search_times, search_cpu = [], [], []
    for question in asked:
        groups = index.term_groups(index.question_terms(question))
        t0 = time.perf_counter()
        index.backend.top(groups, [1.0] * len(groups), 50)
        t1 = time.perf_counter()
        c1 = time.thread_time()  # the CPU time this thread used: waiting for a core is left out
        index.search(question, top=5)
        t2 = time.perf_counter()
        search_cpu.append((time.thread_time() - c1) * 1000)
        top_times.append((t1 - t0) * 1000)
        search_times.append((t2 - t1) * 1000)
    return {
        "load_s": loaded,
        "first_answer_s": first,
        "resident_mb": resident_mb(),
        "top50_p50_ms": statistics.median(top_times),
        "top50_p99_ms": percentile(top_times, 0.99),
        "search_p50_ms": statistics.median(search_times),
        "search_p99_ms": percentile(search_times, 0.99),
        "search_max_ms": max(search_times),
        "search_cpu_p50_ms": statistics.median(search_cpu),
        "search_cpu_p99_ms": percentile(search_cpu, 0.99),
        "query_load": load_average(),
    }


def phase_loop(folder: Path) -> dict:
    """The longest the event loop waits while questions are answered as the bot's handlers do (in a thread)."""
    import asyncio

    from bot.engine import open_index

    index = open_index(folder)
    asked = questions(folder, ASK_BATCH)

    async def measure() -> float:
        worst = 0.0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal worst
            while not done.is_set():
                before = time.perf_counter()
                await asyncio.sleep(0.001)
                worst = max(worst, time.perf_counter() - before - 0.001)

        task = asyncio.create_task(ticker())
        for question in asked:
            await asyncio.to_thread(index.search, question, 5)
        done.set()
        await task
        return worst

    return {"loop_worst_wait_ms": asyncio.run(measure()) * 1000}


def _ask(folder: Path, asked: list[str]) -> float:
    """Wall time of ``python -m bot ask`` answering ``asked`` (one per stdin line)."""
    return _ask_timed(folder, asked)[0]


def _ask_timed(folder: Path, asked: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of ``python -m bot ask`` answering ``asked``.

    On a loaded machine the process waits for a core, which wall time counts and CPU time does not.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "--corpus", str(folder)],
        input="\n".join(asked) + "\n", capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def phase_ask(folder: Path) -> dict:
    # The per-answer cost is a small difference of two process times, each with its start-up
    # (Python, imports, listing 25,000 files, opening the index): the quickest of three runs
    # of each, so that one slow start-up does not count as 1.5 ms on every answer.
    asked = questions(folder, ASK_BATCH)
    one = [_ask_timed(folder, asked[:1]) for _ in range(3)]
    batch = [_ask_timed(folder, asked) for _ in range(3)]

    def per_answer(kind: int) -> float:  # 0: wall time, 1: CPU time
        return (min(t[kind] for t in batch) - min(t[kind] for t in one)) / (len(asked) - 1) * 1000

    return {"ask_one_s": min(wall for wall, _ in one), "ask_per_answer_ms": per_answer(0),
            "ask_per_answer_cpu_ms": per_answer(1)}  # fmt: skip


def phase_answer(folder: Path) -> dict:
    """CPU time of a warm answer as ``ask`` gives it, in process: the quickest of 7 for each distinct question."""
    from bot.engine import answer_turn, finds, open_index, spelled, understand

    index = open_index(folder)

    def answer(question: str) -> None:
        understood = understand(spelled(index, question), None, finds=lambda q: finds(index, q))
        answer_turn(index, understood, top=3)

    asked = list(dict.fromkeys(questions(folder, ASK_BATCH)))
    for question in asked * 2:  # each term's weights and each word's stem computed first
        answer(question)
    quickest = dict.fromkeys(asked, float("inf"))
    for _ in range(7):
        for question in asked:
            started = time.thread_time()
            answer(question)
            quickest[question] = min(quickest[question], time.thread_time() - started)
    times = [t * 1000 for t in quickest.values()]
    return {"answer_cpu_mean_ms": statistics.mean(times), "answer_cpu_median_ms": statistics.median(times),
            "answer_questions": len(times), "answer_load": load_average()}  # fmt: skip


def phase_update(folder: Path) -> dict:
    """Add, change and remove one article, then 100 small updates in a row; the corpus is restored after."""
    from bot.engine import open_index, refresh_index

    index = open_index(folder)
    asked = questions(folder, 48)

    def query_p50() -> float:
        # Warm: every update makes new corpus statistics, so each term's weights are computed
        # again on first use; timing that with the rest would put the median between the two.
        for question in asked:
            index.search(question, top=5)
        times = []
        for question in asked:
            t0 = time.perf_counter()
            index.search(question, top=5)
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    before = query_p50()
    scratch = folder.parent / f"{folder.name}-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    generate_topical(scratch, 101 * TOPICAL_SENTENCES_PER_ARTICLE, seed=9)
    new_files = sorted(scratch.glob("*.txt"))
    changed = sorted(folder.glob("*.txt"))[len(new_files)]
    original = changed.read_bytes()
    added: list[Path] = []
    result = {}
    try:

        def timed(label: str) -> None:
            nonlocal index
            t0 = time.perf_counter()
            index = refresh_index(folder, index)
            result[f"{label}_s"] = time.perf_counter() - t0
            result[f"{label}_ask_s"] = _ask(folder, asked[:1])

        added.append(folder / "update-000.txt")
        shutil.copy(new_files[0], added[-1])
        timed("add")
        changed.write_bytes(new_files[1].read_bytes())
        timed("change")
        removed = sorted(folder.glob("*.txt"))[0]
        kept = removed.read_bytes()
        removed.unlink()
        timed("remove")
        removed.write_bytes(kept)
        index = refresh_index(folder, index)
        t0 = time.perf_counter()
        for number, source in enumerate(new_files[2:], 1):
            added.append(folder / f"update-{number:03d}.txt")
            shutil.copy(source, added[-1])
            index = refresh_index(folder, index)
        result["hundred_updates_s"] = time.perf_counter() - t0
        result["segments_after"] = len(index.backend.segments)
        result["query_p50_before_ms"], result["query_p50_after_ms"] = before, query_p50()
    finally:
        for path in added:
            path.unlink(missing_ok=True)
        changed.write_bytes(original)
        shutil.rmtree(scratch, ignore_errors=True)
        refresh_index(folder, index)
    return result


def phase_okapi(folder: Path) -> dict:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from bot.engine import open_index

    index = open_index(folder)
    [segment] = index.backend.segments  # a fresh build: one segment, sentence ids 0..n-1
    strings = index.backend.vocabularies.terms.strings
    documents = [[strings[t] for t in segment.terms(i).tolist()] for i in range(segment.sentence_count)]
    started = time.perf_counter()
    okapi = BM25Okapi(documents)
    built = time.perf_counter() - started
    del documents
    times, search_times, worst = [], [], 0.0
    for question in questions(folder, OKAPI_QUERIES):
        terms = index.question_terms(question)
        t0 = time.perf_counter()
        theirs = okapi.get_scores(terms)
        times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        index.search(question, top=5)
        search_times.append((time.perf_counter() - t0) * 1000)
        ids, ours = index.backend.top([(t,) for t in terms], [1.0] * len(terms), 50)
        worst = max(worst, float(np.abs(ours - theirs[ids]).max(initial=0.0)))
        best = np.sort(theirs)[::-1][: len(ours)]
        worst = max(worst, float(np.abs(np.sort(ours)[::-1] - best).max(initial=0.0)))
    return {"okapi_build_s": built, "okapi_peak_mb": peak_mb(), "okapi_p50_ms": statistics.median(times),
            "okapi_search_p50_ms": statistics.median(search_times), "max_score_difference": worst}  # fmt: skip


PHASES = {
    "build": phase_build,
    "query": phase_query,
    "loop": phase_loop,
    "ask": phase_ask,
    "answer": phase_answer,
    "update": phase_update,
    "okapi": phase_okapi,
}


def run_phase(phase: str, folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--phase", phase, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--archives", nargs="+", default=["topical", "zipf"], choices=["topical", "zipf"])
    parser.add_argument("--phase", choices=list(PHASES))
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--skip-okapi", action="store_true", help="leave out rank-bm25 (slow, 3 GB at 1M)")
    parser.add_argument("--skip-update", action="store_true", help="leave out the incremental updates")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args.folder)))
        return
    for archive in args.archives:
        for size in args.sizes:
            folder = corpus_for(size, archive)
            row = {"archive": archive} | run_phase("build", folder) | run_phase("query", folder)
            row |= run_phase("loop", folder) | run_phase("ask", folder)
            if not args.skip_okapi:  # on the fresh build: one segment
                row |= run_phase("okapi", folder)
                row["okapi_ratio"] = row["okapi_p50_ms"] / row["okapi_search_p50_ms"]
            if not args.skip_update and archive == "topical":
                row |= run_phase("update", folder)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
