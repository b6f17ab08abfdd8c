"""The subject a when / where question asks its value of, and a value standing with it.

"Where is the headquarters of the NATO response force?" asks a place of a headquarters: an
archive that never names one has no place of it, whatever places stand beside NATO. "Where do the
ships set sail from?" asks where they come from: a place after "from" or "out of" in a clause
with the ships, not their destination. The subject is read from the question's form (the words
after the auxiliary up to its verb or a preposition, its head the last of them), no word list;
English questions. docs/ranking-news.md, switch ``shown_subject``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import PHRASE_END  # the subject ends there: "the headquarters of X", "peskov when he …"
from bot.engine.related_words import is_inflected_verb

_AUXILIARIES = "did|does|do|was|were|is|are|will|would|has|have|had|can|could"
_ASKED = re.compile(
    rf"^\W*(?P<wh>when|where)(?:(?P<is>['’]s)\s+|\s+(?P<aux>{_AUXILIARIES})\s+)(?P<clause>[^?!.,;]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d][\w'’-]*")
_PARTICIPLE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_CONJUNCTION = frozenset({"and", "or"})
# A pronoun or "there" stands for what the turn before named: no subject of its own to find.
_PRONOUNS = frozenset("he she it they we you i there this that these those one".split())
_ORIGIN_ASKED = re.compile(r"\b(?:from|out\s+of)\W*$", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(r"\b(?:from|out\s+of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", re.IGNORECASE)
_WORD_AT = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Subject:
    """What a when / where question asks of: the head words of its subject ("talks",
    "Zelenskyy"; one per conjunct), its kind ("time" or "place"), and whether it asks where
    the subject comes from ("… set sail from?")."""

    heads: tuple[str, ...]
    kind: str
    origin: bool = False


def asked_subject(question: str, verb_first: Callable[[str], bool]) -> Subject | None:
    """The subject a "when / where AUX SUBJECT VERB …?" question asks of; None for another
    question, a pronoun subject ("when did he say that?") or none read. ``verb_first`` tells a
    word WordNet knows better as a verb than as a noun (the subject's verb: "take", "set")."""
    match = _ASKED.match(question)
    if match is None:
        return None
    clause = match["clause"]
    words = _WORD.findall(PHRASE_END.split(clause)[0])
    verbs = [k for k, w in enumerate(words) if k and w.islower() and verb_first(w.lower())]
    # After "was / were / is / has" the verb is the participle, the last ("were the failed talks
    # held", "is Russia carrying out its exercises"); after "did / will" the first after the
    # subject ("did zelenskyy take office").
    if match["is"] or match["aux"].lower() in _PARTICIPLE_AUXILIARIES:
        participles = [k for k in verbs if _participle(words[k].lower())]
        # A participle after a determiner or another participle modifies or follows the verb
        # ("the failed talks", "seen training"); the first after a noun is the verb.
        after_noun = [k for k in participles if not _modifies(words[k - 1].lower())]
        verbs = after_noun[:1] or (participles or verbs)[-1:]  # "broadcast" as written
    end = verbs[0] if verbs else len(words)
    heads: list[str] = []
    phrase: list[str] = []
    for word in [*words[:end], "and"]:
        if word.lower() in _CONJUNCTION:
            if phrase:
                heads.append(phrase[-1])
            phrase = []
        elif word.isupper() or word.lower() not in STOP_WORDS:
            phrase.append(re.sub(r"['’]s$", "", word))
    if not heads or any(h.lower() in _PRONOUNS for h in heads):
        return None
    kind = "time" if match["wh"].lower() == "when" else "place"
    origin = kind == "place" and bool(_ORIGIN_ASKED.search(clause))
    return Subject(tuple(heads), kind, origin)


def _modifies(word: str) -> bool:
    """Whether a word before a participle makes it a modifier or a second verb, not the
    subject's verb: a determiner or other stop word, an adverb in -ly, a participle."""
    return word in STOP_WORDS or word.endswith("ly") or _participle(word)


def _participle(word: str) -> bool:
    """Whether a verb is written as a participle: "held", "headquartered", "carrying", not
    "exercises"."""
    return word.endswith(("ed", "en", "ing")) or (is_inflected_verb(word) and not word.endswith("s"))


def stands_with(
    subject: Subject,
    text: str,
    spans: Sequence[tuple[int, int]],
    clauses: Sequence[tuple[int, int]],
    is_subject: Callable[[str], bool],
    within: int = 0,
    before: re.Pattern[str] | None = None,
) -> bool:
    """Whether a value of ``text`` (``spans``: where it gives one of the kind asked) stands in
    a clause (``clauses``' spans) with a word ``is_subject`` tells names the subject, outside
    the value (with ``within`` > 0, no more than that many words from it); for an origin asked,
    only a place right after "from" / "out of" counts; with ``before``, only a value right after
    what it matches ("in", "to": ``where_was.place_preposition``)."""
    for start, end in clauses:
        values = [
            (a, b)
            for a, b in spans
            if start <= a < end
            and (not subject.origin or _ORIGIN_BEFORE.search(text, max(start, a - 16), a))
            and (before is None or before.search(text, max(start, a - 16), a))
        ]
        if not values:
            continue
        named = [w.start() for w in _WORD_AT.finditer(text, start, end) if is_subject(w[0])]
        # The subject is no value of itself: "Denmark is sending … to Lithuania" places Denmark's
        # sending, though "Denmark" is a place too.
        if any(not a <= at < b and _near(text, at, a, b, within) for a, b in values for at in named):
            return True
    return False


def _near(text: str, at: int, start: int, end: int, within: int) -> bool:
    """Whether the word at ``at`` is no more than ``within`` words from the value at [start,
    end) (0: anywhere)."""
    if not within:
        return True
    between = text[at:start] if at < start else text[end:at]
    return len(_WORD_AT.findall(between)) <= within
