"""deploy/news-bot.service, checked by systemd's own tools (docs/deployment.md, "systemd")."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.paths import ROOT

UNIT = ROOT / "deploy" / "news-bot.service"
INSTALLED = "/opt/news-bot/"  # where docs/deployment.md installs the bot


@pytest.fixture
def unit(tmp_path: Path) -> Path:
    """The unit with its install folder moved into ``tmp_path`` (verify checks that ExecStart exists)."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        message = "systemd-analyze is not installed (apt-get install systemd)"
        if os.environ.get("CI"):
            pytest.fail(message + ": .ci/run must install it")
        pytest.skip(message)
    installed = tmp_path / "opt" / "news-bot"
    installed.mkdir(parents=True)
    shutil.copy2(ROOT / "deploy" / "entrypoint.sh", installed / "entrypoint.sh")
    copy = tmp_path / "news-bot.service"
    copy.write_text(UNIT.read_text().replace(INSTALLED, f"{installed}/"))
    return copy


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=120)


def test_unit_passes_systemd_analyze_verify_without_a_warning(unit):
    done = analyze("verify", str(unit))
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_unit_exposure_is_rated_ok_by_systemd_analyze_security(unit):
    # --threshold is in tenths: exposure above 2.0 of 10 fails.
    done = analyze("security", "--offline=yes", "--threshold=20", str(unit))
    assert done.returncode == 0, done.stdout + done.stderr


def test_unit_runs_confined_with_its_state_and_settings_apart_from_the_code():
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read_string(UNIT.read_text())
    service = parser["Service"]
    wanted = {
        "DynamicUser": "yes",
        "ProtectSystem": "strict",
        "StateDirectory": "news-bot",
        "Restart": "on-failure",
        "EnvironmentFile": "/etc/news-bot/news-bot.env",
        "NoNewPrivileges": "yes",
    }
    assert {key: service.get(key) for key in wanted} == wanted
