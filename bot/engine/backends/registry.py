"""Open the search index the environment asks for: ``SEARCH_BACKEND`` and ``XAPIAN_SHARDS``.

``in-process`` (the default) loads or builds the corpus's own index; ``xapian`` answers from
Xapian shard databases (``bot.engine.backends.xapian``) and needs no local corpus. The same
``SearchIndex`` — question understanding and re-ranking — sits on top of either.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from bot.engine.backends.in_process.index import InProcessIndex
from bot.engine.backends.in_process.store import open_index, refresh_index
from bot.engine.search import SearchIndex, SearchOptions

BACKENDS = ("in-process", "xapian")


def open_search(
    corpus_dir: Path, options: SearchOptions | None = None, env: Mapping[str, str] = os.environ
) -> SearchIndex:
    """The configured index; ``ValueError`` for a bad setting, ``SearchUnavailable`` for a shard down."""
    backend = (env.get("SEARCH_BACKEND") or "in-process").strip().lower()
    if backend == "in-process":
        return open_index(corpus_dir, options)
    if backend == "xapian":
        try:
            from bot.engine.backends.xapian.addresses import parse_shards
            from bot.engine.backends.xapian.backend import XapianBackend
        except ImportError as error:
            needs = 'SEARCH_BACKEND=xapian needs the Xapian bindings: pip install -e ".[xapian]"'
            raise ValueError(f"{needs} ({error})") from None
        shards = XapianBackend(parse_shards(env.get("XAPIAN_SHARDS") or ""))
        return SearchIndex(shards, options or SearchOptions())
    raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {backend!r}")


def refresh_search(
    corpus_dir: Path, current: SearchIndex, env: Mapping[str, str] = os.environ, verify: bool = True
) -> SearchIndex:
    """``current`` brought up to date (``/reload``, SIGHUP): the in-process index applies the
    corpus's changes incrementally (``verify``: hashing every article, see ``refresh_index``); any other
    backend is opened afresh."""
    if isinstance(current.backend, InProcessIndex):
        return refresh_index(corpus_dir, current, verify)
    return open_search(corpus_dir, current.options, env)
