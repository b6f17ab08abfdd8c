"""The kind a "which X …?" question asks one of, read whatever stands around X.

``asked.sought`` reads "what / which X did …?" (X the noun right before an auxiliary) as asking
an instance of the kind X: a passage gives one without the word, but an archive that never
writes X, a relative or a narrower kind of it, cannot give one. The same form is written with a
preposition first ("In which language did …?"), with a place's or a body's name or other words
before X ("Which Russian banks are …?", "Which Bulgarian airbase will …?"), with a modal ("would",
"could") or an inflected verb right after X ("Which party holds …?"), or with a preposition and a
name placing X ("Which airport in Kyiv did …?": X ends before them). This reads those: X is
the phrase's last word, a lowercase noun, and the phrase's other lowercase words are read with it
("which sanction targets"). English questions; the closed class of auxiliaries and modals, no
word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine.analysis.question_form import AUXILIARIES
from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import Sought
from bot.engine.names import name_spans

_WORD = r"[^\W\d][\w'’-]*"
_WORD_RE = re.compile(_WORD)
# "In which Russian regions are …", "Which NATO country would …": the words after "which".
_WHICH = re.compile(r"^\W*(?:(?:in|at|on|from|to|of|by|for|into|with)\s+)?which\s+(?P<rest>[^?!.,;:]+)", re.IGNORECASE)
_PREPOSITIONS = frozenset("in at on from of near outside".split())
_PHRASE_WORDS = 3  # "US army units": X and at most two words before it
# What a kind noun is not: these open a clause or ask a sort ("which kind of …", "which one …").
_NOT_A_KIND = frozenset({"kind", "type", "sort", "one", "ones", "of", "other", "else"})


def which_sought(
    question: str,
    is_noun: Callable[[str], bool],
    is_inflected_verb: Callable[[str], bool],
    file_of: Callable[[str], str],
    is_word: Callable[[str], bool],
) -> Sought | None:
    """What a "which X …?" question asks an instance of (``Sought`` with ``kind``: X's
    lowercase words, the head last), None for another question, an X that is no lowercase noun
    (``is_noun``; a word WordNet does not know at all, ``is_word``, may be one: "airbase"), a
    phrase with a function word, or a time ("In which year …?", rule 8's)."""
    match = _WHICH.match(question)
    if match is None:
        return None
    rest = match["rest"].split()
    # The first auxiliary or modal ends X's phrase; else an inflected verb after a lowercase word
    # ("Which party holds …"; "banks" of "Which Russian banks face …" is X, not a verb).
    ends = [k for k, w in enumerate(rest[: _PHRASE_WORDS + 1]) if k and w.lower() in AUXILIARIES] or [
        k
        for k, w in enumerate(rest[: _PHRASE_WORDS + 1])
        if k and w.islower() and rest[k - 1].islower() and is_inflected_verb(w)
    ]
    verb = ends[0] if ends else 0
    # each word by itself: one pattern repeated over the joined words backtracks without end on a
    # word it cannot match ("infrastructure)")
    if not 0 < verb <= _PHRASE_WORDS or not all(_WORD_RE.fullmatch(w) for w in rest[:verb]):
        return None
    words = rest[:verb]
    # "Which airport in Kyiv did …": a preposition and a name after X place it, X ends before them
    placed = [
        k
        for k, w in enumerate(words)
        if k and w.lower() in _PREPOSITIONS and all(n[:1].isupper() for n in words[k + 1 :])
    ]
    if placed and placed[0] < len(words) - 1:
        words = words[: placed[0]]
    head = words[-1]
    if any(w.lower() in STOP_WORDS or w.lower() in _NOT_A_KIND for w in words):
        return None
    if not head.islower() or not (is_noun(head) or not is_word(head)) or file_of(head) == "time":
        return None
    kept = tuple(w for w in words if w.islower())
    return Sought(kept, ("noun",), kind=True)


_NAME_WORD = re.compile(r"[\w'’-]+")  # as ``names``: its name spans count these words
_LOCATIVE = frozenset({"in", "near", "at", "outside"})


def names_one(
    text: str,
    of_kind: Callable[[str], bool],
    place: bool,
    is_common: Callable[[str], bool],
    is_own: Callable[[str], bool],
    is_known: Callable[[str], bool],
) -> bool:
    """Whether ``text`` names a thing of X's kind: a name the question does not write
    (``names.name_spans``) ending in a noun ``of_kind`` ("European Commission" for an
    institution: a commission is an organization, as an institution is), or, a name WordNet
    does not know (``is_known``), standing before one ("Luhansk region" for a place); for a
    ``place``, a name after "in", "near", "at" or "outside" ("in Slavyanoserbsk"). A one-word
    name is no kind by itself, nor a known one before a noun ("US military", "Russian invasion")."""
    words = _NAME_WORD.findall(text)
    for first, last in name_spans(text, is_common, is_own):
        head = re.sub(r"['’]s$", "", words[last]).lower()
        after = words[last + 1] if last + 1 < len(words) else ""
        if last > first and of_kind(head):
            return True
        named = words[first : last + 1]
        if len(named) > 1 and not first and is_common(named[0]):
            named = named[1:]  # "Putting US-based troops …": a sentence's first common word is no name
        known = is_known(" ".join(named)) or any(is_known(p) for w in named for p in w.split("-") if p)
        if after.islower() and after not in STOP_WORDS and not known and of_kind(after):
            return True
        if place and first and words[first - 1].lower() in _LOCATIVE:
            return True
    return False


def heads_name(
    text: str,
    is_common: Callable[[str], bool],
    is_own: Callable[[str], bool],
    is_other: Callable[[str], bool],
    is_noun: Callable[[str], bool],
) -> bool:
    """Whether ``text`` holds a name that may be the X asked: one the question does not write,
    not told as something else (``is_other``: a name WordNet knows, a person's, a place's), heading
    its phrase — no possessive mark, no lowercase noun after it ("Tesco released …", "The Denver
    Broncos defeated …"; not "the Iskander missile launchers", a launcher's name, nor "Biden's
    team")."""
    spans = list(_NAME_WORD.finditer(text))
    for first, last in name_spans(text, is_common, is_own):
        named = [m[0] for m in spans[first : last + 1]]
        if len(named) > 1 and not first and is_common(named[0]):
            named = named[1:]  # a sentence's first common word is no name
        if re.search(r"['’]s$", named[-1]) or is_other(" ".join(named)):
            continue
        rest = text[spans[last].end() :]
        after = re.match(r"\s+([a-z][\w'’-]*)", rest)
        if after is None or not is_noun(after[1]) or after[1] in STOP_WORDS:
            return True
    return False
