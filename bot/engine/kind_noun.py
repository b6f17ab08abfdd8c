"""The noun a "what / which NOUN …?" question names the kind of its answer with.

"What event preceded Russia's seizure of Crimea?", "What penalty have Western countries
threatened?", "What message were the leaders trying to get across?": the noun after the
question word is the kind of thing asked; a passage gives an instance of it ("the ouster of a
president", "sanctions"), seldom the noun itself, so the noun is no evidence that a passage
speaks of the question. Read only when a verb follows the noun (an auxiliary or an inflected
verb: "What penalty have …", "What event preceded …"); "What is the penalty …?" names none.
English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

_WHAT_NOUN = re.compile(r"^\W*(?:what|which)\s+(?P<noun>[a-z]+)\s+(?P<next>[a-z]+)\b", re.IGNORECASE)
_AUXILIARIES = frozenset("is was are were do does did has have had will would can could should may might must".split())


def kind_noun(question: str, is_noun: Callable[[str], bool], is_inflected_verb: Callable[[str], bool]) -> str:
    """The noun naming the kind asked ("event"), lowercase; "" when the question names none."""
    match = _WHAT_NOUN.match(question)
    if match is None:
        return ""
    noun, after = match["noun"].lower(), match["next"].lower()
    if noun in STOP_WORDS or not is_noun(noun):
        return ""
    return noun if after in _AUXILIARIES or is_inflected_verb(after) else ""
