"""deploy/entrypoint.sh, the start of the container and of the systemd service, run here without either."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.support.paths import CORPUS, ROOT

ENTRYPOINT = ROOT / "deploy" / "entrypoint.sh"


def run_entrypoint(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "CORPUS_DIR": str(data / "corpus"),
        "SHIPPED_CORPUS": str(CORPUS),
    }
    return subprocess.run([str(ENTRYPOINT), *args], env=env, cwd=data, capture_output=True, text=True, timeout=300)


def test_first_start_seeds_the_data_folder_with_the_shipped_articles(tmp_path):
    done = run_entrypoint(tmp_path, "ask", "how many troops?")
    assert "100,000 troops" in done.stdout
    assert sorted(p.name for p in (tmp_path / "corpus").glob("*.txt")) == sorted(p.name for p in CORPUS.glob("*.txt"))


def test_later_starts_keep_the_articles_on_the_data_folder(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "penguins.txt").write_text(
        "date 2023-03-03 title: Penguin news\nPenguins marched across the ice in record numbers."
    )
    done = run_entrypoint(tmp_path, "ask", "how many troops?")
    assert "100,000 troops" not in done.stdout
    assert [p.name for p in (tmp_path / "corpus").glob("*.txt")] == ["penguins.txt"]


def test_arguments_go_to_the_bot_command_line(tmp_path):
    done = run_entrypoint(tmp_path, "ask", "--json", "how many troops?")
    assert done.stdout.startswith('{"question": "how many troops?"')


def test_containers_starting_together_on_one_volume_all_start_and_seed_it_once(tmp_path):
    with ThreadPoolExecutor(max_workers=6) as pool:
        runs = list(pool.map(lambda _: run_entrypoint(tmp_path, "--help"), range(6)))
    assert [run.returncode for run in runs] == [0] * 6, [run.stderr for run in runs]
    corpus = tmp_path / "corpus"
    assert sorted(p.name for p in corpus.glob("*.txt")) == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert not list(corpus.glob("*.seeding*")), "a copy was moved into the seeded corpus"
    assert [p.name for p in tmp_path.iterdir()] == ["corpus"], "a copy was left beside it"
