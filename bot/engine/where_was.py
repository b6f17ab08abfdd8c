"""The preposition a where-question's place takes: "where was X when …?" asks where X was, "where
… relocated to?" where something went.

"Where was Peskov when he accused the US?" asks his whereabouts: a place "in" / "at" / "on" / "near"
somewhere, not the act's object ("the US") nor a place it is about ("tensions around Ukraine").
"Where are the families being relocated to?" asks a destination: a place after "to" / "into",
not "from its embassy". Read from the question's form, no word list; English questions.
docs/ranking-news.md, switch ``place_preposition``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DETERMINER = r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?"
# "where was Peskov when he …", "Where is Zelenskyy while …": the subject's whereabouts at an act
_LOCATED_ASKED = re.compile(r"^\W*where\s+(?:was|were|is|are)\s+[^?!.,;]*?\b(?:when|while|as)\s+\w", re.IGNORECASE)
# "… being relocated to?", "… sent into?": the place is where it goes
_DESTINATION_ASKED = re.compile(r"^\W*where\b[^?!.;]*\b(?:to|into|towards?)\W*$", re.IGNORECASE)
_BEFORE = {
    "located": re.compile(rf"\b(?:in|at|on|near|inside|outside|within|aboard)\s+{_DETERMINER}$", re.IGNORECASE),
    "destination": re.compile(rf"\b(?:to|into|towards?)\s+{_DETERMINER}$", re.IGNORECASE),
}


def place_preposition(question: str) -> re.Pattern[str] | None:
    """What must stand right before a place answering ``question``: a preposition of being
    somewhere for "where was X when …?", of going somewhere for "where … to?"; None for another
    question."""
    if _DESTINATION_ASKED.match(question):
        return _BEFORE["destination"]
    if _LOCATED_ASKED.match(question):
        return _BEFORE["located"]
    return None


# "where was X VERBed?": the place of an act done to X (not "where is X?", a thing's place). "Where
# did X VERB …?" is left: its place often stands only in a clause of what X said ("In parliament,
# Reznikov said that Russia …": "parliament" is read as no place), 4 answerable paraphrases lost.
_ACT_UNDERGONE = re.compile(r"^\W*where\s+(?:was|were|is|are)\s+[^?!.,;]*?(?P<last>[\w'’-]+)\W*$", re.IGNORECASE)
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:to|into|towards?|from|of|in|at|on|for|with)\W*$", re.IGNORECASE)
# A place right after a preposition of a partner, a topic or a source ("working with several
# European nations", "talks about Ukraine", "spillover from a military action"), or opening a
# clause of its own as its subject ("if Russia were to cut off …"), is not where the act was; a
# place after any other word, or opening the question's clause, may be.
_DETERMINERS = r"(?:the|a|an|its|their|his|her|this|that|these|those|several|many|some|other|both|all|two|three)"
_NOT_TOPIC = re.compile(
    rf"(?:\b(?!(?:with|about|around|against|over|regarding|concerning|between|among|for|from|if|that|whether|because|unless|{_DETERMINERS})\b)[\w'’-]+\s+"
    rf"|(?<![\w'’-])(?<![\w'’-]\s))(?:{_DETERMINERS}\s+)*$",
    re.IGNORECASE,
)


def act_place(question: str, is_participle: Callable[[str], bool]) -> re.Pattern[str] | None:
    """What must stand right before a place answering "where was X VERBed?" ("where was the
    briefing held?"): no preposition of a partner, a topic or a source, no clause opening (a
    pattern matching at the place when none does), for the place of the act is asked, not what
    it is with or about; None for another question ("where is X?", "where … to?", "where did
    X VERB?").
    ``is_participle`` tells an inflected verb ("held", "signed")."""
    if _ENDS_IN_PREPOSITION.search(question) or _LOCATED_ASKED.match(question):
        return None
    undergone = _ACT_UNDERGONE.match(question)
    if undergone and undergone["last"].islower() and is_participle(undergone["last"].lower()):
        return _NOT_TOPIC
    return None
