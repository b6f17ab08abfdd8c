"""The thing whose measure a question asks: "how long is X?", "Y X?" typed bare.

"How long is the border between Ukraine and Russia?" asks the border's length or duration: a
number with a unit of distance or time in a clause about the border, not "killed over 14,000
people" nor "for almost eight years" told of something else. "kyiv population?", "f-16 top
speed?", "crimea size in km2?" ask a value of Y as "what is the X of Y?" does. English only;
no word list of questions: WordNet tells a noun and what it measures.
"""

from __future__ import annotations

import re

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import PHRASE_END
from bot.engine.related_words import domain, kinds_of

_HOW_LONG_IS = re.compile(r"^\W*how long (?:is|was|are|were) (?P<phrase>[^?!.,;]+)", re.IGNORECASE)
_IN_UNIT = re.compile(r"\s+in\s+[\w²³]+\s*(?=\?+\s*$)", re.IGNORECASE)  # "crimea size in km2?"


def measured_thing(question: str) -> str:
    """The head noun of "how long is / was (the) X …?" ("border", "training"), whose length or
    duration is asked; "" for another question, or an X that is a name or no noun WordNet knows
    ("How long was Luther in hiding?" asks of a person, told as "he")."""
    match = _HOW_LONG_IS.match(question)
    if match is None:
        return ""
    words = PHRASE_END.split(match["phrase"])[0].split()
    while words and words[0].lower() in STOP_WORDS:  # "the", "a"
        words = words[1:]
    run = []
    for word in words:  # the noun phrase ends at a function word or a name: "the bridge over the Vistula"
        if not (word.isalpha() and word.islower()) or word in STOP_WORDS:
            break
        run.append(word)
    if not run or (len(run) < len(words) and not words[len(run)].islower()):
        return ""  # "How long was Luther in hiding?", "How long is the Rhine?": a name's, told as "he", "it"
    return run[-1] if domain(run[-1], "noun") else ""


def bare_value(question: str) -> str:
    """``question`` without a unit asked after a bare value ("crimea size in km2?" → "crimea
    size?"), when the value is a magnitude, a rate, a measure or a place's people."""
    return _IN_UNIT.sub("", question)


def asks_value(noun: str) -> bool:
    """Whether a noun asked bare of something names a value it has: an attribute ("age", "size"),
    a rate ("speed", filed under time), a place's people counted ("population", a group)."""
    file, kinds = domain(noun, "noun"), kinds_of(noun)
    return file == "attribute" or (file == "time" and "rate" in kinds) or (file == "group" and "people" in kinds)
