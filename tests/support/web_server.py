"""A local web server on 127.0.0.1 for ingestion tests: fixture pages, a feed, and misbehaviour.

Routes: the files of ``tests/data/web`` (``{base}`` in them becomes the server's address),
``/missing`` (404), ``/slow`` (answers after ``SLOW_SECONDS``), ``/huge`` (6 MB, declared),
``/huge-stream`` (6 MB, undeclared, streamed), ``/redirect`` (to the news page),
``/redirect-ftp`` and ``/redirect-file`` (to other schemes), ``/report.pdf`` (not HTML),
``/binary.html`` (binary bytes labelled HTML). ``pages`` can be changed by a test.

Hostile routes: ``/hang...`` (any path so starting: never answers until ``release`` is
set; ``hanging`` counts the requests held), ``/trickle-headers`` (one header line every
``TRICKLE_SECONDS``, ``TRICKLE_LINES`` of them, then the news page; ``trickled`` says how
many lines each got out before its client left), ``/slow-hops/N`` (each
hop waits ``HOP_SECONDS`` and redirects to N-1; 0 is the news page), ``/bomb/ENCODINGS``
(a gigabyte of zeros compressed with ``ENCODINGS``, e.g. ``gzip,gzip``: 1,827 bytes),
``/encoded/ENCODINGS`` (the news page so encoded) and ``/redirect-to?to=URL``.
``hosts`` records each request's Host header.
"""

from __future__ import annotations

import functools
import gzip
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.support.paths import DATA

FIXTURES = DATA / "web"
SLOW_SECONDS = 8.0
HUGE = 6 * 1024 * 1024
HANG_SECONDS = 300.0
TRICKLE_SECONDS = 0.25
TRICKLE_LINES = 24
HOP_SECONDS = 0.6
BOMB_SIZE = 1024 * 1024 * 1024
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def encode(data: bytes, encodings: str) -> bytes:
    """``data`` compressed with each of ``encodings`` (comma separated) in turn."""
    for name in encodings.split(","):
        data = gzip.compress(data) if name.strip() == "gzip" else zlib.compress(data)
    return data


@functools.cache
def bomb(encodings: str) -> bytes:
    """``BOMB_SIZE`` zeros compressed with ``encodings``, built a megabyte at a time."""
    *inner, last = [name.strip() for name in encodings.split(",")]
    if inner:
        return encode(bomb(",".join(inner)), last)
    compressor = zlib.compressobj(9, zlib.DEFLATED, _WBITS[last])
    block = bytes(1024 * 1024)
    return b"".join(compressor.compress(block) for _ in range(BOMB_SIZE // len(block))) + compressor.flush()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on a huge or slow answer is what the tests want


class WebServer:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.requests: list[str] = []
        self.hosts: list[str] = []
        self.release = threading.Event()
        self.hanging = 0
        self.trickled: list[int] = []  # header lines each /trickle-headers got out before the client left
        self._hanging_lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.requests.append(self.path)
                server.hosts.append(self.headers.get("Host", ""))
                server.route(self)

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        for path in FIXTURES.iterdir():
            kind = "application/rss+xml" if path.suffix == ".xml" else "text/html; charset=utf-8"
            self.pages[f"/{path.name}"] = (kind, path.read_bytes().replace(b"{base}", self.base.encode()))

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> WebServer:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, kind: str, body: bytes, **headers: str) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    def _hang(self, handler: BaseHTTPRequestHandler) -> None:
        with self._hanging_lock:
            self.hanging += 1
        try:
            self.release.wait(HANG_SECONDS)
        finally:
            with self._hanging_lock:
                self.hanging -= 1
        self._send(handler, 503, "text/plain", b"released")

    def route(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        if path.startswith("/hang"):
            self._hang(handler)
        elif path == "/trickle-headers":
            body = self.pages["/news.html"][1]
            handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            for number in range(TRICKLE_LINES):
                try:
                    handler.wfile.write(f"X-Trickle-{number}: {number}\r\n".encode())
                    handler.wfile.flush()
                except OSError:  # the client hung up
                    self.trickled.append(number)
                    return
                time.sleep(TRICKLE_SECONDS)
            self.trickled.append(TRICKLE_LINES)
            handler.wfile.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        elif path.startswith("/slow-hops/"):
            hops = int(path.rsplit("/", 1)[1])
            time.sleep(HOP_SECONDS)
            if hops:
                self._send(handler, 302, "text/plain", b"", Location=f"/slow-hops/{hops - 1}")
            else:
                self._send(handler, 200, "text/html", self.pages["/news.html"][1])
        elif path.startswith("/bomb/"):
            encodings = path.removeprefix("/bomb/")
            self._send(handler, 200, "text/html", bomb(encodings), Content_Encoding=encodings.replace(",", ", "))
        elif path.startswith("/encoded/"):
            encodings = path.removeprefix("/encoded/")
            body = encode(self.pages["/news.html"][1], encodings)
            self._send(handler, 200, "text/html", body, Content_Encoding=encodings.replace(",", ", "))
        elif path == "/redirect-to":
            target = parse_qs(urlsplit(handler.path).query)["to"][0]
            self._send(handler, 302, "text/plain", b"", Location=target)
        elif path in self.pages:
            kind, body = self.pages[path]
            self._send(handler, 200, kind, body)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(handler, 200, "text/html", self.pages["/news.html"][1])
        elif path == "/huge":
            self._send(handler, 200, "text/html", b"<p>" + b"a" * HUGE + b"</p>")
        elif path == "/huge-stream":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Connection", "close")
            handler.end_headers()
            chunk = b"<p>" + b"word " * 20000 + b"</p>\n"
            for _ in range(HUGE // len(chunk) + 2):
                handler.wfile.write(chunk)
            handler.close_connection = True
        elif path == "/redirect":
            self._send(handler, 302, "text/plain", b"", Location="/news.html")
        elif path == "/redirect-ftp":
            self._send(handler, 302, "text/plain", b"", Location="ftp://127.0.0.1/news.html")
        elif path == "/redirect-file":
            self._send(handler, 301, "text/plain", b"", Location="file:///etc/passwd")
        elif path == "/report.pdf":
            self._send(handler, 200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        elif path == "/binary.html":
            self._send(handler, 200, "text/html", bytes(range(256)) * 64)
        else:
            self._send(handler, 404, "text/html", b"<h1>Not found</h1>")
