"""Undo a download's ``Content-Encoding`` within a size limit, in bounded steps.

A few KB of ``gzip, gzip`` can hold gigabytes; decoding a whole chunk through every layer
at once (as httpx does) takes the memory before any limit is checked. Here each layer
gives at most ``STEP`` bytes at a time and stops past ``limit``, so memory stays at a few
steps whatever the server sends. gzip and deflate (zlib or raw) are understood; more than
``MAX_LAYERS`` encodings, or any other one, is refused.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from bot.errors import BotError

STEP = 64 * 1024
MAX_LAYERS = 2
_GZIP = 16 + zlib.MAX_WBITS
_ZLIB = zlib.MAX_WBITS
_RAW_DEFLATE = -zlib.MAX_WBITS


class DecodeRefused(BotError):
    """The body cannot be decoded within the limits; ``str()`` says why."""


def encodings(header: str) -> list[str]:
    """``"gzip, deflate"`` -> ``["gzip", "deflate"]`` (in the order applied; identity left out)."""
    names = [name.strip().lower() for name in header.split(",")]
    return [name for name in names if name and name != "identity"]


def _layer(chunks: Iterable[bytes], wbits: int, limit: int, over: str) -> Iterator[bytes]:
    """Inflate ``chunks`` ``STEP`` bytes at a time; ``DecodeRefused(over)`` past ``limit``."""
    decoder = zlib.decompressobj(wbits)
    produced = 0
    for chunk in chunks:
        data = chunk
        while not decoder.eof:
            try:
                out = decoder.decompress(data, STEP)
            except zlib.error as error:
                raise DecodeRefused(f"the compressed content is damaged ({error})") from None
            data = decoder.unconsumed_tail
            produced += len(out)
            if produced > limit:
                raise DecodeRefused(over)
            if out:
                yield out
            if not data and len(out) < STEP:
                break  # this chunk is used up and no output is pending
        if decoder.eof:
            return  # whatever follows the compressed stream is ignored, unread
    tail = decoder.flush()
    if produced + len(tail) > limit:
        raise DecodeRefused(over)
    if tail:
        yield tail


def _deflate(chunks: Iterable[bytes], limit: int, over: str) -> Iterator[bytes]:
    """ "deflate" is meant to be zlib-wrapped, but some servers send it raw: the header tells."""
    rest = iter(chunks)
    head = b""
    for chunk in rest:
        head += chunk
        if len(head) >= 2:
            break
    wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and ((head[0] << 8) | head[1]) % 31 == 0
    yield from _layer(_prepend(head, rest), _ZLIB if wrapped else _RAW_DEFLATE, limit, over)


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _gzip(chunks: Iterable[bytes], limit: int, over: str) -> Iterator[bytes]:
    return _layer(chunks, _GZIP, limit, over)


_LAYERS = {"gzip": _gzip, "x-gzip": _gzip, "deflate": _deflate}


def decoded(chunks: Iterable[bytes], header: str, limit: int, over: str) -> Iterator[bytes]:
    """The body of raw ``chunks`` sent with ``Content-Encoding: header``, decoded within ``limit``."""
    applied = encodings(header)
    unknown = [name for name in applied if name not in _LAYERS]
    if unknown:
        raise DecodeRefused(f"the server sent the content encoded as {', '.join(unknown)}, which cannot be read")
    if len(applied) > MAX_LAYERS:
        raise DecodeRefused(f"the content is encoded {len(applied)} times over ({header.strip()}); refused")
    stream: Iterable[bytes] = chunks
    for name in reversed(applied):
        stream = _LAYERS[name](stream, limit, over)
    return iter(stream)
