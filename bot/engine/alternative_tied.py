"""What an either/or question's alternatives must be written with: the question's subject.

"Is Hanna Maliar a civilian or a career officer?" asks the alternatives of Hanna Maliar: a
passage shown that writes "civilians" of others ("Dozens of civilians have been joining the army
reserves") answers nothing. "are the spanish ships going to the black sea frigates or
minesweepers?" is not answered by Denmark's frigate, nor "how many rounds of talks have failed,
three or four?" by "three ships". An alternative counts where a clause of a shown passage also
writes the question's subject (or a pronoun standing for it). This reads the subject and the
alternatives from the question's form: a yes/no question's subject is the phrase after its
auxiliary, up to a verb form or the complement's article; a question offering its answers after
a separator (``offered``) has for subject its auxiliary's subject ("what type of ships is [spain]
sending …"), else the words before the separator. English; closed classes only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS

_YES_NO = re.compile(r"^\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b", re.I)
_OR = re.compile(r"\s*,?\s+or\s+", re.I)
_WORD = re.compile(r"[\w$%'’.-]*\w")
_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLES = frozenset({"a", "an"})  # "Is Hanna Maliar a civilian": the complement starts there
# "…, yes or no?", "… or not?": the second part is the answer's polarity, no alternative
_POLARITY = frozenset({"yes", "no", "not"})
_SUBJECT_WORDS = 6  # a longer subject is a clause: not read
# Pronouns standing for the subject in a passage's clause ("it", "they")
PRONOUNS = frozenset("it its they their them he his him she her".split())


@dataclass(frozen=True)
class Tied:
    """An either/or question's subject words and its alternatives' words (each without stop words)."""

    subject: tuple[str, ...]
    alternatives: tuple[str, ...]


def yes_no_tied(question: str, is_verb_form: Callable[[str], bool]) -> Tied | None:
    """The subject and the alternatives' words of an either/or yes/no ``question`` ("Is [Hanna
    Maliar] a [civilian] or a [career officer]?"): the subject runs from after the auxiliary to a
    verb form (``is_verb_form``: "going", "shown") or an indefinite article; the first alternative
    is the end of the part before "or", as long as the second (from the last word the second
    starts with: "a civilian or a career officer"), outside the subject. None for another
    question, a polarity ("…, yes or no?", "… or not?") or a subject or alternative not read."""
    if not _YES_NO.match(question):
        return None
    parts = _OR.split(question.strip().rstrip("?").strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = (_WORD.findall(part) for part in parts)
    if len(first) < 3 or not second or second[0].lower() in _POLARITY:
        return None
    end = 1
    while end < len(first) and not (
        end > 1 and (first[end].lower() in _ARTICLES or (first[end].islower() and is_verb_form(first[end])))
    ):
        end += 1
    if end >= len(first) or end - 1 > _SUBJECT_WORDS:
        return None
    lowered = [w.lower() for w in first]
    lead = second[0].lower()
    starts = [k for k in range(end, len(first)) if lowered[k] == lead]
    start = starts[-1] if starts else max(end, len(first) - len(second))
    subject = _content(first[1:end])
    sides = _content(first[start:]) + _content(second)
    if not subject or not sides:
        return None
    return Tied(subject, sides)


def offered_tied(
    asking: str, sides: tuple[tuple[str, ...], ...], is_verb_form: Callable[[str], bool] = lambda _: False
) -> Tied | None:
    """The subject and the alternatives' words of a question offering its alternatives ``sides``
    after a separator (``offered``; ``asking``, the question before it). The subject is the
    phrase an auxiliary's clause writes between the auxiliary and a verb form (``is_verb_form``):
    "what type of ships is [spain] sending to the black sea"; else, where the auxiliary stands
    right before the verb ("how many rounds of talks have failed") or there is none, the content
    words of ``asking``. None when either has none."""
    words = _WORD.findall(asking)
    subject = _aux_subject(words, is_verb_form) or _content(words)
    alternatives = tuple(w for side in sides for w in _content(list(side)))
    return Tied(subject, alternatives) if subject and alternatives else None


def _aux_subject(words: list[str], is_verb_form: Callable[[str], bool]) -> tuple[str, ...]:
    """The content words between the first auxiliary after the question's first word and the
    lowercase verb form after it (at most ``_SUBJECT_WORDS``); () when none stand there."""
    aux = next((k for k, w in enumerate(words) if k and _YES_NO.fullmatch(w)), None)
    if aux is None:
        return ()
    end = next((k for k in range(aux + 1, len(words)) if words[k].islower() and is_verb_form(words[k])), None)
    if end is None or end - aux - 1 > _SUBJECT_WORDS:
        return ()
    return _content(words[aux + 1 : end])


def _content(words: list[str]) -> tuple[str, ...]:
    """``words`` without stop words and possessive endings."""
    bare = (_POSSESSIVE.sub("", w) if w[:1].isalpha() else w for w in words)
    return tuple(w for w in bare if w and w.lower() not in STOP_WORDS)
