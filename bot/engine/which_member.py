"""A question asking for a particular X, and whether a passage that writes X names one.

"Which fighter jets is Spain sending?", "What model of fighter jet …?", "danish frigate name?"
ask for one X by its name or its kind. "Spain is sending four fighter jets …" writes the X but
gives only a count of them, "Denmark is sending a frigate …" no name: a passage that writes X
answers only with a name bound to it ("the frigate Niels Juel", "F-16 warplanes") or a word
narrowing it ("autoimmune disorders", "howitzers"); one that never writes X is left to the
other rules (SQuAD answers "which team" with a name and never writes "team").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.names import head_noun

_WORD = re.compile(r"[\w'’-]+")
# "Which TV channel aired …?", "On which TV channel …?", "What model of fighter jet …?"
_WHICH = re.compile(
    r"^\W*(?:(?:in|at|on|from|to|of|by|for|into|with)\s+)?(?P<word>which|what)\s+(?P<thing>[^?!.,;]+)",
    re.IGNORECASE,
)
# "what type / kind / model / make / class / brand / name of X": one X by its kind or name
_SORT_OF = re.compile(
    r"(?:types?|kinds?|sorts?|models?|makes?|brands?|class(?:es)?|names?)\s+of\s+(?:the\s+|an?\s+)?(?P<thing>.+)",
    re.IGNORECASE,
)
# "What's the name of X?", "whats the name of X", "name of X?"
_NAME_OF = re.compile(
    r"^\W*(?:what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+)?(?:the\s+)?names?\s+of\s+(?:the\s+|an?\s+)?"
    r"(?P<thing>[^?!.,;]+)",
    re.IGNORECASE,
)
_NAME_LAST = re.compile(r"^\W*(?P<thing>[^?!.,;]+?)\s+names?\W*$", re.IGNORECASE)  # "danish frigate name?"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\b")
_COUNT = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?", re.IGNORECASE
)


def member_asked(
    question: str, is_noun: Callable[[str], bool], is_verb: Callable[[str], bool], file_of: Callable[[str], str]
) -> tuple[str, bool]:
    """The X a question asks one of, and whether it asks X's kind or name ("what model / name
    of X", "X name?") rather than "which X": ("jet", True) for "What model of fighter jet …?",
    ("channel", False) for "Which TV channel aired …?"; ("", False) for none. A bare "what X"
    asks what it is, not one X; a time ("in which year") is rule 8's."""
    phrase, sort = "", False
    for pattern in (_NAME_OF, _NAME_LAST):
        match = pattern.match(question)
        if match:
            phrase, sort = match["thing"], True
            break
    else:
        which = _WHICH.match(question)
        kind = _SORT_OF.match(which["thing"]) if which else None
        if kind:
            phrase, sort = kind["thing"], True
        elif which and which["word"].lower() == "which":
            # "Which newspaper's parent company …?" asks which newspaper
            phrase = _POSSESSIVE.split(which["thing"], maxsplit=1)[0]
    head = head_noun(phrase, is_noun, is_verb, False, acronyms=True) if phrase else ""
    head = head.split()[-1] if head else ""
    if not head or file_of(head) == "time":
        return "", False
    return head, sort


def writes(clause: str, is_member: Callable[[str], bool]) -> bool:
    """Whether ``clause`` writes the X asked, itself or a narrower kind, in lowercase."""
    return any(w[0].islower() and is_member(w) for w in _WORD.findall(clause))


def narrows(clause: str, is_member: Callable[[str], bool], is_own: Callable[[str], bool]) -> bool:
    """Whether a word right before an X the clause writes narrows it to one kind: no function
    word, count or word of the question ("autoimmune disorders"; not "four fighter jets")."""
    words = _WORD.findall(clause)
    return any(
        is_member(word)
        and word[0].islower()
        and (before := words[k - 1]).isalpha()
        and before.lower() not in STOP_WORDS
        and not _COUNT.fullmatch(before)
        and not is_own(before)
        and not is_member(before)
        for k, word in enumerate(words[1:], 1)
    )


def likens(clause: str, is_member: Callable[[str], bool]) -> bool:
    """Whether ``clause`` writes an X (lowercase) followed by a likeness that tells its kind:
    "sanctions like never before", "warships such as frigates"."""
    words = _WORD.findall(clause)
    return any(
        k + 1 < len(words)
        and word[0].islower()
        and (words[k + 1].lower() == "like" or [w.lower() for w in words[k + 1 : k + 3]] == ["such", "as"])
        and is_member(word)  # WordNet read last, for a word before a likeness only
        for k, word in enumerate(words)
    )
