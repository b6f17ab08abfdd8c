"""The `ask` examples of README.md and docs/ print exactly what the shipped corpus answers."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A shown session: a fenced block whose first line is "$ <command>", the rest its output.
SESSION = re.compile(r"^```\n\$ (?P<command>[^\n]*-m bot ask[^\n]*)\n(?P<output>.*?)^```", re.DOTALL | re.MULTILINE)


def sessions() -> list[tuple[str, str, str]]:
    return [
        (page.name, match["command"], match["output"])
        for page in PAGES
        for match in SESSION.finditer(page.read_text(encoding="utf-8"))
    ]


def run_as_shown(command: str) -> subprocess.CompletedProcess[str]:
    """The command as a reader types it, with this test's Python for the venv's."""
    settings = ("TELEGRAM_BOT_TOKEN", "CORPUS_DIR", "SEARCH_BACKEND", "XAPIAN_SHARDS")
    env = {k: v for k, v in os.environ.items() if k not in settings}
    command = command.replace(".venv/bin/python", sys.executable)
    return subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300
    )  # fmt: skip


def test_the_readme_shows_an_ask_example_and_a_conversation():
    shown = [command for page, command, _ in sessions() if page == "README.md"]
    assert any("--conversation" in c for c in shown) and any("--conversation" not in c for c in shown)


@pytest.mark.parametrize(("page", "command", "output"), sessions(), ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_shown_ask_session_prints_exactly_that(page: str, command: str, output: str):
    result = run_as_shown(command)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip("\n") == output.rstrip("\n")
