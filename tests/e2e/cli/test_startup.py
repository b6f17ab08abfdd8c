"""Start-up stays light: a one-question ``ask`` at a million sentences is mostly Python's own start-up."""

import subprocess
import sys

from tests.support.paths import ROOT


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_command_line_starts_without_nltks_optional_scipy_stats():
    result = run_python("import sys, bot.cli; print('scipy.stats' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_scipy_stats_stays_importable_after_the_engine():
    result = run_python("import bot.engine, scipy.stats; print(scipy.stats.norm.cdf(0.0))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0.5"
