"""Which network addresses a link from outside may reach: public ones only.

A feed publisher or a page that redirects must not make the bot fetch (and then serve to
everyone) pages from the bot's own machine or network. ``refusal`` names why an address
is not public; IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible, 6to4,
NAT64, Teredo) are judged by that address too. Every spelling of a host (``2130706433``,
``0x7f.1``, ``127.1``, ``[::ffff:127.0.0.1]``, a name) is judged after it is resolved,
on the address the connection is made to.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_KINDS = (
    ("is_unspecified", "an unspecified address"),
    ("is_loopback", "a loopback address"),
    ("is_link_local", "a link-local address"),
    ("is_multicast", "a multicast address"),
    ("is_reserved", "a reserved address"),
    ("is_private", "a private address"),
)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if any(address in network for network in _NAT64):
        return low32
    if address in _IPV4_COMPATIBLE and int(address) > 1:  # :: and ::1 are judged as IPv6
        return low32
    return None


def _kind(address: IPAddress) -> str | None:
    for attribute, kind in _KINDS:
        if getattr(address, attribute):
            return kind
    if not address.is_global:
        return "a non-public address"
    return None


def refusal(address: str | IPAddress) -> str | None:
    """Why ``address`` must not be fetched for a link from outside, or ``None`` if it is public."""
    ip = ipaddress.ip_address(address.split("%")[0] if isinstance(address, str) else address)
    if isinstance(ip, ipaddress.IPv6Address) and (embedded := _embedded_ipv4(ip)) is not None:
        # The IPv4 address decides: NAT64 and mapped forms of public addresses are public.
        kind = _kind(embedded)
        return f"{kind} ({embedded}) inside an IPv6 address" if kind else None
    return _kind(ip)
