"""A "which / what X …?" question asks for an X, and whether a clause gives one.

"Which TV channel aired Reznikov's interview?" is not answered by "In an interview aired on
Tuesday, …", nor "Which fighter jets is Spain sending?" by "Spain is sending four fighter jets":
a passage must give an X — a name of one ("CNN", "F-16 warplanes") or a narrower kind of X.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from bot.engine.names import gives_name, head_noun, name_spans, placed_before
from bot.engine.related_words import base_forms

# "Which TV channel aired …?", "In which Russian city …?", "What model of fighter jet …?"
_WHICH = re.compile(
    r"^\W*(?:(?:in|at|on|from|to|of|by|for|into|with)\s+)?(?P<word>which|what)\s+(?P<thing>[^?!.,;]+)",
    re.IGNORECASE,
)
# "what type / kind / model of X": a narrower kind of X is asked, so X is
_SORT_OF = re.compile(
    r"(?:types?|kinds?|sorts?|models?|makes?|brands?|class(?:es)?)\s+of\s+(?P<thing>.+)", re.IGNORECASE
)
_WORD = re.compile(r"[\w'’-]+")  # as ``names``: its name spans count these words


def which_asked(
    question: str,
    is_noun: Callable[[str], bool],
    is_verb: Callable[[str], bool],
    file_of: Callable[[str], str],
    what_files: Collection[str] | None = None,
    placed: Callable[[str], bool] | None = None,
) -> str:
    """The X a "which / what X …?" question asks for ("channel", "jet" of "fighter jet": the
    phrase's head), "" for none: a "what is / did …" question names no X, and a time ("in which
    year") is rule 8's. "Which X" picks one of the Xs; "what X" too only for an X of
    ``what_files`` (WordNet noun files: things, places, groups) or a kind asked ("what model of
    X"): "What risk …?", "What assurance …?" ask what it is, told in words, not one named. With
    ``placed`` (telling a capitalised word naming a place or its people), only an X such a word
    modifies ("Which Russian banks …?": one of a place's X, asked by its name; rule 29's reading)."""
    match = _WHICH.match(question)
    if match is None:
        return ""
    sort = _SORT_OF.match(match["thing"])
    head = head_noun(sort["thing"] if sort else match["thing"], is_noun, is_verb, True, acronyms=True)
    head = head.split()[-1] if head else ""
    if not head or file_of(head) == "time":
        return ""
    if placed is not None and not placed_before(match["thing"], head, placed):
        return ""
    if match["word"].lower() == "which" or sort or what_files is None:
        return head
    return head if file_of(min(base_forms(head, "noun") or (head,), key=len)) in what_files else ""


def gives_one(
    clause: str,
    is_thing: Callable[[str], bool],
    is_narrower: Callable[[str], bool],
    is_common: Callable[[str], bool],
    is_own: Callable[[str], bool],
    within: int,
    is_place: Callable[[str], bool],
    is_other: Callable[[str], bool] | None = None,
) -> bool:
    """Whether ``clause`` gives an X: a name of one (``names.gives_name``: beside X or a
    narrower kind, or known as one), a lowercase narrower kind of X (``is_narrower``:
    "howitzers" for artillery), or, with ``is_other``, a name it does not tell is something
    else ("Sberbank", "CNN": WordNet does not know them, so they may be one)."""
    if gives_name(clause, is_thing, is_common, is_own, within, is_place):
        return True
    words = _WORD.findall(clause)
    if any(w[0].islower() and is_narrower(w) for w in words):
        return True
    if is_other is None:
        return False
    return any(not is_other(" ".join(words[first : last + 1])) for first, last in name_spans(clause, is_common, is_own))
