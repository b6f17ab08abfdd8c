"""A question asking how something moved or was moved, and a passage giving the means.

"How was the shipment transported to Ukraine?", "How will the US ship gas to Europe?": a verb of
motion (WordNet's ``verb.motion``) asked "how" asks for a way of travel — a vehicle or a route.
A passage answers only where it names one: "by" and a bare noun ("by rail", "by plane"), "via",
"aboard", or a noun WordNet counts as a conveyance ("a cargo plane", "tankers"). English
questions; no word list of questions. Rule 28 of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import predicate
from bot.engine.related_words import BROAD_VERB_SENSES, domain, is_word, kinds_of, senses

_HOW = re.compile(
    r"^\W*how\s+(?P<rest>(?:did|does|do|was|were|is|are|will|would|can|could|has|have|had)\s+[^?!.;]+)",
    re.IGNORECASE,
)
# A way of travel written with a preposition: "by" and a bare noun ("by rail"; "by the ministry",
# "by other members" name an agent), "via Poland", "aboard a frigate", "on board".
_BY = re.compile(r"\bby\s+(?P<noun>[a-z]+)\b")
_VIA = re.compile(r"\b(?:via|aboard|on board)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-zA-Z][\w'’-]*")
_VEHICLE = "conveyance"  # WordNet's broader sense of a plane, a train, a truck, a ship
_CARRIED = frozenset({"weapon", "projectile"})  # a missile or a rocket is a conveyance that carries no cargo


def asks_means(question: str, is_verb: Callable[[str], bool], verb_first: Callable[[str], bool]) -> str:
    """The verb of motion a "how did X VERB …?" question asks the means of ("transported",
    "ship", "reach"); "" for another question."""
    match = _HOW.match(question)
    if match is None:
        return ""
    told = predicate(f"when {match['rest']}", is_verb, verb_first)
    verb = told.words[0] if told is not None else ""
    if not verb or domain(verb, "verb") != "motion" or senses(verb, "verb") >= BROAD_VERB_SENSES:
        return ""
    return verb


def gives_means(text: str) -> bool:
    """Whether ``text`` names a way of travel: "by rail", "via Poland", "aboard", a vehicle."""
    if _VIA.search(text) or any(m["noun"] not in STOP_WORDS and is_word(m["noun"]) for m in _BY.finditer(text)):
        return True
    words = _WORD.findall(text)
    return any(
        w.islower() and _vehicle(w) and (k == 0 or words[k - 1].lower() != "in")  # not "in tandem"
        for k, w in enumerate(words)
    )


def _vehicle(noun: str) -> bool:
    """Whether WordNet counts ``noun`` a conveyance that is no weapon ("trucks", not "missile")."""
    kinds = kinds_of(noun)
    return _VEHICLE in kinds and _CARRIED.isdisjoint(kinds)
