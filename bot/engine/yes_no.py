"""A yes/no question between two names, and a passage holding both.

"Has Zelenskyy met Putin to discuss the crisis?", "Did Denmark call Lithuania?": a question
whose subject and object are names asks whether the one did something to the other; only a
clause naming both can say so (and say no). English questions; no word list of questions.
Rule ``yes_no`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_YES_NO = re.compile(
    r"^\W*(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s+(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"the"})  # "Did the US warn Russia?": the article is no part of the name


@dataclass(frozen=True)
class Between:
    """The subject and the object a yes/no question names ("Zelenskyy", "Putin"), its verb ("met")."""

    subject: tuple[str, ...]
    verb: str
    object: tuple[str, ...]


def yes_no_between(question: str, is_verb: Callable[[str], bool]) -> Between | None:
    """The named subject, verb and named object of "has / did / will X VERB Y …?" (X and Y runs of
    capitalised words, the verb the lowercase word between them); None for another question."""
    match = _YES_NO.match(question)
    if match is None:
        return None
    words = _WORD.findall(match["rest"])
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    subject = _name_run(words)
    if not subject or len(words) < len(subject) + 2:
        return None
    verb = words[len(subject)]
    obj = _name_run(words[len(subject) + 1 :])
    if not verb.islower() or not is_verb(verb) or not obj:
        return None
    return Between(tuple(re.sub(r"['’]s?$", "", w) for w in subject), verb, tuple(obj))


def _name_run(words: list[str]) -> list[str]:
    """The capitalised words a list starts with (a name: "Joe Biden", "US")."""
    run = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run
