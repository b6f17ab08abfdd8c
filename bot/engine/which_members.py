"""The members a "which X …?" question asks, and a passage naming one.

"Which Asian countries would ship gas to Europe …?", "which european countries would the 8500
us troops go to", "The Biden team is working with several European nations. Which ones
exactly?" ask for the members of a set: names of X's kind. A passage that names the set only
collectively ("several European nations", "a multitude of sources") or by its whole ("Europe",
"Asia") names none. The singular asks one member where the question writes X's part ("Which
European country will the 8500 US troops be sent to?"). The X is read by ``which_sought`` (or,
for "which ones", as the last plural noun of the statement before it); a member is a name
WordNet files under X, or, for a political unit, a country or a capital the tables know.
English; no word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

_WORD = re.compile(r"[^\W\d][\w'’-]*")
_NAME_WORD = re.compile(r"[\w'’-]+")  # as ``names``: its name spans count these words
# "… several European nations on energy. Which ones exactly?": "ones" stands for the noun before
_WHICH_ONES = re.compile(r"(?:^|[.!?]\s+)(?:and\s+)?which\s+ones\b", re.IGNORECASE)


def ones_stand_for(question: str, is_plural_noun: Callable[[str], bool]) -> str:
    """The plural noun "which ones" stands for: the last lowercase plural noun (``is_plural_noun``)
    of the statement before it ("nations" of "… several European nations on energy. Which ones
    exactly?"); "" for another question."""
    match = _WHICH_ONES.search(question)
    if match is None or not match.start():
        return ""
    words = [w for w in _WORD.findall(question[: match.start()]) if w.islower() and w not in STOP_WORDS]
    plural = [w for w in words if is_plural_noun(w)]
    return plural[-1] if plural else ""


def names_member(
    text: str,
    spans: list[tuple[int, int]],
    is_member: Callable[[str], bool],
    is_known: Callable[[str], bool],
) -> bool:
    """Whether a name of ``text`` (its word-index ``spans``, ``names.name_spans``: the question's
    own words left out) is a member (``is_member``, given the name lowercase, words joined by
    "_"; a name of more words ``is_known`` does not know also by its last word alone)."""
    words = _NAME_WORD.findall(text)
    for first, last in spans:
        named = [re.sub(r"['’]s$", "", w) for w in words[first : last + 1]]
        whole = "_".join(named).lower()
        if named and (is_member(whole) or (not is_known(whole) and is_member(named[-1].lower()))):
            return True
    return False
