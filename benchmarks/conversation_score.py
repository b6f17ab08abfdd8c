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
from pathlib import Path

from bot.engine.conversation_score import read_conversations, score, stdin_lines


def ask(python: str, conversations: list[list[dict]], with_context: bool, cwd: Path | None = None) -> list[dict]:
    """Every turn's ``--json`` row, conversations separated by empty lines."""
    lines = stdin_lines(conversations)
    command = [python, "-m", "bot", "ask", "--json", *(["--conversation"] if with_context else [])]
    done = subprocess.run(command, input=lines, capture_output=True, text=True, check=True, cwd=cwd)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


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
