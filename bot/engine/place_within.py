"""A place asked inside another: "where in Romania …?", "which part of Ukraine …?", "in which
Russian region …?".

Such a question names the outer place itself, so a passage saying only "to Romania" answers
nothing: the answer is a place inside it, another than the ones the question names. The outer
place is read from the question's form, no word list; English questions. docs/ranking-news.md,
switch ``place_within``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

# "where in Romania", "where exactly in Romania", "in which part of Ukraine", "what part of the country"
_WHERE_IN = re.compile(
    r"^\W*(?:where\s+(?:\w+ly\s+)?in|(?:in\s+|to\s+)?(?:which|what)\s+parts?\s+of)\s+(?:the\s+)?(?P<place>[\w'’-]+)",
    re.IGNORECASE,
)
# "in which Russian region", "which Romanian city": a place's word before a noun of places
_WHICH_PLACED = re.compile(
    r"^\W*(?:(?:in|to|from|at)\s+)?(?:which|what)\s+(?P<place>[\w'’-]+)\s+(?P<noun>[a-z][\w'’-]*)\b", re.IGNORECASE
)


def place_within(
    question: str,
    is_place_word: Callable[[str], bool],
    is_place_noun: Callable[[str], bool],
) -> str | None:
    """The outer place of a question asking a place inside it: the word after "where in" /
    "which part of", or the place's word ``is_place_word`` tells ("Russian") before a noun
    ``is_place_noun`` tells names a kind of place ("region"); None for another question."""
    match = _WHERE_IN.match(question)
    # "What part of the immune system …?" asks a part of a thing, not a place.
    if match is not None and (question.lstrip().lower().startswith("where") or is_place_word(match["place"])):
        return match["place"]
    match = _WHICH_PLACED.match(question)
    if (
        match is not None
        and match["noun"].islower()
        and match["noun"] not in STOP_WORDS
        # "What was Warsaw …?", "Which state was …?"; "US" in capitals is a name, not "us"
        and (match["place"].isupper() or match["place"].lower() not in STOP_WORDS)
        and is_place_word(match["place"])
        and is_place_noun(match["noun"])
    ):
        return match["place"]
    return None
