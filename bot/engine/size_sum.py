"""A size asked of a thing counted in money: "How big is the new US security package?"

"How big / large / small is X?" asks X's size (WordNet's attribute of the adjective), which no
word of a passage names: the rule for a measure asked by "how ADJ" wants a unit ("40 tons",
"300 km"). A package, a budget or a deal is sized by its sum: "a new US$200 million in
security assistance" gives the size of "the new US security assistance package". So a sum
answers when a word of X follows it within its noun phrase (``_WITHIN`` words): "US$200
million in security assistance", not "US$200 million …, a shipment" (the sum is not the
shipment's). Only X's lowercase words bind: a name ("Ukraine", "US") stands beside any sum of
the story. English only; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.engine.analysis.stopwords import STOP_WORDS

_HOW_ADJ_IS = re.compile(
    r"^\W*how (?P<adjective>[a-z]+) (?:is|was|are|were|will be) (?P<thing>[^?!.;:]+)", re.IGNORECASE
)
_SIZE = "size"  # the attribute WordNet gives "big", "large", "small"
# A sum: a currency's sign or code by a number, its scale after ("US$200 million", "€5bn", "$20,000").
_SUM = re.compile(
    r"(?:(?:\b[A-Z]{1,3})?[$€£¥₹₽]\s?|\b(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|UAH)\s?)\d(?:[\d,.]*\d)?"
    r"(?:\s?(?:million|billion|trillion|thousand|m|bn)\b)?"
)
_WORD = re.compile(r"[^\W\d][\w'’-]*")
_WITHIN = 3  # words after the sum that may still be its noun phrase ("in security assistance")


def sized_thing(question: str, attributes: Callable[[str], frozenset[str]]) -> tuple[str, ...]:
    """The lowercase content words of X in "how ADJ is / was X?" when ``attributes`` (an
    adjective's WordNet attribute nouns) gives the adjective a size ("big", "large"); () for
    another question."""
    match = _HOW_ADJ_IS.match(question)
    if match is None or _SIZE not in attributes(match["adjective"].lower()):
        return ()
    return sum_owner(match["thing"])


def sum_owner(whose: str) -> tuple[str, ...]:
    """The lowercase content words of whose value or size is asked ("the new American aid
    package for Kyiv" → "aid", "package"; names bind nothing)."""
    words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(whose)]
    return tuple(w for w in words if w.islower() and w not in STOP_WORDS)


def sum_sizes(thing: set[str], text: str, terms_of: Callable[[str], Sequence[str]]) -> bool:
    """Whether ``text`` gives a sum followed, within its noun phrase, by one of ``thing``'s
    terms (``terms_of`` gives a word's index terms)."""
    for found in _SUM.finditer(text):
        after = _WORD.findall(text[found.end() :])[:_WITHIN]
        if any(t in thing for w in after for t in terms_of(w)):
            return True
    return False
