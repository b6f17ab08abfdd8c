"""Where or when someone was photographed or filmed: the scene the picture shows.

"Where was the woman walking her dogs photographed?" asks where the scene took place, and the
caption that describes it answers ("A woman walks with her dogs … in Slavyanoserbsk"), though
no caption says "photographed": the picture is the passage. The same question written "the woman
with her dogs" already names no verb to the refusal rules. Verbs of taking a picture are
WordNet's: a verb whose most frequent sense is that of *photograph* or *film*, or one step
narrower; not *shoot*, whose first sense fires a gun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.related_words import base_forms, first_sense_within

_PICTURING = ("photograph", "film")
_WHERE_OR_WHEN = re.compile(r"^\W*(?:where|when|in\s+(?:what|which)\s+\w+|on\s+(?:what|which)\s+\w+)\b", re.IGNORECASE)


def asks_scene(question: str, verb: str) -> bool:
    """Whether ``question`` asks where or when ``verb`` (its verb, a word as written) took a picture."""
    if _WHERE_OR_WHEN.match(question) is None:
        return False
    bases = base_forms(verb.lower(), "verb")
    return any(first_sense_within(base, "verb", picturing, 1) for base in bases for picturing in _PICTURING)


_DETERMINER = re.compile(r"(?:the|a|an|this|that|these|those|his|her|their|its)\s", re.IGNORECASE)
_PICTURE_OF = re.compile(r"\b(?:the|a|an|this|that)\s+(?P<noun>[a-z]+)\s+of\s+(?=\w)", re.IGNORECASE)


def scene_of(question: str, names_picture: Callable[[str], bool]) -> str:
    """A where / when ``question`` about a picture ("where was the photo of the woman walking her
    dogs taken?") as about the scene it shows ("where was the woman walking her dogs taken?"):
    the caption describes the scene, seldom the picture; ``question`` itself otherwise.
    ``names_picture`` tells a noun naming a picture."""
    if _WHERE_OR_WHEN.match(question) is None:
        return question
    found = next((m for m in _PICTURE_OF.finditer(question) if names_picture(m["noun"].lower())), None)
    if found is None:
        return question
    rest = question[found.end() :]
    determined = _DETERMINER.match(rest) is not None  # "the photo of the woman": her own determiner
    return f"{question[: found.start()]}{'' if determined else 'the '}{rest}"
