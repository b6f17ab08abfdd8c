"""Downloads stay bounded in memory and in time whatever a server sends: compression bombs,
stacked encodings, trickled headers, slow redirect chains, hung answers."""

from __future__ import annotations

import subprocess
import sys
import time
import zlib
from collections.abc import Iterator

import pytest

from bot.ingest.article import IngestError
from bot.ingest.decode import DecodeRefused, decoded
from bot.ingest.fetch import Download, fetch
from tests.support.paths import ROOT
from tests.support.web_server import TRICKLE_LINES, WebServer, bomb, encode

OVER = "the download is over the 5 MB limit once decompressed"
HEADROOM_MB = 200  # address space allowed beyond the process's own once everything is imported

# Fetch a URL in a process that may use only HEADROOM_MB more address space than it has.
FETCH_UNDER_A_MEMORY_LIMIT = """
import resource, sys
from bot.ingest.article import IngestError
from bot.ingest.fetch import fetch

def address_space() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))

limit = address_space() + int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    fetch(sys.argv[1], 60.0, allow_private=True)  # the hostile server is on 127.0.0.1
    print("fetched")
except IngestError as error:
    print(error.problem)
except MemoryError:
    print("out of memory")
"""


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


def download(url: str, timeout: float = 30.0) -> Download:
    """``url`` from the hostile server on 127.0.0.1; the timeout is generous: the machine is shared."""
    return fetch(url, timeout, allow_private=True)


def fetch_under_a_memory_limit(url: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", FETCH_UNDER_A_MEMORY_LIMIT, url, str(HEADROOM_MB)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("encodings", ["gzip,gzip", "gzip,deflate", "gzip"])
def test_a_compression_bomb_is_refused_within_a_small_memory_limit(web, encodings):
    wire = bomb(encodings)  # a gigabyte of zeros: 1,827 bytes as gzip,gzip
    assert len(wire) < 2 * 1024 * 1024
    assert fetch_under_a_memory_limit(web.url(f"/bomb/{encodings}")) == OVER


@pytest.mark.parametrize("encodings", ["gzip", "deflate", "gzip,gzip", "gzip,deflate"])
def test_a_page_sent_compressed_once_or_twice_is_read(web, encodings):
    assert download(web.url(f"/encoded/{encodings}")).content == web.pages["/news.html"][1]


def test_a_page_encoded_three_times_over_is_refused(web):
    url = web.url("/encoded/gzip,gzip,gzip")
    with pytest.raises(IngestError, match=r"the content is encoded 3 times over \(gzip, gzip, gzip\); refused"):
        download(url)


def test_an_encoding_that_was_not_asked_for_is_refused_by_name():
    with pytest.raises(DecodeRefused, match="encoded as br, which cannot be read"):
        list(decoded([b"\x8b\x03\x80hello\x03"], "br", 1024, OVER))


def test_raw_deflate_without_the_zlib_wrapper_is_read():
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = compressor.compress(b"<p>news</p>" * 1000) + compressor.flush()
    assert b"".join(decoded([raw[:10], raw[10:]], "deflate", 1 << 20, OVER)) == b"<p>news</p>" * 1000


def test_decoding_gives_at_most_a_step_at_a_time_and_stops_past_the_limit():
    wire = encode(bytes(50 * 1024 * 1024), "gzip,gzip")
    pieces = decoded([wire], "gzip, gzip", 5 * 1024 * 1024, OVER)
    taken = 0
    with pytest.raises(DecodeRefused, match=OVER):
        for piece in pieces:
            assert len(piece) <= 64 * 1024
            taken += len(piece)
    assert taken <= 5 * 1024 * 1024


def test_headers_trickled_a_line_at_a_time_are_given_up_at_the_timeout(web):
    trickles = len(web.trickled)
    with pytest.raises(IngestError, match="no answer within 1 s"):
        download(web.url("/trickle-headers"), timeout=1)  # the trickle takes TRICKLE_LINES * TRICKLE_SECONDS = 6 s
    deadline = time.monotonic() + 60
    while len(web.trickled) == trickles:  # until the server has noticed the client leave
        assert time.monotonic() < deadline, "the server never finished the trickle"
        time.sleep(0.05)
    assert web.trickled[-1] < TRICKLE_LINES


def test_redirects_share_one_deadline(web):
    requests = len(web.requests)
    with pytest.raises(IngestError, match=r"no answer within 1\.5 s"):
        download(web.url("/slow-hops/4"), timeout=1.5)  # each hop alone takes HOP_SECONDS = 0.6 s
    assert "/slow-hops/1" not in web.requests[requests:]  # 4 hops are 2.4 s: never reached


def test_a_server_that_never_answers_is_given_up(web):
    with pytest.raises(IngestError, match="no answer within 1 s"):
        download(web.url("/hang"), timeout=1)


def test_slow_redirect_hops_within_the_deadline_are_followed(web):
    assert download(web.url("/slow-hops/2")).url == web.url("/slow-hops/0")
