"""A question asking which thing someone did something to, and a passage naming one.

"What weapons did Britain send to Ukraine?", "Which ships did Denmark deploy?": the noun after
"what / which" is a kind of thing, and a passage answers only where a clause writing the asked
verb (or a relative) names that thing or a narrower kind of it, as WordNet orders nouns
("missiles" are weapons, "troops" are not). English questions; no word list of questions.
Rule ``thing_done`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.asked import predicate
from bot.engine.related_words import base_forms, domain, has_instances, kinds_of

_WHAT_THING = re.compile(
    r"^\W*(?:what|which)\s+(?P<thing>[a-z]+)\s+"
    r"(?P<rest>(?:did|does|do|will|would|can|could|has|have|had)\s+[^?!.;]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zA-Z][\w'’-]*")
# Things written with common nouns, whose kinds WordNet orders ("missile" under *weapon*); a team,
# a city, a person, a year or a language is answered by a name or a value, read by other rules;
# so is a thing WordNet knows single named ones of ("the Vistula" for *river*) or a place.
_THINGS = frozenset({"artifact", "food", "substance", "animal", "plant", "object"})
_PLACES = frozenset({"structure", "facility"})  # a hotel, a stadium, an airport: named as places are


@dataclass(frozen=True)
class ThingDone:
    """The kind of thing asked ("weapon"; as written, "weapons") and the verb done to it ("send")."""

    thing: str
    verb: str
    written: str


def thing_done(question: str, is_verb: Callable[[str], bool], verb_first: Callable[[str], bool]) -> ThingDone | None:
    """The thing and the verb of "what / which THING did X VERB …?"; None for another question."""
    match = _WHAT_THING.match(question)
    if match is None:
        return None
    nouns = base_forms(match["thing"].lower(), "noun")
    if not nouns or domain(nouns[0], "noun") not in _THINGS or has_instances(nouns[0]):
        return None
    if not _PLACES.isdisjoint(kinds_of(nouns[0])):
        return None
    told = predicate(f"when {match['rest']}", is_verb, verb_first)
    if told is None or told.parts != ("verb",):
        return None
    return ThingDone(nouns[0], told.words[0], match["thing"])


def names_kind(text: str, thing: str) -> bool:
    """Whether ``text`` names ``thing`` or a narrower kind of it (a lowercase noun)."""
    for word in _WORD.findall(text):
        if word.islower() and any(n == thing or thing in kinds_of(n) for n in base_forms(word, "noun")):
            return True
    return False
