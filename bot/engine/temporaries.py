"""Temporary files and folders that say whether their writer is alive, and the removal of the dead ones.

A writer holds an exclusive ``flock`` on what it is building (``owned``) until it is
renamed into place. The kernel drops the lock when the writer's process ends, however
it ends (``kill -9``), so an unlocked ``*.tmp`` entry that has not changed for a minute
belongs to nobody and ``remove_stale`` deletes it. The minute covers the instant between
creating an entry and locking it, and entries of writers that predate the locks.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

SUFFIX = ".tmp"
STALE_AFTER = 60.0  # seconds unchanged and unlocked before a temporary entry is removed


@contextlib.contextmanager
def owned(path: Path) -> Iterator[None]:
    """Hold the lock that marks ``path`` (a file or folder just created) as being written."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock, whatever became of the path


def remove_stale(folder: Path, now: float | None = None) -> list[str]:
    """Delete the unowned ``*.tmp`` entries of ``folder`` unchanged for ``STALE_AFTER``; their names."""
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(SUFFIX)]
    except OSError:
        return removed
    for entry in entries:
        try:
            descriptor = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue  # gone meanwhile, or a link: not ours to judge
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a live writer holds it: BlockingIOError
            if now - os.fstat(descriptor).st_mtime < STALE_AFTER:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            continue
        finally:
            os.close(descriptor)
    return removed
