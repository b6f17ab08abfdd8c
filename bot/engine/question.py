"""A question as read once: its text, the kind of answer it asks for, and its focus word.

``Searcher.search`` reads the words it searches for into a ``Question`` once, and
ranking (``candidates``), re-ranking (``Query.kind``) and answer marking (``answer_spans``)
all take what they need from it rather than reading the text again.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.answer_type import AnswerType, answer_type, focus_word


@dataclass(frozen=True)
class Question:
    """One question's reading; build it with ``Question.read``."""

    text: str
    kind: AnswerType  # the kind of answer it asks for (re-ranking prefers sentences offering it)
    focus: str | None  # the word naming what is counted or described ("how many *troops*")

    @classmethod
    def read(cls, text: str) -> Question:
        return cls(text, answer_type(text), focus_word(text))


def as_question(question: str | Question) -> Question:
    """``question`` as a ``Question``, read now if it is text."""
    return question if isinstance(question, Question) else Question.read(question)
