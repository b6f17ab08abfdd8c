"""A who / where / how-much question about an act still to come, and a passage saying it will.

"Who will replace the minister?", "Where will the jets be stationed?", "How much will the plan
cost?" ask what an article says will happen. A passage answers only with a clause written in the
future ("will", "would", "is to", "plans to", "is expected to", or a time after the article's
date) that holds the asked verb or a close relative and the value asked: a person, a place, a
number. "Spain is sending jets to Bulgaria" tells no future stationing. English questions; no
word list of questions. Rule (switch ``future_act``) of docs/ranking-news.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.future_time import CLAUSE, FUTURE_VERBS, future_spans

# "who / where / how much … will / shall / is going to / is to / is expected to VERB …". Not
# "what": SQuAD writes timeless facts so ("What will concentrated oxygen speed up?", 6 hits
# refused in a first reading).
_ASKS = re.compile(
    r"^\W*(?P<wh>who|whom|where|how much)\b(?P<between>[^?!.;]*?)\s+"
    r"(?:will|shall|(?:is|are)\s+(?:going|expected|set|due|scheduled|planned|slated)\s+to|(?:is|are)\s+to)"
    r"\s+(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
_KIND = {"who": "person", "whom": "person", "where": "place", "how much": "number"}
# A verb of the question's own before its "will": the future is reported, not asked ("How much
# did the report say sea levels will rise?").
_OWN_VERB = re.compile(
    r"\b(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|may|might|must|says?|said)\b",
    re.IGNORECASE,
)
# A clause's verb put in the future ("would" too: reported speech of what will happen).
_FUTURE = re.compile(rf"\b(?:would|{FUTURE_VERBS})\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# The words after a future verb its act is among: "will be stationed", "would not even replace".
_AFTER = 4


@dataclass(frozen=True)
class FutureAct:
    """What a future who / where / how-much question asks: its verb and the kind of value
    ("person", "place", "number")."""

    verb: str
    kind: str


def asks_future_act(
    question: str, is_verb: Callable[[str], bool], verb_first: Callable[[str], bool] | None = None
) -> FutureAct | None:
    """The act a question asks about in the future ("Who will replace X?": *replace*, a person);
    None for another question or one naming no verb."""
    match = _ASKS.match(question)
    if match is None or _OWN_VERB.search(match["between"]):
        return None
    words = _WORD.findall(match["rest"])
    if words[0].lower() in ("be", "become") and not (len(words) > 1 and words[1].islower() and is_verb(words[1])):
        return None  # "Who will be the next mayor?" asks who holds a role (rule 14), no act
    words = [w for w in words if w.lower() not in ("be", "been", "being", "get")]
    verbs = [w for w in words if w.islower() and is_verb(w)]
    # "Who will replace X?": the wh-word is the subject, the verb comes first; "Where will the
    # jets be stationed?", "Who will the party nominate?": the verb follows the subject, last.
    first = match["wh"].lower() == "who" and bool(verbs) and words[0] == verbs[0]
    verb = verbs[0] if first else verbs[-1] if verbs else ""
    if not verb:
        return None
    return FutureAct(verb, _KIND[match["wh"].lower()])


def future_clauses(text: str, written: dt.date) -> list[tuple[str, list[str]]]:
    """The clauses of ``text`` (an article's, dated ``written``) written in the future, each with
    the words its verb may be: the ``_AFTER`` words after each future verb ("will be stationed"),
    or all of its words for a clause timed after ``written`` ("talks on Feb. 3")."""
    found = []
    for clause in CLAUSE.finditer(text):
        after = [w for m in _FUTURE.finditer(clause[0]) for w in _WORD.findall(clause[0][m.end() :])[:_AFTER]]
        if after:
            found.append((clause[0], after))
        elif future_spans(clause[0], written):
            found.append((clause[0], _WORD.findall(clause[0])))
    return found


def tells_act(
    clause: str,
    verbs: list[str],
    act: FutureAct,
    is_told: Callable[[str], bool],
    is_asked: Callable[[str], bool],
    spans_of: Callable[[str, str], list[tuple[int, int]]],
) -> bool:
    """Whether a future ``clause`` puts the asked verb or a relative (``is_told``) among its
    future ``verbs`` and names a value of the asked kind not made only of the question's words
    (``is_asked``)."""
    if not any(is_told(w) for w in verbs):
        return False
    return any(not all(is_asked(w) for w in _WORD.findall(clause[a:b])) for a, b in spans_of(act.kind, clause))
