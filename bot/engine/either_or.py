"""The two yes/no questions an either/or question asks in turn.

"Is the British PM's troop offer aimed at Ukraine itself or at NATO allies?" asks whether it
is aimed at Ukraine, or at NATO allies: the yes/no rules (``yes_no``, ``yes_no_names``,
``yes_no_act``) read each alternative as its own question, and the passage that answers either
one answers it. Read whole, the question asks a passage to name Ukraine *and* NATO, which no
answer does. Rule ``either_or`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re

# A yes/no question opens with an auxiliary or a modal
_YES_NO = re.compile(r"^\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might)\b", re.I)
_OR = re.compile(r"\s*,?\s+or\s+", re.I)
_WORD = re.compile(r"\S+")
# A second alternative that opens its own clause ("…, or is it just on standby?") or says "not"
# ("… or not?") replaces no part of the first: the first, alone, is the question asked.
_AUXILIARIES = frozenset("is are was were do does did has have had will would can could should may might".split())
_CLAUSE_OPENERS = _AUXILIARIES | frozenset("it he she they we you i not".split())
_PRONOUNS = frozenset("it he she they".split())  # standing for the first question's subject
_OPENING = frozenset({"the"})  # "Has the US …": no part of the name
_JOINING = frozenset({"of"})  # "Bank of England"


def alternatives(question: str, clause: bool = False) -> tuple[str, ...]:
    """The yes/no questions of an either/or yes/no ``question``: the one before "or", and the
    one with its last alternative put in place of the first — which starts at the last word of
    the first part that the second alternative starts with ("aimed *at* Ukraine itself or *at*
    NATO allies"), else as many words back as the alternative has ("shot in ukraine or inside
    russia"); () for another question. With ``clause``, a second alternative that is a question
    of its own about a pronoun ("…, or is it just on standby?") is asked too, of the first's
    subject when that is a name ("Is France just on standby?")."""
    if not _YES_NO.match(question):
        return ()
    body = question.strip().rstrip("?").strip()
    parts = _OR.split(body, maxsplit=1)
    if len(parts) != 2:
        return ()
    first, second = (_WORD.findall(part) for part in parts)
    if len(first) < 3 or not second:
        return ()
    lead = second[0].lower()
    asked = " ".join(first) + "?"
    if lead in _CLAUSE_OPENERS:
        other = _of_subject(first, second) if clause else ""
        return (asked, other) if other else (asked,)
    lowered = [w.lower() for w in first]
    last = len(lowered) - 1 - lowered[::-1].index(lead) if lead in lowered[1:] else 0
    start = last or max(2, len(first) - len(second))
    return asked, " ".join([*first[:start], *second]) + "?"


def _of_subject(first: list[str], second: list[str]) -> str:
    """The question ``second`` ("is it just on standby") asks of the subject of ``first`` ("Has
    France already deployed …"), a capitalised name after its auxiliary: "is France just on
    standby?"; "" when ``second`` is no auxiliary and a pronoun or ``first``'s subject no name."""
    if len(second) < 3 or second[0].lower() not in _AUXILIARIES or second[1].lower() not in _PRONOUNS:
        return ""
    at = 2 if first[1].lower() in _OPENING else 1
    name: list[str] = []
    for word in first[at:]:
        if word[:1].isupper() or (name and word in _JOINING):
            name.append(word)
        else:
            break
    while name and name[-1] in _JOINING:
        name.pop()
    if not name or name[-1].endswith(("'s", "’s")):
        return ""  # "Has France's army …": the subject is the name's thing
    return " ".join([second[0], *name, *second[2:]]) + "?"
