"""Whether the noun a question asks about only names the kind of its answer.

"What is the general mood among Ukrainians about an attack?" is answered by what they feel
("many citizens have expressed scepticism"), "What's the headcount on the US troops put on
alert?" by a number ("8500 troops"): a noun whose most frequent sense is a property, a
feeling, a state or a quantity (WordNet's lexicographer files ``noun.attribute``,
``noun.feeling``, ``noun.state``, ``noun.quantity``) says what kind of answer is asked, which
a passage gives without writing the noun. An archive that never uses such a noun is no sign
that it cannot answer. Nouns of ``noun.cognition`` ("model", "plan") name things a passage
names, and a "how ADJ" measure ("how old", "how far") is left to the amount rules: both let
near misses through. English questions; WordNet's files, no word list of questions.
"""

from __future__ import annotations

from collections.abc import Callable

# The lexicographer files of nouns that name what something is like or how much of it, not a thing.
KIND_FILES = frozenset({"attribute", "feeling", "state", "quantity"})


def names_answer_kind(words: tuple[str, ...], parts: tuple[str, ...], domain: Callable[[str, str], str]) -> bool:
    """Whether an asked thing (its ``words``, read as ``parts``) is a noun naming the kind of
    answer: its head's most frequent sense ("mood" of "general mood") is a property, feeling,
    state or quantity. ``domain(word, "noun")`` gives that sense's lexicographer file."""
    return bool(words) and parts == ("noun",) and domain(words[-1], "noun") in KIND_FILES
