"""The role a question asks the holder of, read from its last sentence or its statement.

"The US pulled families out of its embassy. Who is the American ambassador in Kyiv?": the
statement selects the story, the last sentence asks a role's holder. "A Kremlin-friendly
president was ousted in Kyiv in 2014. What was his name?" asks the name of the role the
statement describes: read as "Who was the Kremlin-friendly president ousted in Kyiv in 2014?".
docs/ranking-news.md, "A role never written, or the statement's role". English only; no word
list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A sentence ends at ".", "!" or "?" before a capital ("… its embassy. Who is …?").
_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘']?[A-Z])")
# "What was his name?", "what's her name": the name of whom the statement describes.
_HIS_NAME = re.compile(
    r"^\W*what(?:'s|’s|\s+is|\s+was|\s+were)\s+(?:his|her|their)\s+(?:full\s+)?names?\W*$", re.IGNORECASE
)
_ARTICLE = re.compile(r"^\W*(?:a|an|the)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_BE = frozenset("is was are were has had have been".split())


# "lithuanias defence minister, who is it?", "The US president — who is he?": a role stated
# first, then asked by a pronoun standing for it.
_DISLOCATED = re.compile(
    r"^\W*(?P<role>[^,;:?!.—–]+?)\s*(?:,|—|–|\s-)\s*(?P<who>who(?:'s|’s|\s+is|\s+was))\s+"
    r"(?:it|he|she|that|this|they)\W*$",
    re.IGNORECASE,
)


def dislocated_question(question: str) -> str | None:
    """ "NP, who is it?" read as "Who is NP?" ("lithuanias defence minister, who is it?": "Who
    is lithuanias defence minister?"); None for another question."""
    match = _DISLOCATED.match(question)
    if match is None:
        return None
    be = "was" if match["who"].lower().endswith("was") else "is"
    role = re.sub(r"^(?:The|A|An)\b", lambda m: m[0].lower(), match["role"])  # no longer the first word
    return f"Who {be} {role}?"


def sentences(question: str) -> list[str]:
    """``question``'s sentences, as written."""
    return [s for s in _BREAK.split(question.strip()) if s]


def holder_question(question: str, is_role: Callable[[str], bool]) -> str:
    """The question a role-holder rule reads: "What was his name?" after a statement opening
    with a described role ("A … president was ousted …") read as "Who was the … president
    ousted …?"; else the last sentence; ``question`` when it is one sentence."""
    parts = sentences(question)
    if len(parts) < 2:
        return question
    asking, statement = parts[-1], parts[-2]
    if _HIS_NAME.match(asking) and _ARTICLE.match(statement):
        words = _WORD.findall(_ARTICLE.sub("", statement))
        # the role is the subject's head: a lowercase noun of people before the first verb of being
        for k, word in enumerate(words[:4]):
            if word.islower() and is_role(word):
                rest = words[k + 1 :]
                if rest and rest[0].lower() in _BE:
                    rest = rest[1:]
                return f"Who was the {' '.join([*words[: k + 1], *rest])}?"
    return asking
