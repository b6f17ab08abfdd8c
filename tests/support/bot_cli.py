"""Run the terminal commands (``python -m bot …``) as a real process from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.paths import ROOT


def bot(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
    )
