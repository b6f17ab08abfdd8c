"""The amount a two-part question asks of the thing its statement names, through "it".

"Hanna Maliar announced the shipment. How much did it weigh?": the last sentence asks a
measure of "it", and "it" is no person: it stands for the one thing the statement names
("the shipment"), so the amount rules read "How much did the shipment weigh?" as asked alone
(a weight, not the sum "US$200 million"). ``question_part`` resolves only the pronouns of
people. English only; no word list of questions.
"""

from __future__ import annotations

import re

from bot.engine.analysis.question_form import AUXILIARIES
from bot.engine.related_words import domain

# The statement, then a last sentence asking an amount: "how much", "how many X", "how long …".
_LAST_AMOUNT = re.compile(
    r"^(?P<told>.*\w.*?)[.!]+[\"”’']?\s+(?P<part>how (?:much|many|long|far|big|heavy|tall|old)\b[^.!?]*\?+)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# "it" the subject right after the amount asked and its auxiliary: "How much did it …",
# "how many tonnes did it …", "How long is it …".
_IT_SUBJECT = re.compile(
    rf"^(?P<head>\W*how \w+(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{'|'.join(sorted(AUXILIARIES))}))\s+it\b",
    re.IGNORECASE,
)
# A singular thing the statement names with a determiner: "the shipment", "a new frigate".
_THING = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def amount_part(question: str) -> str:
    """``question``'s last sentence with its "it" read as the one singular thing the statement
    just before names ("How much did the shipment weigh?"), when that sentence asks an amount
    with "it" as its subject; "" for another question, a statement naming no such thing or
    more than one ("Denmark is sending a frigate and a plane."; a time, "this week", is none),
    or an "it" not the subject
    ("How much do experts expect it will fetch?")."""
    match = _LAST_AMOUNT.match(question.strip())
    if match is None:
        return ""
    part = match["part"].strip()
    subject = _IT_SUBJECT.match(part)
    if subject is None:
        return ""
    last = _SENTENCE.split(match["told"].strip())[-1]
    # "this week", "a day": a time the statement is dated by, no thing measured
    things = {t.lower() for t in _THING.findall(last) if domain(t.split()[-1].lower(), "noun") != "time"}
    if len(things) != 1:
        return ""
    return f"{subject['head']} {things.pop()}{part[subject.end() :]}"
