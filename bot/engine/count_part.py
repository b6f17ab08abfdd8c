"""The how-many question a two-part question asks, as the count rules read it.

"Denmark is sending F-16s to Lithuania. How many?": the bare "How many?" counts the
statement's object, its first plural noun, owned by its opening name ("how many Denmark
F-16s, Denmark is sending to Lithuania?"). The count rules (4, 11, 19) then read what is
counted and whose it is. English only; no word list of questions.
"""

from __future__ import annotations

import re

from bot.engine.question_part import opening_subject
from bot.engine.related_words import domain, senses

# The last sentence opening with "how many": the statement before it, the question after.
_LAST_HOW_MANY = re.compile(
    r"^(?P<told>.*\w.*?)[.!?]+[\"”’']?\s+(?P<part>how many\b[^.!?]*\?*)\s*$", re.IGNORECASE | re.DOTALL
)
# "How many?", "How many of them?", "How many, and to which country?": no thing of its own.
_ELIDED = re.compile(r"^how many\s*(?:of (?:them|those|these|it)\b)?\s*(?:[,;:-].*)?\?*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d][\w'’-]*|\w[\w'’-]*")


def counting_part(question: str, named: bool = False) -> str:
    """What the count rules read of a two-part question whose last sentence is a bare "How
    many?": "how many X, STATEMENT?" with X the statement's first plural noun; "" when the
    question is no such one (or the statement names no plural thing). With ``named``, a last
    sentence counting its own lowercase plural ("How many sailors are on board?") gives X."""
    match = _LAST_HOW_MANY.match(question.strip())
    if match is None:
        return ""
    part, told = match["part"].strip(), match["told"].strip()
    if _ELIDED.match(part) is None:
        # "How many sailors are on board?" names its own thing: only that noun is read from it, the
        # rest stays the whole question's (read alone, news dev lost 3 answers: "How many total
        # charges does Trump face?").
        counted = _counted_noun(part) if named else ""
        return f"how many {counted}, {told}?" if counted else ""
    words = told.split()
    for at, word in enumerate(words):
        if _plural_thing(word.strip(",;:\"'“”")):
            rest = " ".join(words[:at] + words[at + 1 :])
            # Whose things they are: the statement's subject, read as the counted thing's owner.
            subject = opening_subject(told)
            owner = f"{subject} " if subject else ""
            return f"how many {owner}{word.strip(',;:')}, {rest}?"
    return ""


def _counted_noun(part: str) -> str:
    """The lowercase plural "how many (ADJ) X …?" counts ("sailors", "total days"); "" for a
    name ("Republicans") or no plural noun within three words."""
    words = _WORD.findall(part)[2:5]
    for at, word in enumerate(words):
        if _plural_thing(word):
            return " ".join(words[: at + 1])
        if not (word.isalpha() and word.islower()):
            break
    return ""


def plural_thing(word: str) -> bool:
    """Whether ``word`` names things that can be counted (``_plural_thing``): "civilians", "F-16s"."""
    return _plural_thing(word)


def _plural_thing(word: str) -> bool:
    """Whether a statement's word names things that can be counted: a plural noun ("troops"), or
    a model's plural ("F-16s")."""
    if re.fullmatch(r"[A-Z][A-Za-z]{0,2}-\d+s", word):
        return True
    if not (word.isalpha() and word.islower() and word.endswith("s") and domain(word, "noun")):
        return False
    return senses(word, "noun") >= senses(word, "verb")  # "troops", not "says"
