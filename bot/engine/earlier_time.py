"""A person's own earlier time asked, and a passage writing a time before.

"What did Reznikov do before he became defence minister?", "What job did Hanna Maliar have before
becoming deputy defence minister?", "what did zelensky do before politics": the question asks of
a person named what was true before their own later state (an office, a career) — "before" opens
the person's own becoming (a pronoun, a gerund with no subject of its own, a bare noun), not
another party's event ("before Reznikov's remarks", "before Moscow annexed Crimea": a time the
article may date). A passage naming the person now ("Defence Minister Oleksii Reznikov said …")
tells nothing of then: one shown must write a time before (a closed class of words of
anteriority: "before", "previously", "former", "until", "ex-" …). English questions; the words
read here are grammar, no word list of questions. docs/ranking-news.md, "A person's earlier time".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_WORD = re.compile(r"[\w'’-]+")
# The question asks what the person did or was, or where: "what" / "which" and an auxiliary or a
# noun ("what job did …"), "where" ("who had reassured … before …?" asks someone else, "when …?" a
# time the date rules read)
_ASKING = re.compile(r"^\W*(?:(?P<what>what|which)(?:\s+(?P<noun>[a-z]+))?|where)\b", re.IGNORECASE)
_AUXILIARIES = frozenset("did does do was were is are had has have".split())
_BEFORE = re.compile(r"\bbefore\s+(?P<rest>[^?!.;,]+)", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "they"})  # "before he became …": the person's own becoming
# Words of anteriority: a passage writing one of them tells of a time before (closed class)
_EARLIER = frozenset("before previously formerly earlier prior once until till ago".split())
_ADJECTIVES = frozenset({"former"})  # ... of the noun after it: "a former lawyer", not "a former Soviet state"
_NOUN_WITHIN = 3  # words after "former" read for its noun ("a former deputy defence minister")
_EX = re.compile(r"^ex-\w", re.IGNORECASE)  # "ex-comedian", "ex-minister"


def may_ask_earlier(question: str) -> bool:
    """Whether ``question`` has the form ``earlier_of`` reads at all ("what / which / where …
    before …"): a test of two patterns, made before its names are read."""
    return _ASKING.match(question) is not None and _BEFORE.search(question) is not None


def earlier_of(
    question: str,
    names: Sequence[tuple[str, ...]],
    is_person: Callable[[tuple[str, ...]], bool],
    is_gerund: Callable[[str], bool],
    is_activity: Callable[[str], bool],
) -> tuple[str, ...]:
    """The person named (``names``: the question's names, in order) whose own earlier time a
    "what … did X … before Y?" question asks, () for another question: what X did or was ("what
    did X do", a noun of an activity or a person after "what": ``is_activity``, "what job"; not
    "what river did X cross", a thing of one act) or where; Y opens with "he / she / they", a
    gerund ("becoming") or is lowercase and names no one ("politics"); X, a person
    (``is_person``), stands before "before"."""
    asking = _ASKING.match(question)
    before = _BEFORE.search(question)
    if asking is None or before is None:
        return ()
    noun = (asking["noun"] or "").lower()
    if asking["what"] and noun not in _AUXILIARIES and not is_activity(noun):
        return ()
    after = _WORD.findall(before["rest"])
    if not after:
        return ()
    head = {w.lower() for w in _WORD.findall(question[: before.start()])}
    after_words = {w.lower() for w in after}
    first = after[0]
    own = first.lower() in _PRONOUNS or (first.islower() and is_gerund(first))
    bare = all(w.islower() for w in after) and not any(after_words >= {w.lower() for w in n} for n in names)
    if not (own or bare):
        return ()
    for name in names:
        if {w.lower() for w in name} <= head and is_person(name):
            return name
    return ()


def writes_earlier(words: Sequence[str], is_kind_of_person: Callable[[str], bool]) -> bool:
    """Whether a passage's words write a time before: a word of anteriority ("previously",
    "until", "earlier"); "former" or an "ex-" word only of a person ("a former lawyer", "the
    ex-minister"; not "a former Soviet state": ``is_kind_of_person`` reads the words after it)."""
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in _ADJECTIVES or _EX.match(word):
            after = [lower[3:]] if _EX.match(word) else []
            if any(is_kind_of_person(w.lower()) for w in [*after, *words[at + 1 : at + 1 + _NOUN_WITHIN]]):
                return True
        elif lower in _EARLIER:
            return True
    return False
