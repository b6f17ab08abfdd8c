"""The thing and the act a two-part question's own "what / which X … V?" part asks of.

"Peskov says the US is fomenting tensions. What evidence did he offer?": the statement selects
the story; the question part, read alone with its pronoun resolved ("What evidence did Peskov
offer?"), asks for an X (evidence) that someone V-ed (offered). A passage that answers writes
the one or the other; the statement's passage writes neither. English only; WordNet to tell a
verb; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from bot.engine.analysis.stopwords import STOP_WORDS

_ASK = re.compile(
    r"^\W*(?:what|which)\s+(?P<before>(?:[\w’'-]+\s+){0,3}?)(?P<noun>[a-z][a-z-]*)\s+"
    r"(?P<aux>do|does|did|will|would|can|could|should|has|have|had|is|are|was|were)\s+(?P<rest>[^?]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d][\w'’-]*")
_BE_FORMS = frozenset({"be", "being", "been"})


class PartAsk(NamedTuple):
    noun: str  # the X asked for: "evidence"
    verb: str  # the act it is asked of: "offer"


def part_asked(part: str, is_act: Callable[[str], bool], is_noun: Callable[[str], bool]) -> PartAsk | None:
    """The X and the verb of a "what / which (ADJ) X AUX SUBJECT … V …?" question (``is_act``: a
    word read as a verb more than as anything else; ``is_noun``: X is a noun); None for another
    form or one without a lowercase verb after its subject ("Which team is he a part of?": an act
    of "be" asks no act written)."""
    match = _ASK.match(part)
    if match is None or not is_noun(match["noun"].lower()):
        return None
    for word in _WORD.findall(match["rest"]):
        lower = word.lower()
        if not word.islower() or lower in STOP_WORDS or lower in _BE_FORMS:
            continue
        if is_act(lower):
            return PartAsk(match["noun"].lower(), lower)
        return None  # a noun first ("a part of"): no act of its own asked
    return None
