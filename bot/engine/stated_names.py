"""The names a yes/no question's proposition is about.

"Did Germany send troops?", "Is Ukraine a member of the European Union?", "has zelenskyy met
putin": a yes/no question states a proposition, and a passage can say yes or no only if it
speaks of every part of it; a name (a capitalised run, or a lowercase word naming a country, its
people or one named thing) is the part no paraphrase replaces. English questions; no word list.
Rule ``yes_no_names`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.stopwords import STOP_WORDS

YES_NO = re.compile(
    r"^\W*(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could|should|shall|may|might|must)"
    r"(?:n['’]?t)?\s+(?P<rest>[^?!.;]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINING = frozenset({"of", "de", "von", "van", "al", "bin", "da", "del", "la", "le"})  # "Bank of England"
_OPENING = frozenset({"the", "a", "an"})  # "Did the US …": not part of a name


def stated_names(question: str, is_name: Callable[[str], bool]) -> tuple[tuple[str, ...], ...]:
    """The names of a yes/no question ("has / did / is / will …"), each as its words:
    capitalised runs ("European Union", "US") and the lowercase words ``is_name`` calls names
    ("germany", "ukrainian"); () for another question."""
    match = YES_NO.match(question)
    if match is None:
        return ()
    names: list[tuple[str, ...]] = []
    run: list[str] = []
    words = _WORD.findall(match["rest"])
    for k, word in enumerate(words):
        bare = _POSSESSIVE.sub("", word)
        if word[:1].isupper() and not (k == 0 and word.lower() in _OPENING):
            run.append(bare)
            if bare != word:  # "Russia's troops": the name ends at the possessive
                names.append(tuple(run))
                run = []
            continue
        if run and word in _JOINING and k + 1 < len(words) and words[k + 1][:1].isupper():
            run.append(word)
            continue
        if run:
            names.append(tuple(run))
            run = []
        if bare.isalpha() and bare.islower() and bare not in STOP_WORDS and is_name(bare):
            names.append((bare,))
    if run:
        names.append(tuple(run))
    return tuple(dict.fromkeys(names))


def stated_words(question: str, is_part: Callable[[str], bool]) -> tuple[str, ...]:
    """The lowercase words of a yes/no question's proposition that ``is_part`` keeps (its nouns,
    its main verb), stop words left out; () for another question."""
    match = YES_NO.match(question)
    if match is None:
        return ()
    words = (_POSSESSIVE.sub("", w) for w in _WORD.findall(match["rest"]))
    return tuple(dict.fromkeys(w for w in words if w.isalpha() and w.islower() and w not in STOP_WORDS and is_part(w)))
