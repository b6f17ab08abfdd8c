"""The bot and the CLI over real xapian-tcpsrv shard servers: same answers, updates, faults."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main, parser, run_eval
from bot.engine.backends.xapian.writer import build_shards, shard_path, sync_shards
from bot.engine.corpus import load_corpus
from bot.settings import Settings
from tests.support.bot_cli import bot
from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import ask_text
from tests.support.dated_corpus import PENGUINS
from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import ROOT
from tests.support.xapian_servers import ShardServer, start_servers, stop_servers

QUESTIONS = ["how many troops?", "Who is the Kremlin spokesman?", "when did Russia annex Crimea?", "pancake recipes"]
UNAVAILABLE = "Search is unavailable, try again shortly."


@pytest.fixture
def shards(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "shards"
    build_shards(load_corpus(corpus), out, 2)
    return out


@pytest.fixture
def servers(shards: Path) -> Iterator[list[ShardServer]]:
    running = start_servers([shard_path(shards, n) for n in range(2)])
    yield running
    stop_servers(running)


def xapian_env(servers: list[ShardServer]) -> dict[str, str]:
    return {"SEARCH_BACKEND": "xapian", "XAPIAN_SHARDS": ",".join(s.address for s in servers)}


fake = module_fake_bot_api


@pytest.fixture
def shard_bot(fake: FakeBotApi, servers: list[ShardServer], tmp_path: Path) -> Iterator[BotProcess]:
    # No corpus folder at all: a replica serves from the shards alone.
    bot_process = running_bot(fake, tmp_path / "bot.log", corpus=tmp_path / "no-corpus", **xapian_env(servers))
    yield from bot_process
    assert "Traceback" not in (tmp_path / "bot.log").read_text()


def test_ask_over_shard_servers_prints_exactly_what_the_in_process_engine_prints(corpus, servers):
    in_process = bot("ask", "--json", "--top", "5", "--corpus", str(corpus), *QUESTIONS)
    sharded = bot("ask", "--json", "--top", "5", "--corpus", "/nonexistent", *QUESTIONS, **xapian_env(servers))
    assert sharded.returncode == 0, sharded.stderr
    assert [json.loads(line) for line in sharded.stdout.splitlines()] == [
        json.loads(line) for line in in_process.stdout.splitlines()
    ]


def test_eval_over_shard_servers_reports_the_in_process_figures(corpus, servers):
    arguments = parser().parse_args(["eval", str(ROOT / "tests" / "data" / "questions.jsonl"), "--corpus", str(corpus)])
    in_process, sharded = io.StringIO(), io.StringIO()
    assert run_eval(arguments, Settings(corpus_dir=corpus), in_process) == 0
    assert run_eval(arguments, Settings.from_env(xapian_env(servers), corpus_dir=corpus), sharded) == 0
    assert sharded.getvalue() == in_process.getvalue()


def test_ask_exits_2_naming_the_shard_that_is_down(servers):
    env = xapian_env(servers)
    servers[1].stop()
    result = bot("ask", "how many troops?", **env)
    assert result.returncode == 2
    assert f"search shard {servers[1].address} is unavailable" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.fixture
def root_logging() -> Iterator[None]:
    """``run`` sets up the process's logging to the stderr of its time; later tests must not write there."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("root_logging")
@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"XAPIAN_SHARDS": "tcp://127.0.0.1"}, "is not tcp://host:port"),
        ({"XAPIAN_SHARDS": ""}, "must list the shard databases"),
        ({"SEARCH_BACKEND": "opensearch"}, "SEARCH_BACKEND must be one of in-process, xapian"),
    ],
)
@pytest.mark.parametrize("command", [["ask", "how many troops?"], ["run"]])
def test_a_bad_backend_setting_is_a_clear_startup_error(command, settings, message, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name, value in ({"SEARCH_BACKEND": "xapian"} | settings).items():
        monkeypatch.setenv(name, value)
    assert main(command) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_the_bot_answers_from_shard_servers_without_a_local_corpus(fake, shard_bot):
    assert "100,000 troops" in ask_text(fake, 1, "how many troops?")


def test_the_bot_says_search_is_unavailable_while_a_shard_is_down_then_recovers(fake, shard_bot, servers):
    assert "100,000 troops" in ask_text(fake, 2, "how many troops?")
    servers[0].stop()
    assert ask_text(fake, 2, "how many troops?") == UNAVAILABLE
    assert ask_text(fake, 2, "Who is the Kremlin spokesman?") == UNAVAILABLE
    servers[0].start()
    assert "100,000 troops" in ask_text(fake, 2, "how many troops?")


def test_a_running_bot_sees_an_article_added_to_the_shards(fake, shard_bot, corpus, shards):
    assert "found nothing" in ask_text(fake, 3, "penguins marching on ice")
    (corpus / "penguins.txt").write_text(PENGUINS)
    sync_shards(load_corpus(corpus), shards)
    deadline = time.monotonic() + 30
    while "Penguins marched" not in ask_text(fake, 3, "penguins marching on ice"):
        assert time.monotonic() < deadline, "the running bot did not see the new article"
