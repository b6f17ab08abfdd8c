"""Connections for downloads: to allowed addresses only, and never past the deadline.

httpx bounds each network operation, not a download: a server that trickles its headers
one line a second, or a redirect chain, would never time out. Every connect, read and
write here takes at most what is left of one deadline for the whole download, in short
slices so that ``abandon_downloads`` (the process is stopping) ends them within a
fraction of a second. The host is resolved once, the address is checked by
``address_policy`` and the connection is made to that very address (a name that
resolves differently a moment later changes nothing); TLS still names the host.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from bot.errors import BotError
from bot.ingest.address_policy import refusal

SLICE = 0.25  # seconds: how soon a stopping process notices
STOPPING = threading.Event()


class AddressRefused(BotError):
    """A link from outside leads to an address that is not public; ``str()`` says which."""


class Abandoned(BotError):
    """The process is stopping: downloads in progress end."""


def abandon_downloads() -> None:
    """End every download in progress (and refuse new ones) within ``SLICE`` seconds."""
    STOPPING.set()


def _left(deadline: float) -> float:
    if STOPPING.is_set():
        raise Abandoned("the bot is stopping")
    return deadline - time.monotonic()


def resolve(host: str, port: int, deadline: float) -> list[str]:
    """The addresses of ``host`` in the resolver's order, looked up once, within the deadline."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass  # a name, or an IPv4 spelling only the resolver reads (2130706433, 0x7f.1, 127.1)
    found: list[str] = []
    failure: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
                if sockaddr[0] not in found:
                    found.append(str(sockaddr[0]))
        except OSError as error:
            failure.append(error)
        finally:
            done.set()

    # A daemon thread: a resolver that hangs must not hold the download or the process.
    threading.Thread(target=look_up, name=f"resolve {host}", daemon=True).start()
    while not done.wait(SLICE):
        if _left(deadline) <= 0:
            raise httpcore.ConnectTimeout(f"{host} was not resolved in time")
    if failure or not found:
        reason = failure[0].strerror if failure and failure[0].strerror else "no address"
        raise httpcore.ConnectError(f"{host} cannot be resolved ({reason})")
    return found


def _same_address(host: str, address: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        while True:
            left = _left(self._deadline)
            if left <= 0:
                raise httpcore.ReadTimeout("the download's time is up")
            try:
                return self._inner.read(max_bytes, min(SLICE, left))
            except httpcore.ReadTimeout:
                continue

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        left = _left(self._deadline)
        if left <= 0:
            raise httpcore.WriteTimeout("the download's time is up")
        self._inner.write(buffer, left)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        left = _left(self._deadline)
        if left <= 0:
            raise httpcore.ConnectTimeout("the download's time is up")
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left), self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend for one request: the address policy and the deadline."""

    def __init__(self, deadline: float, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline
        self._allow_private = allow_private

    def _check(self, host: str, address: str) -> None:
        if self._allow_private or (kind := refusal(address)) is None:
            return
        named = f"{host} is" if _same_address(host, address) else f"{host} resolves to {address},"
        raise AddressRefused(f"{named} {kind}")

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port, self._deadline)
        allowed = [a for a in addresses if self._allow_private or refusal(a) is None]
        if not allowed:
            self._check(host, addresses[0])
        error: httpcore.ConnectError | None = None
        for address in allowed:
            try:
                stream = self._connect(address, port, local_address, socket_options)
            except httpcore.ConnectError as failed:
                error = failed
                continue
            # The check that matters: the address the socket is actually connected to.
            try:
                self._check(host, stream.get_extra_info("server_addr")[0])
            except AddressRefused:
                stream.close()
                raise
            return _DeadlineStream(stream, self._deadline)
        assert error is not None
        raise error

    def _connect(
        self, address: str, port: int, local_address: str | None, socket_options: Iterable[Any] | None
    ) -> httpcore.NetworkStream:
        while True:  # in slices, so that a stopping process need not wait for a silent host
            left = _left(self._deadline)
            if left <= 0:
                raise httpcore.ConnectTimeout("the download's time is up")
            try:
                return self._inner.connect_tcp(address, port, min(4 * SLICE, left), local_address, socket_options)
            except httpcore.ConnectTimeout:
                continue

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise AddressRefused("downloads never use local sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with ``GuardedBackend`` and no kept-alive connections (each
    request connects anew, so every one is checked)."""

    def __init__(self, backend: GuardedBackend) -> None:
        super().__init__(verify=_ssl_context())
        # httpx takes no network backend, so its connection pool is swapped for one that has ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(), max_connections=1, max_keepalive_connections=0, network_backend=backend
        )
