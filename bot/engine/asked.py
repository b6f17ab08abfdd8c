"""What a question asks for, in words: the thing a passage must name to answer it.

"How many tanks ...?" asks for a number of tanks, "what is Putin's age?" for an age, "who
is the mayor of Kyiv?" for a mayor. A passage that never mentions the thing cannot answer,
however many of the question's other words it shares; and a refusal can say what the
articles do not give ("The articles don't give a number of tanks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.messages import say

# Words that open a clause rather than name a thing ("how many did ...", "what is ...").
_NOT_A_THING = STOP_WORDS | {
    "kind",
    "type",
    "sort",
    "else",
    "happened",
    "happens",
    "one",
    "ones",
    "many",
    "much",
}
_WORD = r"[^\W\d][\w'’-]*"
_THING = rf"{_WORD}(?: {_WORD})?"  # at most two words: "fighter jets", "exchange rate"
_OWNER = rf"(?:(?P<owner>(?:{_WORD} )?{_WORD})(?:'s|’s) )?"  # "Joe Biden's"
# "how many X", "what is the X of ...", "what is Y's X", "who is the X of ...": the X is
# what is asked.
_PATTERNS = [
    re.compile(rf"^\W*how (?P<count>many|much) (?P<thing>{_THING})", re.IGNORECASE),
    re.compile(
        rf"^\W*(?:what|who|which)(?:'s|’s| is| was| are| were) (?P<det>the |a |an )?{_OWNER}"
        rf"(?:name of (?:the |a |an )?{_OWNER.replace('owner', 'named')})?(?P<thing>{_THING})",
        re.IGNORECASE,
    ),
]
# "Which city ...?" names a kind, and the answer an instance of it ("Vienna"), which a
# passage may give without the kind's word: no such thing is required.
# "How old/tall/far ...?" asks for a measure that no single word names.
_MEASURES = {
    "old": say("an age"),
    "tall": say("a height"),
    "high": say("a height"),
    "deep": say("a depth"),
    "far": say("a distance"),
    "big": say("a size"),
    "large": say("a size"),
    "heavy": say("a weight"),
    "wide": say("a width"),
}
_MEASURE = re.compile(r"^\W*how (?P<measure>" + "|".join(_MEASURES) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Asked:
    """The thing a question asks for: a word a passage must mention, or a measure it must give."""

    word: str | None = None  # "tanks", "fighter jets"
    measure: str | None = None  # "an age", for "how old ...?"
    count: bool = False  # "how many / how much": a number of the thing
    whose: str = ""  # whose or what thing's: "Putin" in "Putin's age", "Kyiv" in "the population of Kyiv"

    def phrase(self) -> str:
        """What the articles would have to give, as said in a refusal: "a number of tanks"."""
        if self.measure:
            return self.measure
        if self.count:
            return say("a number of {thing}", thing=self.word)
        if self.whose.endswith("'s") or self.whose.endswith("’s"):
            return f"{self.whose} {self.word}"
        if self.whose:
            return say("the {thing} of {whose}", thing=self.word, whose=self.whose)
        return say("the {thing}", thing=self.word)


def asked(question: str) -> Asked | None:
    """The thing ``question`` asks for, or None when it asks for nothing nameable."""
    match = _MEASURE.match(question)
    if match:
        return Asked(measure=_MEASURES[match["measure"].lower()])
    for pattern in _PATTERNS:
        match = pattern.match(question)
        if match is None:
            continue
        kept: list[str] = []
        for word in match["thing"].split():
            if word.lower() in _NOT_A_THING or word.lower().endswith(("'s", "’s")):
                break
            kept.append(word)
        if not kept:
            continue
        groups = match.groupdict()
        owner = groups.get("owner") or groups.get("named")
        of = re.match(rf"{re.escape(' '.join(kept))} of ([^?!.]+)", question[match.start("thing") :], re.IGNORECASE)
        determiner = (groups.get("det") or "").lower() if groups.get("owner") else ""  # "the council's"
        whose = f"{determiner}{owner}'s" if owner else " ".join(of[1].split()) if of else ""
        return Asked(word=" ".join(kept), count=groups.get("count") is not None, whose=whose)
    return None


# Verbs that report what someone said or thought: a view or a reaction is given this way,
# seldom by its own word ("Biden has said it looks like a threat", not "Biden's view is").
_SPEECH = r"(?:says?|said|told|tells|warned|warns|stated|states|believes?|thinks?|called|calls|added)"
_WORDS_BETWEEN = 5  # "President Joe Biden himself has said": the title, the name, an adverb, an auxiliary


def thing_owner(question: str) -> str:
    """The last word of whose thing a question asks for ("president" in "the US president's
    view"), or "" when it names no owner."""
    thing = asked(question)
    if thing is None or not thing.whose:
        return ""
    return re.sub(r"['’]s$", "", thing.whose.split()[-1])


def reports_speech(owner: str, passage: str) -> bool:
    """Whether ``passage`` reports ``owner`` saying or thinking something ("US President Joe
    Biden himself has said" for "president")."""
    if not owner:
        return False
    pattern = rf"\b{re.escape(owner)}\b(?:\W+\w+){{0,{_WORDS_BETWEEN}}}?\W+{_SPEECH}\b"
    return re.search(pattern, passage, re.IGNORECASE) is not None
