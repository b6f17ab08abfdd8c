"""A language's text analysis behind one object: sentences, words, terms, stop words, spelling.

Everything that decides what an index stores goes through an ``Analyzer``; ``ENGLISH`` is
the one there is (the English modules beside this one are its implementation). The
in-process build (``build_in_process``, ``build_segment``, every worker's ``analyse``) and the
Xapian writer (``build_shards``, ``sync_shards``, ``index_corpus``) take one and split and
read articles with it; a backend keeps the one its terms were made with (``analyzer``), and
the ``Searcher`` reads a question's words and terms with that one. Another language is
another instance passed there, not an edit of the modules that build or search.

Its ``name`` and ``version`` are saved with the in-process index (its manifest) and in
every Xapian shard (metadata): an index made by another analyzer, or by another version of
this one, is rebuilt rather than read with different rules. Raise ``version`` whenever a
change to the English rules changes the terms of any text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.analysis import sentences, stopwords, tokens


@dataclass(frozen=True)
class Analyzer:
    """One language's analysis: what splits, reads and stems its text."""

    name: str
    version: int
    split_sentences: Callable[[str], list[str]] = field(compare=False)
    words: Callable[[str], list[str]] = field(compare=False)  # compounds as written
    written_words: Callable[[str], set[str]] = field(compare=False)  # distinct, lowercase
    compound_terms: Callable[[str], tuple[str, ...]] = field(compare=False)  # terms of one compound
    tokenize: Callable[[str], list[str]] = field(compare=False)  # terms of a text, in order
    term: Callable[[str], str] = field(compare=False)  # the term of one lowercase word
    spelling: Callable[[str], str] = field(compare=False)  # one spelling of a word's variants
    stop_words: frozenset[str] = field(compare=False, default=frozenset())
    abbreviations: frozenset[str] = field(compare=False, default=frozenset())  # never end a sentence
    language: str = field(compare=False, default="en")  # the code of the language it reads ("en", "de")

    @property
    def key(self) -> str:
        """What the index stores to know its analyzer: ``"english 1"``."""
        return f"{self.name} {self.version}"


ENGLISH = Analyzer(
    name="english",
    version=1,
    split_sentences=sentences.split_sentences,
    words=tokens.words,
    written_words=tokens.written_words,
    compound_terms=tokens.compound_terms,
    tokenize=tokens.tokenize,
    term=tokens.term,
    spelling=tokens.americanize,
    stop_words=stopwords.STOP_WORDS,
    abbreviations=sentences.ABBREVIATIONS,
)
