"""A title a reader understands, for an article whose file gives none.

A file name made of words (``nato_sends_jets.txt``) reads as a title ("Nato sends
jets"). One that is not words — digits and hex such as the seed's
``000_a388bfca99b435f5.txt`` — means nothing to a reader, so the title comes from the
article itself: its first sentence, shortened at a clause or word boundary.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.engine.analysis.sentences import paragraphs, split_sentences

TITLE_LIMIT = 110
_SEPARATORS = re.compile(r"[_\-\s]+")
# A token that is a number, or an identifier such as a hash: letters and digits mixed.
_NOT_A_WORD = re.compile(r"\A(?:\d+|(?=[a-z]*\d)[0-9a-z]{6,})\Z", re.IGNORECASE)


def title_from_filename(path: Path) -> str:
    """The file name's words as a title ("" when it has none), leading numbers dropped."""
    tokens = [t for t in _SEPARATORS.split(path.stem) if t]
    if not any(re.search(r"[^\W\d_]{2}", t) and not _NOT_A_WORD.match(t) for t in tokens):
        return ""
    while tokens and tokens[0].isdigit():  # "003_nato_jets": an ordering prefix
        tokens.pop(0)
    words = " ".join(t for t in tokens if not _NOT_A_WORD.match(t) or t.isdigit())
    return words[:1].upper() + words[1:]


def title_from_lead(text: str, limit: int = TITLE_LIMIT) -> str:
    """The article's first sentence, cut at a clause or word boundary to ``limit`` characters."""
    first_paragraph = next(iter(paragraphs(text)), text)
    lead = next(iter(split_sentences(first_paragraph)), first_paragraph).strip()
    lead = lead.rstrip(".!?:;, ")
    if len(lead) <= limit:
        return lead
    # A whole first clause reads better than a sentence cut mid-way.
    clause = re.split(r"[,;:—–]", lead, maxsplit=1)[0].rstrip()
    if limit // 2 <= len(clause) <= limit:
        return clause
    cut = lead[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:—–") + "…"


def article_title(given: str, path: Path, text: str) -> str:
    """The title line if any, else the file name's words, else one from the article's lead."""
    return given or title_from_filename(path) or title_from_lead(text)
