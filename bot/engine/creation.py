"""Whether a verb names a thing's coming into being, and whether a written word names that act.

"When was the European Commission founded?" asks the date of its founding, and writers name
that act as such: "founded in 1958", "its creation in 1958", "established in 1958". A
passage dating anything else about the Commission does not answer it. A verb names a coming
into being when its most frequent WordNet sense is that of *create*, *establish* or *build*,
or directly narrower than the last two ("found", "launch", "construct", "erect"). A question's
other ways of making are paraphrased too often ("produce", "form", "write": SQuAD's cost,
docs/ranking-news.md); a passage may name the act by any verb directly narrower than *create*
("formed", "organized") or a noun derived from one.
"""

from __future__ import annotations

from functools import lru_cache

from bot.engine.related_words import base_forms, derived_verbs, first_sense_within, sense_within, senses, verb_senses

# Each act of bringing into being and how many hypernym links below it a verb's first sense may
# be: as a question asks it, as a passage writes it.
_ASKED = (("create", 0), ("establish", 1), ("build", 1))
_WRITTEN = (("create", 1), ("establish", 1), ("build", 1))


def _makes(lemma: str, roots: tuple[tuple[str, int], ...] = _WRITTEN) -> bool:
    """Whether the verb ``lemma`` (a base form) names a coming into being in its most frequent sense."""
    return any(first_sense_within(lemma, "verb", root, steps) for root, steps in roots)


@lru_cache(maxsize=16_384)
def creation_verb(word: str) -> bool:
    """Whether a question's verb ``word`` (lowercase, any form) asks of a coming into being:
    every verb it is a form of names one ("founded", "built", "created"; not "found", also
    *find*), and WordNet knows it better as a verb than as a noun ("When did Tesla's father
    die?" is no fathering)."""
    bases = base_forms(word, "verb")
    return bool(bases) and all(_makes(b, _ASKED) for b in bases) and senses(word, "verb") >= senses(word, "noun")


@lru_cache(maxsize=16_384)
def names_creation(word: str) -> bool:
    """Whether a written ``word`` (lowercase) names a coming into being as a verb ("founded",
    "established", "formed") or as a noun derived from such a verb sense ("foundation",
    "construction"; not "launchers", of *launch* as propel)."""
    if any(_makes(b) for b in base_forms(word, "verb")):
        return True
    made = derived_verbs(word)  # the senses it is derived from: a launcher propels
    if not made.isdisjoint(s for root, _ in _WRITTEN for s in verb_senses(root)):
        return True  # "creation": of *create* in any sense
    return any(sense_within(tuple(sorted(made)), "verb", root, steps) for root, steps in _WRITTEN)
