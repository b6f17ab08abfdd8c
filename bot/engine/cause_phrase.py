"""A why-question's party named only inside a cause phrase of another act.

"Why was the president removed?" is not answered by "Following the ouster of a president in Kyiv,
Moscow annexed Crimea": the ouster is written only as the cause of the annexation, and nothing
says why it happened. English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

# A cause phrase: a preposition of cause and what it governs, up to a comma or a clause's end.
_CAUSE_PHRASE = re.compile(
    r"\b(?:following|after|amid|amidst|because of|due to|owing to|as a result of|in the wake of"
    r"|in response to|thanks to)\s+[^,;:.!?—–]+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
# "What led to the removal of X …?": X, up to a time or place phrase.
_OF_PARTY = re.compile(
    r"\bof\s+(?P<party>.+?)(?:\s+(?:back|in|at|on|during|when|after|before|from|by)\b|[?!.,;]|$)", re.IGNORECASE
)


def party_of(subject: list[str], asked_after: str) -> str:
    """The head of a why-question's party: the last content word of its subject ("president" in
    "Why was the Kremlin-friendly president removed?"), else of the "of X" after "what led to the
    removal" (``asked_after``); "" where none."""
    words = subject
    if not words:
        match = _OF_PARTY.search(asked_after)
        words = [w for w in _WORD.findall(match["party"]) if w.lower() not in STOP_WORDS] if match else []
    return words[-1] if words else ""


def only_in_cause_phrase(sentence: str, is_party: Callable[[str], bool]) -> bool | None:
    """Whether every mention of the party (``is_party``) in ``sentence`` stands inside a cause phrase
    ("following the ouster of a … president"); None where the sentence names it nowhere."""
    places = [m.start() for m in _WORD.finditer(sentence) if is_party(m.group())]
    if not places:
        return None
    spans = [m.span() for m in _CAUSE_PHRASE.finditer(sentence)]
    return all(any(start < at < end for start, end in spans) for at in places)
