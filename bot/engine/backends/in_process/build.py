"""Analyse runs of articles for a segment: sentences, term ids, words and names.

``analyse`` splits each article of a run into sentences and each sentence into its
written words, then looks every word up in ``WordTable``: each distinct word's terms,
lowercase form (for spelling) and name-ness are worked out once per process and kept
in arrays by word number, so a run's term ids and counts are gathered with numpy
rather than word by word in Python.

Terms, lowercase words and names are numbered by the analysing process in order of
first appearance; a run carries the strings its process numbered since its previous
run, and ``segments.Renumbering`` (in the gathering process) maps those numbers to global ids.
Runs are gathered in article order, so global ids follow the order of first
appearance in the corpus, whichever process analysed which run.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import analyzer_for
from bot.engine.analysis.language import article_language
from bot.engine.corpus import parse_article
from bot.engine.values import ArticleMeta, article_meta


class GrowingArray:
    """A numpy array filled from the start, its room doubled whenever it is full."""

    def __init__(self, dtype: type, capacity: int = 1024) -> None:
        self.array: np.ndarray = np.empty(max(capacity, 1), dtype=dtype)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        end = self.size + len(values)
        if end > len(self.array):
            grown = np.empty(max(end, 2 * len(self.array)), self.array.dtype)
            grown[: self.size] = self.array[: self.size]
            self.array = grown
        self.array[self.size : end] = values
        self.size = end

    def view(self) -> np.ndarray:
        return self.array[: self.size]


class _Numbering:
    """Strings numbered in order of first appearance, with the ones not yet sent on."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.strings: list[str] = []
        self.sent = 0

    def number(self, string: str) -> int:
        found = self.numbers.get(string)
        if found is None:
            found = self.numbers[string] = len(self.strings)
            self.strings.append(string)
        return found

    def unsent(self) -> tuple[int, list[str]]:
        """The first unsent number and the strings from it on, now counted as sent."""
        first, self.sent = self.sent, len(self.strings)
        return first, self.strings[first:]


class WordTable(dict[str, int]):
    """Per analysing process: each written word's number, and by number what the word contributes.

    Most words recur endlessly, so each distinct one is analysed once (``__missing__``):
    its terms (``word_terms[term_starts[w] : term_starts[w] + term_counts[w]]``), its
    lowercase form and whether, not first in its sentence, it would be a name.

    A word of an article in another language than ``analyzer``'s is numbered under its
    ``key`` (the word, ``LANGUAGE_MARK`` and the language): the same letters are other terms
    in another language ("die" is a verb in English, an article in German).
    """

    def __init__(self, analyzer: Analyzer = ENGLISH) -> None:
        super().__init__()
        self.analyzer = analyzer  # the archive's default language's: its words are keys as they are
        self._compound_terms = analyzer.compound_terms  # bound once: called for every new word
        self.terms, self.lowercase, self.names = _Numbering(), _Numbering(), _Numbering()
        self.written: list[str] = []  # by word number
        self.word_terms = GrowingArray(np.int32)
        self.term_starts = GrowingArray(np.int64)
        self.term_counts = GrowingArray(np.int32)
        self.lowercase_of = GrowingArray(np.int32)
        self.may_be_name = GrowingArray(np.bool_)
        self.name_of = GrowingArray(np.int32)  # -1: not (yet) counted as a name
        self._new_terms, self._new_counts, self._new_lowercase = array("i"), array("i"), array("i")
        self._new_names = array("b")

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self.written)
        word, _, language = key.partition(LANGUAGE_MARK)
        self.written.append(word)
        compound_terms = analyzer_for(language).compound_terms if language else self._compound_terms
        terms = [self.terms.number(t) for t in compound_terms(word)]
        self._new_terms.extend(terms)
        self._new_counts.append(len(terms))
        self._new_lowercase.append(self.lowercase.number(word.lower()))
        # A name: capitalised, not an acronym, not a stop word.
        self._new_names.append(word[0].isupper() and not word.isupper() and bool(terms))
        return number

    def settle(self) -> None:
        """Move the words numbered since the last call into the arrays."""
        counts = np.frombuffer(self._new_counts, np.int32)
        starts = np.zeros(len(counts), dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        self.term_starts.extend(starts + self.word_terms.size)
        self.term_counts.extend(counts)
        self.word_terms.extend(np.frombuffer(self._new_terms, np.int32))
        self.lowercase_of.extend(np.frombuffer(self._new_lowercase, np.int32))
        self.may_be_name.extend(np.frombuffer(self._new_names, np.int8).astype(bool))
        self.name_of.extend(np.full(len(counts), -1, dtype=np.int32))
        self._new_terms, self._new_counts, self._new_lowercase = array("i"), array("i"), array("i")
        self._new_names = array("b")

    def name_numbers(self, word_numbers: np.ndarray) -> np.ndarray:
        """The name number of each given word (counted as a name), numbering the new ones."""
        name_of = self.name_of.view()
        new = np.unique(word_numbers[name_of[word_numbers] < 0])  # by word number: as the words first came
        name_of[new] = [self.names.number(self.written[w]) for w in new.tolist()]
        return name_of[word_numbers]


LANGUAGE_MARK = "\x00"  # between a word and its language in a ``WordTable`` key (no text holds it)
_TABLES: dict[Analyzer, WordTable] = {}  # this process's numbering, one table per analyzer


Cells = tuple[np.ndarray, np.ndarray, np.ndarray]  # article (int32), key (int32), count (int32)


@dataclass
class Analysis:
    """What ``analyse`` returns for a run of articles.

    Term, word and name ids are the analysing process's (``WordTable``); ``new_*`` are
    the strings it numbered since its previous run, from number ``first_new[kind]`` on.
    """

    process: int
    first_new: tuple[int, int, int]  # terms, words, names
    new_terms: list[str]
    new_words: list[str]
    new_names: list[str]
    sentence_counts: list[int]
    texts: bytes
    text_lengths: np.ndarray  # int64, bytes of each sentence
    term_ids: np.ndarray  # int32, each sentence's terms in order
    term_counts: np.ndarray  # int32, terms of each sentence
    sentence_words: np.ndarray  # int32, each sentence's distinct lowercase words
    sentence_word_counts: np.ndarray  # int32, distinct words of each sentence
    word_cells: Cells  # sentences of the article using the lowercase word
    name_cells: Cells  # sentences of the article naming the name
    sources: list[ArticleMeta]  # of articles given as paths
    problems: list[str]  # article files that could not be read, with why


def analyse(
    items: Sequence[str | Path | tuple[str, str]], table: WordTable | None = None, analyzer: Analyzer = ENGLISH
) -> Analysis:
    """Split articles into sentences and each sentence into terms, words and names.

    An article is its text (with its language, or detected), or the path of its file, read
    here: a build of a whole corpus then never holds every article's text in one process. A
    file that cannot be read or parsed is left out and named in ``problems``. Each article is
    split and read by its language's analyzer; ``analyzer`` (``table``'s own, when given) is
    the archive's default language's, for text too short to tell.
    """
    table = table if table is not None else _TABLES.setdefault(analyzer, WordTable(analyzer))
    default = table.analyzer
    written: list[str] = []
    blob = bytearray()
    text_lengths, words_per_sentence = array("q"), array("i")
    sentence_counts: list[int] = []
    sources: list[ArticleMeta] = []
    problems: list[str] = []
    for item in items:
        if isinstance(item, Path):
            try:
                parsed = parse_article(item, item.read_bytes())
            except (ValueError, OSError) as error:
                problems.append(f"{item}: {error}")
                sentence_counts.append(0)
                continue
            language = article_language(parsed.text, parsed.language, default.language)
            sources.append(article_meta(parsed, language))
            text = parsed.text
        elif isinstance(item, tuple):
            text, language = item
        else:
            text, language = item, article_language(item, None, default.language)
        reader = default if language == default.language else analyzer_for(language)
        sentences = reader.split_sentences(text)
        sentence_counts.append(len(sentences))
        encoded = [s.encode("utf-8") for s in sentences]
        blob += b"".join(encoded)
        text_lengths.extend(map(len, encoded))
        found = list(map(reader.words, sentences))
        if reader is default:
            written.extend(chain.from_iterable(found))
        else:
            mark = LANGUAGE_MARK + language
            written.extend(w + mark for w in chain.from_iterable(found))
        words_per_sentence.extend(map(len, found))
    word_numbers = np.fromiter(map(table.__getitem__, written), dtype=np.int32, count=len(written))
    table.settle()
    word_counts = np.frombuffer(words_per_sentence, np.int32).astype(np.int64)
    term_ids, term_counts = _terms(table, word_numbers, word_counts)
    sentence_of_word = np.repeat(np.arange(len(word_counts)), word_counts)
    article_of_sentence = np.repeat(np.arange(len(sentence_counts)), sentence_counts)
    # Each sentence's distinct lowercase words, in the order they first come in it.
    lowercase, lowercase_count = table.lowercase_of.view()[word_numbers], len(table.lowercase.strings)
    first = np.zeros(len(lowercase), dtype=bool)
    first[np.unique(sentence_of_word * lowercase_count + lowercase, return_index=True)[1]] = True
    sentence_words = lowercase[first]
    sentence_word_counts = np.bincount(sentence_of_word[first], minlength=len(word_counts)).astype(np.int32)
    word_cells = _cells(sentence_of_word[first], sentence_words, article_of_sentence, lowercase_count)
    # The first word of a sentence is capitalised anyway.
    naming = table.may_be_name.view()[word_numbers]
    starts = np.cumsum(word_counts) - word_counts
    naming[starts[word_counts > 0]] = False
    name_cells = _cells(sentence_of_word[naming], word_numbers[naming], article_of_sentence, len(table.written))
    name_cells = (name_cells[0], table.name_numbers(name_cells[1]).astype(np.int32), name_cells[2])
    (first_term, new_terms), (first_word, new_words), (first_name, new_names) = (
        table.terms.unsent(),
        table.lowercase.unsent(),
        table.names.unsent(),
    )
    return Analysis(
        os.getpid(), (first_term, first_word, first_name), new_terms, new_words, new_names, sentence_counts,
        bytes(blob), np.frombuffer(text_lengths, np.int64).copy(), term_ids, term_counts, sentence_words,
        sentence_word_counts, word_cells, name_cells, sources, problems,
    )  # fmt: skip


def _terms(table: WordTable, word_numbers: np.ndarray, word_counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every word's terms back to back, and the number of terms of each sentence."""
    counts = table.term_counts.view()[word_numbers].astype(np.int64)
    ends = np.cumsum(counts)
    total = int(ends[-1]) if len(ends) else 0
    # Position k of the output is term (k - output start + table start) of its word.
    positions = np.repeat(table.term_starts.view()[word_numbers] - (ends - counts), counts) + np.arange(total)
    term_ids = table.word_terms.view()[positions]
    before = np.zeros(len(ends) + 1, dtype=np.int64)
    before[1:] = ends
    sentence_ends = np.cumsum(word_counts)
    term_counts = (before[sentence_ends] - before[sentence_ends - word_counts]).astype(np.int32)
    return term_ids, term_counts


def _cells(sentences: np.ndarray, keys: np.ndarray, article_of_sentence: np.ndarray, key_count: int) -> Cells:
    """For each article and key: how many of the article's sentences hold the key."""
    sentence_count = max(len(article_of_sentence), 1)
    # Article, key and sentence as one number, sorted: each (article, key) is a run, in
    # which a sentence holding the key twice is two equal neighbours.
    triples = np.sort((article_of_sentence[sentences] * key_count + keys) * sentence_count + sentences)
    triples = triples[np.flatnonzero(np.diff(triples, prepend=-1))]
    pairs = triples // sentence_count
    starts = np.flatnonzero(np.diff(pairs, prepend=-1))
    counts = np.diff(starts, append=len(pairs))
    articles, keys = np.divmod(pairs[starts], key_count)
    return articles.astype(np.int32), keys.astype(np.int32), counts.astype(np.int32)
