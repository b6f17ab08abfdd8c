"""Web addresses as they may be logged, shown and stored: without the secrets they can carry.

A link someone adds or a feed lists may hold a user name and password (``http://user:pass@…``)
or a key in its query string (``?token=…``, ``?sig=…``); the corpus's ``url:`` lines are
shown to every user as title links, and errors reach logs and admins' chats. ``public_url``
keeps the scheme, host, port and path, and of the query only the parameters that name the
article itself (``?id=``, ``?p=``, ``?page=``… with a plain value), so two articles that
differ only by ``?p=`` stay two articles; everything else (keys, signatures, sessions,
``utm_`` tracking) and the fragment go.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# The parameters that name a page rather than a visitor: courlan's list (courlan.settings),
# which trafilatura uses to tell one article from another.
ARTICLE_PARAMETERS = frozenset(
    {"aid", "article_id", "artnr", "id", "itemid", "objectid", "p", "page", "pagenum", "page_id", "pid", "post",
     "postid", "product_id"}
)  # fmt: skip
# An id, not a smuggled ``5;token=…``.
_PLAIN_VALUE = re.compile(r"[\w.-]{1,64}")

# Any scheme (a redirect to ftp://user:pass@… is reported too); punctuation after an address
# ("Could not add URL: …") is the sentence's. A scheme is short: the search stays linear in the text.
_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]")
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def public_url(url: str) -> str:
    """``url`` without credentials, fragment, or query parameters other than the article's id."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address (``http://[::1``) still loses everything after ? and #
        return _USERINFO.sub(r"\1", url).split("?", 1)[0].split("#", 1)[0]
    netloc = parts.netloc.rpartition("@")[2]
    kept = [
        (name, value)
        for name, value in parse_qsl(parts.query)
        if name.lower() in ARTICLE_PARAMETERS and _PLAIN_VALUE.fullmatch(value)
    ]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(kept), ""))


def public_urls(text: str) -> str:
    """``text`` with every address in it (``scheme://…``) made a ``public_url``."""
    return _URL.sub(lambda match: public_url(match[0]), text)
