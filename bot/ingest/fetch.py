"""Download a web page or feed: http(s) only, within a time and size limit, from allowed addresses.

Redirects are followed by hand (at most ``MAX_REDIRECTS``) so that each target is
checked: a redirect to ``file://``, ``ftp://`` or any other scheme is refused. The body
is streamed and abandoned as soon as it passes ``MAX_BYTES``, compressed or decoded
(``decode`` undoes gzip/deflate in bounded steps). The whole download, redirects
included and however slowly the server trickles, ends after ``timeout`` seconds.

A URL the operator gave (``trusted``: FEEDS, ``add URL``, an admin's link) may be on a
private network; a link from outside — a feed's item, any redirect target — must lead to
a public address (``address_policy``) unless ``allow_private`` (``FETCH_ALLOW_PRIVATE=1``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from bot.ingest.article import IngestError
from bot.ingest.connect import Abandoned, AddressRefused, GuardedBackend, GuardedTransport
from bot.ingest.decode import DecodeRefused, decoded

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 15.0
USER_AGENT = "news-answer-bot/0.1"


@dataclass(frozen=True)
class Download:
    url: str  # after redirects
    content: bytes
    content_type: str  # lower case, without parameters


def check_web_url(url: str) -> str:
    """``url`` if it is an absolute http(s) address with a host, else ``IngestError``."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}://" if parts.scheme else "no scheme"
        raise IngestError(url, f"only http:// and https:// addresses can be fetched, not {shown}")
    if not parts.hostname:
        raise IngestError(url, "the address has no host name")
    return url


def _read_limited(response: httpx.Response, source: str, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise IngestError(source, f"the download is {int(declared) // 1024 // 1024} MB, over the 5 MB limit")

    def raw() -> Iterator[bytes]:
        size = 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > MAX_BYTES:
                raise IngestError(source, "the download is over the 5 MB limit")
            yield chunk

    chunks: list[bytes] = []
    try:
        # Decoded by hand from the raw bytes: httpx would decode a whole chunk through every
        # layer before its size could be checked.
        over = "the download is over the 5 MB limit once decompressed"
        for chunk in decoded(raw(), response.headers.get("content-encoding", ""), MAX_BYTES, over):
            if time.monotonic() > deadline:
                raise IngestError(source, f"no complete answer within {timeout:g} s")
            chunks.append(chunk)
    except DecodeRefused as error:
        raise IngestError(source, str(error)) from None
    return b"".join(chunks)


def fetch(
    url: str, timeout: float = DEFAULT_TIMEOUT, *, trusted: bool = False, allow_private: bool = False
) -> Download:
    """Download ``url``; ``IngestError`` naming it and the problem on any failure.

    ``trusted``: the operator gave ``url`` (it may be private; its redirects may not).
    ``timeout``: seconds for the whole download, redirects included (``FETCH_TIMEOUT``).
    ``allow_private``: any address is allowed (``FETCH_ALLOW_PRIVATE``).
    """
    deadline = time.monotonic() + timeout
    current = check_web_url(url)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    try:
        for hop in range(MAX_REDIRECTS + 1):
            # A new client each hop: nothing kept alive, so each target is connected to and checked.
            backend = GuardedBackend(deadline, allow_private or (trusted and hop == 0))
            transport = GuardedTransport(backend)
            with (
                httpx.Client(transport=transport, timeout=timeout, follow_redirects=False, headers=headers) as client,
                client.stream("GET", current) as response,
            ):
                if response.is_redirect:
                    target = urljoin(current, response.headers.get("location", ""))
                    if urlsplit(target).scheme.lower() not in ("http", "https"):
                        raise IngestError(url, f"redirects to {target}, which is not an http(s) address")
                    current = target
                    continue
                if response.status_code >= 400:
                    phrase = response.reason_phrase or "error"
                    raise IngestError(url, f"the server answered {response.status_code} {phrase}")
                content = _read_limited(response, url, deadline, timeout)
                content_type = response.headers.get("content-type", "").partition(";")[0]
                return Download(str(response.url), content, content_type.strip().lower())
        raise IngestError(url, f"more than {MAX_REDIRECTS} redirects")
    except AddressRefused as error:
        via = f"redirects to {current}, but " if current != url else ""
        raise IngestError(url, f"{via}{error}: links from feeds and redirects must lead to public addresses") from None
    except Abandoned:
        raise IngestError(url, "the download was abandoned: the bot is stopping") from None
    except httpx.TimeoutException:
        raise IngestError(url, f"no answer within {timeout:g} s") from None
    except httpx.ConnectError as error:
        raise IngestError(url, f"cannot connect to {urlsplit(current).hostname} ({_reason(error)})") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise IngestError(url, f"download failed ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text.removeprefix("[Errno -2] ").removeprefix("[Errno 111] ")
