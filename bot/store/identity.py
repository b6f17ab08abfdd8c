"""Salted hashes that stand for users and answers: the ids themselves are never stored.

The salt is made once per data folder (file ``salt``, mode 0600); without it a hash
cannot be matched to a Telegram id by trying ids.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

SALT_NAME = "salt"


def load_salt(folder: Path) -> bytes:
    """The folder's salt, made on first use (readable by the owner only)."""
    path = folder / SALT_NAME
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(32)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(descriptor, "w") as file:
        file.write(salt + "\n")
    return bytes.fromhex(salt)


def pseudonym(salt: bytes, *parts: int | str) -> str:
    """A short salted hash of ``parts`` (a user id; a chat and message id)."""
    message = ":".join(str(p) for p in parts).encode()
    return hmac.new(salt, message, hashlib.sha256).hexdigest()[:20]
