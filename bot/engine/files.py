"""Write a file atomically: readers see the old file or the whole new one, never a part.

The bytes go to a hidden temporary file beside the target (hidden, so a corpus reader
skips it if the process is killed mid-write), are flushed to disk, and the file is
renamed into place. It gets the permissions of any new file (``0o666`` less the umask),
not ``mkstemp``'s owner-only ``0o600``, so the group that runs the bot can read it.
The temporary file is locked while it is written (``temporaries.owned``), so a killed
writer's leftover can be told from a live one's and removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bot.engine.temporaries import owned


def umask() -> int:
    try:  # Linux: read it without changing it (os.umask would race with other threads)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def atomic_writer(path: Path, replace: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file whose content becomes ``path`` when the block ends without error.

    With ``replace=False`` an existing ``path`` is never overwritten: ``FileExistsError``.
    """
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with owned(Path(temporary)):
            os.fchmod(descriptor, 0o666 & ~umask())
            with os.fdopen(descriptor, "wb") as file:
                yield file
                file.flush()
                os.fsync(file.fileno())
            if replace:
                os.replace(temporary, path)
            else:
                os.link(temporary, path)  # atomic, and fails if the name is taken meanwhile
                os.unlink(temporary)
        _sync_folder(path.parent)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
