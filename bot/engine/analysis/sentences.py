"""Split article text into passages (sentences) with nltk's Punkt, needing no nltk_data.

Punkt normally loads a model trained on a large corpus (``punkt``/``punkt_tab``) that
must be downloaded. Instead we give it the one thing that model mostly contributes
for news English — which abbreviations never end a sentence — so it works offline.
Paragraph breaks always end a sentence, and news boilerplate (photo credits such as
"(Source: Associated Press)", "Read more: ..." links) never becomes a passage. A run
of text longer than ``MAX_PASSAGE`` without a sentence end (a table, a list, hostile
text) is cut at spaces into passages of at most that length: every step after the
split reads a passage whole, some several times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

# Lowercase, without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof rev fr sr jr st mt ft
    gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres supt insp det
    u.s u.k u.n u.s.a e.u d.c l.a n.y
    inc ltd co corp bros dept est approx no nos vol fig
    a.m p.m e.g i.e etc vs cf al
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")  # initials: "John F. Kennedy"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PHOTO_CREDIT = re.compile(
    r"\(\s*(?:source|photo|photograph|image|picture|credit|file photo|video)s?\s*:[^()]*\)",
    re.IGNORECASE,
)
_LINK_LINE = re.compile(r"\A(?:read more|related|see also|also read|read also|watch|listen|more)\s*:", re.IGNORECASE)
# Left alone by Punkt these would be sentences of their own; they carry no content.
CONTENTLESS = re.compile(r"\A[\W_]*\Z")


MAX_PASSAGE = 4096  # characters: a Telegram message's length (the longest news sentence seen: 3,042)
_MEMO_LIMIT = 300_000  # decided contexts kept per process (about 30 MB at most)
_MEMO_CONTEXT = 100  # characters of the longest context kept: a word, the break, the next word


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    # nltk wraps its patterns in a per-call timeout guard against catastrophic
    # backtracking; the two Punkt applies to whole paragraphs scan linearly (a character
    # class with a lookahead), and the guard's Python layers cost a third of the splitting.
    return getattr(pattern, "_rx", pattern)


class _PlainLanguageVars(PunktLanguageVars):
    """Punkt's English conventions, matched by the regular expressions themselves."""

    re_boundary_realignment = _unguarded(PunktLanguageVars.re_boundary_realignment)

    def period_context_re(self) -> re.Pattern[str]:
        if "_plain_period_context" not in self.__dict__:
            self._plain_period_context = _unguarded(super().period_context_re())
        return self._plain_period_context


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt deciding each distinct candidate break once per process.

    Punkt asks, at every ``.``, ``?`` or ``!``, whether the few words around it
    (``context``: "Ukraine. The") hold a sentence break, tokenizing and annotating them
    anew each time; the answer depends on that text alone, and the same contexts recur
    endlessly in news ("Russia. In"), so remembering it halves the splitting time.
    """

    def __init__(self, parameters: PunktParameters) -> None:
        super().__init__(parameters, lang_vars=_PlainLanguageVars())
        self._breaks: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        if len(text) > _MEMO_CONTEXT:  # a long token's context never recurs: kept, it would cost its length
            return super().text_contains_sentbreak(text)
        found = self._breaks.get(text)
        if found is None:
            if len(self._breaks) >= _MEMO_LIMIT:
                self._breaks.clear()
            found = self._breaks[text] = super().text_contains_sentbreak(text)
        return found


@cache
def _punkt() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return _MemoPunkt(parameters)


def paragraphs(text: str) -> list[str]:
    """Content paragraphs of an article: blank-line separated, boilerplate removed."""
    kept = []
    for block in _PARAGRAPH_BREAK.split(text):
        block = " ".join(_PHOTO_CREDIT.sub(" ", block).split())
        if block and not _LINK_LINE.match(block):
            kept.append(block)
    return kept


def bounded(paragraph: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut at spaces (anywhere, in a run without one) into spans of at most ``MAX_PASSAGE``."""
    while end - start > MAX_PASSAGE:
        cut = paragraph.rfind(" ", start + 1, start + MAX_PASSAGE + 1)
        if cut == -1:
            yield start, start + MAX_PASSAGE
            start += MAX_PASSAGE
        else:
            yield start, cut
            start = cut + 1
    yield start, end


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each passage in one content paragraph, in order."""
    return [
        (a, b)
        for start, end in _punkt().span_tokenize(paragraph)
        for a, b in bounded(paragraph, start, end)
        if not CONTENTLESS.match(paragraph[a:b])
    ]


def split_sentences(text: str) -> list[str]:
    """The article's sentences in order, each one a passage."""
    return [paragraph[a:b] for paragraph in paragraphs(text) for a, b in sentence_spans(paragraph)]
