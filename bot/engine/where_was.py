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
