"""Save the bot's answers to question sets, and compare two saved folders bit for bit.

    python benchmarks/compare_answers.py capture /tmp/answers-before
    python benchmarks/compare_answers.py compare /tmp/answers-before /tmp/answers-after

``capture`` asks every question of the sets below through ``python -m bot ask --json``
(one process per set) and writes one ``<set>.jsonl`` per set: the JSON row of each answer
(passages, order, scores, spans, kinds, the reply text). SQuAD and news corpora are copied
to a scratch folder first so their saved index can be written. ``compare`` prints, per set,
how many answers are identical and how many differ, and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = next((p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT / "eval")
SHIPPED = ("questions", "paraphrases", "out_of_scope", "near_miss", "question_kinds")


def _questions(path: Path, every: int = 1, limit: int | None = None) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    asked = [row["q"] for row in rows][::every]
    return asked[:limit] if limit is not None else asked


def _ask(questions: list[str], corpus: Path | None, env: dict[str, str]) -> str:
    command = [sys.executable, "-m", "bot", "ask", "--json"]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    stdin = "".join(q.replace("\n", " ") + "\n" for q in questions)
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return done.stdout


def capture(out: Path, eval_dir: Path) -> None:
    """Ask every set's questions and save the answers into ``out`` (its old answers removed first)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    env = {k: v for k, v in os.environ.items() if k not in ("SEARCH_BACKEND", "XAPIAN_SHARDS", "CORPUS_DIR")}
    sets: list[tuple[str, list[str], Path | None]] = [
        (name, _questions(ROOT / "tests" / "data" / f"{name}.jsonl"), ROOT / "corpus") for name in SHIPPED
    ]
    sets.append(("eval_questions", _questions(eval_dir / "questions.jsonl"), ROOT / "corpus"))
    with tempfile.TemporaryDirectory() as scratch:
        for name, every, limit in (("squad", 10, None), ("news", 1, 200)):
            corpus = Path(scratch) / name
            shutil.copytree(eval_dir / name / "corpus", corpus, ignore=shutil.ignore_patterns(".index"))
            sets.append((f"{name}_sample", _questions(eval_dir / name / "questions.jsonl", every, limit), corpus))
        for name, questions, corpus in sets:
            (out / f"{name}.jsonl").write_text(_ask(questions, corpus, env), encoding="utf-8")
            print(f"{name}: {len(questions)} questions", flush=True)
        shards = Path(scratch) / "shards"  # the same SQuAD sample through the Xapian backend
        index = [sys.executable, "-m", "bot", "index", "--backend", "xapian", "--corpus", str(Path(scratch) / "squad")]
        subprocess.run(
            [*index, "--out", str(shards), "--shards", "2"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        xapian = {**env, "SEARCH_BACKEND": "xapian", "XAPIAN_SHARDS": f"{shards}/shard-0,{shards}/shard-1"}
        squad = next(questions for name, questions, _ in sets if name == "squad_sample")
        (out / "squad_sample_xapian.jsonl").write_text(_ask(squad, None, xapian), encoding="utf-8")
        print(f"squad_sample_xapian: {len(squad)} questions", flush=True)


def compare(before: Path, after: Path) -> int:
    """Print identical and differing answer counts per set; the number of differences."""
    differing = 0
    for old in sorted(before.glob("*.jsonl")):
        new = after / old.name
        old_rows = old.read_text(encoding="utf-8").splitlines()
        new_rows = new.read_text(encoding="utf-8").splitlines() if new.exists() else []
        same = sum(a == b for a, b in zip(old_rows, new_rows, strict=False))
        differ = max(len(old_rows), len(new_rows)) - same
        differing += differ
        print(f"{old.stem:16} {same:5} identical {differ:5} differ")
    print(f"{'total':16} differing answers: {differing}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    capture_cmd = commands.add_parser("capture", help="save the answers of every question set")
    capture_cmd.add_argument("out", type=Path)
    capture_cmd.add_argument("--eval", type=Path, default=EVAL, help="the shared eval folder")
    compare_cmd = commands.add_parser("compare", help="diff two saved folders")
    compare_cmd.add_argument("before", type=Path)
    compare_cmd.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        capture(args.out, args.eval)
        return 0
    return 1 if compare(args.before, args.after) else 0


if __name__ == "__main__":
    sys.exit(main())
