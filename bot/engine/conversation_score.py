"""Score answers to conversations: hit@1 of follow-up turns and of standalone turns, apart.

A set has one conversation a line: {"turns": [{"q": ..., "gold": [substring, ...], "follow_up": true?}, ...]};
a turn is a hit when a gold substring is in its first passage.
"""

from __future__ import annotations

import json
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
            f"follow-up hit@1={self.follow_up_hits / max(self.follow_ups, 1):.3f}"
            f" ({self.follow_up_hits}/{self.follow_ups})"
            f" standalone hit@1={self.standalone_hits / max(self.standalone, 1):.3f}"
            f" ({self.standalone_hits}/{self.standalone})"
        )


def read_conversations(path: Path) -> list[list[dict]]:
    return [json.loads(line)["turns"] for line in path.read_text().splitlines() if line.strip()]


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


def stdin_lines(conversations: list[list[dict]]) -> str:
    """The set as ``ask --conversation`` reads it: a turn a line, an empty line between conversations."""
    return "\n\n".join("\n".join(turn["q"] for turn in turns) for turns in conversations) + "\n"
