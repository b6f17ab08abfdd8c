"""Score conversations through ``python -m bot ask --json --conversation``: follow-up and standalone hit@1.

usage (from a project root):
    python benchmarks/conversation_score.py tests/data/conversations.jsonl [--python PY] [--without-context] [-v]

Each line of the set: {"turns": [{"q": ..., "gold": [substring, ...], "follow_up": true?}, ...]}; a turn
is a hit when a gold substring is in its first passage. ``--without-context`` asks every turn on its own
(plain ``ask --json``, as code without conversations answers it) for the figures before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Score:
    follow_ups: int = 0
    follow_up_hits: int = 0
    standalone: int = 0
    standalone_hits: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"follow-up hit@1={self.follow_up_hits / max(self.follow_ups, 1):.3f} ({self.follow_up_hits}/{self.follow_ups})"
            f" standalone hit@1={self.standalone_hits / max(self.standalone, 1):.3f}"
            f" ({self.standalone_hits}/{self.standalone})"
        )


def read_conversations(path: Path) -> list[list[dict]]:
    return [json.loads(line)["turns"] for line in path.read_text().splitlines() if line.strip()]


def ask(python: str, conversations: list[list[dict]], with_context: bool, cwd: Path | None = None) -> list[dict]:
    """Every turn's ``--json`` row, conversations separated by empty lines."""
    lines = "\n\n".join("\n".join(turn["q"] for turn in turns) for turns in conversations) + "\n"
    command = [python, "-m", "bot", "ask", "--json", *(["--conversation"] if with_context else [])]
    done = subprocess.run(command, input=lines, capture_output=True, text=True, check=True, cwd=cwd)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def score(conversations: list[list[dict]], rows: list[dict]) -> Score:
    turns = [turn for conversation in conversations for turn in conversation]
    if len(rows) != len(turns):
        raise ValueError(f"{len(rows)} answers for {len(turns)} turns")
    result = Score()
    for turn, row in zip(turns, rows, strict=True):
        first = row["passages"][0]["text"] if row["passages"] else ""
        hit = any(gold in first for gold in turn["gold"])
        if turn.get("follow_up"):
            result.follow_ups += 1
            result.follow_up_hits += hit
        else:
            result.standalone += 1
            result.standalone_hits += hit
        if not hit:
            result.misses.append(f"{turn['q']} ({row.get('understood_as', '')}) -> {first[:90]}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--without-context", action="store_true", help="each turn asked on its own")
    parser.add_argument("-v", action="store_true", help="list the misses")
    args = parser.parse_args()
    conversations = read_conversations(args.set)
    result = score(conversations, ask(args.python, conversations, not args.without_context))
    for miss in result.misses if args.v else []:
        print("  miss@1:", miss)
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
