"""Chat abbreviations read as the words they stand for: "ppl" → "people", "abt" → "about".

The table is the ``contractions`` package's slang table (its one-word entries), read from
its data file without importing the package (which builds its text-search automata). A
word is read so only when the archive does not know it (``Searcher``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_TABLE = "data/slang_dict.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    spec = find_spec("contractions")
    if spec is None or not spec.submodule_search_locations:
        return {}
    try:
        data = json.loads((Path(spec.submodule_search_locations[0]) / _TABLE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # another release's layout, or a damaged file: no abbreviations, no crash
        return {}
    if not isinstance(data, dict):
        return {}
    # One-word abbreviations only: "r " (with its space) and "g'day" are phrases or contractions.
    return {short.lower(): long for short, long in data.items() if isinstance(long, str) and short.isalnum()}


def spelled_out(word: str) -> str | None:
    """The words the chat abbreviation ``word`` stands for, or ``None`` if it is none."""
    return _table().get(word.lower())
