"""A question asking why something happened, and a passage giving a cause for it.

"Why was the president ousted?", "What led to the removal of …?": a passage answers only
where a clause holding the question's words also links them to a cause — a cause after them
("because", "due to", "amid", "after", "in order to", "to" and a verb of purpose) or an effect
phrase before them ("led to", "prompted"). A cause that is the asked event itself ("following the
ouster" for "why was he ousted?", "told to leave" for "why did Britain leave?") gives no reason
for it. English questions; no word list of questions. Rule 27 of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import Sought, predicate

_WHY = re.compile(
    r"^\W*(?:why|for what reason)\s+(?:did|does|do|was|were|is|are|will|wo|would|has|have|had|can|ca|could|should)"
    r"(?:n['’]t)?\s+\w",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:he|she|they|it|we|you|i|one)\b", re.IGNORECASE)
# "Why did Britain leave …?": what follows "why" is read as a when-question's clause.
_WHY_CLAUSE = re.compile(r"^\W*(?:why|for what reason)\s+(?P<rest>.+)", re.IGNORECASE | re.DOTALL)
_HEAD_END = re.compile(r"\s+(?:of|in|at|for|from|with|by|who|which|that|back|to)\s+|[?!.,;]", re.IGNORECASE)
# "What led to …?", "What caused …?", "What is the reason for …?": the cause of what follows.
_WHAT_CAUSED = re.compile(
    r"^\W*what(?:\s+(?:has|had|have))?\s+(?:led|leads|lead|caused|causes|prompted|prompts|triggered|sparked|drove)\s"
    r"(?:to\s)?|^\W*what(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?:reasons?|causes?)\s+(?:for|of|behind|why)\s",
    re.IGNORECASE,
)
# What introduces a cause after the event's words: a conjunction or preposition of cause or
# purpose ("for" before a subject pronoun or a gerund: "for we are removing", "for not having");
# "to" and a verb is read apart (purpose).
_CAUSE_AFTER = re.compile(
    r"\b(?:because|due to|owing to|thanks to|as a result of|in response to|in reaction to|in retaliation"
    r"|in protest|in order|so that|so as to|for fear|out of fear|amid|amidst|after|following|since|lest"
    r"|aimed at|aiming|hoping|in an effort|in a bid|as a way|as a means"
    r"|for (?:not |being |having )?\w+ing|for (?:he|she|they|it|we|i|you))\b",
    re.IGNORECASE,
)
# What introduces an effect, the event's words after it: "That has led the US … to rush",
# "…, prompting fears", "which is why".
_EFFECT_AFTER = re.compile(
    r"\b(?:led|leads|lead|leading|caused|causes|causing|prompted|prompts|prompting|resulted in|results in"
    r"|resulting in|triggered|triggering|sparked|sparking|forced|forcing|enabling|allowing|therefore|thus|hence"
    r"|why|result|as a result(?! of))\b|,\s*so\b",
    re.IGNORECASE,
)
# A noun naming a reason: what follows it is the claim it grounds ("no grounds to believe that …").
_REASON_NOUN = re.compile(r"\b(?:grounds|reasons?|causes?|motives?)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\bto\s+(?P<verb>[a-z][\w'’-]*)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_PHRASE_END = re.compile(r",")  # a fronted cause ("Due to its location, Warsaw became …") ends at a comma
_CAUSE_WORDS = 3  # the cause's first content words, read to tell whether it is the event itself


def asks_reason(question: str) -> bool:
    """Whether an English question asks why something happened: "why did / was / have …?",
    "what led to / caused / prompted …?", "what is the reason for …?"; not of a pronoun ("why
    did he walk?"): who it is, the turn before says, and the question's own words are too few
    to find the event by."""
    why = _WHY.match(question)
    if why:
        return _PRONOUN.match(question, why.end() - 1) is None
    return bool(_WHAT_CAUSED.match(question))


def caused_rest(question: str) -> str:
    """What follows "what led to / caused …" in a question ("the removal of X?"), or ""."""
    caused = _WHAT_CAUSED.match(question)
    return question[caused.end() :] if caused else ""


def reason_event(question: str, is_verb: Callable[[str], bool], verb_first: Callable[[str], bool]) -> Sought | None:
    """The event a why-question asks the cause of: its verb, read as ``asked.predicate`` reads a
    when-question's ("leave" in "Why did Britain leave the EU?", "ousted" in "Why was X ousted?"),
    or the head noun after "what led to / caused" ("removal" in "What led to the removal of X?")."""
    why = _WHY_CLAUSE.match(question)
    if why:
        return predicate(f"when {why['rest']}", is_verb, verb_first)
    caused = _WHAT_CAUSED.match(question)
    if caused is None:
        return None
    words = [w for w in _HEAD_END.split(question[caused.end() :])[0].split() if w.lower() not in STOP_WORDS]
    head = words[-1].lower() if words and words[-1].islower() else ""
    return Sought((head,), ("noun",)) if head else None


def gives_reason(
    clause: str,
    is_anchor: Callable[[str], bool],
    is_event: Callable[[str], bool],
    is_verb: Callable[[str], bool],
) -> bool:
    """Whether ``clause`` links the asked event (a word ``is_anchor`` tells) to a cause: a cause
    introduced after it, or an effect phrase before it, the cause not itself one of the
    question's words (``is_event``: "following the ouster", "to leave")."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(clause)]
    places = [at for at, word in words if is_anchor(word)]
    if not places:
        return False
    first, last = places[0], places[-1]

    def caused_by_other(end: int) -> bool:
        after = [w for at, w in words if at >= end and w.lower() not in STOP_WORDS][:_CAUSE_WORDS]
        return bool(after) and not is_event(after[0])

    def fronted(start: int, end: int) -> bool:
        """A cause phrase before the event's words, set apart by a comma, holding none of them."""
        comma = _PHRASE_END.search(clause, end)
        return comma is not None and last > comma.end() and not any(start <= at < comma.end() for at in places)

    for match in _CAUSE_AFTER.finditer(clause):
        if (match.start() > first and caused_by_other(match.end())) or fronted(match.start(), match.end()):
            return True
    if _REASON_NOUN.search(clause):
        return True  # "no grounds to believe …", "The reason for the majority rule is …"
    for match in _PURPOSE.finditer(clause):
        verb = match["verb"]
        if match.start() > first and verb.islower() and is_verb(verb) and not is_event(verb):
            return True  # "spoke on the condition of anonymity to discuss the deliberations"
    return any(m.end() <= last for m in _EFFECT_AFTER.finditer(clause))


def only_as_cause(clause: str, is_anchor: Callable[[str], bool]) -> bool:
    """Whether every mention of the event (``is_anchor``) in ``clause`` is the cause of something
    else: the first content words after a cause marker ("following the ouster of …")."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(clause)]
    places = [at for at, word in words if is_anchor(word)]
    causes: set[int] = set()
    for match in _CAUSE_AFTER.finditer(clause):
        after = [at for at, w in words if at >= match.end() and w.lower() not in STOP_WORDS][:1]
        causes.update(after)
    return bool(places) and all(at in causes for at in places)


_AUX = re.compile(
    r"^\W*(?:why|for what reason)\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)"
    r"(?:n['’]t)?\s+(?P<rest>[^?!.;,]+)",
    re.IGNORECASE,
)


def reason_subject(question: str, verb: str) -> list[str]:
    """The content words of a why-question's subject, between its auxiliary and the asked verb
    ("Canada" in "Why is Canada only sending …?"); [] where none is written before the verb."""
    match = _AUX.match(question)
    if match is None:
        return []
    words = _WORD.findall(match["rest"])
    lowered = [w.lower() for w in words]
    if verb.lower() not in lowered:
        return []
    return [w for w in words[: lowered.index(verb.lower())] if w.lower() not in STOP_WORDS]
