"""The act a when / where question asks with a light verb: the verb and its object together.

"When did Zelenskyy take office?" asks when he took office: *take* has dozens of senses and
names no event of its own, "take office" does. A passage writing "taken from video" or
"Zelenskyy told the nation on Monday" writes no taking of office, so its time dates another
act. The act is read from the question's form — its first verb of many senses after the
subject, with the nouns of the phrase right after it ("office", "place", "round of talks") —
no word list; English questions. docs/ranking-news.md, switch ``light_act``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS

_ASKED = re.compile(
    r"^\W*(?P<wh>when|where)(?:['’]s\s+|\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\s+)"
    r"(?P<clause>[^?!.,;:]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d][\w'’-]*")
# Words that open a noun phrase without ending it: "take *the* lead", "holding *their* next round".
_DETERMINERS = frozenset("the a an their its his her our your my this that these those".split())


@dataclass(frozen=True)
class LightAct:
    """A light verb's act: the verb as written, its object's nouns and the kind of value asked
    ("time" for when, "place" for where)."""

    verb: str
    objects: tuple[str, ...]
    kind: str


def light_act(
    question: str,
    is_light: Callable[[str], bool],
    is_noun: Callable[[str], bool],
) -> LightAct | None:
    """The act of a "when / where AUX SUBJECT VERB OBJECT …?" question whose verb ``is_light``
    (a verb of many senses, known better as a verb: "take", "holding"), with the nouns
    ``is_noun`` tells of the phrase after it, past determiners and up to a function word other
    than "of" ("office" in "take office as defence minister", "round", "talks" in "holding
    their next round of talks"); None for another question or a verb with no object ("Where
    was the decision made?")."""
    match = _ASKED.match(question)
    if match is None:
        return None
    words = _WORD.findall(match["clause"])
    for k, word in enumerate(words):
        lower = word.lower()
        # The subject comes first; a word after a determiner is a noun ("the round").
        if not k or not word.islower() or words[k - 1].lower() in _DETERMINERS or not is_light(lower):
            continue
        objects = _object_nouns(words[k + 1 :], is_noun)
        if not objects:
            return None
        return LightAct(lower, objects, "time" if match["wh"].lower() == "when" else "place")
    return None


def _object_nouns(words: list[str], is_noun: Callable[[str], bool]) -> tuple[str, ...]:
    """The common nouns of the noun phrase opening ``words``: past determiners, up to another
    function word than "of"."""
    nouns: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in _DETERMINERS:
            if nouns:
                break
            continue
        if lower in STOP_WORDS and lower != "of":
            break
        # A name is what the act is done to ("take Crimea" is a seizing, written otherwise), not
        # the noun that makes the act ("take office").
        if lower != "of" and word.islower() and is_noun(lower):
            nouns.append(lower)
    return tuple(nouns)
