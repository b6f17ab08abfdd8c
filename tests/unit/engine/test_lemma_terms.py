"""The shipped terms of WordNet's lemmas: the analyzer's own, or not used."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bot.engine.analysis.tokens import compound_terms
from bot.engine.lemma_terms import (
    TABLE,
    WORDNET_INDEXES,
    fingerprint,
    lemma_terms,
    read_table,
    write_table,
    written_terms,
)

needs_wordnet = pytest.mark.skipif(not WORDNET_INDEXES[0].exists(), reason="WordNet (wordnet-base) is not installed")


def test_the_shipped_table_is_of_the_current_analysis_code() -> None:
    # Fails after a change to tokens, irregular verbs or stop words: run python -m bot.engine.lemma_terms.
    assert gzip.decompress(TABLE.read_bytes()).decode().partition("\n")[0] == f"# {fingerprint()}"


def test_every_shipped_lemma_has_the_terms_the_analyzer_gives() -> None:
    table = read_table(TABLE)
    assert len(table) > 70_000
    assert [lemma for lemma in table if lemma_terms(lemma) != compound_terms(lemma)] == []


@needs_wordnet
def test_the_table_has_every_one_word_lemma_of_wordnet(tmp_path: Path) -> None:
    written = write_table(tmp_path / "terms.txt.gz", WORDNET_INDEXES)
    assert written == len(read_table(TABLE))


def test_a_lemma_and_its_terms_are_read_back(tmp_path: Path) -> None:
    index = tmp_path / "index.noun"
    index.write_text("  1 a licence line\norganizations n 1 0 1 0 00001\ntroops n 1 0 1 0 00002\nthe n 1 0 1 0 0\n")
    write_table(tmp_path / "terms.txt.gz", [index])
    assert read_table(tmp_path / "terms.txt.gz") == {"organizations": "organ", "troops": "troop", "the": ""}


def test_a_table_of_other_code_is_not_used(tmp_path: Path) -> None:
    other = tmp_path / "terms.txt.gz"
    other.write_bytes(gzip.compress(b"# 0123\ntroops\tsoldier\n"))
    assert read_table(other) == {}


@pytest.mark.parametrize("content", [b"", b"not gzip", gzip.compress(b"\xff\xfe# x")])
def test_a_damaged_table_is_not_used(tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "terms.txt.gz"
    damaged.write_bytes(content)
    assert read_table(damaged) == {}


def test_a_missing_table_is_not_used(tmp_path: Path) -> None:
    assert read_table(tmp_path / "none.txt.gz") == {}


def test_a_word_not_in_the_table_is_analysed() -> None:
    assert lemma_terms("zelenskyy's") == compound_terms("zelenskyy's")


@pytest.mark.parametrize(
    "word",
    [
        "Minister",
        "DEFENCE",
        "troops",
        "US",
        "USA",
        "Us",
        "us",
        "Ukraine's",
        "soldiers'",
        "US's",
        "US'",
        "F-16s",
        "Zelenskyy",
        "I",
        "2022",
        "'s",
    ],
)
def test_a_written_word_has_the_terms_the_analyzer_gives(word: str) -> None:
    assert written_terms(word) == compound_terms(word)
