"""Sentence ends of every script, for the languages other than English.

English has its Punkt model (``sentences``); other languages end their sentences with their
own marks: 。！？ (Chinese, Japanese: no space follows), । ॥ (Devanagari), ؟ ۔ (Arabic,
Urdu), ; (the Greek question mark), ։ ። ။ (Armenian, Ethiopic, Myanmar), and . ! ? with a
space. A period ends a sentence the way Punkt decides it for a language it has no model of:
not after an initial ("J. R. R. Tolkien"), a dotted abbreviation ("z.B.", "т.е."), or — in
the languages that write ordinals so — a number ("am 12. März"), and never before a
lowercase word. Paragraph breaks always end one, boilerplate is dropped and over-long runs are
cut (``sentences.paragraphs``, ``sentences.bounded``), as in English.
"""

from __future__ import annotations

import regex

from bot.engine.analysis.sentences import CONTENTLESS, bounded, paragraphs

_CLOSERS = "\"'”’»」』）)\\]"
# Marks after which a sentence ends with or without a space (full-width and CJK marks).
_CJK_END = rf"[。！？｡][{_CLOSERS}]*"
# Marks that end a sentence when a space follows.
_SPACED_END = rf"(?:[!?؟।॥۔։።။]+|\.{{3}}|…)[{_CLOSERS}]*(?=\s)"
_PERIOD = rf"\.[{_CLOSERS}]*(?=\s+[^\p{{Ll}}\s])"
_GREEK_QUESTION = rf";[{_CLOSERS}]*(?=\s)"
# The word before a period that does not end the sentence: an initial, a dotted abbreviation.
_INITIAL = regex.compile(r"(?:^|[\s(])(?:\p{L}|\p{L}+(?:\.\p{L}+)+)$")
_NUMBER_BEFORE = regex.compile(r"(?:^|\s)\p{N}+$")
# Languages that write an ordinal as a number and a period ("12. März", "3. Mai").
ORDINAL_PERIOD = frozenset({"cs", "da", "de", "et", "fi", "hu", "is", "lv", "no", "pl", "sk", "sl", "sv", "tr"})


def splitter(language: str) -> regex.Pattern[str]:
    """The candidate sentence ends of ``language``'s text."""
    ends = [_CJK_END, _SPACED_END, _PERIOD] + ([_GREEK_QUESTION] if language == "el" else [])
    return regex.compile("|".join(f"(?:{end})" for end in ends))


def sentence_spans(paragraph: str, ends: regex.Pattern[str], ordinal_period: bool = False) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of one paragraph, cut at ``ends`` (see the module's rules)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in ends.finditer(paragraph):
        if match[0].startswith("."):
            before = paragraph[start : match.start()]
            if _INITIAL.search(before) or (ordinal_period and _NUMBER_BEFORE.search(before)):
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(paragraph)))
    return [
        (a, b)
        for first, last in spans
        for a, b in bounded(paragraph, *_stripped(paragraph, first, last))
        if a < b and not CONTENTLESS.match(paragraph[a:b])
    ]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, ends: regex.Pattern[str], ordinal_period: bool = False) -> list[str]:
    """The article's sentences in order, each one a passage."""
    return [
        paragraph[a:b] for paragraph in paragraphs(text) for a, b in sentence_spans(paragraph, ends, ordinal_period)
    ]
