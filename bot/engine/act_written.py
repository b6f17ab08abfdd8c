"""Whether passages write the act a who-question asks, for a verb of few senses.

"Who approved the US$200 million in security assistance?" asks who did one act: a verb of few
senses (WordNet's "approve": two) is rarely paraphrased, so a passage about the assistance that
writes no approving (the verb or a relative: "approval") names no one who approved it. A verb
of many senses ("take", "represent") is written in other words too often to ask for it.
docs/ranking-news.md, "A role never written, or the statement's role". English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_WORD = re.compile(r"[\w'’-]+")


def few_senses(verb: str, senses_of: Callable[[str], int], most: int) -> bool:
    """Whether ``verb`` has at least one and at most ``most`` senses as a verb."""
    return 0 < senses_of(verb) <= most


def writes_act(texts: Iterable[str], is_act: Callable[[str], bool]) -> bool:
    """Whether one of ``texts`` writes a word ``is_act`` tells is the act or a relative."""
    return any(is_act(w) for t in texts for w in _WORD.findall(t))
