"""Whether a passage that never writes the X a "which X …?" question asks holds a candidate X.

"Which TV channel aired Reznikov's interview?" is not answered by "In an interview aired on
Tuesday, …": no channel is written and its only new name is a weekday. SQuAD's "Which team won
Super Bowl 50?" is answered by "The Denver Broncos defeated …", which writes no team either but
names something that may be one. So where no passage shown writes X, a passage answers only with
a name or code of X's sort that is not the question's own, in the part of a sentence holding the
question's distinctive words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.names import name_spans

_WORD = re.compile(r"[\w'’-]+")  # as ``names``: its name spans count these words
# a sentence's parts joined by a comma and a conjunction, each with its own subject and act:
# "NATO said it was bolstering …, and the US ordered 8500 troops on heightened alert"
_PART_BREAK = re.compile(r"[,;:]\s+(?=(?:and|but|while|whereas|as|although|though)\b)|;\s*|\s[–—]\s", re.IGNORECASE)


def parts(sentence: str) -> list[str]:
    """A sentence's parts: its clauses, and the clauses a comma and a conjunction join."""
    return _PART_BREAK.split(sentence)


def holds_candidate(
    part: str,
    is_common: Callable[[str], bool],
    is_own: Callable[[str], bool],
    is_not_one: Callable[[str], bool],
) -> bool:
    """Whether ``part`` holds a name or code (``names.name_spans``: not the question's own words,
    not a month or weekday) that ``is_not_one`` does not tell is something other than an X."""
    words = _WORD.findall(part)
    return any(not is_not_one(" ".join(words[a : b + 1])) for a, b in name_spans(part, is_common, is_own))
