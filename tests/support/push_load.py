"""A batch of new articles reaching many watchers: the scenario the push load test and
benchmarks/push_load.py share (the real bot, the fake Bot API, the watches stored beforehand)."""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

from bot.engine.watch_match import parse_watch
from bot.store.watches import AlertStore
from tests.support.bot_process import TOKEN, BotProcess
from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import CORPUS

FIRST_WATCHER = 20_000
WORDS = "walrus herd"
ARTICLE = (
    "date 2023-03-05 title: Walrus herd rests on Svalbard beach\n"
    "A herd of forty walruses rested on the beach near Longyearbyen on Sunday, rangers said. "
    "Tourists were asked to keep their distance from the animals.\n"
)


class PushLoad:
    """``watchers`` private chats watching ``WORDS``; ``arrive()`` adds a matching article (SIGHUP)."""

    def __init__(self, folder: Path, watchers: int) -> None:
        self.corpus, self.data = folder / "corpus", folder / "data"
        shutil.copytree(CORPUS, self.corpus, ignore=shutil.ignore_patterns(".index"))
        store = AlertStore(self.data)
        key = parse_watch(WORDS).key
        for chat in self.watchers(watchers):
            store.add_watch(chat, None, WORDS, key, limit=10)
        store.close()
        self.count = watchers
        self.folder = folder
        self.fake = FakeBotApi(TOKEN).start()
        self.bot = self.start("bot.log")
        self.wait_for_log("New articles: 0")  # the archive as it was is known: only what arrives is new

    def start(self, log: str) -> BotProcess:
        return BotProcess(self.fake, self.folder / log, corpus=self.corpus, DATA_DIR=str(self.data))

    @staticmethod
    def watchers(count: int) -> range:
        return range(FIRST_WATCHER, FIRST_WATCHER + count)

    def wait_for_log(self, line: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while line not in self.bot.output():
            assert self.bot.process.poll() is None, self.bot.output()
            assert time.monotonic() < deadline, f"no {line!r} in the log:\n{self.bot.output()}"
            time.sleep(0.05)

    def arrive(self) -> float:
        """A matching article arrives (a file, then SIGHUP); when it was announced."""
        (self.corpus / "2023-03-05-walrus-herd.txt").write_text(ARTICLE)
        self.bot.process.send_signal(signal.SIGHUP)
        return time.monotonic()

    def pushes(self) -> list[float]:
        """When each accepted push was taken, in order."""
        with self.fake._lock:
            return [
                c.at
                for c in self.fake.calls
                if c.method == "sendMessage" and c.status == 200 and c.params["chat_id"] >= FIRST_WATCHER
            ]

    def stop(self) -> int:
        try:
            return self.bot.stop()
        finally:
            self.fake.stop()
