"""A when-question asking the end of an act, and a passage dating that phase.

"When do the Russian drills end?" asks the end of the drills, not when they were held: a time
beside "drills" ("drills … on Tuesday") dates them, not their end. An aspectual verb of ending
(end, finish, conclude, stop, cease …) is read from the question's clause, and a passage answers
only where a clause giving a time also writes that phase: the verb or its noun ("the end of the
drills"), or the preposition that bounds a span on that side ("until February 20"). A start is
left: a time of an act is the time it started. English questions; docs/ranking-news.md, switch
``aspect``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ASKED = re.compile(
    r"^\W*when\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)(?:n['’]t)?\s+"
    r"(?P<clause>[^?!.,;:]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d][\w'’-]*")
# The aspectual verbs, closed class, each form with the phase it names; their nouns and the
# prepositions bounding a span on that side write the same phase in a passage.
# A start is left: a passage dating an act dates its start ("In 2014, Moscow … threw its weight
# behind a separatist insurgency" answers "when did the fighting in the east start?").
_PHASES = {
    "end": (
        "end ends ended ending finish finishes finished finishing conclude concludes concluded concluding"
        " conclusion stop stops stopped stopping cease ceases ceased ceasing halt halts halted halting until till"
        " expire expires expired expiring expiry",
    ),
}
_PHASE_OF = {w: phase for phase, (words,) in _PHASES.items() for w in words.split()}
# A verb of the clause reads as the asked act only at the clause's end or before its object;
# "end" after a determiner is a noun ("when did the end come?").
_DETERMINERS = frozenset("the a an their its his her our your my this that these those".split())


def phase_asked(question: str) -> str:
    """The phase of an act a "when AUX SUBJECT VERB?" question asks, its verb aspectual and
    ending the clause ("end" for "when do the drills end?"); "" for another question ("when did
    the talks begin?", "when did Tesla stop serving as …?")."""
    match = _ASKED.match(question)
    if match is None:
        return ""
    words = _WORD.findall(match["clause"])
    for k, word in enumerate(words):
        lower = word.lower()
        # The subject's own phase only: the verb ends the clause ("when do the drills end?");
        # "when did Tesla stop serving as X?" dates the act it ends, written by itself.
        last = k == len(words) - 1
        if last and k and word.islower() and words[k - 1].lower() not in _DETERMINERS and lower in _PHASE_OF:
            # "until" in the question bounds its own span, it asks no phase
            return "" if lower in ("until", "till") else _PHASE_OF[lower]
    return ""


def tells_phase(phase: str, text: str, spans: Sequence[tuple[int, int]], clauses: Sequence[tuple[int, int]]) -> bool:
    """Whether a clause of ``text`` (``clauses``' spans) giving a time (``spans``) writes
    ``phase``: an aspectual verb's form or noun naming it, or the preposition bounding a span on
    its side, inside the time or beside it."""
    for start, end in clauses:
        if any(start <= a < end for a, _ in spans) and any(
            _PHASE_OF.get(w[0].lower()) == phase for w in _WORD.finditer(text, start, end)
        ):
            return True
    return False
