"""Correct typos in question words against the index's own vocabulary.

A word is corrected only when the index does not know it and exactly one word the
corpus does use, in at least ``min_count`` passages, is one edit away (two for long
words): "troups" → "troops", "zelensky" → "zelenskyy". A known word is never
changed, and an ambiguous one is left as it is.

Neighbours are found as in SymSpell — a word and a corpus word match when one equals
the other, or the other less one letter, or both less one letter — but generated from
the misspelt word (its deletions, and their insertions of the corpus's letters) and
looked up, so nothing is built per corpus word: the first correction is instant at a
million sentences too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nltk.metrics.distance import edit_distance

MIN_CORRECTION_COUNT = 2  # a correction target must be in this many sentences
MIN_LENGTH = 4  # shorter words have too many real neighbours ("cup" → "cut")
LONG_WORD = 8  # from this length two edits are allowed


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _insertions(word: str, letters: Iterable[str]) -> set[str]:
    return {word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in letters}


class SpellingCorrector:
    def __init__(self, word_counts: Mapping[str, int], min_count: int = MIN_CORRECTION_COUNT) -> None:
        self._counts = word_counts
        self._min_count = min_count
        self._letters = frozenset("".join(word_counts))

    def _is_target(self, word: str) -> bool:
        return len(word) >= MIN_LENGTH - 1 and self._counts.get(word, 0) >= self._min_count

    def _candidates(self, word: str) -> Iterable[str]:
        deletions = _deletions(word)
        variants = {word, *deletions, *_insertions(word, self._letters)}
        for deletion in deletions:
            variants |= _insertions(deletion, self._letters)
        return [v for v in variants if self._is_target(v)]

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
