"""A "what X exactly / specifically / in particular?" follow-up: the details of an X, not X again.

"What risky scenarios exactly did Reznikov have in mind?", "What provocations, specifically?":
the question already names X; a passage whose X closes its sentence or a quotation ("there are
risky scenarios", "a cover for NATO's own planned provocations.") repeats the question and details
nothing. A passage may answer where X goes on in its clause or a narrower kind of X (WordNet's
hyponyms) is named. Rule ``detail_asked``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "What X …, exactly?", "Which X in particular …?": the thing asked is the noun after the question word.
_DETAIL = re.compile(r"\b(?:exactly|specifically|precisely|in\s+particular)\b", re.IGNORECASE)
_WHAT_X = re.compile(r"^\W*(?:what|which)\s+(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})", re.IGNORECASE)
# The thing closing its sentence or a quotation: nothing more of it is written.
_CLOSES = re.compile(r"\s*(?:[.!?\"”]|$)")


def detail_asked(question: str, is_noun: Callable[[str], bool]) -> str:
    """The X of "what / which X … exactly / specifically / in particular?" (its head noun as
    written, lowercase), "" for another question ("What exactly are the forces?" names no X)."""
    if _DETAIL.search(question) is None:
        return ""
    # A two-part question's asking sentence: 'Russia talks about "planned provocations". What …?'
    asking = re.split(r"(?<=[.!?])[\"”’']?\s+", question.strip())[-1]
    match = _WHAT_X.match(asking)
    if match is None:
        return ""
    head = ""
    for word in match["words"].split():
        lower = word.lower()
        if _DETAIL.fullmatch(lower) or (head and not is_noun(lower)):
            break
        if is_noun(lower):
            head = lower  # "risky scenarios": the last noun of the run, after its adjectives
    return head


def details(text: str, is_thing: Callable[[str], bool], is_narrower: Callable[[str], bool]) -> bool:
    """Whether ``text`` may say more of the thing than its name: it names a narrower kind of it
    (``is_narrower``), or writes the thing (``is_thing``) with more of its clause after it
    ("guarantees from the West that …", "supplies in North Africa", "scenarios such as …"). The
    thing closing its sentence or a quotation ("NATO's own planned provocations.", '"there are
    risky scenarios"') says no more of it than the question."""
    for match in re.finditer(r"[\w'’-]+", text):
        word = match.group()
        if is_narrower(word) or (is_thing(word) and not _CLOSES.match(text[match.end() :])):
            return True
    return False
