"""Links from outside reach public addresses only (server-side request forgery), against a local web server.

Only 127.0.0.1 and ::1 are ever connected to: every other address below is judged, and
refused, before any connection is made.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from bot.ingest.add import add_feed, add_url
from bot.ingest.address_policy import refusal
from bot.ingest.article import IngestError
from bot.ingest.fetch import fetch
from tests.support.web_server import WebServer

PUBLIC_ONLY = "links from feeds and redirects must lead to public addresses"
TIMEOUT = 30.0  # seconds a download may take: generous, the machine is shared


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.255.0.9", "a loopback address"),
        ("::1", "a loopback address"),
        ("::ffff:127.0.0.1", "a loopback address (127.0.0.1) inside an IPv6 address"),
        ("::127.0.0.1", "a loopback address (127.0.0.1) inside an IPv6 address"),
        ("2002:7f00:1::", "a loopback address (127.0.0.1) inside an IPv6 address"),
        ("64:ff9b::7f00:1", "a loopback address (127.0.0.1) inside an IPv6 address"),
        ("64:ff9b::a00:1", "a private address (10.0.0.1) inside an IPv6 address"),
        ("::ffff:10.1.2.3", "a private address (10.1.2.3) inside an IPv6 address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("fc00::1", "a private address"),
        ("fd12:3456::1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("fe80::1%2", "a link-local address"),
        ("0.0.0.0", "an unspecified address"),
        ("::", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("255.255.255.255", "a reserved address"),
        ("100.64.0.1", "a non-public address"),
        ("192.0.2.1", "a private address"),
        ("198.18.0.1", "a private address"),
    ],
)
def test_every_kind_of_non_public_address_is_refused_by_name(address, kind):
    assert refusal(address) == kind


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34", "64:ff9b::808:808"])
def test_public_addresses_and_their_ipv6_forms_are_allowed(address):
    assert refusal(address) is None


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("localhost", "localhost resolves to 127.0.0.1, a loopback address"),
        ("[::1]", "::1 is a loopback address"),
        ("2130706433", "2130706433 resolves to 127.0.0.1, a loopback address"),
        ("0x7f.1", "0x7f.1 resolves to 127.0.0.1, a loopback address"),
        ("127.1", "127.1 resolves to 127.0.0.1, a loopback address"),
        ("0x7f000001", "0x7f000001 resolves to 127.0.0.1, a loopback address"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1 is a loopback address (127.0.0.1) inside an IPv6 address"),
        ("0", "0 resolves to 0.0.0.0, an unspecified address"),
    ],
)
def test_a_link_from_outside_to_any_spelling_of_this_machine_is_refused_unfetched(web, host, shown):
    port = web.base.rsplit(":", 1)[1]
    url = f"http://{host}:{port}/news.html"
    requests = len(web.requests)
    with pytest.raises(IngestError) as refused:
        fetch(url)
    assert str(refused.value) == f"{url}: {shown}: {PUBLIC_ONLY}"
    assert web.requests[requests:] == []


def test_an_octal_spelling_is_refused_unfetched(web):
    url = f"http://0177.0.0.1:{web.base.rsplit(':', 1)[1]}/news.html"
    requests = len(web.requests)
    with pytest.raises(IngestError, match=r"Invalid IPv4 address: '0177\.0\.0\.1'"):
        fetch(url)
    assert web.requests[requests:] == []


def test_a_redirect_to_this_machine_is_refused_even_from_the_operators_url(web):
    target = web.url("/news.html")
    url = web.url(f"/redirect-to?to={target}")
    with pytest.raises(IngestError) as refused:
        fetch(url, TIMEOUT, trusted=True)
    assert str(refused.value) == f"{url}: redirects to {target}, but 127.0.0.1 is a loopback address: {PUBLIC_ONLY}"
    assert "/news.html" not in web.requests


@pytest.mark.parametrize("spelling", ["http://localhost:{port}/news.html", "http://2130706433:{port}/news.html"])
def test_a_redirect_to_another_spelling_of_this_machine_is_refused(web, spelling):
    target = spelling.format(port=web.base.rsplit(":", 1)[1])
    with pytest.raises(IngestError, match=f"redirects to {target}, but .* a loopback address"):
        fetch(web.url(f"/redirect-to?to={target}"), TIMEOUT, trusted=True)


def test_a_page_the_operator_gives_may_be_on_this_machine(web, tmp_path):
    added = add_url(tmp_path / "corpus", web.url("/news.html"), timeout=TIMEOUT)
    assert added.title == "Penguins march across the ice in record numbers"


def test_allow_private_allows_links_from_outside_and_redirects_to_this_machine(web):
    assert b"Penguins" in fetch(web.url("/news.html"), TIMEOUT, allow_private=True).content
    redirect = web.url(f"/redirect-to?to={web.url('/news.html')}")
    assert b"Penguins" in fetch(redirect, TIMEOUT, allow_private=True).content


def test_the_address_checked_is_the_one_the_name_resolves_to(web, monkeypatch):
    """A public-looking name that resolves to this machine is refused; allowed, the page
    comes from the very address resolved, asked for by its name."""
    real = socket.getaddrinfo
    resolved: list[str] = []

    def resolver(host, *args, **kwargs):
        if host == "news.example":
            resolved.append(host)
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    url = f"http://news.example:{web.base.rsplit(':', 1)[1]}/news.html"
    with pytest.raises(IngestError, match=f"news.example resolves to 127.0.0.1, a loopback address: {PUBLIC_ONLY}"):
        fetch(url)
    assert b"Penguins" in fetch(url, TIMEOUT, allow_private=True).content
    assert web.hosts[-1] == f"news.example:{web.base.rsplit(':', 1)[1]}"
    assert resolved == ["news.example", "news.example"]  # once a download: what is checked is what is connected to


def feed_linking(web: WebServer, path: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Item {number}</title><link>{link}</link><pubDate>Sun, 05 Mar 2023 09:00:00 GMT</pubDate>"
        f"<description>Summary {number} of a page the feed links.</description></item>"
        for number, link in enumerate(links)
    )
    web.pages[path] = ("application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode())
    return web.url(path)


def test_a_feeds_items_pointing_at_this_machine_are_refused_and_nothing_is_stored(web, tmp_path):
    port = web.base.rsplit(":", 1)[1]
    hosts = ["127.0.0.1", "localhost", "[::1]", "2130706433", "0x7f.1", "127.1"]
    links = [f"http://{host}:{port}/news.html" for host in hosts]
    feed = feed_linking(web, "/ssrf-feed.xml", links)
    requests = len(web.requests)
    result = add_feed(tmp_path / "corpus", feed, timeout=TIMEOUT)  # the operator's feed may itself be on this machine
    assert result.added == []
    assert [problem.source for problem in result.problems] == links
    assert all(PUBLIC_ONLY in problem.problem for problem in result.problems)
    assert web.requests[requests:] == ["/ssrf-feed.xml"]
    assert not list((tmp_path / "corpus").glob("*.txt"))
