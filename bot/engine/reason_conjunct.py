"""A why-question's cause in the conjunct of what it asks about.

"Why did Spain pick Bulgaria?" asks a reason for Bulgaria: "Spain is sending jets to Bulgaria and
ships to the Black Sea to join NATO forces" gives one for the ships, the conjunct after "and".
"Why is Britain only withdrawing some diplomats and not all?" asks the reason for the contrast:
"Britain was withdrawing some diplomats …, and families … have been told to leave" gives none in
the withdrawing's conjunct. English questions; no word list of questions.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[\w'’-]+")
# "only X and not Y", "only X, not Y", "only X but not Y": the reason for a contrast.
_ONLY_NOT = re.compile(r"\bonly\b.+?(?:,|\band\b|\bbut\b)\s*not\b", re.IGNORECASE | re.DOTALL)
# A clause's conjuncts: "A to X and B to Y to join", "…, and families … told to leave".
_CONJUNCT = re.compile(r",?\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
_FRONTED = re.compile(
    r"^\W*(?:because|due to|owing to|thanks to|as a result of|in response to|amid|amidst|after|following"
    r"|since|in order|in an effort|in a bid)\b[^,;]*,\s*",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(r"[?!.;]|\s(?:for|because|when|if|in|after|before|since)\s", re.IGNORECASE)


def asks_only(question: str) -> bool:
    """Whether a why-question asks the reason for a contrast: "why only X and not Y?"."""
    return _ONLY_NOT.search(question) is not None


def named_object(question: str, verb: str) -> list[str]:
    """The names (capitalized words) after the asked verb, up to a preposition or the end: "European",
    "Union" in "Why did Britain leave the European Union?"; [] where none is written."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(question)]
    after = [at + len(w) for at, w in words if w.lower() == verb.lower()]
    if not after:
        return []
    rest = question[after[0] :]
    end = _OBJECT_END.search(rest)
    return [w for w in _WORD.findall(rest[: end.start() if end else len(rest)]) if w[0].isupper()]


def conjuncts(clause: str) -> list[str]:
    """A clause's conjuncts (split at "and", "but", "while"): a cause after one is its own, not the
    others'; a cause fronted before the clause, set apart by a comma ("Due to its location between
    Kraków and Vilnius, Warsaw became …"), is kept whole and leads each of them."""
    lead = _FRONTED.match(clause)
    head = lead.group() if lead else ""
    return [head + c for c in _CONJUNCT.split(clause[len(head) :]) if c.strip()]


def fold_accents(word: str) -> str:
    """``word`` without its accents: a name asked in plain letters ("Gospic") is the one written
    with them ("Gospić")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
