"""Open a ``Searcher`` (question understanding and re-ranking) over a registered backend.

The backend's name and shard addresses are the caller's settings (``SEARCH_BACKEND``,
``XAPIAN_SHARDS``), passed in: the engine reads no environment. ``open_index``,
``refresh_index`` and ``rebuild_index`` are the in-process backend's saved index.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bot.engine.backends.base import SearchBackend
from bot.engine.backends.in_process.index import InProcessIndex
from bot.engine.backends.in_process.store import open_saved, rebuild_saved, refresh_saved
from bot.engine.backends.registry import DEFAULT, registered, registered_for
from bot.engine.search import Searcher, SearchOptions


def open_search(
    corpus_dir: Path, options: SearchOptions | None = None, backend: str | None = DEFAULT, shards: str = ""
) -> Searcher:
    """The index of the backend called ``backend``; ``ValueError`` for a bad name or shard list,
    ``SearchUnavailable`` for a shard down."""
    return Searcher(registered(backend).open(corpus_dir, shards), options or SearchOptions())


def refresh_search(corpus_dir: Path, current: Searcher, verify: bool = True) -> Searcher:
    """``current`` brought up to date (``/reload``, SIGHUP): the in-process index applies the
    corpus's changes incrementally (``verify``: hashing every article, see ``refresh_saved``); the
    Xapian shards are opened afresh. ``current`` itself when nothing changed."""
    return _kept(current, registered_for(current.backend).refresh(corpus_dir, current.backend, verify))


def open_index(corpus_dir: Path, options: SearchOptions | None = None, index_path: Path | None = None) -> Searcher:
    """The corpus's saved in-process index, brought up to date; ``CorpusError`` for a bad corpus."""
    return Searcher(open_saved(corpus_dir, index_path), options or SearchOptions())


def refresh_index(corpus_dir: Path, current: Searcher | None = None, verify: bool = True) -> Searcher:
    """``current`` (else the saved index) with the corpus's changes applied (see ``refresh_saved``)."""
    backend = current.backend if current is not None and isinstance(current.backend, InProcessIndex) else None
    fresh = refresh_saved(corpus_dir, backend, verify)
    if current is None:
        return Searcher(fresh, SearchOptions())
    return _kept(current, fresh)


def rebuild_index(corpus_dir: Path, progress: TextIO | None = None) -> Searcher:
    """The corpus's index built from scratch and saved (``python -m bot index``)."""
    return Searcher(rebuild_saved(corpus_dir, progress), SearchOptions())


def _kept(current: Searcher, backend: SearchBackend) -> Searcher:
    """``current`` when its backend is unchanged, else a new index of ``backend`` with its options."""
    if backend is current.backend:
        return current
    return Searcher(backend, current.options)
