"""``XAPIAN_SHARDS``: where the shard databases are — local folders and/or ``tcp://host:port``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import xapian

from bot.errors import BotError

CONNECT_TIMEOUT_MS = 5_000
TIMEOUT_MS = 10_000


class ShardAddressError(BotError, ValueError):
    """``XAPIAN_SHARDS`` is malformed; the message says which entry and why."""


@dataclass(frozen=True)
class ShardAddress:
    """One shard: a local database folder, or a ``xapian-tcpsrv`` at ``host:port``."""

    text: str
    path: Path | None = None
    host: str = ""
    port: int = 0

    def open(self) -> xapian.Database:
        if self.path is not None:
            return xapian.Database(str(self.path))
        return xapian.remote_open(self.host, self.port, TIMEOUT_MS, CONNECT_TIMEOUT_MS)

    def __str__(self) -> str:
        return self.text


def parse_shard(text: str) -> ShardAddress:
    if "://" in text:
        parts = urlsplit(text)
        try:
            port = parts.port
        except ValueError:
            port = None
        if parts.scheme != "tcp" or not parts.hostname or port is None or parts.path not in ("", "/"):
            raise ShardAddressError(f"XAPIAN_SHARDS: {text!r} is not tcp://host:port")
        return ShardAddress(text, host=parts.hostname, port=port)
    path = Path(text).expanduser()
    if not path.is_dir():
        raise ShardAddressError(f"XAPIAN_SHARDS: {text!r} is neither tcp://host:port nor an existing folder")
    return ShardAddress(text, path=path)


def parse_shards(value: str) -> list[ShardAddress]:
    """The comma-separated shard list; ``ShardAddressError`` names the first bad entry."""
    entries = [entry.strip() for entry in value.split(",")]
    if not value.strip() or not all(entries):
        raise ShardAddressError(
            "XAPIAN_SHARDS must list the shard databases, comma separated: folders written by "
            "`python -m bot index --backend xapian` and/or tcp://host:port of xapian-tcpsrv"
        )
    addresses = [parse_shard(entry) for entry in entries]
    if len(set(addresses)) != len(addresses):
        raise ShardAddressError("XAPIAN_SHARDS lists a shard twice; its sentences would count twice")
    return addresses
