"""One hostile message cannot take the real bot down: long words answered within a memory limit.

The bot process runs against the fake Bot API on 127.0.0.1; once it has started, its
address space is capped (``resource.prlimit``) at what it maps plus 512 MB, so a question
that would need gigabytes ends in ``MemoryError`` instead of taking the machine with it.
"""

from __future__ import annotations

import itertools
import resource
from collections.abc import Iterator

import pytest

from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import ask
from tests.support.fake_telegram import FakeBotApi, parse_html

_chat_ids = itertools.count(9101)
_HEADROOM = 512 << 20

fake = module_fake_bot_api


def _mapped_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmSize for process {pid}")


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    # Few malloc arenas: each worker thread's own would reserve 64 MB of address space.
    for process in running_bot(fake, tmp_path_factory.mktemp("hostile") / "bot.log", MALLOC_ARENA_MAX="2"):
        ask(fake, next(_chat_ids), "how many troops?")  # threads, corrector and caches made before the cap
        ask(fake, next(_chat_ids), "how many troups?")
        limit = _mapped_bytes(process.process.pid) + _HEADROOM
        resource.prlimit(process.process.pid, resource.RLIMIT_AS, (limit, limit))
        yield process


def _answered(reply: dict) -> bool:
    text = parse_html(reply["text"])
    return "something went wrong" not in text.lower()


def test_a_4096_letter_word_is_answered_within_the_memory_limit(fake, bot):
    assert _answered(ask(fake, next(_chat_ids), "qwzx" * 1024))
    assert "100,000 troops" in parse_html(ask(fake, next(_chat_ids), "how many troops?")["text"])


def test_a_question_of_long_words_is_answered_within_the_memory_limit(fake, bot):
    words = " ".join(f"{'qwzxvkjh' * 80}{letter}" for letter in "abcd")
    assert _answered(ask(fake, next(_chat_ids), words[:4096]))


def test_a_256_letter_inline_query_is_answered_within_the_memory_limit(fake, bot):
    query_id = fake.inline_query(next(_chat_ids), "qwzxvkjh" * 32)
    fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id, timeout=60)
    assert "100,000 troops" in parse_html(ask(fake, next(_chat_ids), "how many troops?")["text"])
