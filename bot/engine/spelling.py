"""Correct typos in question words against the index's own vocabulary.

A word is corrected only when the index does not know it and exactly one word the
corpus does use, in at least ``min_count`` passages, is one edit away (two for long
words): "troups" → "troops", "zelensky" → "zelenskyy". A known word is never
changed, and an ambiguous one is left as it is. With ``rare``, a word the corpus uses in one
sentence only is a target too when it is long and the misspelling is one edit from it and
from no other corpus word ("sanctons" → "sanctions", "poeple" → "people"): a one-sentence
word is as often a name or a typo of the archive's own, so a short one, or a second edit,
would correct real words to it.

Neighbours are found as in SymSpell — a word and a corpus word match when one equals
the other, or the other less one letter, or both less one letter — but generated from
the misspelt word (its deletions, and their insertions of the corpus's letters) and
looked up in the set of corpus words, so no index of every corpus word's deletions is
built: the first correction is as quick at a million sentences as at a thousand.
The variants are looked up a deletion's at a time, never all gathered; and
a word longer than ``MAX_LENGTH`` (no real word is), or than every corpus word but
one letter, is left as it is: its variants grow with the square of its length.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from nltk.metrics.distance import edit_distance

from bot.engine.long_lived import long_lived

MIN_CORRECTION_COUNT = 2  # a correction target must be in this many sentences
MIN_LENGTH = 4  # shorter words have too many real neighbours ("cup" → "cut")
RARE_LENGTH = 6  # a one-sentence word is a target from this length (see the module's docstring)
LONG_WORD = 8  # from this length two edits are allowed
MAX_LENGTH = 32  # longer "words" are codes, hashes or junk: never corrected
_CORRECTIONS_KEPT = 10_000


_PLAIN = "abcdefghijklmnopqrstuvwxyz"


def _folded(word: str) -> str:
    """``word`` without its accents ("céloron" → "celoron")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _insertions(word: str, letters: str) -> list[str]:
    return [word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in letters]


class SpellingCorrector:
    def __init__(
        self, word_counts: Mapping[str, int], min_count: int = MIN_CORRECTION_COUNT, rare: Iterable[str] = ()
    ) -> None:
        """``word_counts``: the corpus words with their sentence counts; ``rare``: the words of one sentence."""
        self._targets = frozenset(w for w, c in word_counts.items() if c >= min_count and len(w) >= MIN_LENGTH - 1)
        # Every rare word, short ones too: a correction must be one edit from no other word.
        self._rare = frozenset(w for w in rare if len(w) >= MIN_LENGTH - 1) - self._targets
        self._known = self._targets | self._rare
        self._letters = "".join(sorted(set("".join(self._known))))
        self._longest = max(map(len, self._known), default=0)
        # A question's unknown words recur in the next ones; kept per word and ``rare``.
        self._corrections: dict[tuple[str, bool], str | None] = {}
        self._folded: frozenset[str] | None = None  # the known words without accents (``has_near``)

    def _candidates(self, word: str) -> frozenset[str]:
        targets = self._known
        deletions = _deletions(word)
        found = targets.intersection([word, *deletions, *_insertions(word, self._letters)])
        for deletion in deletions:  # one deletion's insertions at a time: a few hundred KB at most
            found |= targets.intersection(_insertions(deletion, self._letters))
        return found

    def may_correct(self, word: str) -> bool:
        """Whether ``word`` is looked up at all (the rest cost nothing)."""
        # Every variant is at most one letter longer than the word, so a word two letters
        # longer than the longest corpus word has no candidate.
        return MIN_LENGTH <= len(word) <= min(MAX_LENGTH, self._longest + 1) and word.isalpha()

    def correct(self, word: str, rare: bool = False) -> str | None:
        """The one close, frequent corpus word ``word`` is a typo of, else ``None``; with ``rare``,
        failing that, the one long corpus word of one sentence it is one edit from."""
        if not self.may_correct(word):  # before the memo: it keeps no long word
            return None
        key = (word, rare)
        if key not in self._corrections:
            if len(self._corrections) >= _CORRECTIONS_KEPT:
                self._corrections.clear()
            self._corrections[key] = self._correct(word, rare)
        return self._corrections[key]

    def has_near(self, word: str) -> bool:
        """Whether a corpus word, frequent or of one sentence, accents aside, is one edit from
        ``word`` ("celeron" of "céloron": one letter swapped once "é" is "e"): ``word`` may be a
        misspelling of it, even where ``correct`` finds no one word to put in its place."""
        if not self.may_correct(word):
            return False
        if self._folded is None:  # once, on the first name asked that the archive never writes
            self._folded = long_lived(frozenset(map(_folded, self._known)))
        word = _folded(word)
        deletions = _deletions(word)
        swapped = (v for d in deletions for v in _insertions(d, _PLAIN))  # a letter replaced or moved
        return word in self._folded or not self._folded.isdisjoint([*deletions, *_insertions(word, _PLAIN), *swapped])

    def _correct(self, word: str, rare: bool) -> str | None:
        allowed = 2 if len(word) >= LONG_WORD else 1
        distances = [(edit_distance(word, c, transpositions=True), c) for c in self._candidates(word)]
        scored = [(d, c) for d, c in distances if 0 < d <= allowed and c in self._targets]
        if not scored:
            near = [c for d, c in distances if d == 1]
            if rare and len(near) == 1 and near[0] in self._rare and len(near[0]) >= RARE_LENGTH:
                return near[0]
            return None
        best = min(d for d, _ in scored)
        closest = [c for d, c in scored if d == best]
        return closest[0] if len(closest) == 1 else None
