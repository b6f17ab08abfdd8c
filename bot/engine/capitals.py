"""A national capital written for its country's government, and a country for its capital.

The news writes a capital for the state that acts: "Washington and its NATO partners responded",
"How many vessels is Madrid sending?" mean the United States and Spain, and a passage says so
("the US and its allies", "Spain is sending three ships"); "Russia's seizure of Crimea" is told
as "Moscow annexed Crimea". A name read so is one the question does not place anything in:
after a preposition ("volunteers practising in Kyiv", "troops near Ukraine") it is the place.
Capitals and their countries come from countryinfo (``demonyms.country_of_capital``); no word
list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.engine.demonyms import capital_of, country_of_capital

_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# A city placed by a preposition is the place, not its government.
_PREPOSITION = re.compile(
    r"in|on|at|near|to|into|from|with|by|for|around|across|along|toward|towards|against|of|outside|inside|"
    r"through|over|within|between|via"
)


def states_acting(question: str, terms_of: Callable[[str], Sequence[str]]) -> dict[str, frozenset[str]]:
    """The question's capitals and countries that stand for their state (no preposition before
    them), each term → the other name's terms: "Washington and its partners" → ``washington`` →
    ``usa``, …; "Russia's seizure" → ``russia`` → ``moscow``."""
    words = _WORD.findall(question)
    found: dict[str, frozenset[str]] = {}
    for k, word in enumerate(words):
        if k and _PREPOSITION.fullmatch(words[k - 1].lower()):
            continue
        for term in terms_of(word):
            other = country_of_capital(term) or capital_of(term)
            if other:
                found[term] = other
    return found
