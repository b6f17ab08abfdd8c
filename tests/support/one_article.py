"""One short dated news article around the sentences a refusal test writes, built into an index.

The filler sentences share no word with the tests' questions, so a question is answered only by
the sentences the test wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, build_index

FILLER = "Reporters waited outside. The session ended late."


def one_article(write_articles: Callable[[dict[str, str | bytes]], Path], text: str) -> Searcher:
    """The index of one article dated 2023-05-01 whose body is ``text`` and the filler."""
    return build_index(load_corpus(write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{text} {FILLER}"})))
