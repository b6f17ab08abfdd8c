"""A question's words pointing at the article itself, which are no words to find in it.

"Who is the Kremlin official quoted in the piece?" asks who the Kremlin official is: every
passage is "in the piece", and none says "piece" or "quoted" of Peskov. Read as content, such
words sink the passage under the relevance bar or make the refusal rules look for a
"quoted" official. So the reference is dropped before the question is searched: "according
to the article", "in this story", "mentioned in the report", "quoted in the piece". A verb
of the reference goes with it only where it modifies a noun ("the official quoted in the
piece"); after "is" it is the question's own verb ("Which official is quoted in the piece?").

A picture the question points at ("the people in the Kyiv park picture") is the caption read:
a caption seldom says "picture", so the word is no evidence the archive speaks of the question
(``names_picture``: a noun whose most frequent sense is a picture or a photograph, or one step
narrower, in WordNet: *picture*, *photo*, *snapshot*, *still*).

The reference needs a determiner pointing at the text read ("the", "this", "that", "your"):
"in a report by the State Department" or "in reports" name a thing of the news, not the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.related_words import base_forms, first_sense_within

# The article as a reader names it (as ``intent._NOUN``, without "file" and "document", which
# news speaks of: "the document Russia sent").
_NOUN = (
    r"(?:news |newest |latest |whole |full |current )?"
    r"(?:article|story|piece|news item|news piece|news story|post|text|report|news|write-?up|coverage|passage"
    r"|paragraph|excerpt|extract)"
)
_THE = r"(?:the|this|that|your)"
# A verb of writing or naming, in its participle, that says where in the text a thing stands.
_MENTIONED = (
    r"(?:mentioned|quoted|named|cited|referred to|referenced|discussed|described|featured|reported|written about"
    r"|talked about|covered|identified|listed|noted|highlighted|brought up|spoken of|singled out)"
)
# What introduces the article as the source of what is asked: "according to", "based on" …
_ACCORDING = (
    r"according to|per|as per|going by|judging by|based on|based upon|as (?:reported|stated|described|written|told"
    r"|said|mentioned|explained) (?:in|by)"
)
_REFERENCE = rf"(?:in|by|from|within|throughout|of) {_THE} {_NOUN}"
_AT_END = re.compile(
    rf"(?P<lead>[\s,;:—–-]+)(?:(?P<verb>{_MENTIONED})\s+)?(?:{_REFERENCE}|(?:{_ACCORDING}) {_THE} {_NOUN})"
    r"(?P<tail>\s*[?!.]*\s*)$",
    re.IGNORECASE,
)
_AT_START = re.compile(
    rf"^\s*(?:(?:{_ACCORDING}|in|from|within) {_THE} {_NOUN}|{_THE} {_NOUN} (?:says|said))"
    # ... followed by a break or the question itself: "In the report by the State Department, …"
    # is about a report of the news
    r"(?:\s*[,:;—–]\s*|\s+(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have"
    r"|had|can|could|will|would|should)\b))",
    re.IGNORECASE,
)
# "the minister mentioned here", "the figures cited above": a participle of writing or naming
# with an adverb pointing at the text read (never "here" alone: "who is here?" asks a place).
_HERE_END = re.compile(
    rf"(?P<lead>[\s,;:—–-]+)(?P<verb>{_MENTIONED})\s+(?:in here|here|above|below)(?P<tail>\s*[?!.]*\s*)$",
    re.IGNORECASE,
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})


def without_article_reference(question: str, here: bool = False) -> str:
    """``question`` without its words pointing at the article read (itself when it has none, or
    when nothing would be left); with ``here``, a participle of writing or naming followed by
    "here", "above" or "below" points at it too ("the minister mentioned here")."""
    text = question
    start = _AT_START.match(text)
    if start is not None and start.end() < len(text):
        rest = text[start.end() :]
        text = rest[:1].upper() + rest[1:]
    end = _AT_END.search(text) or (_HERE_END.search(text) if here else None)
    if end is not None:
        cut = end.start()
        after_be = _word_before(text, cut).lower() in _BE
        if end["verb"] and after_be:
            cut = end.end("verb")  # "Which official is quoted in the piece?": "quoted" is asked
        kept = text[:cut].rstrip(" ,;:—–-")
        # "Who is in the news?": the reference is what is asked, no pointer to drop
        if kept and (end["verb"] or not after_be):
            text = kept + end["tail"].strip()
    return text if any(c.isalnum() for c in text) else question


def _word_before(text: str, end: int) -> str:
    words = re.findall(r"[\w']+", text[:end])
    return words[-1] if words else ""


_PICTURES = ("picture", "photograph")


@lru_cache(maxsize=4096)
def names_picture(word: str) -> bool:
    """Whether the noun ``word`` (lowercase, as written) most often names a picture or a photograph."""
    bases = (word, *base_forms(word, "noun"))
    return any(first_sense_within(b, "noun", kind, 1) for b in bases for kind in _PICTURES)


# "How does the article describe X?", "What did the story say …?": the article as the subject of
# the question's auxiliary is the text read, which no passage names.
_ARTICLE_SUBJECT = re.compile(rf"\b(?:does|did|do)\s+{_THE}\s+(?P<noun>{_NOUN})\b", re.IGNORECASE)
_DETERMINED = re.compile(rf"\b{_THE}\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)


def pointing_words(question: str) -> list[str]:
    """The words of ``question`` that point at the text read rather than at the news: the
    article as its auxiliary's subject ("how does the article describe …?") and a picture after
    a determiner ("in the picture released by …": ``names_picture``, the caption read)."""
    found = [w for m in _ARTICLE_SUBJECT.finditer(question) for w in m["noun"].split()]
    return found + [m["noun"] for m in _DETERMINED.finditer(question) if names_picture(m["noun"].lower())]
