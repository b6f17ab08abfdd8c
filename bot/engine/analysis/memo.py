"""Remember a one-argument function's results within a budget of bytes, not of entries.

``functools.lru_cache`` bounds how many results it keeps, whatever their size: half a
million cached words are 100 MB of news words but gigabytes of long hostile ones. This
memo counts what each result costs (its key and value as ``sys.getsizeof`` sees them,
the strings of a tuple value included, plus the dictionary's own share) and starts
afresh when the budget is spent; at a news vocabulary's size it never is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

_ENTRY_BYTES = 100  # a dict slot, its share of the table's spare room, and the hash


def cost(key: object, value: object) -> int:
    """Bytes one remembered result holds (shared strings counted as if not shared)."""
    size = _ENTRY_BYTES + sys.getsizeof(key) + sys.getsizeof(value)
    if isinstance(value, tuple):
        size += sum(map(sys.getsizeof, value))
    return size


class ByteBudgetMemo(Generic[K, V]):
    """``function``'s results, kept while they cost at most ``budget`` bytes together."""

    def __init__(self, function: Callable[[K], V], budget: int) -> None:
        self._function = function
        self.budget = budget
        self.used = 0
        self._results: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        try:
            return self._results[key]
        except KeyError:
            pass
        value = self._function(key)
        size = cost(key, value)
        if self.used + size > self.budget:
            self.clear()
        if size <= self.budget:
            self._results[key] = value
            self.used += size
        return value

    def __len__(self) -> int:
        return len(self._results)

    def clear(self) -> None:
        self._results.clear()
        self.used = 0
