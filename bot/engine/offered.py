"""The alternatives a question offers as its answer.

"Which Spanish assets are going to the Black Sea — the jets or the ships?", "Which US official
announced the alert — Austin or Blinken?", "Where did he say it - a press conference or the
legislature?": a question-word question, then, after a dash, a colon or a comma, a short list of
alternatives joined by "or". The alternatives are the candidate answers: the question is answered
by a passage that writes one of them, and no passage writes the answer when none writes any.
The question's own head noun ("assets") is no longer what a passage must give. Punctuation,
question words and a closed class of function words only; English only.
"""

from __future__ import annotations

import re

from bot.engine.analysis.question_form import AUXILIARIES, QUESTION_WORDS, SEPARATOR

_OR = re.compile(r"\s*,?\s+or\s+|\s*,\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.$%-]*\w")
# Words that open an alternative without being part of it: articles and the prepositions a
# question's case takes ("by plane", "to Lithuania", "at the base"). A closed class of English.
_OPENING = frozenset("the a an by to at in on from with into via through".split())
# An alternative that is a clause ("or is it …", "or not") is no candidate answer.
_CLAUSE = AUXILIARIES | frozenset("it he she they we you i not".split())
_ALTERNATIVE_WORDS = 4  # a longer part is a clause or a description, not a candidate answer


def offered(question: str) -> tuple[tuple[str, ...], ...]:
    """The alternatives ``question`` offers as its answer, each as its words without an opening
    article or preposition ("— the jets or the ships" → ("jets",), ("ships",)); () when the
    question offers none: no question word before its last separator, no "or" after it, or a
    part after it that is a clause or too long."""
    return offering(question)[1]


def offering(question: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """The question before the separator of the alternatives ``question`` offers ("so how many
    rounds of talks have failed"), and the alternatives (``offered``); ("", ()) when it offers none."""
    text = question.strip().rstrip("?!. ")
    pieces = list(SEPARATOR.finditer(text))
    if not pieces:
        return "", ()
    last = pieces[-1]
    # The alternatives may be listed with commas: the separator is the first one before "or" starts them
    for piece in pieces:
        if re.search(r"\bor\b", text[piece.end() :], re.IGNORECASE) and QUESTION_WORDS.search(text[: piece.start()]):
            last = piece
            break
    before, after = text[: last.start()], text[last.end() :]
    if not QUESTION_WORDS.search(before) or not re.search(r"\bor\b", after, re.IGNORECASE):
        return "", ()
    if QUESTION_WORDS.search(after):
        return "", ()
    sides: list[tuple[str, ...]] = []
    for part in _OR.split(after):
        words = _WORD.findall(part)
        while words and words[0].lower() in _OPENING:
            words = words[1:]
        if not words or len(words) > _ALTERNATIVE_WORDS or words[0].lower() in _CLAUSE:
            return "", ()
        sides.append(tuple(words))
    return (before, tuple(sides)) if len(sides) >= 2 else ("", ())
