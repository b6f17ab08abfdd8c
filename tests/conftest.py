"""Shared fixtures: the shipped corpus, and small corpora written on the fly."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.engine import related_words
from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, build_index
from tests.support.paths import CORPUS


@pytest.fixture
def wordnet() -> None:
    """Skip (on CI: fail) a test that reads WordNet where Debian's wordnet-base is not installed:
    without it the engine reads the question's words as written (``related_words``)."""
    if not related_words.available():
        message = "WordNet's files are not installed (apt-get install wordnet-base)"
        if os.environ.get("CI"):
            pytest.fail(message + ": .ci/run must install it")
        pytest.skip(message)


@pytest.fixture(scope="session")
def seed_index() -> Searcher:
    return build_index(load_corpus(CORPUS))


@pytest.fixture
def write_articles(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write ``{file name: content}`` into a fresh corpus folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
        return folder

    return write


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the shipped corpus that a test may change (without its saved index)."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder
