"""A question asking how someone reacted: answered by what they did or said.

"How did Kyiv respond?" is answered by "... accusations Kyiv has rejected", "How did King
Louis XV respond to British plans?" by "King Louis XV dispatched six regiments": a clause
whose subject is the one asked about, whatever its verb. The verb seldom repeats the
question's, so re-ranking looks for the subject acting instead (English questions).
"""

from __future__ import annotations

import re

from bot.engine.related_words import is_inflected_verb, is_verb, is_way_to

# The verb whose senses, and the narrower ones, ask for a reaction: react, reply, answer, counter.
_REACTING = "respond"
_AUXILIARIES = "did|does|do|will|would|could|might|should|has|have|had|is|are|was|were|be|been|being"
_HOW = re.compile(rf"^\W*how\s+(?:{_AUXILIARIES})\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
# The subject's head is the last word before these: "the leaders of the city of Bukhara".
_AFTER_HEAD = re.compile(r"\s+(?:of|in|on|at|for|from|to|with|by|about|after|before|during|near|who|which|that)\s+")
# What may stand between a subject and its verb: "Kyiv has rejected", "he also said".
_BETWEEN = rf"(?:{_AUXILIARIES}|also|then|not|never|again|later|soon|quickly|immediately|\w+ly)"


def reacting(question: str) -> str:
    """Whom a "how did X respond / react / reply ...?" question asks about, as written
    ("Kyiv"; "leaders" in "the leaders of the city of Bukhara"); "" for another question."""
    match = _HOW.match(question)
    if match is None:
        return ""
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and is_way_to(word, _REACTING):
            subject = _AFTER_HEAD.split(" ".join(words[:at]))[0].split()
            return re.sub(r"['’]s$", "", subject[-1]) if subject else ""
    return ""


def acts(actor: str, passage: str) -> bool:
    """Whether ``passage`` has ``actor`` as the subject of a verb: "Kyiv has rejected",
    "Saint-Pierre said", "Morgan was shocked"; not "in Kyiv, Ukraine" nor "Kyiv train station"."""
    if not actor:
        return False
    case = "" if any(c.isupper() for c in actor) else "(?i)"  # "US" is no "us"; "leaders" is "Leaders"
    pattern = rf"{case}(?<![\w-]){re.escape(actor)}(?![\w'’-])(?P<between>(?:\s+{_BETWEEN})*)\s+(?P<verb>\w+)"
    for match in re.finditer(pattern, passage):
        verb = match["verb"]
        if not verb.islower():
            continue
        # After an auxiliary any verb form ("has rejected"); alone, a tense ("said", not "train").
        if is_inflected_verb(verb) or (match["between"].strip() and is_verb(verb)):
            return True
    return False
