"""Whether a verb names a thing's coming into being, and whether a written word names that act.

"When was the European Commission founded?" asks the date of its founding, and writers name
that act as such: "founded in 1958", "its creation in 1958", "established in 1958". A
passage dating anything else about the Commission does not answer it. A verb names a coming
into being when its most frequent WordNet sense is that of *create* or *establish*, or
directly narrower ("build", "form", "construct"). Farther ones name a way of making that
writers paraphrase ("write", "publish", "debut": SQuAD's cost, docs/ranking-news.md).
"""

from __future__ import annotations

from functools import lru_cache

from bot.engine.related_words import base_forms, derived_verbs, first_sense_within, senses

_ROOTS = ("create", "establish")  # making a thing; setting up a body ("found", "set up", "launch")
_STEPS = 1  # hypernym links from a root


def _makes(lemma: str) -> bool:
    """Whether the verb ``lemma`` (a base form) names a coming into being in its most frequent sense."""
    return any(first_sense_within(lemma, "verb", root, _STEPS) for root in _ROOTS)


@lru_cache(maxsize=16_384)
def creation_verb(word: str) -> bool:
    """Whether a question's verb ``word`` (lowercase, any form) asks of a coming into being:
    every verb it is a form of names one ("founded", "built", "created"; not "found", also
    *find*), and WordNet knows it better as a verb than as a noun ("When did Tesla's father
    die?" is no fathering)."""
    bases = base_forms(word, "verb")
    return bool(bases) and all(_makes(b) for b in bases) and senses(word, "verb") >= senses(word, "noun")


@lru_cache(maxsize=16_384)
def names_creation(word: str) -> bool:
    """Whether a written ``word`` (lowercase) names a coming into being as a verb ("founded",
    "established", "formed") or as a noun derived from such a verb ("foundation", "construction")."""
    return any(_makes(b) for b in base_forms(word, "verb")) or any(_makes(v) for v in derived_verbs(word))
