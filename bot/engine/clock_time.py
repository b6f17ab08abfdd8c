"""A question asking a clock time, and a passage giving one.

"What time is it in Moscow?", "At what hour did Zelenskyy address the nation?": the hour of a
day is asked, so a day ("on Monday"), a date or a year answers nothing; a passage answers only
where it gives a time of day: a clock reading ("10 a.m.", "14:00", "9 o'clock"), noon, midnight
or a part of the day ("in the evening", "at dawn", "overnight"). "What time period / frame"
asks no hour. English questions; no word list of questions.
"""

from __future__ import annotations

import re

# "what time", "at what hour", "what time of day", before the clause's verb or at the end; "time"
# before a noun ("what time period / frame", "what time framd") names that noun's kind instead.
_ASKS = re.compile(
    r"\bwhat\s+(?:time|hour)(?:\s+of\s+(?:the\s+)?day)?\s*(?:[?.!,;]|$|(?:is|was|are|were|did|does|do|will|would"
    r"|wo|has|have|had|can|could|should|might|must|shall)(?:n['’]t)?\b)",
    re.IGNORECASE,
)
# A time of day a passage gives.
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o['’]clock|GMT|UTC|EST|CET|BST)|\b\d{1,2}:\d\d\b"
    r"|\b(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunrise|sunset|overnight|tonight"
    r"|mornings?|afternoons?|evenings?|nights?)\b",
    re.IGNORECASE,
)


def asks_clock_time(question: str) -> bool:
    """Whether an English question asks a time of day: "what time …?", "at what hour …?",
    "what time of day …?"; not "what time period / frame …?"."""
    return bool(_ASKS.search(question))


def gives_clock_time(text: str) -> bool:
    """Whether a text gives a time of day: a clock reading, noon, midnight or a part of the day."""
    return bool(_CLOCK.search(text))
