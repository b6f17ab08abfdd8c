"""The English terms of WordNet's one-word lemmas, computed ahead and shipped (``lemma_terms.txt.gz``).

A question's first asking stems its words' WordNet relatives (a hundred for some words, 17 µs
each with nltk's Snowball): the terms ``tokens.compound_terms`` gives every one-word lemma of
WordNet 3.0 are read from the file instead. Its first line is the fingerprint of the code
that decides terms (``tokens``, its irregular verbs and stop words, nltk's Snowball stemmer); a table
of other code is not used, and a lemma not in it is analysed as before, so the terms are
always the analyzer's own. Written again, after such a change, by
``python -m bot.engine.lemma_terms`` (reads WordNet's index files).
"""

from __future__ import annotations

import gzip
import hashlib
import sys
import zlib
from functools import cache
from pathlib import Path

from nltk.stem import snowball

from bot.engine.analysis import irregular_verbs, stopwords, tokens
from bot.engine.analysis.memo import ByteBudgetMemo
from bot.engine.related_words import PARTS_OF_SPEECH, WORDNET_DIR

TABLE = Path(__file__).with_name("lemma_terms.txt.gz")
# What ``written_terms`` may keep: a passage word's terms are mostly the analyzer's own tuple, kept twice.
WRITTEN_MEMO_BYTES = 64 << 20
_COUNTRY_US = frozenset({"US", "USA"})  # the words of letters whose terms are not their lowercase's
WORDNET_INDEXES = [WORDNET_DIR / f"index.{pos}" for pos in PARTS_OF_SPEECH]


def fingerprint() -> str:
    """What the terms depend on: the analysis code's text and the stemmer's. The stemmer's
    source, not nltk's version, so that a release of nltk that leaves it alone keeps the table."""
    digest = hashlib.sha256()
    for module in (tokens, irregular_verbs, stopwords, snowball):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def read_table(path: Path) -> dict[str, str]:
    """The lemmas' terms in ``path``, space-separated (a string takes a third of a tuple's
    memory); none if it is missing, damaged or of other code."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        current = fingerprint()  # the analysis sources may be unreadable (a frozen install): then unused
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return {}
    header, _, body = text.partition("\n")
    if header != f"# {current}":
        return {}
    table: dict[str, str] = {}
    for line in body.splitlines():
        lemma, tab, terms = line.partition("\t")
        table[lemma] = terms if tab else lemma  # a lemma alone is its own term
    return table


@cache
def _shipped() -> dict[str, str]:
    return read_table(TABLE)


def lemma_terms(lemma: str) -> tuple[str, ...]:
    """``tokens.compound_terms(lemma)``, read from the shipped table when it has ``lemma``."""
    found = _shipped().get(lemma)
    return tokens.compound_terms(lemma) if found is None else tuple(found.split())


def _written_terms(word: str) -> tuple[str, ...]:
    # A word of ASCII letters, possessive or not ("Ukraine's", "soldiers'"), has its letters'
    # lowercase's terms (``tokens``: only "US" and "USA" are read apart).
    letters = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("'") else word
    if letters.isascii() and letters.isalpha() and letters not in _COUNTRY_US:
        found = _shipped().get(letters.lower())
        if found is not None:
            return tuple(found.split())
    return tokens.compound_terms(word)


written_terms = ByteBudgetMemo(_written_terms, WRITTEN_MEMO_BYTES)
"""``tokens.compound_terms(word)`` of a word as written ("Minister"), a lemma's read from the
shipped table: a first asking stemmed its passages' words new to the process."""


def write_table(path: Path, indexes: list[Path]) -> int:
    """Write the terms of every one-word lemma of WordNet's ``indexes`` to ``path``; how many."""
    lemmas: set[str] = set()
    for index in indexes:
        for line in index.read_text(encoding="utf-8", errors="replace").splitlines():
            lemma = line.split(" ", 1)[0]
            if lemma and not line.startswith(" ") and "_" not in lemma and "-" not in lemma:
                lemmas.add(lemma)
    lines = [f"# {fingerprint()}"]
    for lemma in sorted(lemmas):
        terms = tokens.compound_terms(lemma)
        lines.append(lemma if terms == (lemma,) else f"{lemma}\t{' '.join(terms)}")
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return len(lemmas)


if __name__ == "__main__":
    print(f"{write_table(TABLE, WORDNET_INDEXES)} lemmas written to {TABLE}", file=sys.stderr)
