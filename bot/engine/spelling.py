"""Correct typos in question words against the index's own vocabulary.

A word is corrected only when the index does not know it and exactly one word the
corpus does use, in at least ``min_count`` passages, is one edit away (two for long
words): "troups" → "troops", "zelensky" → "zelenskyy". A known word is never
changed, and an ambiguous one is left as it is.

Neighbours are found through their one-letter deletions (as in SymSpell), so a
lookup touches a handful of candidates instead of the whole vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from nltk.metrics.distance import edit_distance

MIN_CORRECTION_COUNT = 2  # a correction target must be in this many sentences
MIN_LENGTH = 4  # shorter words have too many real neighbours ("cup" → "cut")
LONG_WORD = 8  # from this length two edits are allowed


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class SpellingCorrector:
    def __init__(self, word_counts: Mapping[str, int], min_count: int = MIN_CORRECTION_COUNT) -> None:
        self._counts = {w: c for w, c in word_counts.items() if c >= min_count and len(w) >= MIN_LENGTH - 1}
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word in self._counts:
            self._by_deletion[word].add(word)
            for variant in _deletions(word):
                self._by_deletion[variant].add(word)

    def _candidates(self, word: str) -> Iterable[str]:
        found = set(self._by_deletion.get(word, ()))
        for variant in _deletions(word):
            found |= self._by_deletion.get(variant, set())
        return found

    def correct(self, word: str) -> str | None:
        """The one close, frequent corpus word ``word`` is a typo of, else ``None``."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        allowed = 2 if len(word) >= LONG_WORD else 1
        scored = [(edit_distance(word, c, transpositions=True), c) for c in self._candidates(word)]
        scored = [(d, c) for d, c in scored if 0 < d <= allowed]
        if not scored:
            return None
        best = min(d for d, _ in scored)
        closest = [c for d, c in scored if d == best]
        return closest[0] if len(closest) == 1 else None
