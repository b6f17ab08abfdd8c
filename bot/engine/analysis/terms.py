"""Words and terms of a language other than English: Snowball stems, stop words, numbers.

Text is NFKC-normalised and lowercased (Turkish's dotted and dotless i kept apart); a word is a
run of letters, marks (Devanagari vowel signs, Arabic harakat, Thai tone marks) and digits,
joined by hyphens, apostrophes and the periods and commas inside numbers. Its terms: each
part's Snowball stem (PyStemmer: every Snowball language; none for a language Snowball lacks),
stop words (stopwordsiso's list of the language) and lone letters dropped; numbers kept whole
in ASCII digits, the language's thousands separators dropped and its decimal comma made a
point ("1.000,5" in German and "1,000.5" in English are both ``1000.5``; "٢٠٢٢" is ``2022``), so
a number matches across languages. A "words" function (``segment``) may cut text without spaces
into words (Chinese), and a "parts" function a word into more terms (a long Chinese word's
shorter words, a Thai run's character pairs).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import regex

from bot.engine.analysis.memo import ByteBudgetMemo

MAX_WORD_LENGTH = 128  # as in English: a longer run is no word anyone asks for
_MEMO_BYTES = 32 << 20
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}$€£¥]+(?:(?:[-'’.](?=[\p{L}\p{M}\p{N}])|,(?=\p{N}))[\p{L}\p{M}\p{N}$€£¥]+)*")
_NUMBER = regex.compile(r"\p{N}[\p{N}.,]*")
_SPLIT = regex.compile(r"[-'’]")
# Languages writing "1.000,5" (a decimal comma); the others write "1,000.5".
DECIMAL_COMMA = frozenset(
    {"da", "de", "el", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "vi"}
)


def lowercase(text: str, language: str) -> str:
    """``text`` lowercased as ``language`` does (Turkish: "I" is "ı", "İ" is "i")."""
    if language in ("tr", "az"):
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def ascii_number(written: str, decimal_comma: bool) -> str:
    """A written number in ASCII digits, without thousands separators, its decimal mark a point."""
    if not written.isascii():
        written = "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in written)
    if decimal_comma:
        return written.replace(".", "").replace(",", ".")
    return written.replace(",", "")


@dataclass(frozen=True, eq=False)
class Words:
    """One language's words and terms; ``stem``/``segment``/``parts`` are the language's own steps."""

    language: str
    stop_words: frozenset[str]
    stem: Callable[[str], str] | None = None  # a lowercase word's stem
    segment: Callable[[str], list[str]] | None = None  # text → words, for a script written without spaces
    parts: Callable[[str], list[str]] | None = None  # a lowercase word's further terms
    decimal_comma: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "decimal_comma", self.language in DECIMAL_COMMA)

    @staticmethod
    def normalize(text: str) -> str:
        return unicodedata.normalize("NFKC", text)

    def words(self, text: str) -> list[str]:
        """The words of ``text`` as written, none too long."""
        text = self.normalize(text)
        if self.segment is not None:
            found = [w for piece in self.segment(text) for w in _WORD.findall(piece)]
        else:
            found = _WORD.findall(text)
        return [w for w in found if len(w) <= MAX_WORD_LENGTH]

    def written_words(self, text: str) -> set[str]:
        return {lowercase(w, self.language) for w in self.words(text)}

    def compound_terms(self, compound: str) -> tuple[str, ...]:
        return self._memo(compound) if len(compound) <= MAX_WORD_LENGTH else ()

    @cached_property
    def _memo(self) -> ByteBudgetMemo[str, tuple[str, ...]]:
        return ByteBudgetMemo(self._terms_of_compound, _MEMO_BYTES)

    def _terms_of_compound(self, compound: str) -> tuple[str, ...]:
        lower = lowercase(compound, self.language).rstrip(".")
        if _NUMBER.fullmatch(lower):
            return (ascii_number(lower, self.decimal_comma),)
        pieces = [p for p in _SPLIT.split(lower) if p]
        terms = [t for piece in pieces for t in self._piece_terms(piece)]
        if len(pieces) > 1 and any(len(p) <= 2 or p[0].isdecimal() for p in pieces):
            terms.append(ascii_number("".join(pieces), False))  # "F-16", "COVID-19" are also written whole
        return tuple(terms)

    def _piece_terms(self, piece: str) -> list[str]:
        if _NUMBER.fullmatch(piece):
            return [ascii_number(piece, self.decimal_comma)]
        piece = piece.replace(".", "")
        if (len(piece) < 2 and not piece.isdecimal() and self.segment is None) or piece in self.stop_words:
            return []
        term = self.term(piece)
        extra = self.parts(piece) if self.parts is not None else []
        return [term, *(p for p in extra if p != term and p not in self.stop_words)]

    def term(self, word: str) -> str:
        """The index term of one lowercase word: its stem."""
        return self.stem(word) if self.stem is not None else word

    def tokenize(self, text: str) -> list[str]:
        """Retrieval terms of ``text``, in order (repeats kept: BM25 counts them)."""
        return [t for compound in self.words(text) for t in self.compound_terms(compound)]
