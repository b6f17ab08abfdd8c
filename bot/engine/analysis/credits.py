"""The outlet an article credits in its own text, for a file that names none.

Agency copy credits itself in captions: "(Source: Associated Press)", "(Photo: Reuters)".
The most frequent credit of an article is its outlet. (The captions themselves never
become passages: ``bot.engine.analysis.sentences`` drops them.)
"""

from __future__ import annotations

import re
from collections import Counter

_CREDIT = re.compile(r"\(\s*(?:source|photo|image|credit|courtesy)s?\s*:\s*(?P<outlet>[^()\n]{2,60}?)\s*\)", re.I)


def credited_outlet(text: str) -> str | None:
    """The most frequent credit in ``text`` ("Associated Press"), or None."""
    found = Counter(" ".join(m["outlet"].split()) for m in _CREDIT.finditer(text))
    return found.most_common(1)[0][0] if found else None
