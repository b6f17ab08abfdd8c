"""The search backends by name: ``SEARCH_BACKEND``'s values and the CLI's ``--backend`` choices.

``in-process`` (the default) loads or builds the corpus's own index; ``xapian`` answers from
Xapian shard databases (``bot.engine.backends.xapian``) and needs no local corpus. Each entry
knows how to open its backend and how to bring an open one up to date; a new backend is one
more entry here and its own package beside ``in_process`` and ``xapian``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.engine.backends.base import SearchBackend
from bot.engine.backends.in_process.index import InProcessIndex
from bot.engine.backends.in_process.store import open_saved, refresh_saved

DEFAULT = "in-process"


@dataclass(frozen=True)
class Registered:
    """A backend as the registry knows it: how to open one, and how to refresh an open one."""

    name: str
    open: Callable[[Path, str], SearchBackend]  # (corpus folder, shard addresses) -> backend
    # (corpus folder, the open backend, hash every file) -> the same backend when nothing changed, else a new one
    refresh: Callable[[Path, SearchBackend, bool], SearchBackend]


def _open_in_process(corpus_dir: Path, shards: str) -> SearchBackend:
    return open_saved(corpus_dir)


def _refresh_in_process(corpus_dir: Path, current: SearchBackend, verify: bool) -> SearchBackend:
    return refresh_saved(corpus_dir, current if isinstance(current, InProcessIndex) else None, verify)


def _open_xapian(corpus_dir: Path, shards: str) -> SearchBackend:
    try:
        from bot.engine.backends.xapian.addresses import parse_shards
        from bot.engine.backends.xapian.backend import XapianBackend
    except ImportError as error:
        needs = 'SEARCH_BACKEND=xapian needs the Xapian bindings: pip install -e ".[xapian]"'
        raise ValueError(f"{needs} ({error})") from None
    return XapianBackend(parse_shards(shards))


def _reopen_xapian(corpus_dir: Path, current: SearchBackend, verify: bool) -> SearchBackend:
    from bot.engine.backends.xapian.backend import XapianBackend

    if not isinstance(current, XapianBackend):
        raise TypeError(f"not a Xapian backend: {current!r}")
    return XapianBackend(
        current.addresses, analyzer=current.analyzer
    )  # the shards are written elsewhere: open them afresh


REGISTRY: dict[str, Registered] = {
    entry.name: entry
    for entry in (
        Registered(DEFAULT, _open_in_process, _refresh_in_process),
        Registered("xapian", _open_xapian, _reopen_xapian),
    )
}
BACKENDS = tuple(REGISTRY)


def registered(name: str | None) -> Registered:
    """The backend called ``name`` (any case, spaces around ignored; empty means the default);
    ``ValueError`` naming the choices for any other."""
    key = (name or DEFAULT).strip().lower()
    if key not in REGISTRY:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {key!r}")
    return REGISTRY[key]


def registered_for(backend: SearchBackend) -> Registered:
    """The entry that refreshes this open backend."""
    return REGISTRY[backend.name]
